#include "syntax/internal/linear.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define NEWSGRAPH_X86 1
#endif

namespace newsgraph::syntax {
namespace {

// Adds dense[c] * scale to acc[c] for c in [0, n), n a multiple of 8, where
// dense holds n int16 weights (unaligned) and acc is 32-byte aligned. Per
// class these are the float operations of the scalar loop over a sparse row
// (convert, multiply, add; never fused: linear.cc is built with
// -ffp-contract=off), so both give the same bits.
using DenseAdd = void (*)(const uint8_t* dense, size_t n, float scale, float* acc);

#ifdef NEWSGRAPH_X86
void DenseAddSse2(const uint8_t* dense, size_t n, float scale, float* acc) {
  const __m128 s = _mm_set1_ps(scale);
  for (size_t c = 0; c < n; c += 8) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(dense + 2 * c));
    const __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);  // sign-extended
    const __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);
    _mm_store_ps(acc + c, _mm_add_ps(_mm_load_ps(acc + c), _mm_mul_ps(_mm_cvtepi32_ps(lo), s)));
    _mm_store_ps(acc + c + 4,
                 _mm_add_ps(_mm_load_ps(acc + c + 4), _mm_mul_ps(_mm_cvtepi32_ps(hi), s)));
  }
}

__attribute__((target("avx2"))) void DenseAddAvx2(const uint8_t* dense, size_t n, float scale,
                                                  float* acc) {
  const __m256 s = _mm256_set1_ps(scale);
  for (size_t c = 0; c < n; c += 8) {
    const __m256i w =
        _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(dense + 2 * c)));
    _mm256_store_ps(
        acc + c, _mm256_add_ps(_mm256_load_ps(acc + c), _mm256_mul_ps(_mm256_cvtepi32_ps(w), s)));
  }
}
#else
void DenseAddScalar(const uint8_t* dense, size_t n, float scale, float* acc) {
  for (size_t c = 0; c < n; ++c) {
    int16_t w;
    std::memcpy(&w, dense + 2 * c, 2);
    acc[c] += static_cast<float>(w) * scale;
  }
}
#endif

DenseAdd ChooseDenseAdd() {
#ifdef NEWSGRAPH_X86
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx2") ? DenseAddAvx2 : DenseAddSse2;
#else
  return DenseAddScalar;
#endif
}

// Chosen once for the processor; immutable.
const DenseAdd kDenseAdd = ChooseDenseAdd();

}  // namespace

void LinearModel::Score(const uint64_t* keys, size_t n, float* scores) const {
  // Passes over the keys so that their cache misses overlap: the directory
  // words, then the first row of each bucket, then the rest of each found
  // row, then the sums.
  constexpr size_t kBatch = 128;
  uint32_t fps[kBatch], begin[kBatch], end[kBatch];
  if (n > kBatch) n = kBatch;
  const int shift = 32 - bits_;
  const uint32_t* dir = dir_.data();
  const uint8_t* data = data_.data();
  for (size_t i = 0; i < n; ++i) {
    fps[i] = Fingerprint(keys[i]);
    __builtin_prefetch(dir + (static_cast<uint64_t>(fps[i]) >> shift));
  }
  for (size_t i = 0; i < n; ++i) {
    const uint64_t b = static_cast<uint64_t>(fps[i]) >> shift;
    begin[i] = dir[b];
    end[i] = dir[b + 1];
    __builtin_prefetch(data + begin[i]);
  }
  // Then the row of each key, prefetching the rest of the long ones.
  const uint8_t* rows[kBatch];
  const size_t dense_bytes = DenseRowBytes();
  for (size_t i = 0; i < n; ++i) {
    const uint32_t fp = fps[i];
    const uint8_t* p = data + begin[i];
    const uint8_t* const stop = data + end[i];
    rows[i] = nullptr;
    while (p < stop) {
      uint32_t row_fp;
      std::memcpy(&row_fp, p, 4);
      const uint32_t count = p[4];
      const size_t bytes = count == 0 ? dense_bytes : kRowHeader + kEntryBytes * count;
      if (row_fp >= fp) {
        if (row_fp == fp) {
          rows[i] = p;
          for (size_t line = 64; line < bytes; line += 64) __builtin_prefetch(p + line);
        }
        break;
      }
      p += bytes;
    }
  }
  // The sums are made in a padded copy of the scores.
  alignas(32) float acc[kMaxStride];
  std::memcpy(acc, scores, sizeof(float) * n_classes_);
  std::fill(acc + n_classes_, acc + stride_, 0.0f);
  const float scale = scale_;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* p = rows[i];
    if (p == nullptr) continue;
    const uint32_t count = p[4];
    if (count == 0) {
      kDenseAdd(p + kRowHeader + mask_bytes_, stride_, scale, acc);
      continue;
    }
    const uint8_t* e = p + kRowHeader;
    for (uint32_t k = 0; k < count; ++k, e += kEntryBytes) {
      int16_t w;
      std::memcpy(&w, e + 1, 2);
      acc[e[0]] += static_cast<float>(w) * scale;
    }
  }
  std::memcpy(scores, acc, sizeof(float) * n_classes_);
}

