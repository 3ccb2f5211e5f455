// Speed of the syntax layer on news text: tagging plus parsing, in words per
// second, on the BBC News articles read from ../shared/data (every sentence
// of every article is analyzed, as `newsgraph parse` does; ingest parses only
// the sentences that can carry a relation). Also the model's load time.
//
//   build/syntax_bench
//   build/syntax_bench --benchmark_filter=Parse
//
// words_per_second counts the model's words (a contraction is two words).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/corpus.h"
#include "pipeline/engine.h"
#include "syntax/model.h"
#include "syntax/words.h"
#include "text/tokenizer.h"

namespace newsgraph::bench {
namespace {

// The words of every sentence of the BBC articles (all categories).
const std::vector<std::vector<syntax::Word>>& Sentences() {
  static std::vector<std::vector<syntax::Word>> sentences = [] {
    std::vector<std::vector<syntax::Word>> out;
    std::string root = std::string(NEWSGRAPH_SHARED_DIR) + "/data/bbc-news-fulltext";
    if (!std::filesystem::exists(root)) return out;
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      std::string name = e.path().filename().string();
      if (e.is_regular_file() && e.path().extension() == ".txt" && name != "README.TXT" &&
          name != "SOURCE.txt") {
        files.push_back(e.path().string());
      }
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      text::Document doc;
      doc.text = Latin1ToUtf8(ReadAll(f));
      text::Tokenize(&doc);
      for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        out.push_back(syntax::SentenceWords(doc, s));
      }
    }
    return out;
  }();
  return sentences;
}

const syntax::Model& Model() {
  static std::unique_ptr<syntax::Model> model = [] {
    std::unique_ptr<syntax::Model> m;
    Status s = syntax::Model::Load(pipeline::DefaultSyntaxModel(), &m);
    if (!s.ok()) std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return m;
  }();
  return *model;
}

void Analyze(benchmark::State& state, bool parse) {
  const auto& sentences = Sentences();
  if (sentences.empty()) {
    state.SkipWithError("../shared/data/bbc-news-fulltext is absent");
    return;
  }
  const syntax::Model& model = Model();
  std::vector<std::vector<std::string_view>> forms;
  size_t words = 0;
  for (const auto& s : sentences) {
    forms.push_back(syntax::Forms(s));
    words += s.size();
  }
  syntax::ParsedSentence p;
  for (auto _ : state) {
    for (const auto& f : forms) {
      if (parse) {
        model.Analyze(f, &p);
      } else {
        model.Tag(f, &p);
      }
      benchmark::DoNotOptimize(p.head.data());
    }
  }
  state.counters["words_per_second"] = benchmark::Counter(
      static_cast<double>(words) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(sentences.size());
  state.counters["words"] = static_cast<double>(words);
}

void BM_TagAndParse(benchmark::State& state) { Analyze(state, true); }
void BM_TagOnly(benchmark::State& state) { Analyze(state, false); }

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<syntax::Model> m;
    Status s = syntax::Model::Load(pipeline::DefaultSyntaxModel(), &m);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
    benchmark::DoNotOptimize(m.get());
  }
  state.counters["file_mb"] = static_cast<double>(Model().info().file_bytes) / 1e6;
  state.counters["peak_rss_mb"] = PeakRssMb();
}

BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_TagOnly)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace newsgraph::bench

BENCHMARK_MAIN();
