// Internal to syntax/. KeyTable maps 64-bit feature keys (never 0) to dense
// row numbers with open addressing and linear probing: one cache line per
// lookup in the common case, no allocation per key.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_KEY_TABLE_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_KEY_TABLE_H_

#include <cstdint>
#include <vector>

namespace newsgraph::syntax {

class KeyTable {
 public:
  static constexpr uint32_t kMissing = 0xffffffffu;

  KeyTable() { Rehash(16); }

  // The row of `key`, or kMissing.
  uint32_t Find(uint64_t key) const {
    size_t mask = keys_.size() - 1;
    for (size_t i = Slot(key) & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) return rows_[i];
      if (keys_[i] == 0) return kMissing;
    }
  }

  // Hints the processor to load `key`'s slot: call for a batch of keys
  // before finding them, so that the cache misses overlap.
  void Prefetch(uint64_t key) const {
    __builtin_prefetch(&keys_[Slot(key) & (keys_.size() - 1)]);
    __builtin_prefetch(&rows_[Slot(key) & (keys_.size() - 1)]);
  }

  // The row of `key`, giving it row size() when new (*added set to true).
  uint32_t Insert(uint64_t key, bool* added) {
    if ((size_ + 1) * 10 > keys_.size() * 7) Rehash(keys_.size() * 2);
    size_t mask = keys_.size() - 1;
    for (size_t i = Slot(key) & mask;; i = (i + 1) & mask) {
      if (keys_[i] == key) {
        *added = false;
        return rows_[i];
      }
      if (keys_[i] == 0) {
        keys_[i] = key;
        rows_[i] = static_cast<uint32_t>(size_++);
        *added = true;
        return rows_[i];
      }
    }
  }

  // Makes room for `n` keys without rehashing.
  void Reserve(size_t n) {
    size_t cap = 16;
    while (cap * 7 < n * 10) cap *= 2;
    if (cap > keys_.size()) Rehash(cap);
  }

  // Calls fn(key, row) for every key, in slot order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != 0) fn(keys_[i], rows_[i]);
    }
  }

  size_t size() const { return size_; }
  size_t memory_bytes() const { return keys_.size() * (sizeof(uint64_t) + sizeof(uint32_t)); }

 private:
  static size_t Slot(uint64_t key) { return static_cast<size_t>(key ^ (key >> 29)); }

  void Rehash(size_t capacity) {
    std::vector<uint64_t> old_keys(capacity, 0);
    std::vector<uint32_t> old_rows(capacity, 0);
    old_keys.swap(keys_);
    old_rows.swap(rows_);
    size_t mask = capacity - 1;
    for (size_t j = 0; j < old_keys.size(); ++j) {
      if (old_keys[j] == 0) continue;
      size_t i = Slot(old_keys[j]) & mask;
      while (keys_[i] != 0) i = (i + 1) & mask;
      keys_[i] = old_keys[j];
      rows_[i] = old_rows[j];
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> rows_;
  size_t size_ = 0;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_KEY_TABLE_H_