void LinearModel::StartRows(size_t rows, size_t weights) {
  // Buckets: the largest power of two not above the number of rows, so a
  // lookup seldom steps over another row (measured: faster than 2 or 4 rows
  // a bucket with a smaller directory, or half a row with a larger one).
  bits_ = 0;
  while (bits_ < 31 && (size_t{2} << bits_) <= rows) ++bits_;
  rows_ = rows;
  weights_ = weights;
  data_.resize(kRowHeader * rows + kEntryBytes * weights);
}

uint8_t* LinearModel::PutRow(uint8_t* p, uint32_t fingerprint, uint32_t count) {
  std::memcpy(p, &fingerprint, 4);
  p[4] = static_cast<uint8_t>(count);
  return p + kRowHeader;
}

uint8_t* LinearModel::PutEntry(uint8_t* p, uint32_t cls, int16_t weight) {
  p[0] = static_cast<uint8_t>(cls);
  std::memcpy(p + 1, &weight, 2);
  return p + kEntryBytes;
}

bool LinearModel::Densifiable(const uint8_t* row) {
  const uint32_t count = row[4];
  if (count < kDenseMin) return false;
  const uint8_t* e = row + kRowHeader;
  for (uint32_t k = 1; k < count; ++k) {
    if (e[k * kEntryBytes] <= e[(k - 1) * kEntryBytes]) return false;
  }
  return true;
}

bool LinearModel::FinishRows() {
  stride_ = (static_cast<size_t>(n_classes_) + 15) / 16 * 16;
  mask_bytes_ = (static_cast<size_t>(n_classes_) + 7) / 8;
  auto sparse_bytes = [&](size_t p) { return kRowHeader + kEntryBytes * data_[p + 4]; };
  size_t size = 0;
  for (size_t p = 0; p < data_.size(); p += sparse_bytes(p)) {
    size += Densifiable(&data_[p]) ? DenseRowBytes() : sparse_bytes(p);
  }
  if (size > UINT32_MAX) return false;
  std::vector<uint8_t, HugePageAllocator<uint8_t>> out(size, 0);
  const size_t buckets = size_t{1} << bits_;
  const int shift = 32 - bits_;
  dir_.assign(buckets + 1, 0);
  size_t next = 0;  // the first bucket whose start is not yet known
  size_t q = 0;
  for (size_t p = 0; p < data_.size(); p += sparse_bytes(p)) {
    const uint8_t* row = &data_[p];
    uint32_t fp;
    std::memcpy(&fp, row, 4);
    const size_t b = static_cast<size_t>(static_cast<uint64_t>(fp) >> shift);
    while (next <= b) dir_[next++] = static_cast<uint32_t>(q);
    if (!Densifiable(row)) {
      std::memcpy(&out[q], row, sparse_bytes(p));
      q += sparse_bytes(p);
      continue;
    }
    std::memcpy(&out[q], row, 4);  // fingerprint; count 0 marks a dense row
    uint8_t* mask = &out[q + kRowHeader];
    uint8_t* weights = mask + mask_bytes_;
    const uint8_t* e = row + kRowHeader;
    for (uint32_t k = 0; k < row[4]; ++k, e += kEntryBytes) {
      mask[e[0] / 8] |= static_cast<uint8_t>(1u << (e[0] % 8));
      std::memcpy(weights + 2 * e[0], e + 1, 2);
    }
    q += DenseRowBytes();
  }
  while (next <= buckets) dir_[next++] = static_cast<uint32_t>(q);
  data_.swap(out);
  return true;
}

