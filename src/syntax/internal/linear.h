// Internal to syntax/. Linear multi-class models over hashed sparse binary
// features, as used by the tagger and the parser:
//   - PerceptronTrainer learns weights with the averaged perceptron;
//   - LinearModel is the compact, immutable result used to predict (rows
//     of 16-bit weights), and is what the model file stores.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_LINEAR_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_LINEAR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "syntax/internal/huge_pages.h"
#include "syntax/internal/key_table.h"
#include "util/binary_io.h"

namespace newsgraph::syntax {

class LinearModel {
 public:
  LinearModel() = default;
  int n_classes() const { return n_classes_; }
  // Adds the weights of `keys` to scores[0, n_classes()); unknown keys add 0.
  // At most the first 128 keys are used. For each class the weights are
  // added in key order, then in the row's stored order, so that the scores
  // do not depend on the memory layout.
  void Score(const uint64_t* keys, size_t n, float* scores) const;
  size_t num_rows() const { return rows_; }
  size_t num_weights() const { return weights_; }

  // A copy without the weights smaller than `min_abs` (and rows left empty).
  LinearModel Pruned(float min_abs) const;

  // Appends the model to *out (format in linear.cc).
  void Write(util::BinaryWriter* out) const;
  // Reads a model written by Write; false on truncated or inconsistent data.
  bool Read(util::BinaryReader* in);

 private:
  friend class PerceptronTrainer;
  // A row is found by the upper 32 bits of its key (its fingerprint); keys
  // that share one share a row (their weights add up, as in feature
  // hashing).
  //
  // In memory the rows lie in one byte string (data_) in increasing
  // fingerprint order, in host byte order and unaligned, each
  //   sparse: u32 fingerprint, u8 entry count (1..255), count x (u8 class,
  //           i16 weight): 5 + 3 x count bytes;
  //   dense:  u32 fingerprint, u8 0, a bit per class present (mask_bytes_),
  //           stride_ x i16 weight (0 for the classes absent).
  // A row of at least kDenseMin entries in increasing class order is dense:
  // the scores add it with vector instructions. Adding a 0 weight changes no
  // score, so dense and sparse rows give the same sums.
  // dir_, indexed by the fingerprint's top bits_ bits (about one row per
  // bucket), gives the offset of each bucket's first row: a lookup reads one
  // directory word, then the row, its fingerprint and weights side by side.
  static constexpr size_t kRowHeader = 5;
  static constexpr size_t kEntryBytes = 3;
  static constexpr uint32_t kDenseMin = 16;
  static constexpr size_t kMaxStride = 256;
  static uint32_t Fingerprint(uint64_t key) {
    uint32_t f = static_cast<uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  // Rebuilds the rows from (fingerprint, entries) pairs, entries as class
  // << 16 | (uint16) weight, in increasing fingerprint order (none 0); false
  // when not in that order, when a row is empty or longer than 255 entries,
  // or when the rows would not fit 32-bit offsets.
  bool Build(const std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows);
  // Sizes data_ for `rows` rows of `weights` entries in all, to be written
  // in fingerprint order with PutRow and PutEntry, then FinishRows.
  void StartRows(size_t rows, size_t weights);
  // Write a sparse row's header (an entry) at p; return the byte after it.
  static uint8_t* PutRow(uint8_t* p, uint32_t fingerprint, uint32_t count);
  static uint8_t* PutEntry(uint8_t* p, uint32_t cls, int16_t weight);
  // Once all rows are written: makes the long rows dense and fills the
  // directory; false when the rows would not fit 32-bit offsets.
  bool FinishRows();
  // A sparse row of at least kDenseMin entries in increasing class order.
  static bool Densifiable(const uint8_t* row);
  size_t DenseRowBytes() const { return kRowHeader + mask_bytes_ + 2 * stride_; }
  // Rows sorted by fingerprint, each with its entries (class << 16 | weight).
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> Rows() const;

  int n_classes_ = 0;
  float scale_ = 1.0f;  // weight = int16 value * scale_
  size_t rows_ = 0;
  size_t weights_ = 0;
  int bits_ = 0;           // directory index = fingerprint >> (32 - bits_)
  size_t stride_ = 16;     // classes of a dense row: n_classes_ rounded up to 16
  size_t mask_bytes_ = 0;  // (n_classes_ + 7) / 8
  std::vector<uint8_t, HugePageAllocator<uint8_t>> data_;  // the rows
  // dir_[b]: offset in data_ of the first row of bucket >= b; one more
  // entry than buckets, the last = data_.size().
  std::vector<uint32_t, HugePageAllocator<uint32_t>> dir_ =
      std::vector<uint32_t, HugePageAllocator<uint32_t>>(2, 0);
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
  std::vector<float> w_;           // rows of n_classes_
  std::vector<double> acc_;        // sum of clock * delta, for averaging
  std::vector<uint32_t> updates_;  // per row
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_LINEAR_H_
