// Internal to pipeline/. WorkAhead computes fn(0), fn(1), ..., fn(n - 1) on
// a fixed set of threads, at most `window` items ahead of the one consumer,
// which takes the results in index order:
//
//   WorkAhead<Result> ahead(files.size(), 2, 16, [&](size_t i) { return Run(files[i]); });
//   for (size_t i = 0; i < files.size(); ++i) Use(ahead.Take(i));
//
// The threads are started once (not one per item), so a run over thousands
// of small documents does not pay a thread start and a new stack each.
// Destroying it early waits for the items being computed and skips the rest.
#ifndef NEWSGRAPH_PIPELINE_INTERNAL_WORK_AHEAD_H_
#define NEWSGRAPH_PIPELINE_INTERNAL_WORK_AHEAD_H_

#include <cassert>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newsgraph::pipeline {

template <typename Result>
class WorkAhead {
 public:
  // Starts `threads` (>= 1) threads computing fn(i) for i in [0, n), at most
  // `window` (>= 1) results computed and not yet taken. `fn` must be safe to
  // call from several threads at once; it must not throw.
  WorkAhead(size_t n, size_t threads, size_t window, std::function<Result(size_t)> fn)
      : n_(n), window_(window < 1 ? 1 : window), fn_(std::move(fn)), slots_(window_) {
    for (size_t t = 0; t < threads && t < n; ++t) threads_.emplace_back([this] { Work(); });
  }
  ~WorkAhead() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    space_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  WorkAhead(const WorkAhead&) = delete;
  WorkAhead& operator=(const WorkAhead&) = delete;

  // Waits for and returns fn(i). Items are taken once each, in order:
  // i == the number of items taken before.
  Result Take(size_t i) {
    std::unique_lock<std::mutex> lock(mu_);
    assert(i == taken_ && i < n_);
    std::optional<Result>& slot = slots_[i % window_];
    ready_.wait(lock, [&] { return slot.has_value(); });
    Result r = std::move(*slot);
    slot.reset();
    ++taken_;
    lock.unlock();
    space_.notify_all();
    return r;
  }

 private:
  void Work() {
    std::unique_lock<std::mutex> lock(mu_);
    while (true) {
      space_.wait(lock, [&] { return stop_ || next_ >= n_ || next_ < taken_ + window_; });
      if (stop_ || next_ >= n_) return;
      const size_t i = next_++;
      lock.unlock();
      Result r = fn_(i);
      lock.lock();
      // Item i - window_ was taken before i was claimed: the slot is free.
      slots_[i % window_] = std::move(r);
      ready_.notify_all();
    }
  }

  const size_t n_, window_;
  const std::function<Result(size_t)> fn_;
  std::mutex mu_;
  std::condition_variable ready_;             // a result was stored
  std::condition_variable space_;             // a result was taken, or stop
  std::vector<std::optional<Result>> slots_;  // item i in slot i % window_
  size_t next_ = 0;                           // the next item to compute
  size_t taken_ = 0;                          // items taken by the consumer
  bool stop_ = false;
  std::vector<std::thread> threads_;  // last: started after the rest is set
};

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_INTERNAL_WORK_AHEAD_H_