bool LinearModel::Build(const std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows) {
  size_t weights = 0;
  uint32_t prev = 0;
  for (const auto& [fp, row] : rows) {
    if (fp <= prev || row.empty() || row.size() > 255) return false;
    prev = fp;
    weights += row.size();
  }
  StartRows(rows.size(), weights);
  uint8_t* p = data_.data();
  for (const auto& [fp, row] : rows) {
    p = PutRow(p, fp, static_cast<uint32_t>(row.size()));
    for (uint32_t e : row) p = PutEntry(p, e >> 16, static_cast<int16_t>(e & 0xffff));
  }
  return FinishRows();
}

std::vector<std::pair<uint32_t, std::vector<uint32_t>>> LinearModel::Rows() const {
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  rows.reserve(rows_);
  for (size_t p = 0; p < data_.size();) {
    uint32_t fp;
    std::memcpy(&fp, &data_[p], 4);
    const uint32_t count = data_[p + 4];
    p += kRowHeader;
    if (count == 0) {  // dense
      const uint8_t* mask = &data_[p];
      std::vector<uint32_t> entries;
      for (int c = 0; c < n_classes_; ++c) {
        if ((mask[c / 8] >> (c % 8) & 1) == 0) continue;
        int16_t w;
        std::memcpy(&w, mask + mask_bytes_ + 2 * c, 2);
        entries.push_back(static_cast<uint32_t>(c) << 16 | static_cast<uint16_t>(w));
      }
      rows.push_back({fp, std::move(entries)});
      p += DenseRowBytes() - kRowHeader;
      continue;
    }
    std::vector<uint32_t> entries(count);
    for (uint32_t k = 0; k < count; ++k, p += kEntryBytes) {
      int16_t w;
      std::memcpy(&w, &data_[p + 1], 2);
      entries[k] = static_cast<uint32_t>(data_[p]) << 16 | static_cast<uint16_t>(w);
    }
    rows.push_back({fp, std::move(entries)});
  }
  return rows;
}

LinearModel LinearModel::Pruned(float min_abs) const {
  auto rows = Rows();
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> kept;
  for (auto& [fp, row] : rows) {
    std::vector<uint32_t> entries;
    for (uint32_t e : row) {
      if (std::fabs(static_cast<int16_t>(e & 0xffff) * scale_) >= min_abs) entries.push_back(e);
    }
    if (!entries.empty()) kept.push_back({fp, std::move(entries)});
  }
  LinearModel m;
  m.n_classes_ = n_classes_;
  m.scale_ = scale_;
  m.Build(kept);
  return m;
}

namespace {

// A row's weights are stored as 8-bit multiples of a row scale; the row
// scale is max_abs * 2^(-code / 16) for a one-byte code.
float RowScale(float max_abs, uint8_t code) {
  return max_abs * std::exp2(-static_cast<float>(code) / 16.0f) / 127.0f;
}

}  // namespace

