// Internal. StringIdMap assigns dense ids (from 1) to strings and finds them
// again: an open-addressing hash table over one character arena. Faster and
// far smaller than std::unordered_map<std::string, uint32_t> for the
// matcher's token vocabulary (one probe per text token). StringIdView finds
// ids in such a table held elsewhere (a compiled gazetteer image, where it
// is two flat arrays: the slots and the arena). Not thread-safe for writes;
// const methods are safe for concurrent use.
#ifndef NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_
#define NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::gazetteer {

// One slot of the table, as stored in an image (24 bytes, no padding).
struct StringSlot {
  uint64_t hash = 0;
  uint32_t offset = 0, length = 0;  // the key: arena bytes [offset, offset + length)
  uint32_t id = 0;                  // 0 = empty
  uint32_t unused = 0;
};

// 64-bit FNV-1a over 8-byte words, finished with a multiply-xorshift.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ULL;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001b3ULL;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ULL;
  h ^= h >> 32;
  return h;
}

class StringIdView {
 public:
  StringIdView() = default;
  // `slots` must be empty or a power of two in size (Valid() says whether).
  StringIdView(std::span<const StringSlot> slots, std::string_view arena)
      : slots_(slots), arena_(arena) {}

  // Whether the slots can be probed (a power of two, at least one).
  bool Valid() const { return !slots_.empty() && (slots_.size() & (slots_.size() - 1)) == 0; }

  // Returns the id of `key`, or 0. Safe over any bytes: a slot whose key
  // lies outside the arena matches nothing, and probing stops after every
  // slot has been seen.
  uint32_t Find(std::string_view key) const {
    if (slots_.empty()) return 0;
    const uint64_t h = HashString(key);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (size_t n = 0; n < slots_.size(); ++n, i = (i + 1) & mask) {
      const StringSlot& s = slots_[i];
      if (s.id == 0) return 0;
      if (s.hash == h && s.length == key.size() && s.offset <= arena_.size() &&
          s.length <= arena_.size() - s.offset &&
          std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0) {
        return s.id;
      }
    }
    return 0;
  }

  std::span<const StringSlot> slots() const { return slots_; }
  std::string_view arena() const { return arena_; }

 private:
  std::span<const StringSlot> slots_;
  std::string_view arena_;
};

class StringIdMap {
 public:
  StringIdMap() { Rehash(1024); }

  // Returns the id of `key`, inserting it with the next id if absent.
  uint32_t Insert(std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    uint64_t h = HashString(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      StringSlot& s = slots_[i];
      if (s.id == 0) {
        s.hash = h;
        s.offset = static_cast<uint32_t>(arena_.size());
        s.length = static_cast<uint32_t>(key.size());
        arena_.append(key);
        s.id = static_cast<uint32_t>(++size_);
        return s.id;
      }
      if (s.hash == h && Key(s) == key) return s.id;
    }
  }

  // Returns the id of `key`, or 0.
  uint32_t Find(std::string_view key) const { return view().Find(key); }

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(StringSlot) + arena_.capacity(); }
  // A view of the table; valid until the next Insert.
  StringIdView view() const { return StringIdView(slots_, arena_); }

 private:
  std::string_view Key(const StringSlot& s) const {
    return std::string_view(arena_).substr(s.offset, s.length);
  }

  void Rehash(size_t capacity) {
    std::vector<StringSlot> old = std::move(slots_);
    slots_.assign(capacity, StringSlot());
    size_t mask = capacity - 1;
    for (const StringSlot& s : old) {
      if (s.id == 0) continue;
      size_t i = s.hash & mask;
      while (slots_[i].id != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<StringSlot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_
