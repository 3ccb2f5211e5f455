// LazyEngine is an Engine loaded on first use. Loading the gazetteers, the
// rules and the syntax model costs a fixed time per run (tenths of a second
// with the shipped data, seconds with large gazetteers); an ingest that
// finds every document unchanged never needs them. Whichever thread asks
// first loads the engine; the others wait for it.
//
//   LazyEngine lazy([&](std::unique_ptr<Engine>* e) { return Engine::Load(opt, e); });
//   const Engine* engine = nullptr;
//   Status s = lazy.Get(&engine);   // loads now, or returns the loaded one
//
// Safe for concurrent use by multiple threads.
#ifndef NEWSGRAPH_PIPELINE_LAZY_ENGINE_H_
#define NEWSGRAPH_PIPELINE_LAZY_ENGINE_H_

#include <functional>
#include <memory>
#include <mutex>

#include "pipeline/engine.h"
#include "util/status.h"

namespace newsgraph::pipeline {

class LazyEngine {
 public:
  // `load` makes the engine; it is called at most once, by the first Get().
  // The engine it makes is owned by *owner (which must outlive this object),
  // so that a caller can keep it, or leave it unfreed at exit.
  using Loader = std::function<Status(std::unique_ptr<Engine>*)>;
  LazyEngine(Loader load, std::unique_ptr<Engine>* owner);
  // An engine that is already loaded (Get() never fails).
  explicit LazyEngine(const Engine& loaded);

  LazyEngine(const LazyEngine&) = delete;
  LazyEngine& operator=(const LazyEngine&) = delete;

  // Sets *engine to the engine, loading it on the first call. Returns the
  // loader's error, on this and every later call, when it failed.
  Status Get(const Engine** engine);

  // True once Get() has loaded the engine successfully.
  bool loaded() const;

 private:
  Loader load_;
  std::unique_ptr<Engine>* owner_ = nullptr;
  mutable std::mutex mu_;
  bool tried_ = false;
  Status status_;
  const Engine* engine_ = nullptr;
};

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_LAZY_ENGINE_H_
