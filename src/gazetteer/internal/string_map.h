// StringIdMap assigns dense ids (from 1) to strings and finds them again:
// an open-addressing hash table over one character arena. Faster and far
// smaller than std::unordered_map<std::string, uint32_t> for the matcher's
// token vocabulary (one probe per text token). Not thread-safe for writes;
// const methods are safe for concurrent use.
#ifndef NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_
#define NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/binary_io.h"

namespace newsgraph::gazetteer {

class StringIdMap {
 public:
  StringIdMap() { Rehash(1024); }

  // Returns the id of `key`, inserting it with the next id if absent.
  uint32_t Insert(std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) Rehash(slots_.size() * 2);
    uint64_t h = Hash(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
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
  uint32_t Find(std::string_view key) const {
    uint64_t h = Hash(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == 0) return 0;
      if (s.hash == h && Key(s) == key) return s.id;
    }
  }

  size_t size() const { return size_; }

  // The table as written to a compiled gazetteer image (gazetteer/image.h),
  // and read back: Read returns false when the bytes do not form a table.
  void Write(util::BinaryWriter* out) const {
    out->U64(size_);
    out->Array(slots_);
    out->Str(arena_);
  }
  bool Read(util::BinaryReader* in) {
    size_ = in->U64();
    in->Array(&slots_);
    arena_ = in->Str();
    if (!in->ok() || slots_.empty() || (slots_.size() & (slots_.size() - 1)) != 0 ||
        size_ >= slots_.size()) {
      return false;
    }
    for (const Slot& s : slots_) {
      if (s.id > size_ || static_cast<uint64_t>(s.offset) + s.length > arena_.size()) return false;
    }
    return true;
  }
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot) + arena_.capacity(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, length = 0;
    uint32_t id = 0;  // 0 = empty
  };

  // 64-bit FNV-1a over 8-byte words, finished with a multiply-xorshift.
  static uint64_t Hash(std::string_view s) {
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

  std::string_view Key(const Slot& s) const {
    return std::string_view(arena_).substr(s.offset, s.length);
  }

  void Rehash(size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot());
    size_t mask = capacity - 1;
    for (const Slot& s : old) {
      if (s.id == 0) continue;
      size_t i = s.hash & mask;
      while (slots_[i].id != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::string arena_;
  size_t size_ = 0;
};

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_INTERNAL_STRING_MAP_H_
