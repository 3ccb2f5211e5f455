// Internal to syntax/. Stable 64-bit hashing for feature keys: the same
// bytes give the same hash on every platform and build, so a model file
// trained on one machine works on another (std::hash makes no such promise).
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_HASH_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_HASH_H_

#include <cstdint>
#include <string_view>

namespace newsgraph::syntax {

// The splitmix64 finalizer: a bijection on 64 bits with good avalanche.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// Order-dependent combination of two hashes.
inline uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// A feature key: template number and up to three values (hashes or small
// numbers), mixed with multiply-xorshift steps (cheap: the parser builds
// about a hundred keys per transition). Never 0 (0 marks an empty slot).
inline uint64_t FeatureKey(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = (static_cast<uint64_t>(tmpl) + 1) * 0x9e3779b97f4a7c15ULL;
  h = (h ^ a) * 0xbf58476d1ce4e5b9ULL;
  h = (h ^ (h >> 29) ^ b) * 0x94d049bb133111ebULL;
  h = (h ^ (h >> 32) ^ c) * 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h == 0 ? 1 : h;
}

// A small deterministic random number generator (splitmix64), so that
// training gives the same model bytes on every platform.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return Mix64(state_);
  }
  // Uniform in [0, n); n > 0.
  uint32_t Below(uint32_t n) { return static_cast<uint32_t>((Next() >> 32) % n); }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  uint64_t state_;
};

// Fisher-Yates with Rng: the same permutation everywhere for a given seed.
template <typename T>
void Shuffle(T* items, size_t n, Rng* rng) {
  for (size_t i = n; i > 1; --i) {
    size_t j = rng->Below(static_cast<uint32_t>(i));
    T tmp = items[i - 1];
    items[i - 1] = items[j];
    items[j] = tmp;
  }
}

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_HASH_H_
