// A synthetic knowledge graph for benchmarks and scale tests (the
// newsgraph_synthetic library beside the benchmarks, not part of
// newsgraph_lib or the program): many
// entities, many relations, every relation with one evidence sentence, so
// that Store::PutGraph can store it and Store::LoadGraph read it back.
//
//   model::Graph g = MakeSyntheticGraph({.entities = 1'000'000, .relations = 5'000'000});
//   Status s = store->PutGraph(g);
//
// Entities: types cycle PERSON x5, ORG x3, COUNTRY, CITY over the ids 1..N;
// names "Person 17", "Org 23", ...; keys "synthetic:<id>". Relations: a
// uniform source and a target skewed towards low ids (u^2), so a few
// entities are hubs as in news; 8 relation types, meets and
// signs_agreement symmetric (source < target); no self-loops, no two
// relations with the same (type, source, target). Edge ids follow (type,
// source, target) order, which lets PutGraph append to every index. The
// evidence of relation i is sentence i % 20 of document "doc-<i / 20>",
// dated over 2024, modality asserted (every 10th planned).
//
// Deterministic: the same options give the same graph on every platform.
#ifndef NEWSGRAPH_BENCH_SYNTHETIC_GRAPH_H_
#define NEWSGRAPH_BENCH_SYNTHETIC_GRAPH_H_

#include <cstdint>

#include "model/graph.h"

namespace newsgraph::testdata {

struct SyntheticOptions {
  int64_t entities = 1000;
  int64_t relations = 5000;  // at most a fraction of entities^2; fewer if impossible
  uint64_t seed = 42;
};

model::Graph MakeSyntheticGraph(const SyntheticOptions& options);

}  // namespace newsgraph::testdata

#endif  // NEWSGRAPH_BENCH_SYNTHETIC_GRAPH_H_
