// Gazetteer load time, peak memory and tagging throughput, with the shipped
// gazetteers and with a synthetic 1,000,000-name gazetteer, on the
// Reuters-21578 article bodies read from ../shared/data.
//
//   build/tag_bench                      # all benchmarks
//   build/tag_bench --benchmark_filter=Shipped
//
// Throughput is reported as bytes_per_second (of article text); peak_rss_mb
// is the process's peak resident memory after the benchmark.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "bench/corpus.h"
#include "pipeline/engine.h"
#include "pipeline/ingest.h"
#include "pipeline/internal/document_record.h"
#include "store/store.h"
#include "util/huge_pages.h"

namespace newsgraph::bench {
namespace {

const std::vector<std::string>& Corpus() {
  static std::vector<std::string> docs = ReutersBodies(NEWSGRAPH_SHARED_DIR);
  return docs;
}

const std::string& SyntheticPath() {
  static std::string path = [] {
    std::string p = std::filesystem::temp_directory_path() / "newsgraph-synthetic-1m.tsv";
    if (!std::filesystem::exists(p)) WriteSyntheticGazetteer(p, 1000000, Corpus());
    return p;
  }();
  return path;
}

// With `cached`, gazetteers come through the compiled image cache
// (gazetteer/image.h; the default), else from the TSV files every time.
// Without `syntax`, no syntax model is loaded (its load, on a second
// thread, otherwise sets the wall time of a load from the image).
std::unique_ptr<pipeline::Engine> MakeEngine(bool synthetic, bool relations, bool cached = true,
                                             bool syntax = true) {
  pipeline::EngineOptions opt;
  opt.relations = relations;
  opt.syntax = syntax;
  opt.gazetteer_cache = cached ? "" : "off";
  if (synthetic) opt.extra_gazetteers.push_back(SyntheticPath());
  std::unique_ptr<pipeline::Engine> e;
  Status s = pipeline::Engine::Load(opt, &e);
  if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
  return e;
}

void Load(benchmark::State& state, bool synthetic, bool cached, bool syntax = true) {
  if (synthetic) SyntheticPath();                         // generate outside the timing
  if (cached) MakeEngine(synthetic, true, true, syntax);  // the image exists before the timing
  size_t names = 0;
  for (auto _ : state) {
    auto engine = MakeEngine(synthetic, true, cached, syntax);
    names = engine->matcher().num_patterns();
    benchmark::DoNotOptimize(engine.get());
  }
  state.counters["names"] = static_cast<double>(names);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void Process(benchmark::State& state, bool synthetic, bool relations) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("../shared/data/reuters-21578 not found");
    return;
  }
  auto engine = MakeEngine(synthetic, relations);
  size_t bytes = 0, mentions = 0, rels = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      if (d.find_first_not_of(" \n\t") == std::string::npos) continue;
      pipeline::Processed p;
      Status s = engine->Process("r.txt", d, pipeline::Utf8Policy::kRepair, &p);
      if (!s.ok()) continue;
      bytes += d.size();
      mentions += p.tagged.mentions.size();
      rels += p.relations.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["mentions_per_iter"] = static_cast<double>(mentions) / state.iterations();
  state.counters["relations_per_iter"] = static_cast<double>(rels) / state.iterations();
  state.counters["peak_rss_mb"] = PeakRssMb();
}

// Full ingest: read from memory, tag, relate, store in SQLite.
void Ingest(benchmark::State& state) {
  const auto& docs = Corpus();
  if (docs.empty()) {
    state.SkipWithError("../shared/data/reuters-21578 not found");
    return;
  }
  auto engine = MakeEngine(false, true);
  size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string db = std::filesystem::temp_directory_path() / "newsgraph-bench.db";
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(db + s);
    std::unique_ptr<store::Store> store;
    store::Store::Open(db, store::StoreOptions(), &store);
    state.ResumeTiming();
    store->Begin();
    for (size_t i = 0; i < docs.size(); ++i) {
      pipeline::Processed p;
      if (!engine->Process("r.txt", docs[i], pipeline::Utf8Policy::kRepair, &p).ok()) continue;
      store::DocumentInfo info;
      info.name = "reuters/" + std::to_string(i);
      info.hash = pipeline::ContentHash(docs[i]);
      info.size = docs[i].size();
      store->PutDocument(pipeline::MakeDocumentRecord(info, p.tagged, p.relations));
      bytes += docs[i].size();
      if (i % 500 == 499) {
        store->Commit();
        store->Begin();
      }
    }
    store->Commit();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["peak_rss_mb"] = PeakRssMb();
}

BENCHMARK_CAPTURE(Load, ShippedFromFiles, false, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(Load, ShippedFromImage, false, true)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(Load, ShippedFromImageNoSyntax, false, true, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(Process, ShippedTagOnly, false, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);
BENCHMARK_CAPTURE(Process, ShippedTagAndRelations, false, true)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);
BENCHMARK(Ingest)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(Load, Synthetic1MFromFiles, true, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(Load, Synthetic1MFromImage, true, true)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
BENCHMARK_CAPTURE(Load, Synthetic1MFromImageNoSyntax, true, true, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(Process, Synthetic1MTagOnly, true, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace newsgraph::bench

// As the CLI does: malloc backed by huge pages (util/huge_pages.h).
int main(int argc, char** argv) {
  newsgraph::util::ReexecWithHugePageMalloc(argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
