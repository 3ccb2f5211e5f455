#include "pipeline/lazy_engine.h"

#include <utility>

namespace newsgraph::pipeline {

LazyEngine::LazyEngine(Loader load, std::unique_ptr<Engine>* owner)
    : load_(std::move(load)), owner_(owner) {}

LazyEngine::LazyEngine(const Engine& loaded) : tried_(true), engine_(&loaded) {}

Status LazyEngine::Get(const Engine** engine) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!tried_) {
    tried_ = true;
    status_ = load_(owner_);
    if (status_.ok()) engine_ = owner_->get();
  }
  *engine = engine_;
  return status_;
}

bool LazyEngine::loaded() const {
  std::lock_guard<std::mutex> lock(mu_);
  return engine_ != nullptr;
}

}  // namespace newsgraph::pipeline
