// Scores the graph built from one document against a gold file, by the rules
// of shared/eval/FORMAT.md, exactly as the reference shared/eval/score.py
// does: same name normalisation, same matching order, same counts, the same
// report text.
//
//   DocScore doc;
//   Status s = ScoreFiles("gold/a.gold.json", "out/a.json", &doc);
//   if (!s.ok()) ...  // InvalidArgument naming the file that is malformed
//   Totals totals;
//   totals.Add(doc);
//   PrintReport(totals, /*as_json=*/false, std::cout);
//   // entity_PERSON        P=1.000 R=0.667 F1=0.800
//   // ...
//   // entity_misses: PERSON:Kaja Kallas
//
// Matching, in score.py's order:
//   * Entities. Gold names are indexed by (type, NormalizeName(name)); when
//     two gold entities share a name the first one listed owns it. Program
//     nodes of type PERSON, COUNTRY or ORG are visited in order; each tries
//     its name, then its aliases, and takes the first gold entity of its type
//     with that name not yet taken. Other node types are ignored.
//     Matching an optional gold entity earns nothing but also keeps the node
//     from being a false positive; a missed optional entity costs nothing.
//   * Relations. The vocabulary is the gold relation types plus the core
//     types (meets, succeeds, deploys); edges of other types are ignored. An
//     edge's endpoints are replaced by the gold keys of their nodes, or by
//     "?" + node id when a node matched nothing; for the symmetric types
//     (meets, signs_agreement) the two ends are ordered. Equal keys count
//     once. A gold relation is core when its type is core and its "tier" is
//     not "extended"; an unmatched edge is core when its type is core.
//
// Details use score.py's strings: entity misses and extras "TYPE:Name",
// relation misses and extras "type(a,b)". score.py lists relation extras in
// arbitrary (set) order; here they keep the order of first appearance.
//
// All functions are pure and safe for concurrent use.
#ifndef NEWSGRAPH_EVAL_SCORER_H_
#define NEWSGRAPH_EVAL_SCORER_H_

#include <array>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace newsgraph::eval {

// The entity types that are scored, in report order. DocScore::entities and
// Totals::entities are indexed like this array.
inline constexpr std::array<std::string_view, 3> kEntityTypes = {"PERSON", "COUNTRY", "ORG"};

struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;

  void Add(const Counts& other);
  // tp / (tp + fp), 0 when nothing was predicted.
  double Precision() const;
  // tp / (tp + fn), 0 when there was nothing to find.
  double Recall() const;
  // Harmonic mean of precision and recall, 0 when both are 0.
  double F1() const;
};

struct Details {
  std::vector<std::string> entity_misses;    // "PERSON:Kaja Kallas"
  std::vector<std::string> entity_extras;    // "ORG:Foreign Ministry"
  std::vector<std::string> relation_misses;  // "meets(cho-tae-yul,josep-borrell)"
  std::vector<std::string> relation_extras;  // "deploys(north-korea,?n12)"
};

struct DocScore {
  std::array<Counts, kEntityTypes.size()> entities;  // PERSON, COUNTRY, ORG
  Counts core;
  Counts extended;
  Details details;
};

// Micro-averaged totals over the documents added so far.
struct Totals {
  std::array<Counts, kEntityTypes.size()> entities;
  Counts core;
  Counts extended;
  Details details;
  int documents = 0;

  // Adds the counts of `doc` and appends its details, each prefixed with
  // "<stem>:" when `stem` is not empty (as score.py --dir does).
  void Add(const DocScore& doc, std::string_view stem = {});
};

// score.py's norm(): Unicode NFKC and case folding, U+2019 -> ', "'s" at the
// end of a word removed, '.' removed, each run of white space, '-' and
// U+2010..U+2015 made one space, then trimmed. ("U.N." -> "un",
// "Cho Tae-yul" -> "cho tae yul", "South Korea's" -> "south korea").
//
// NFKC and case folding are implemented by table for single code points in
// ASCII, Latin-1, Latin Extended-A, Latin Extended-B U+01C4..U+0233 (Romanian
// Ș Ț, Pinyin) and Ơ Ư, Greek, Cyrillic, Latin Extended Additional
// (Vietnamese), General Punctuation, U+3000 and the ligatures U+FB00..U+FB06;
// scorer_test checks every one of them against score.py. Other characters
// pass unchanged, and combining sequences are not composed (score.py would
// turn "e" + U+0301 into "é"). Invalid UTF-8 is first replaced by U+FFFD.
std::string NormalizeName(std::string_view name);

// Scores one document. `gold` is a gold file (FORMAT.md), `graph` the JSON
// export of the graph built from that document alone. On success fills *out
// (replacing its contents). When either document lacks a member the rules
// need or has one of the wrong JSON type, returns InvalidArgument naming
// `gold_name` or `graph_name` and the member ("a.gold.json: entities[3]:
// \"names\" must be an array of strings") and leaves *out unspecified.
Status ScoreDocument(const nlohmann::json& gold, const nlohmann::json& graph,
                     std::string_view gold_name, std::string_view graph_name, DocScore* out);
// Same, naming the documents "gold" and "graph" in messages.
Status ScoreDocument(const nlohmann::json& gold, const nlohmann::json& graph, DocScore* out);

// Reads and parses the JSON file at `path`. IOError when it cannot be read,
// InvalidArgument naming the file and the parser's message when it is not
// valid JSON (or not valid UTF-8).
Status LoadJsonFile(const std::string& path, nlohmann::json* out);

// LoadJsonFile on both files, then ScoreDocument naming them.
Status ScoreFiles(const std::string& gold_path, const std::string& graph_path, DocScore* out);

// score.py --dir: scores every GOLD_DIR/NAME.gold.json, in byte order of the
// file names, against GRAPH_DIR/NAME.json and adds it to *totals with stem
// NAME. A missing graph is scored as an empty graph and noted in *warnings
// ("missing graph for NAME: scored as empty"). Stops at the first error.
Status ScoreDirectory(const std::string& gold_dir, const std::string& graph_dir, Totals* totals,
                      std::vector<std::string>* warnings);

// Writes score.py's report for `totals`. Text: one line per score,
//   f"{name:20s} P={p:.3f} R={r:.3f} F1={f:.3f}"
// for entity_PERSON, entity_COUNTRY, entity_ORG, entity_all, relation_core,
// relation_extended, then "key: a; b; ..." (at most 40 items) for each
// non-empty details list. JSON (as_json): score.py --json's document,
// {"scores": {name: [p, r, f]}, "details": {key: [...]}}, byte for byte
// (indent 1, ASCII with \u escapes, Python float repr); "details" is {}
// when no document was added.
void PrintReport(const Totals& totals, bool as_json, std::ostream& out);

}  // namespace newsgraph::eval

#endif  // NEWSGRAPH_EVAL_SCORER_H_
