// The streaming export (Store::StreamGraph through a GraphWriter, what
// `export --format json|graphml|dot|neo4j` runs) on a synthetic graph:
//
//   build/export_bench --db=/tmp/g1m.db      # a graph_bench --generate database
//   build/export_bench                       # a small graph (20k entities, 100k relations)
//
// Each benchmark writes the whole graph with evidence to a temporary file
// (deleted afterwards) and reports nodes, edges, MB written, MB/s and
// peak_rss_mb, the process's peak resident memory (VmHWM) so far: it should
// stay flat as the graph grows, since one element is held at a time.
//   StreamJson     JsonStreamWriter (indent 1, evidence)
//   StreamGraphMl  GraphMlStreamWriter
//   StreamDot      DotStreamWriter
//   StreamNeo4j    Neo4jStreamWriter, both files
//   StreamOnly     StreamGraph with a visitor that writes nothing (the read)
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "export/dot_writer.h"
#include "export/graph_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_writer.h"
#include "store/store.h"
#include "synthetic_graph.h"

namespace newsgraph::bench {
namespace {

std::string& Db() {
  static std::string db;
  return db;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

// The small default graph, generated once into the temp directory (the
// same file graph_bench uses).
std::string SmallDb() {
  std::string path = (std::filesystem::temp_directory_path() / "newsgraph-bench-20k.db").string();
  if (!std::filesystem::exists(path)) {
    model::Graph g = testdata::MakeSyntheticGraph({.entities = 20000, .relations = 100000});
    std::unique_ptr<store::Store> store;
    Status s = store::Store::Open(path, {}, &store);
    if (s.ok()) s = store->PutGraph(g);
    if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
  }
  return path;
}

// Writers for one or two files.
using MakeWriter = std::function<std::unique_ptr<exporter::GraphWriter>(std::FILE*, std::FILE*)>;

void RunExport(benchmark::State& state, const MakeWriter& make) {
  const std::string out =
      (std::filesystem::temp_directory_path() / "newsgraph-export-bench").string();
  int64_t nodes = 0, edges = 0;
  double bytes = 0;
  for (auto _ : state) {
    std::unique_ptr<store::Store> store;
    Status s = store::Store::Open(Db(), {.read_only = true, .create = false}, &store);
    std::FILE* first = std::fopen((out + ".1").c_str(), "wb");
    std::FILE* second = std::fopen((out + ".2").c_str(), "wb");
    std::unique_ptr<exporter::GraphWriter> writer = make ? make(first, second) : nullptr;
    nodes = edges = 0;
    store::GraphVisitor visit{[&](const model::Node& n) {
                                ++nodes;
                                return writer ? writer->Node(n) : Status::OK();
                              },
                              [&](const model::Edge& e) {
                                ++edges;
                                return writer ? writer->Edge(e) : Status::OK();
                              }};
    if (s.ok()) s = store->StreamGraph({}, visit);
    if (s.ok() && writer) s = writer->Finish();
    std::fclose(first);
    std::fclose(second);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
    bytes = 0;
    for (const char* ext : {".1", ".2"}) {
      bytes += std::filesystem::file_size(out + ext);
      std::filesystem::remove(out + ext);
    }
  }
  state.counters["nodes"] = nodes;
  state.counters["edges"] = edges;
  state.counters["mb_written"] = bytes / 1e6;
  state.counters["mb_per_s"] = benchmark::Counter(bytes / 1e6, benchmark::Counter::kIsRate);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_StreamOnly(benchmark::State& state) { RunExport(state, nullptr); }

void BM_StreamJson(benchmark::State& state) {
  RunExport(state, [](std::FILE* out, std::FILE*) {
    return std::make_unique<exporter::JsonStreamWriter>(exporter::JsonOptions{}, out);
  });
}

void BM_StreamGraphMl(benchmark::State& state) {
  RunExport(state, [](std::FILE* out, std::FILE*) {
    return std::make_unique<exporter::GraphMlStreamWriter>(out);
  });
}

void BM_StreamDot(benchmark::State& state) {
  RunExport(state, [](std::FILE* out, std::FILE*) {
    return std::make_unique<exporter::DotStreamWriter>(exporter::DotOptions{}, out);
  });
}

void BM_StreamNeo4j(benchmark::State& state) {
  RunExport(state, [](std::FILE* nodes, std::FILE* edges) {
    return std::make_unique<exporter::Neo4jStreamWriter>(nodes, edges);
  });
}

constexpr auto kMs = benchmark::kMillisecond;
BENCHMARK(BM_StreamOnly)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_StreamJson)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_StreamGraphMl)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_StreamDot)->Iterations(1)->Unit(kMs)->UseRealTime();
BENCHMARK(BM_StreamNeo4j)->Iterations(1)->Unit(kMs)->UseRealTime();

// Takes "--db=value" out of argv; returns the value or "".
std::string TakeDbFlag(int* argc, char** argv) {
  const char* prefix = "--db=";
  for (int i = 1; i < *argc; ++i) {
    if (std::strncmp(argv[i], prefix, std::strlen(prefix)) == 0) {
      std::string value = argv[i] + std::strlen(prefix);
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
  std::string db = TakeDbFlag(&argc, argv);
  Db() = db.empty() ? SmallDb() : db;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
