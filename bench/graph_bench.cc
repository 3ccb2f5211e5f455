// Scale of the knowledge graph: a synthetic graph stored in SQLite, loaded,
// indexed and queried.
//
//   build/graph_bench --generate=/tmp/g1m.db --entities=1000000 --relations=5000000
//   build/graph_bench --db=/tmp/g1m.db                   # every benchmark below
//   build/graph_bench                                    # the same on a small graph (20k/100k)
//
// --generate writes the database (bench/synthetic_graph.h through Store::PutGraph)
// and exits; run the benchmarks in a second process so that peak_rss_mb
// counts what a query process holds, not the generator. Benchmarks, in order
// (the first two of each group run once and leave their result to the
// others):
//   SnapshotBuild      Store::ReadGraphColumns + name index + Serialize + write
//                      (query/snapshot_session.h BuildSnapshot), to DB.bench.graph
//   SnapshotOpen       Snapshot::Open: map the file and check its structure
//   SnapshotPath       random pairs on the mapped snapshot (Boost over the arrays)
//   SnapshotNeighbors2 random centre, depth 2, boost::breadth_first_search
//   SnapshotTopDegree  degrees from the row offsets + top 10
//   LoadGraph          Store::LoadGraph without evidence (what `query` loads)
//   BuildGraph         KnowledgeGraph::Build (CSR over the loaded edges)
//   ShortestPath       random pairs, two-sided BFS
//   PathEvidence       Store::LoadEvidence for a 4-hop path
//   Neighbors2         random centre, depth 2
//   TopDegree          DegreeScores + TopK(10)
//   PageRank           to convergence (iterations reported)
//   BetweennessSampled Brandes from the default number of sampled sources
//   Components         all connected components
// peak_rss_mb is the process's peak resident memory (VmHWM) so far.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "graph/centrality.h"
#include "graph/knowledge_graph.h"
#include "graph/snapshot.h"
#include "graph/snapshot_traversal.h"
#include "graph/traversal.h"
#include "query/snapshot_session.h"
#include "store/store.h"
#include "synthetic_graph.h"

