#include "syntax/linear.h"

#include <algorithm>
#include <cmath>

namespace newsgraph::syntax {

void LinearModel::Score(const uint64_t* keys, size_t n, float* scores) const {
  // Passes over all keys so that their cache misses overlap.
  constexpr size_t kBatch = 128;
  const Slot* found[kBatch];
  if (n > kBatch) n = kBatch;
  const size_t mask = slots_.size() - 1;
  for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[Fingerprint(keys[i]) & mask]);
  for (size_t i = 0; i < n; ++i) {
    found[i] = Find(Fingerprint(keys[i]));
    if (found[i] != nullptr) __builtin_prefetch(&entries_[found[i]->location >> 8]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (found[i] == nullptr) continue;
    const uint32_t loc = found[i]->location;
    const uint32_t* e = &entries_[loc >> 8];
    for (uint32_t k = 0, count = loc & 0xff; k < count; ++k) {
      scores[e[k] >> 16] += static_cast<float>(static_cast<int16_t>(e[k] & 0xffff)) * scale_;
    }
  }
}

bool LinearModel::Build(const std::vector<std::pair<uint32_t, std::vector<uint32_t>>>& rows) {
  size_t capacity = 16;
  while (capacity < rows.size() * 2) capacity *= 2;
  slots_.assign(capacity, Slot());
  entries_.clear();
  rows_ = rows.size();
  for (const auto& [fp, row] : rows) {
    if (fp == 0 || row.empty() || row.size() > 255 || entries_.size() >= (1u << 24)) return false;
    size_t i = fp & (capacity - 1);
    while (slots_[i].fingerprint != 0) {
      if (slots_[i].fingerprint == fp) return false;  // duplicate
      i = (i + 1) & (capacity - 1);
    }
    slots_[i].fingerprint = fp;
    slots_[i].location = static_cast<uint32_t>(entries_.size() << 8 | row.size());
    entries_.insert(entries_.end(), row.begin(), row.end());
  }
  return true;
}

std::vector<std::pair<uint32_t, std::vector<uint32_t>>> LinearModel::Rows() const {
  std::vector<std::pair<uint32_t, std::vector<uint32_t>>> rows;
  for (const Slot& slot : slots_) {
    if (slot.fingerprint == 0) continue;
    const uint32_t* e = &entries_[slot.location >> 8];
    rows.push_back({slot.fingerprint, std::vector<uint32_t>(e, e + (slot.location & 0xff))});
  }
  std::sort(rows.begin(), rows.end());
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
void LinearModel::Write(BinaryWriter* out) const {
  out->U16(static_cast<uint16_t>(n_classes_));
  const float max_abs = 32767.0f * scale_;
  out->F32(max_abs);
  auto rows = Rows();
  out->U32(static_cast<uint32_t>(rows.size()));
  out->U32(static_cast<uint32_t>(entries_.size()));
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

bool LinearModel::Read(BinaryReader* in) {
  n_classes_ = in->U16();
  const float max_abs = in->F32();
  const uint32_t n = in->Count(5);
  const uint32_t total = in->Count(2);
  if (!in->ok() || n_classes_ == 0 || n_classes_ > 256 || !std::isfinite(max_abs) ||
      max_abs <= 0 || total >= (1u << 24)) {
    return false;
  }
  scale_ = max_abs / 32767.0f;
  float to16[256];  // row scale code -> factor from 8-bit to 16-bit units
  for (int code = 0; code < 256; ++code) to16[code] = RowScale(max_abs, code) / scale_;
  size_t capacity = 16;
  while (capacity < static_cast<size_t>(n) * 2) capacity *= 2;
  slots_.assign(capacity, Slot());
  entries_.resize(total);
  rows_ = n;
  // The rows are decoded from the raw bytes: this loop is most of the load time.
  const uint8_t* p = reinterpret_cast<const uint8_t*>(in->Peek());
  const uint8_t* const end = p + in->remaining();
  uint32_t fp = 0;
  size_t next = 0;
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
    const float factor = to16[*p++];
    if (count == 0 || next + count > total || static_cast<size_t>(end - p) < 2 * count) return false;
    size_t i = fp & (capacity - 1);
    while (slots_[i].fingerprint != 0) i = (i + 1) & (capacity - 1);
    slots_[i].fingerprint = fp;
    slots_[i].location = static_cast<uint32_t>(next << 8 | count);
    for (uint32_t k = 0; k < count; ++k, p += 2) {
      if (p[0] >= n_classes_) return false;
      long w = std::lround(static_cast<int8_t>(p[1]) * factor);
      w = std::clamp(w, -32767L, 32767L);
      entries_[next++] = static_cast<uint32_t>(p[0]) << 16 |
                         static_cast<uint16_t>(static_cast<int16_t>(w));
    }
  }
  if (next != total) return false;
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
      entries.push_back(static_cast<uint32_t>(c) << 16 | static_cast<uint16_t>(static_cast<int16_t>(q)));
    }
    if (!entries.empty()) rows.push_back({fp, std::move(entries)});
  }
  m.Build(rows);
  return m;
}

}  // namespace newsgraph::syntax