// Layout: u16 n_classes, f32 max_abs (the largest weight), u32 rows, u32
// entries (weights in all rows), then the
// rows in increasing fingerprint order, each: the fingerprint's increase over
// the previous row's (LEB128 varint), u8 entry count, u8 scale code (see
// RowScale), count x (u8 class, i8 weight in row-scale units).
void LinearModel::Write(util::BinaryWriter* out) const {
  out->U16(static_cast<uint16_t>(n_classes_));
  const float max_abs = 32767.0f * scale_;
  out->F32(max_abs);
  auto rows = Rows();
  out->U32(static_cast<uint32_t>(rows.size()));
  out->U32(static_cast<uint32_t>(weights_));
  uint32_t prev = 0;
  for (const auto& [fp, row] : rows) {
    uint32_t delta = fp - prev;
    prev = fp;
    do {
      uint8_t byte = delta & 0x7f;
      delta >>= 7;
      out->U8(static_cast<uint8_t>(byte | (delta != 0 ? 0x80 : 0)));
    } while (delta != 0);
    out->U8(static_cast<uint8_t>(row.size()));
    float row_max = 0;
    for (uint32_t e : row) {
      row_max = std::max(row_max, std::fabs(static_cast<int16_t>(e & 0xffff) * scale_));
    }
    // The largest code whose scale still covers the row's largest weight
    // (127.5 units round to 127): reading and writing again gives the
    // same bytes.
    int code = static_cast<int>(std::ceil(-16.0f * std::log2(std::max(row_max, 1e-30f) / max_abs)));
    code = std::clamp(code, 0, 255);
    while (code > 0 && RowScale(max_abs, static_cast<uint8_t>(code)) * 127.5f < row_max) --code;
    // Never finer than the 16-bit unit the weights are read back into.
    while (code > 0 && RowScale(max_abs, static_cast<uint8_t>(code)) < scale_) --code;
    out->U8(static_cast<uint8_t>(code));
    const float rs = RowScale(max_abs, static_cast<uint8_t>(code));
    for (uint32_t e : row) {
      long q = std::lround(static_cast<int16_t>(e & 0xffff) * scale_ / rs);
      out->U8(static_cast<uint8_t>(e >> 16));
      out->U8(static_cast<uint8_t>(static_cast<int8_t>(std::clamp(q, -127L, 127L))));
    }
  }
}

bool LinearModel::Read(util::BinaryReader* in) {
  n_classes_ = in->U16();
  const float max_abs = in->F32();
  const uint32_t n = in->Count(5);
  const uint32_t total = in->Count(2);
  if (!in->ok() || n_classes_ == 0 || n_classes_ > 256 || !std::isfinite(max_abs) || max_abs <= 0 ||
      total >= (1u << 24)) {
    return false;
  }
  scale_ = max_abs / 32767.0f;
  // Row scale code -> 16-bit weight of each 8-bit weight, made when a code
  // is first met (a row's weights are looked up instead of rounded).
  std::vector<int16_t> to16(256 * 256);
  bool made[256] = {};
  StartRows(n, total);
  uint8_t* out = data_.data();
  // The rows are decoded from the raw bytes: this loop is most of the load time.
  const uint8_t* p = reinterpret_cast<const uint8_t*>(in->Peek());
  const uint8_t* const end = p + in->remaining();
  uint32_t fp = 0;
  size_t entries = 0;
  for (uint32_t r = 0; r < n; ++r) {
    uint32_t delta = 0;
    for (int shift = 0;; shift += 7) {
      if (p == end || shift > 28) return false;
      uint8_t byte = *p++;
      delta |= static_cast<uint32_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
    }
    if (delta == 0 || fp + delta < fp) return false;  // fingerprints must increase
    fp += delta;
    if (end - p < 2) return false;
    const uint32_t count = *p++;
    const uint8_t code = *p++;
    if (count == 0 || entries + count > total || static_cast<size_t>(end - p) < 2 * count) {
      return false;
    }
    int16_t* const weights = &to16[static_cast<size_t>(code) * 256];
    if (!made[code]) {
      const float factor = RowScale(max_abs, code) / scale_;
      for (int q = -128; q < 128; ++q) {
        long w = std::lround(static_cast<int8_t>(q) * factor);
        weights[static_cast<uint8_t>(q)] = static_cast<int16_t>(std::clamp(w, -32767L, 32767L));
      }
      made[code] = true;
    }
    out = PutRow(out, fp, count);
    for (uint32_t k = 0; k < count; ++k, p += 2) {
      if (p[0] >= n_classes_) return false;
      out = PutEntry(out, p[0], weights[p[1]]);
    }
    entries += count;
  }
  if (entries != total || !FinishRows()) return false;
  in->Skip(static_cast<size_t>(p - reinterpret_cast<const uint8_t*>(in->Peek())));
  return in->ok();
}

