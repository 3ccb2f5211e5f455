// Fuzz target: the rule files a user can edit or replace, loaded as the
// engine loads them, and the loaded rules run over a tagged, parsed sample.
// Byte 0 picks the file:
//   0  rules/relations.tsv   (surface patterns, macros, windows, cues, blocks)
//   1  rules/dependency.tsv  (dependency paths), beside the shipped relations.tsv
//   2  rules/triggers.tsv    (trigger lexicon), beside the shipped relations.tsv
//   3  rules/lexicon.tsv     (titles, cue words), then a tagger built with it
// Errors must name the file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "pipeline/engine.h"
#include "relations/extractor.h"
#include "relations/internal/dep_rules.h"
#include "relations/internal/rule_file.h"
#include "relations/internal/rule_set.h"
#include "text/tokenizer.h"

namespace {

namespace fs = std::filesystem;
namespace ner = newsgraph::ner;
namespace pipeline = newsgraph::pipeline;
namespace relations = newsgraph::relations;
using newsgraph::Status;
using newsgraph::fuzz::Check;
using newsgraph::fuzz::Die;

const pipeline::Engine* engine = nullptr;
ner::TaggedDocument* sample = nullptr;
std::string dir;  // scratch rules directory
std::string shipped_rules, shipped_dependency, shipped_triggers;
const relations::RuleSet* shipped_types = nullptr;  // the shipped relations.tsv, compiled

const char kSample[] =
    "Foreign Minister Cho Tae-yul met EU foreign policy chief Josep Borrell in Seoul on "
    "Monday. Russia has deployed troops to Belarus, the ministry said. Germany condemned "
    "the attack on Ukraine and signed an agreement with France. President Yoon Suk Yeol "
    "will visit Japan next week, but he did not meet Kishida.";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) Die("cannot write " + path);
}

void CheckRelations(const std::vector<relations::RelationMention>& found) {
  for (const auto& r : found) {
    Check(r.source < sample->entities.size() && r.target < sample->entities.size(),
          "a relation end out of range");
    Check(
        r.sentence_span.end <= sample->doc.text.size() && r.trigger.end <= sample->doc.text.size(),
        "evidence outside the text");
  }
}

// Loads relations.tsv (and dependency.tsv, triggers.tsv when present) from
// the scratch directory and runs them over the sample.
void LoadAndRun(const std::string& named) {
  std::unique_ptr<relations::RelationExtractor> extractor;
  Status s = relations::RelationExtractor::Load(dir + "/relations.tsv", &extractor);
  if (!s.ok()) {
    newsgraph::fuzz::CheckError(s, named);
    return;
  }
  std::vector<relations::RelationMention> found;
  extractor->Extract(*sample, engine->syntax(), &found);
  CheckRelations(found);
}

// Loads the dependency rules against the shipped relation types (fast);
// only when they load is the whole extractor built and run on the parse.
void LoadDependencyRules(const std::string& named) {
  std::unique_ptr<relations::DepRuleSet> deps;
  Status s = relations::DepRuleSet::Load(dir + "/triggers.tsv", dir + "/dependency.tsv",
                                         *shipped_types, &deps);
  if (!s.ok()) {
    newsgraph::fuzz::CheckError(s, named);
    return;
  }
  WriteFile(dir + "/relations.tsv", shipped_rules);
  LoadAndRun(named);
}

void Lexicon(std::string_view bytes) {
  const std::string path = dir + "/lexicon.tsv";
  WriteFile(path, bytes);
  ner::Lexicon lexicon;
  Status s = lexicon.Load(path);
  if (!s.ok()) {
    newsgraph::fuzz::CheckError(s, path);
    return;
  }
  ner::EntityTagger tagger(engine->matcher(), lexicon, ner::TaggerOptions{});
  newsgraph::fuzz::TagAndCheck(tagger, kSample);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static std::unique_ptr<pipeline::Engine> loaded;
  Status s = pipeline::Engine::Load({}, &loaded);
  if (!s.ok()) Die("cannot load the engine: " + s.message());
  engine = loaded.get();
  static pipeline::Processed processed;
  s = engine->Process("sample.txt", kSample, pipeline::Utf8Policy::kReject, &processed);
  if (!s.ok()) Die("cannot tag the sample: " + s.message());
  sample = &processed.tagged;
  const std::string rules = pipeline::DefaultDataDir("rules");
  shipped_rules = ReadFile(rules + "/relations.tsv");
  shipped_dependency = ReadFile(rules + "/dependency.tsv");
  shipped_triggers = ReadFile(rules + "/triggers.tsv");
  if (shipped_rules.empty() || shipped_dependency.empty() || shipped_triggers.empty()) {
    Die("cannot read the shipped rules in " + rules);
  }
  static std::unique_ptr<relations::RuleSet> types;
  std::vector<relations::RuleLine> lines;
  s = relations::ReadRuleFile(rules + "/relations.tsv", &lines);
  if (s.ok()) s = relations::RuleSet::Build(lines, &types);
  if (!s.ok()) Die("cannot compile the shipped rules: " + s.message());
  shipped_types = types.get();
  const char* tmp = std::getenv("TMPDIR");
  dir =
      std::string(tmp && *tmp ? tmp : "/tmp") + "/newsgraph-fuzz-rules-" + std::to_string(getpid());
  fs::create_directories(dir);
  std::atexit([] {
    std::error_code ec;
    fs::remove_all(dir, ec);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::error_code ec;
  fs::remove(dir + "/dependency.tsv", ec);
  fs::remove(dir + "/triggers.tsv", ec);
  switch (data[0] & 3) {
    case 0:
      WriteFile(dir + "/relations.tsv", bytes);
      LoadAndRun(dir + "/relations.tsv");
      break;
    case 1:
      WriteFile(dir + "/dependency.tsv", bytes);
      WriteFile(dir + "/triggers.tsv", shipped_triggers);
      LoadDependencyRules(dir + "/dependency.tsv");
      break;
    case 2:
      WriteFile(dir + "/dependency.tsv", shipped_dependency);
      WriteFile(dir + "/triggers.tsv", bytes);
      LoadDependencyRules(dir + "/triggers.tsv");
      break;
    default:
      Lexicon(bytes);
  }
  return 0;
}
