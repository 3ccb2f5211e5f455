// Internal to syntax/. Linear multi-class models over hashed sparse binary
// features, as used by the tagger and the parser:
//   - PerceptronTrainer learns weights with the averaged perceptron;
//   - LinearModel is the compact, immutable result used to predict (sparse
//     rows of 16-bit weights), and is what the model file stores.
#ifndef NEWSGRAPH_SYNTAX_LINEAR_H_
#define NEWSGRAPH_SYNTAX_LINEAR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/huge_pages.h"
#include "syntax/key_table.h"

namespace newsgraph::syntax {

class LinearModel {
 public:
  LinearModel() = default;
  int n_classes() const { return n_classes_; }
  // Adds the weights of `keys` to scores[0, n_classes()); unknown keys add 0.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  size_t num_rows() const { return rows_; }
  size_t num_weights() const { return entries_.size(); }

  // A copy without the weights smaller than `min_abs` (and rows left empty).
  LinearModel Pruned(float min_abs) const;

  // Appends the model to *out (format in linear.cc).
  void Write(BinaryWriter* out) const;
  // Reads a model written by Write; false on truncated or inconsistent data.
  bool Read(BinaryReader* in);

 private:
  friend class PerceptronTrainer;
  // A row is found by the upper 32 bits of its key (its fingerprint); keys
  // that share one share a row (their weights add up, as in feature
  // hashing). The slot holds the row's first entry (24 bits) and its length.
  struct Slot {
    uint32_t fingerprint = 0;  // 0: empty
    uint32_t location = 0;     // first entry << 8 | entry count
  };
  static uint32_t Fingerprint(uint64_t key) {
    uint32_t f = static_cast<uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  // Rebuilds slots_ and entries_ from rows given as (fingerprint, entries),
  // sorted by fingerprint; false when too large.
  bool Build(const std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows);
  const Slot* Find(uint32_t fingerprint) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = fingerprint & mask;; i = (i + 1) & mask) {
      if (slots_[i].fingerprint == fingerprint) return &slots_[i];
      if (slots_[i].fingerprint == 0) return nullptr;
    }
  }
  // Rows sorted by fingerprint, each with its entries (class << 16 | weight).
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> Rows() const;

  int n_classes_ = 0;
  float scale_ = 1.0f;  // weight = int16 value * scale_
  size_t rows_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_ =
      std::vector<Slot, HugePageAllocator<Slot>>(1);
  std::vector<uint32_t, HugePageAllocator<uint32_t>> entries_;  // class << 16 | (uint16) weight
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int n_classes) : n_classes_(n_classes) {}
  int n_classes() const { return n_classes_; }
  // Current (not averaged) weights of `keys` added to scores.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  // Adds `delta` to the weight of (key, cls) for each key.
  void Update(const uint64_t* keys, size_t n, int cls, float delta);
  // One training example has been seen (the averaging clock).
  void Tick() { ++clock_; }
  // The averaged weights, quantized; weights whose magnitude is below
  // `min_abs` are dropped, so are the rows of keys updated fewer than
  // `min_updates` times, and rows left empty are removed.
  LinearModel Averaged(float min_abs, uint32_t min_updates = 0) const;
  size_t num_rows() const { return table_.size(); }

 private:
  int n_classes_;
  int64_t clock_ = 1;
  KeyTable table_;
  std::vector<float> w_;    // rows of n_classes_
  std::vector<double> acc_;  // sum of clock * delta, for averaging
  std::vector<uint32_t> updates_;  // per row
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_LINEAR_H_
