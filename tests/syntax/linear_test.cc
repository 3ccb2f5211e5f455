#include "syntax/internal/linear.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "syntax/internal/hash.h"

namespace newsgraph::syntax {
namespace {

constexpr int kClasses = 41;

// A key whose fingerprint (upper 32 bits) is `i + 1`'s hash: distinct rows.
uint64_t Key(uint32_t i) { return Mix64(i + 1); }

// Trained weights: row i has i % 40 + 1 classes (so rows of 16 or more
// entries, stored dense, and shorter ones, stored sparse), weight
// (i % 7 - 3) * (c + 1) / 4 for class c, a few classes skipped.
struct Fixture {
  static constexpr uint32_t kRows = 300;
  PerceptronTrainer trainer{kClasses};
  LinearModel model;

  Fixture() {
    for (uint32_t i = 0; i < kRows; ++i) {
      const uint64_t key = Key(i);
      for (uint32_t c = 0; c < i % 40 + 1; ++c) {
        if (c % 5 == 3) continue;
        float w = static_cast<float>(static_cast<int>(i % 7) - 3) * static_cast<float>(c + 1) / 4;
        if (w == 0) w = 0.5f;
        trainer.Update(&key, 1, static_cast<int>(c), w);
      }
    }
    // Averaged weights tend to the final ones as the clock runs on.
    for (int t = 0; t < 100000; ++t) trainer.Tick();
    model = trainer.Averaged(0.0f);
  }

  std::vector<float> Scores(const LinearModel& m, const std::vector<uint64_t>& keys) const {
    std::vector<float> s(kClasses, 0.0f);
    m.Score(keys.data(), keys.size(), s.data());
    return s;
  }
};

TEST(LinearModel, OneKeyGivesItsRowsWeights) {
  Fixture f;
  EXPECT_EQ(f.model.num_rows(), Fixture::kRows);
  for (uint32_t i = 0; i < Fixture::kRows; ++i) {
    std::vector<float> got = f.Scores(f.model, {Key(i)});
    std::vector<float> want(kClasses, 0.0f);
    const uint64_t key = Key(i);
    f.trainer.Score(&key, 1, want.data());  // the current (about the averaged) weights
    for (int c = 0; c < kClasses; ++c) {
      EXPECT_NEAR(got[c], want[c], 0.01) << "row " << i << " class " << c;
    }
  }
}

TEST(LinearModel, UnknownKeysAddNothing) {
  Fixture f;
  std::vector<float> s = f.Scores(f.model, {Key(Fixture::kRows + 1), Key(Fixture::kRows + 7)});
  for (float v : s) EXPECT_EQ(v, 0.0f);
}

// The sums over many keys (dense and sparse rows, repeated and unknown keys)
// are exactly those of adding the keys' rows one by one in key order, as a
// plain loop over the weights does: the batched lookups change no bit.
TEST(LinearModel, ManyKeysSumInKeyOrder) {
  Fixture f;
  Rng rng(7);
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<uint64_t> keys;
    const uint32_t n = 1 + rng.Below(128);
    for (uint32_t k = 0; k < n; ++k) keys.push_back(Key(rng.Below(Fixture::kRows + 20)));
    std::vector<float> want(kClasses, 0.0f);
    for (uint64_t key : keys) {
      std::vector<float> row = f.Scores(f.model, {key});
      for (int c = 0; c < kClasses; ++c) want[c] += row[c];
    }
    std::vector<float> got = f.Scores(f.model, keys);
    for (int c = 0; c < kClasses; ++c) {
      EXPECT_EQ(got[c], want[c]) << "trial " << trial << " class " << c;
    }
  }
}

TEST(LinearModel, AddsToTheGivenScores) {
  Fixture f;
  std::vector<float> row = f.Scores(f.model, {Key(39)});
  std::vector<float> s(kClasses, 1.0f);
  const uint64_t key = Key(39);
  f.model.Score(&key, 1, s.data());
  for (int c = 0; c < kClasses; ++c) EXPECT_EQ(s[c], 1.0f + row[c]);
}

std::string Bytes(const LinearModel& m) {
  std::string bytes;
  util::BinaryWriter w(&bytes);
  m.Write(&w);
  return bytes;
}

bool FromBytes(const std::string& bytes, LinearModel* m) {
  util::BinaryReader in(bytes.data(), bytes.size());
  return m->Read(&in) && in.remaining() == 0;
}

// A model read from a file is written back to the same bytes (the first
// write rounds the trained 16-bit weights to the file's 8 bits).
TEST(LinearModel, ReadModelIsWrittenBackToTheSameBytes) {
  Fixture f;
  LinearModel read, again;
  ASSERT_TRUE(FromBytes(Bytes(f.model), &read));
  EXPECT_EQ(read.num_rows(), f.model.num_rows());
  EXPECT_EQ(read.num_weights(), f.model.num_weights());
  const std::string bytes = Bytes(read);
  ASSERT_TRUE(FromBytes(bytes, &again));
  EXPECT_TRUE(Bytes(again) == bytes);
  // The 8-bit file weights are close to the 16-bit ones.
  for (uint32_t i = 0; i < Fixture::kRows; ++i) {
    std::vector<float> a = f.Scores(f.model, {Key(i)}), b = f.Scores(read, {Key(i)});
    for (int k = 0; k < kClasses; ++k) EXPECT_NEAR(a[k], b[k], 0.2) << "row " << i;
  }
}

TEST(LinearModel, TruncatedFileIsRejected) {
  Fixture f;
  std::string bytes = Bytes(f.model);
  bytes.resize(bytes.size() - 3);
  LinearModel read;
  EXPECT_FALSE(FromBytes(bytes, &read));
}

TEST(LinearModel, PrunedDropsSmallWeights) {
  Fixture f;
  LinearModel pruned = f.model.Pruned(2.0f);
  EXPECT_LT(pruned.num_weights(), f.model.num_weights());
  for (uint32_t i = 0; i < Fixture::kRows; ++i) {
    std::vector<float> a = f.Scores(f.model, {Key(i)}), b = f.Scores(pruned, {Key(i)});
    for (int c = 0; c < kClasses; ++c) EXPECT_EQ(b[c], std::fabs(a[c]) >= 2.0f ? a[c] : 0.0f);
  }
}

}  // namespace
}  // namespace newsgraph::syntax