void PerceptronTrainer::Score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t i = 0; i < n; ++i) {
    uint32_t row = table_.Find(keys[i]);
    if (row == KeyTable::kMissing) continue;
    const float* w = &w_[static_cast<size_t>(row) * n_classes_];
    for (int c = 0; c < n_classes_; ++c) scores[c] += w[c];
  }
}

void PerceptronTrainer::Update(const uint64_t* keys, size_t n, int cls, float delta) {
  for (size_t i = 0; i < n; ++i) {
    bool added = false;
    uint32_t row = table_.Insert(keys[i], &added);
    if (added) {
      w_.resize(w_.size() + n_classes_, 0.0f);
      acc_.resize(acc_.size() + n_classes_, 0.0);
      updates_.push_back(0);
    }
    ++updates_[row];
    size_t at = static_cast<size_t>(row) * n_classes_ + cls;
    w_[at] += delta;
    acc_[at] += static_cast<double>(clock_) * delta;
  }
}

LinearModel PerceptronTrainer::Averaged(float min_abs, uint32_t min_updates) const {
  std::vector<std::pair<uint64_t, uint32_t>> keys;  // key, row
  keys.reserve(table_.size());
  table_.ForEach([&](uint64_t key, uint32_t row) {
    if (updates_[row] >= min_updates) keys.push_back({key, row});
  });
  std::sort(keys.begin(), keys.end());
  auto averaged = [&](size_t at) {
    return static_cast<float>(w_[at] - acc_[at] / static_cast<double>(clock_));
  };
  // Rows that share a fingerprint are summed.
  std::vector<std::pair<uint32_t, std::vector<float>>> merged;
  float max_abs = 0;
  for (const auto& [key, row] : keys) {
    uint32_t fp = LinearModel::Fingerprint(key);
    if (merged.empty() || merged.back().first != fp) {
      merged.push_back({fp, std::vector<float>(n_classes_, 0.0f)});
    }
    for (int c = 0; c < n_classes_; ++c) {
      merged.back().second[c] += averaged(static_cast<size_t>(row) * n_classes_ + c);
    }
  }
  for (const auto& [fp, w] : merged) {
    for (float v : w) max_abs = std::max(max_abs, std::fabs(v));
  }
  LinearModel m;
  m.n_classes_ = n_classes_;
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  for (const auto& [fp, w] : merged) {
    std::vector<uint32_t> entries;
    for (int c = 0; c < n_classes_; ++c) {
      if (std::fabs(w[c]) < min_abs) continue;
      long q = std::clamp(std::lround(w[c] / m.scale_), -32767L, 32767L);
      if (q == 0) continue;
      entries.push_back(static_cast<uint32_t>(c) << 16 |
                        static_cast<uint16_t>(static_cast<int16_t>(q)));
    }
    if (!entries.empty()) rows.push_back({fp, std::move(entries)});
  }
  m.Build(rows);
  return m;
}

}  // namespace newsgraph::syntax
