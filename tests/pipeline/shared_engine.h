// One Engine with the shipped gazetteers, rules and syntax model, loaded
// once for all the pipeline tests of the binary.
#ifndef NEWSGRAPH_TESTS_PIPELINE_SHARED_ENGINE_H_
#define NEWSGRAPH_TESTS_PIPELINE_SHARED_ENGINE_H_

#include <gtest/gtest.h>

#include <memory>

#include "pipeline/engine.h"

namespace newsgraph::pipeline::testing_util {

inline const Engine& SharedEngine() {
  static std::unique_ptr<Engine> engine = [] {
    std::unique_ptr<Engine> e;
    Status s = Engine::Load(EngineOptions(), &e);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return e;
  }();
  return *engine;
}

}  // namespace newsgraph::pipeline::testing_util

#endif  // NEWSGRAPH_TESTS_PIPELINE_SHARED_ENGINE_H_
