// Runs the golden relation sentences (tests/golden/relations/sentences.tsv)
// through the real engine with the shipped gazetteers and rules. Each case
// must produce exactly its expected edges: every relation that is not
// negated, plus negated ones the case expects. Cases whose status says
// "known-miss: ..." are reported, not asserted. Prints micro precision and
// recall over edges to stdout. With $NEWSGRAPH_GOLDEN_IDS set to a regular
// expression, only the cases whose id it matches (std::regex_search) are run
// and scored, and the size checks are skipped: a way to measure one group of
// cases ("NEWSGRAPH_GOLDEN_IDS='^(trap-)?appos-'").
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "relations/types.h"

namespace newsgraph {
namespace {

struct Case {
  int line = 0;
  std::string id, kind, text, note, status;
  std::set<std::string> expected;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, sep)) out.push_back(part);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

// "type|A|B|modality" with A, B in name order for the symmetric types.
std::string EdgeKey(const std::string& type, std::string a, std::string b,
                    const std::string& modality) {
  if ((type == "meets" || type == "signs_agreement") && b < a) std::swap(a, b);
  return type + "|" + a + "|" + b + "|" + modality;
}

std::vector<Case> LoadCases(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::vector<Case> cases;
  std::string line;
  std::map<std::string, size_t> column;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    if (column.empty()) {
      for (size_t i = 0; i < f.size(); ++i) column[f[i]] = i;
      for (const char* c : {"id", "kind", "text", "expected", "note", "status"}) {
        EXPECT_TRUE(column.count(c)) << path << ": header lacks " << c;
      }
      continue;
    }
    f.resize(column.size());
    Case c;
    c.line = line_no;
    c.id = f[column["id"]];
    c.kind = f[column["kind"]];
    c.text = f[column["text"]];
    c.note = f[column["note"]];
    c.status = f[column["status"]];
    EXPECT_TRUE(c.kind == "positive" || c.kind == "trap") << path << ":" << line_no << ": bad kind";
    for (const std::string& e : Split(f[column["expected"]], ';')) {
      if (e.empty()) continue;
      std::vector<std::string> p = Split(e, '|');
      EXPECT_EQ(p.size(), 4u) << path << ":" << line_no << ": bad edge " << e;
      if (p.size() == 4) c.expected.insert(EdgeKey(p[0], p[1], p[2], p[3]));
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& e : s) out += (out.empty() ? "" : "; ") + e;
  return out.empty() ? "(none)" : out;
}

TEST(GoldenSentences, EveryCaseProducesExactlyItsEdges) {
  std::unique_ptr<pipeline::Engine> engine;
  Status s = pipeline::Engine::Load(pipeline::EngineOptions(), &engine);
  ASSERT_TRUE(s.ok()) << s.ToString();
  const std::string path = std::string(NEWSGRAPH_TEST_DATA) + "/../golden/relations/sentences.tsv";
  std::vector<Case> cases = LoadCases(path);
  const char* only = std::getenv("NEWSGRAPH_GOLDEN_IDS");
  if (only != nullptr && *only != '\0') {
    const std::regex re(only);
    std::erase_if(cases, [&](const Case& c) { return !std::regex_search(c.id, re); });
    std::printf("golden relation sentences: only ids matching /%s/\n", only);
  }
  size_t traps =
      std::count_if(cases.begin(), cases.end(), [](const Case& c) { return c.kind == "trap"; });
  if (only == nullptr || *only == '\0') {
    EXPECT_GE(cases.size(), 100u);
    EXPECT_GE(traps * 3, cases.size()) << "at least a third of the cases must be traps";
  }

  Counts all, asserted_cases;
  std::map<std::string, Counts> by_type;
  std::vector<std::string> misses;
  for (const Case& c : cases) {
    pipeline::Processed p;
    s = engine->Process(c.id, c.text, pipeline::Utf8Policy::kReject, &p);
    ASSERT_TRUE(s.ok()) << c.id << ": " << s.ToString();
    std::set<std::string> produced;
    for (const relations::RelationMention& r : p.relations) {
      std::string key = EdgeKey(r.type, p.tagged.entities[r.source].name,
                                p.tagged.entities[r.target].name, r.modality);
      if (r.modality != relations::kNegated || c.expected.count(key)) produced.insert(key);
    }
    Counts one;
    for (const std::string& e : produced) {
      bool hit = c.expected.count(e) > 0;
      (hit ? one.tp : one.fp) += 1;
      Counts& t = by_type[e.substr(0, e.find('|'))];
      (hit ? t.tp : t.fp) += 1;
    }
    for (const std::string& e : c.expected) {
      if (!produced.count(e)) {
        ++one.fn;
        ++by_type[e.substr(0, e.find('|'))].fn;
      }
    }
    all.tp += one.tp, all.fp += one.fp, all.fn += one.fn;
    const bool known_miss = c.status.rfind("known-miss", 0) == 0;
    if (known_miss) {
      misses.push_back(c.id + " (" + c.status + "): expected " + Join(c.expected) + ", got " +
                       Join(produced));
      continue;
    }
    asserted_cases.tp += one.tp, asserted_cases.fp += one.fp, asserted_cases.fn += one.fn;
    EXPECT_EQ(produced, c.expected)
        << c.id << " (" << c.kind << ", line " << c.line << "): " << c.text
        << "\n  expected: " << Join(c.expected) << "\n  produced: " << Join(produced);
  }

  std::printf("golden relation sentences: %zu cases (%zu traps), %zu known misses\n", cases.size(),
              traps, misses.size());
  std::printf("  all cases:        P=%.3f R=%.3f (tp=%d fp=%d fn=%d)\n", all.Precision(),
              all.Recall(), all.tp, all.fp, all.fn);
  std::printf("  without misses:   P=%.3f R=%.3f\n", asserted_cases.Precision(),
              asserted_cases.Recall());
  for (const auto& [type, t] : by_type) {
    std::printf("  %-16s  P=%.3f R=%.3f (tp=%d fp=%d fn=%d)\n", type.c_str(), t.Precision(),
                t.Recall(), t.tp, t.fp, t.fn);
  }
  for (const std::string& m : misses) std::printf("  known miss %s\n", m.c_str());
}

}  // namespace
}  // namespace newsgraph
