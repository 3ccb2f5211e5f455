#include "pipeline/internal/work_ahead.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace newsgraph::pipeline {
namespace {

TEST(WorkAhead, ResultsComeInIndexOrder) {
  // Later items finish first: the consumer still gets 0, 1, 2, ...
  WorkAhead<std::unique_ptr<size_t>> ahead(200, 3, 7, [](size_t i) {
    if (i % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
    return std::make_unique<size_t>(i * i);
  });
  for (size_t i = 0; i < 200; ++i) EXPECT_EQ(*ahead.Take(i), i * i);
}

// Waits (up to 5 s) until `count` reaches `n`, then a little longer, and
// returns it.
size_t Settle(const std::atomic<size_t>& count, size_t n) {
  for (int i = 0; i < 5000 && count.load() < n; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return count.load();
}

TEST(WorkAhead, StaysWithinTheWindow) {
  std::atomic<size_t> started{0};
  WorkAhead<size_t> ahead(100, 4, 5, [&](size_t i) {
    ++started;
    return i;
  });
  EXPECT_EQ(Settle(started, 5), 5u);  // nothing taken yet: only the window
  EXPECT_EQ(ahead.Take(0), 0u);
  EXPECT_EQ(ahead.Take(1), 1u);
  EXPECT_EQ(Settle(started, 7), 7u);
}

TEST(WorkAhead, StopsEarlyWithoutComputingTheRest) {
  std::atomic<size_t> done{0};
  {
    WorkAhead<size_t> ahead(1000, 2, 4, [&](size_t i) {
      ++done;
      return i;
    });
    EXPECT_EQ(ahead.Take(0), 0u);
  }  // destroyed with items left
  EXPECT_LE(done.load(), 5u);
}

TEST(WorkAhead, NoItems) {
  WorkAhead<int> ahead(0, 2, 4, [](size_t) { return 1; });
}

}  // namespace
}  // namespace newsgraph::pipeline