namespace newsgraph::bench {
namespace {

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

struct World {
  std::string db;
  std::unique_ptr<store::Store> store;
  model::Graph loaded;                        // until BuildGraph takes it
  std::unique_ptr<graph::KnowledgeGraph> kg;  // after BuildGraph
  std::unique_ptr<graph::Snapshot> snap;      // after SnapshotOpen
};

World& TheWorld() {
  static World w;
  return w;
}

Status Generate(const std::string& path, int64_t entities, int64_t relations) {
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path + ext);
  auto t0 = std::chrono::steady_clock::now();
  model::Graph g = testdata::MakeSyntheticGraph({.entities = entities, .relations = relations});
  auto t1 = std::chrono::steady_clock::now();
  std::unique_ptr<store::Store> store;
  NG_RETURN_IF_ERROR(store::Store::Open(path, {}, &store));
  NG_RETURN_IF_ERROR(store->PutGraph(g));
  store.reset();  // checkpoints the WAL
  auto t2 = std::chrono::steady_clock::now();
  std::printf(
      "generated %zu entities and %zu relations in %.1f s; stored in %.1f s "
      "(%.0f relations/s); %s is %.0f MB; peak RSS %.0f MB\n",
      g.nodes.size(), g.edges.size(), std::chrono::duration<double>(t1 - t0).count(),
      std::chrono::duration<double>(t2 - t1).count(),
      g.edges.size() / std::chrono::duration<double>(t2 - t1).count(), path.c_str(),
      std::filesystem::file_size(path) / 1e6, PeakRssMb());
  return Status::OK();
}

// The small default graph, generated once into the temp directory.
std::string SmallDb() {
  std::string path = (std::filesystem::temp_directory_path() / "newsgraph-bench-20k.db").string();
  if (!std::filesystem::exists(path)) {
    Status s = Generate(path, 20000, 100000);
    if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
  }
  return path;
}

bool Ready(benchmark::State& state) {
  if (TheWorld().kg != nullptr) return true;
  state.SkipWithError("the graph is not built (run LoadGraph and BuildGraph first)");
  return false;
}

void BM_LoadGraph(benchmark::State& state) {
  World& w = TheWorld();
  model::GraphFilter filter;
  filter.with_evidence = false;
  for (auto _ : state) {
    Status s = store::Store::Open(w.db, {.read_only = true, .create = false}, &w.store);
    if (s.ok()) s = w.store->LoadGraph(filter, &w.loaded);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.counters["nodes"] = w.loaded.nodes.size();
  state.counters["edges"] = w.loaded.edges.size();
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_BuildGraph(benchmark::State& state) {
  World& w = TheWorld();
  for (auto _ : state) {
    Status s = graph::KnowledgeGraph::Build(std::move(w.loaded), &w.kg);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_ShortestPath(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  uint64_t x = 12345;
  size_t hops = 0, paths = 0;
  for (auto _ : state) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    graph::VertexId a = (x >> 33) % kg.num_vertices();
    graph::VertexId b = (x >> 7) % kg.num_vertices();
    graph::PathResult p = graph::ShortestPath(kg, a, b, {});
    hops += p.hops.size();
    paths += p.found;
  }
  state.counters["mean_hops"] = paths ? static_cast<double>(hops) / paths : 0;
  state.counters["found"] = benchmark::Counter(paths, benchmark::Counter::kAvgIterations);
}

void BM_PathEvidence(benchmark::State& state) {
  if (!Ready(state)) return;
  World& w = TheWorld();
  std::vector<model::Edge> edges;
  for (graph::EdgeIndex e : {0u, 1000u, 2000u, 3000u}) {
    if (e < w.kg->num_edges()) edges.push_back(w.kg->edge(e));
  }
  for (auto _ : state) {
    Status s = w.store->LoadEvidence({}, &edges);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
}

void BM_Neighbors2(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  uint64_t x = 999;
  size_t found = 0;
  for (auto _ : state) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    found += graph::Neighbors(kg, (x >> 33) % kg.num_vertices(), 2, {}).size();
  }
  state.counters["neighbors"] = benchmark::Counter(found, benchmark::Counter::kAvgIterations);
}

void BM_TopDegree(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  for (auto _ : state) {
    benchmark::DoNotOptimize(graph::TopK(kg, graph::DegreeScores(kg, {}), 10));
  }
}

void BM_PageRank(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  int iterations = 0;
  for (auto _ : state) {
    graph::PageRankResult pr = graph::PageRank(kg, {}, {});
    iterations = pr.iterations;
    benchmark::DoNotOptimize(graph::TopK(kg, pr.scores, 10));
  }
  state.counters["iterations"] = iterations;
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_BetweennessSampled(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  graph::BetweennessOptions opt;  // the defaults `query top --by betweenness` uses
  opt.exact_limit = 0;
  size_t sources = 0;
  for (auto _ : state) sources = graph::Betweenness(kg, {}, opt).sources;
  state.counters["sources"] = sources;
}

void BM_Components(benchmark::State& state) {
  if (!Ready(state)) return;
  const graph::KnowledgeGraph& kg = *TheWorld().kg;
  size_t count = 0;
  for (auto _ : state) count = graph::ConnectedComponents(kg, {}).size();
  state.counters["components"] = count;
  state.counters["peak_rss_mb"] = PeakRssMb();
}

std::string SnapshotPath() { return TheWorld().db + ".bench.graph"; }

void BM_SnapshotBuild(benchmark::State& state) {
  World& w = TheWorld();
  size_t bytes = 0;
  for (auto _ : state) {
    std::unique_ptr<store::Store> store;
    Status s = store::Store::Open(w.db, {.read_only = true, .create = false}, &store);
    std::vector<uint64_t> snapshot;
    if (s.ok()) s = query::BuildSnapshot(store.get(), &snapshot);
    if (s.ok()) s = graph::Snapshot::Write(SnapshotPath(), snapshot);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
    bytes = snapshot.size() * 8;
  }
  state.counters["file_mb"] = bytes / 1e6;
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_SnapshotOpen(benchmark::State& state) {
  World& w = TheWorld();
  for (auto _ : state) {
    Status s = graph::Snapshot::Open(SnapshotPath(), &w.snap);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
}

bool SnapReady(benchmark::State& state) {
  if (TheWorld().snap != nullptr) return true;
  state.SkipWithError("no snapshot (run SnapshotBuild and SnapshotOpen first)");
  return false;
}

void BM_SnapshotPath(benchmark::State& state) {
  if (!SnapReady(state)) return;
  const graph::Snapshot& snap = *TheWorld().snap;
  uint64_t x = 12345;
  size_t hops = 0, paths = 0;
  for (auto _ : state) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    graph::VertexId a = (x >> 33) % snap.num_vertices();
    graph::VertexId b = (x >> 7) % snap.num_vertices();
    graph::PathResult p = graph::SnapshotShortestPath(snap, a, b, {});
    hops += p.hops.size();
    paths += p.found;
  }
  state.counters["mean_hops"] = paths ? static_cast<double>(hops) / paths : 0;
}

void BM_SnapshotNeighbors2(benchmark::State& state) {
  if (!SnapReady(state)) return;
  const graph::Snapshot& snap = *TheWorld().snap;
  uint64_t x = 999;
  size_t found = 0;
  for (auto _ : state) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    found += graph::SnapshotNeighbors(snap, (x >> 33) % snap.num_vertices(), 2, {}).size();
  }
  state.counters["neighbors"] = benchmark::Counter(found, benchmark::Counter::kAvgIterations);
}

void BM_SnapshotTopDegree(benchmark::State& state) {
  if (!SnapReady(state)) return;
  const graph::Snapshot& snap = *TheWorld().snap;
  for (auto _ : state) benchmark::DoNotOptimize(graph::SnapshotTopDegree(snap, {}, 10));
  state.counters["peak_rss_mb"] = PeakRssMb();
}

constexpr auto kMs = benchmark::kMillisecond;
BENCHMARK(BM_SnapshotBuild)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_SnapshotOpen)->Unit(kMs);
BENCHMARK(BM_SnapshotPath)->Unit(kMs);
BENCHMARK(BM_SnapshotNeighbors2)->Unit(kMs);
BENCHMARK(BM_SnapshotTopDegree)->Unit(kMs);
BENCHMARK(BM_LoadGraph)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_BuildGraph)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_ShortestPath)->Unit(kMs);
BENCHMARK(BM_PathEvidence)->Unit(kMs);
BENCHMARK(BM_Neighbors2)->Unit(kMs);
BENCHMARK(BM_TopDegree)->Unit(kMs);
BENCHMARK(BM_PageRank)->Iterations(2)->Unit(kMs);
BENCHMARK(BM_BetweennessSampled)->Iterations(1)->Unit(kMs);
BENCHMARK(BM_Components)->Iterations(2)->Unit(kMs);

// Takes "--name=value" out of argv; returns the value or "".
std::string TakeFlag(int* argc, char** argv, const char* name) {
  const std::string prefix = std::string("--") + name + "=";
  for (int i = 1; i < *argc; ++i) {
    if (std::strncmp(argv[i], prefix.c_str(), prefix.size()) == 0) {
      std::string value = argv[i] + prefix.size();
      for (int j = i; j + 1 < *argc; ++j) argv[j] = argv[j + 1];
      --*argc;
      return value;
    }
  }
  return "";
}

}  // namespace
}  // namespace newsgraph::bench

int main(int argc, char** argv) {
  using namespace newsgraph::bench;
  std::string generate = TakeFlag(&argc, argv, "generate");
  std::string entities = TakeFlag(&argc, argv, "entities");
  std::string relations = TakeFlag(&argc, argv, "relations");
  std::string db = TakeFlag(&argc, argv, "db");
  if (!generate.empty()) {
    newsgraph::Status s =
        Generate(generate, entities.empty() ? 1000000 : std::atoll(entities.c_str()),
                 relations.empty() ? 5000000 : std::atoll(relations.c_str()));
    if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return s.ok() ? 0 : 1;
  }
  TheWorld().db = db.empty() ? SmallDb() : db;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
