#include "eval/scorer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace newsgraph::eval {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// ---------------------------------------------------------------------------
// Helpers.

// A directory unique to the running test, created empty and removed again.
class ScopedDir {
 public:
  ScopedDir() {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::path(testing::TempDir()) /
            ("scorer_test_" + std::to_string(getpid()) + "_" + info->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScopedDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

void WriteFile(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// Runs `command` through the shell; returns its exit status, stdout in *out.
int RunCommand(const std::string& command, std::string* out) {
  out->clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) out->append(buf, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

const std::string kShared = NEWSGRAPH_SHARED_DIR;
const std::string kScorePy = kShared + "/eval/score.py";

// Empty when the reference scorer can run, else why not.
std::string ReferenceUnavailable() {
  std::string ignored;
  if (RunCommand("python3 -c '' 2>/dev/null", &ignored) != 0) return "python3 is not installed";
  if (!fs::exists(kScorePy)) return kScorePy + " does not exist";
  return "";
}

DocScore Score(const json& gold, const json& graph) {
  DocScore score;
  Status s = ScoreDocument(gold, graph, &score);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return score;
}

std::string Report(const Totals& totals, bool as_json) {
  std::ostringstream out;
  PrintReport(totals, as_json, out);
  return out.str();
}

std::multiset<std::string> AsSet(const json& v) { return {v.begin(), v.end()}; }

// Compares our JSON report with score.py's: scores within 1e-9, every
// details list equal as a set (score.py lists relation extras in set order).
void ExpectSameReport(const std::string& ours_text, const std::string& theirs_text) {
  json ours = json::parse(ours_text), theirs = json::parse(theirs_text);
  ASSERT_EQ(ours["scores"].size(), theirs["scores"].size());
  for (auto& [name, prf] : theirs["scores"].items()) {
    ASSERT_TRUE(ours["scores"].contains(name)) << name;
    for (int i = 0; i < 3; ++i) {
      EXPECT_NEAR(ours["scores"][name][i].get<double>(), prf[i].get<double>(), 1e-9)
          << name << "[" << i << "]";
    }
  }
  ASSERT_EQ(ours["details"].size(), theirs["details"].size());
  for (auto& [key, items] : theirs["details"].items()) {
    EXPECT_EQ(AsSet(ours["details"][key]), AsSet(items)) << key;
  }
}

// ---------------------------------------------------------------------------
// NormalizeName.

TEST(NormalizeNameTest, RemovesDotsAndCaseFolds) {
  EXPECT_EQ(NormalizeName("U.N."), "un");
  EXPECT_EQ(NormalizeName("U.N."), NormalizeName("UN"));
  EXPECT_EQ(NormalizeName("E.U."), "eu");
}

TEST(NormalizeNameTest, HyphensAndSpacesCollapseToOneSpace) {
  EXPECT_EQ(NormalizeName("Cho Tae-yul"), "cho tae yul");
  EXPECT_EQ(NormalizeName("  Cho \t Tae -\u2013 yul\n"), "cho tae yul");
  EXPECT_EQ(NormalizeName("Cho\u00A0Tae\u2014yul"), "cho tae yul");
  EXPECT_EQ(NormalizeName("-Seoul-"), "seoul");
}

TEST(NormalizeNameTest, RemovesPossessiveAtWordEnd) {
  EXPECT_EQ(NormalizeName("South Korea's"), "south korea");
  EXPECT_EQ(NormalizeName("South Korea\u2019s"), "south korea");
  EXPECT_EQ(NormalizeName("South Korea's presidential office"), "south korea presidential office");
  EXPECT_EQ(NormalizeName("U.S.'s"), "us");
  EXPECT_EQ(NormalizeName("Democratic People's Republic"), "democratic people republic");
  // Not at a word boundary: "'s" followed by a letter stays.
  EXPECT_EQ(NormalizeName("O'sullivan"), "o'sullivan");
  EXPECT_EQ(NormalizeName("x'sé"), "x'sé");
}

TEST(NormalizeNameTest, LowerCasesGreekCyrillicAndLatinExtended) {
  EXPECT_EQ(NormalizeName("Ωμέγα"), "ωμέγα");
  EXPECT_EQ(NormalizeName("ΟΔΥΣΣΕΥΣ"), "οδυσσευσ");  // casefold: final sigma is σ
  EXPECT_EQ(NormalizeName("Владимир ПУТИН"), "владимир путин");
  EXPECT_EQ(NormalizeName("ŠKODA Ørsted ÉLYSÉE"), "škoda ørsted élysée");
  EXPECT_EQ(NormalizeName("Straße"), "strasse");
  EXPECT_EQ(NormalizeName("İstanbul"), "i\u0307stanbul");
  EXPECT_EQ(NormalizeName("ȘTEFAN"), "ștefan");
}

TEST(NormalizeNameTest, AppliesCompatibilityForms) {
  EXPECT_EQ(NormalizeName("Wait\u2026"), "wait");      // … is three dots
  EXPECT_EQ(NormalizeName("\uFB01nance"), "finance");  // ligature fi
  EXPECT_EQ(NormalizeName("A\u2009B"), "a b");         // thin space
}

TEST(NormalizeNameTest, InvalidUtf8DoesNotCrash) {
  EXPECT_EQ(NormalizeName("Bad\xFF"), "bad\uFFFD");
}

// Every covered code point, alone and in contexts that exercise the
// possessive, dot and space rules, normalises as score.py's norm() does.
TEST(NormalizeNameTest, AgreesWithScorePyOnCoveredCharacters) {
  std::string why = ReferenceUnavailable();
  if (!why.empty()) GTEST_SKIP() << "reference scorer unavailable: " << why;
  std::vector<std::pair<char32_t, char32_t>> ranges = {
      {0x0001, 0x017F}, {0x01A0, 0x01A5}, {0x01AF, 0x01B0}, {0x01C4, 0x0233}, {0x0370, 0x04FF},
      {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x3000, 0x3000}, {0xFB00, 0xFB06}};
  std::vector<std::string> inputs = {"U.N.",  "South Korea's", "Cho Tae-yul", "  a - b  ",
                                     "'s",    "it's",          "’s",          "a's's",
                                     "x's_y", "x's1",          "x's.y"};
  for (const auto& [lo, hi] : ranges) {
    for (char32_t cp = lo; cp <= hi; ++cp) {
      std::string c;
      text::AppendUtf8(cp, &c);
      for (const std::string& s :
           {c, "Ab" + c + "Cd", "x's" + c, "X'S" + c + "y", " -" + c + ". ", c + "'s", c + c}) {
        inputs.push_back(s);
      }
    }
  }
  ScopedDir dir;
  WriteFile(dir / "names.json", json(inputs).dump());
  std::string command = "cd '" + kShared +
                        "/eval' && python3 -c 'import json, sys; "
                        "from score import norm; "
                        "print(json.dumps([norm(s) for s in json.load(open(sys.argv[1]))]))' '" +
                        (dir / "names.json").string() + "'";
  std::string output;
  ASSERT_EQ(RunCommand(command, &output), 0) << command;
  json expected = json::parse(output);
  ASSERT_EQ(expected.size(), inputs.size());
  int failures = 0;
  for (size_t i = 0; i < inputs.size() && failures < 20; ++i) {
    std::string ours = NormalizeName(inputs[i]);
    if (ours != expected[i].get<std::string>()) {
      ++failures;
      ADD_FAILURE() << "NormalizeName(" << json(inputs[i]).dump() << ") = " << json(ours).dump()
                    << ", score.py: " << expected[i].dump();
    }
  }
}

// ---------------------------------------------------------------------------
// ScoreDocument.

// A gold file and a graph with every rule at work; the expected counts are
// worked out in the comments.
json ExampleGold() {
  return json::parse(R"({
    "document": "example.txt",
    "entities": [
      {"key": "josep-borrell", "type": "PERSON", "names": ["Josep Borrell", "Borrell"]},
      {"key": "cho-tae-yul", "type": "PERSON", "names": ["Cho Tae-yul"]},
      {"key": "kaja-kallas", "type": "PERSON", "names": ["Kaja Kallas"]},
      {"key": "south-korea", "type": "COUNTRY", "names": ["South Korea", "Seoul"]},
      {"key": "north-korea", "type": "COUNTRY", "names": ["North Korea", "Pyongyang"]},
      {"key": "russia", "type": "COUNTRY", "names": ["Russia"]},
      {"key": "spain", "type": "COUNTRY", "names": ["Spain"], "optional": true},
      {"key": "united-nations", "type": "ORG", "names": ["United Nations", "U.N."], "optional": true},
      {"key": "european-union", "type": "ORG", "names": ["European Union", "EU"]}
    ],
    "relations": [
      {"type": "meets", "source": "josep-borrell", "target": "cho-tae-yul"},
      {"type": "succeeds", "source": "kaja-kallas", "target": "josep-borrell"},
      {"type": "deploys", "source": "north-korea", "target": "russia"},
      {"type": "deploys", "source": "russia", "target": "ukraine", "optional": true},
      {"type": "visits", "source": "josep-borrell", "target": "south-korea", "tier": "extended"},
      {"type": "condemns", "source": "josep-borrell", "target": "russia", "tier": "extended"},
      {"type": "signs_agreement", "source": "european-union", "target": "south-korea",
       "tier": "extended"}
    ]})");
}

json ExampleGraph() {
  return json::parse(R"({
    "nodes": [
      {"id": "n1", "name": "Borrell", "type": "PERSON", "aliases": ["Josep Borrell Fontelles"]},
      {"id": "n2", "name": "Cho Tae Yul", "type": "PERSON"},
      {"id": "n3", "name": "Seoul", "type": "COUNTRY"},
      {"id": "n4", "name": "DPRK", "type": "COUNTRY", "aliases": ["Pyongyang"]},
      {"id": "n5", "name": "Russia", "type": "COUNTRY"},
      {"id": "n6", "name": "Spain", "type": "COUNTRY"},
      {"id": "n7", "name": "E.U.", "type": "ORG", "aliases": ["EU"]},
      {"id": "n8", "name": "Yonhap", "type": "ORG"},
      {"id": "n9", "name": "Josep Borrell", "type": "PERSON"},
      {"id": "n10", "name": "Brussels", "type": "CITY"},
      {"id": "n11", "name": "Korea", "type": "COUNTRY"}
    ],
    "edges": [
      {"source": "n2", "target": "n1", "type": "meets"},
      {"source": "n1", "target": "n2", "type": "meets"},
      {"source": "n4", "target": "n5", "type": "deploys"},
      {"source": "n5", "target": "n4", "type": "deploys"},
      {"source": "n1", "target": "n3", "type": "visits"},
      {"source": "n3", "target": "n7", "type": "signs_agreement"},
      {"source": "n10", "target": "n3", "type": "located_in"},
      {"source": "n5", "target": "n3", "type": "attacks"},
      {"source": "n1", "target": "n8", "type": "meets"},
      {"source": "n9", "target": "n3", "type": "visits"},
      {"source": "n9", "target": "n3", "type": "visits"}
    ]})");
}

TEST(ScoreDocumentTest, CountsEntitiesPerType) {
  DocScore s = Score(ExampleGold(), ExampleGraph());
  const Counts& person = s.entities[0];
  const Counts& country = s.entities[1];
  const Counts& org = s.entities[2];
  // PERSON: Borrell (by name) and Cho (hyphen = space) found; Kallas missed;
  // the second "Josep Borrell" node finds its gold entity taken: extra.
  EXPECT_EQ(person.tp, 2);
  EXPECT_EQ(person.fn, 1);
  EXPECT_EQ(person.fp, 1);
  // COUNTRY: Seoul and Pyongyang (an alias) stand for their countries, Russia
  // by name; Spain is optional, so matching it is neutral; Korea is extra.
  EXPECT_EQ(country.tp, 3);
  EXPECT_EQ(country.fn, 0);
  EXPECT_EQ(country.fp, 1);
  // ORG: "E.U." = "EU"; the optional UN missing costs nothing; Yonhap extra.
  EXPECT_EQ(org.tp, 1);
  EXPECT_EQ(org.fn, 0);
  EXPECT_EQ(org.fp, 1);
  // The CITY node is outside the score.
  EXPECT_EQ(s.details.entity_misses, std::vector<std::string>({"PERSON:Kaja Kallas"}));
  EXPECT_EQ(s.details.entity_extras,
            std::vector<std::string>({"ORG:Yonhap", "PERSON:Josep Borrell", "COUNTRY:Korea"}));
}

TEST(ScoreDocumentTest, CountsRelationsPerTier) {
  DocScore s = Score(ExampleGold(), ExampleGraph());
  // Core: meets found although given in reverse (symmetric) and twice
  // (counted once); deploys found; succeeds missed; the reversed deploys (not
  // symmetric) and the meeting with an unmatched node are extras. The
  // optional deploys(russia,ukraine) is neutral.
  EXPECT_EQ(s.core.tp, 2);
  EXPECT_EQ(s.core.fn, 1);
  EXPECT_EQ(s.core.fp, 2);
  // Extended: visits and signs_agreement (symmetric, reversed) found,
  // condemns missed; the visit by the unmatched node n9 is an extra, once.
  // located_in and attacks are outside the vocabulary: ignored.
  EXPECT_EQ(s.extended.tp, 2);
  EXPECT_EQ(s.extended.fn, 1);
  EXPECT_EQ(s.extended.fp, 1);
  EXPECT_EQ(s.details.relation_misses,
            std::vector<std::string>(
                {"succeeds(kaja-kallas,josep-borrell)", "condemns(josep-borrell,russia)"}));
  // "?n8" sorts before "josep-borrell" in the symmetric meets key.
  EXPECT_EQ(s.details.relation_extras,
            std::vector<std::string>({"deploys(russia,north-korea)", "meets(?n8,josep-borrell)",
                                      "visits(?n9,south-korea)"}));
}

TEST(ScoreDocumentTest, FirstUnusedGoldEntityWinsInNodeOrder) {
  json gold = json::parse(R"({"entities": [
      {"key": "a", "type": "PERSON", "names": ["Kim"]},
      {"key": "b", "type": "PERSON", "names": ["Kim Jong Un", "Kim"]}],
    "relations": []})");
  // "Kim" belongs to the first gold entity listed; the second node falls
  // through to its alias.
  json graph = json::parse(R"({"nodes": [
      {"id": 1, "name": "Kim", "type": "PERSON"},
      {"id": 2, "name": "Kim", "type": "PERSON", "aliases": ["Kim Jong-un"]}]})");
  DocScore s = Score(gold, graph);
  EXPECT_EQ(s.entities[0].tp, 2);
  EXPECT_EQ(s.entities[0].fp, 0);
  // The same nodes in the other order: node 2 takes "a" by its name, node 1
  // finds "a" taken and has no other name.
  std::swap(graph["nodes"][0], graph["nodes"][1]);
  s = Score(gold, graph);
  EXPECT_EQ(s.entities[0].tp, 1);
  EXPECT_EQ(s.entities[0].fp, 1);
  EXPECT_EQ(s.entities[0].fn, 1);
  EXPECT_EQ(s.details.entity_extras, std::vector<std::string>({"PERSON:Kim"}));
}

TEST(ScoreDocumentTest, TypeMustAgree) {
  json gold = json::parse(R"({"entities": [
      {"key": "georgia", "type": "COUNTRY", "names": ["Georgia"]}], "relations": []})");
  json graph = json::parse(R"({"nodes": [{"id": "n1", "name": "Georgia", "type": "PERSON"}]})");
  DocScore s = Score(gold, graph);
  EXPECT_EQ(s.entities[1].fn, 1);
  EXPECT_EQ(s.entities[0].fp, 1);
}

TEST(ScoreDocumentTest, EmptyGraphMissesEverything) {
  DocScore s = Score(ExampleGold(), json::object());
  EXPECT_EQ(s.entities[0].fn, 3);
  EXPECT_EQ(s.core.fn, 3);
  EXPECT_EQ(s.extended.fn, 3);
  EXPECT_EQ(s.core.Precision(), 0.0);
  EXPECT_EQ(s.core.F1(), 0.0);
}

TEST(ScoreDocumentTest, MalformedInputIsInvalidArgumentNamingTheFile) {
  DocScore s;
  Status st = ScoreDocument(json::parse(R"({"relations": []})"), json::object(), "a.gold.json",
                            "a.json", &s);
  EXPECT_TRUE(st.IsInvalidArgument());
  EXPECT_NE(st.message().find("a.gold.json"), std::string::npos) << st.message();
  EXPECT_NE(st.message().find("entities"), std::string::npos) << st.message();

  st = ScoreDocument(json::parse(R"({"entities": [{"key": "k", "type": "PERSON", "names": "X"}],
                                     "relations": []})"),
                     json::object(), "b.gold.json", "b.json", &s);
  EXPECT_TRUE(st.IsInvalidArgument());
  EXPECT_NE(st.message().find("b.gold.json: entities[0]"), std::string::npos) << st.message();

  st = ScoreDocument(ExampleGold(), json::parse(R"({"nodes": 3})"), "c.gold.json", "c.json", &s);
  EXPECT_TRUE(st.IsInvalidArgument());
  EXPECT_NE(st.message().find("c.json"), std::string::npos) << st.message();
}

TEST(ScoreFilesTest, GoldParseErrorNamesTheFile) {
  ScopedDir dir;
  WriteFile(dir / "bad.gold.json", "{\"entities\": [,]}");
  WriteFile(dir / "bad.json", "{}");
  DocScore s;
  Status st = ScoreFiles((dir / "bad.gold.json").string(), (dir / "bad.json").string(), &s);
  EXPECT_TRUE(st.IsInvalidArgument()) << st.ToString();
  EXPECT_NE(st.message().find("bad.gold.json"), std::string::npos) << st.message();

  st = ScoreFiles((dir / "missing.gold.json").string(), (dir / "bad.json").string(), &s);
  EXPECT_TRUE(st.IsIOError()) << st.ToString();
}

// ---------------------------------------------------------------------------
// Totals and the report.

TEST(PrintReportTest, TextReportHasScorePyLines) {
  Totals totals;
  totals.Add(Score(ExampleGold(), ExampleGraph()));
  std::string expected =
      "entity_PERSON        P=0.667 R=0.667 F1=0.667\n"
      "entity_COUNTRY       P=0.750 R=1.000 F1=0.857\n"
      "entity_ORG           P=0.500 R=1.000 F1=0.667\n"
      "entity_all           P=0.667 R=0.857 F1=0.750\n"
      "relation_core        P=0.500 R=0.667 F1=0.571\n"
      "relation_extended    P=0.667 R=0.667 F1=0.667\n"
      "entity_misses: PERSON:Kaja Kallas\n"
      "entity_extras: ORG:Yonhap; PERSON:Josep Borrell; COUNTRY:Korea\n"
      "relation_misses: succeeds(kaja-kallas,josep-borrell); condemns(josep-borrell,russia)\n"
      "relation_extras: deploys(russia,north-korea); meets(?n8,josep-borrell); "
      "visits(?n9,south-korea)\n";
  EXPECT_EQ(Report(totals, false), expected);
}

TEST(PrintReportTest, TextReportListsAtMost40Details) {
  Totals totals;
  DocScore doc;
  for (int i = 0; i < 45; ++i) doc.details.entity_misses.push_back("PERSON:P" + std::to_string(i));
  totals.Add(doc);
  std::string report = Report(totals, false);
  EXPECT_NE(report.find("PERSON:P39\n"), std::string::npos);
  EXPECT_EQ(report.find("PERSON:P40"), std::string::npos);
}

TEST(PrintReportTest, TotalsMicroAverageAndPrefixDetails) {
  DocScore a, b;
  a.core = {.tp = 1, .fp = 0, .fn = 1};
  a.details.relation_misses = {"meets(x,y)"};
  b.core = {.tp = 3, .fp = 2, .fn = 0};
  Totals totals;
  totals.Add(a, "doc-a");
  totals.Add(b, "doc-b");
  EXPECT_EQ(totals.documents, 2);
  EXPECT_EQ(totals.core.tp, 4);
  EXPECT_DOUBLE_EQ(totals.core.Precision(), 4.0 / 6.0);  // not the mean of 1.0 and 0.6
  EXPECT_DOUBLE_EQ(totals.core.Recall(), 4.0 / 5.0);
  EXPECT_EQ(totals.details.relation_misses, std::vector<std::string>({"doc-a:meets(x,y)"}));
}

TEST(PrintReportTest, JsonReportOfNoDocumentsHasEmptyDetails) {
  json report = json::parse(Report(Totals(), true));
  EXPECT_EQ(report["details"], json::object());
  EXPECT_EQ(report["scores"]["entity_all"], json::parse("[0.0, 0.0, 0.0]"));
  EXPECT_EQ(report["scores"].size(), 6u);
}

// ---------------------------------------------------------------------------
// Agreement with the reference scorer.

class ScorePyAgreementTest : public testing::Test {
 protected:
  void SetUp() override {
    std::string why = ReferenceUnavailable();
    if (!why.empty()) GTEST_SKIP() << "reference scorer unavailable: " << why;
  }

  // score.py --json on the two documents, written to files.
  std::string RunScorePy(const json& gold, const json& graph) {
    WriteFile(dir_ / "x.gold.json", gold.dump(1));
    WriteFile(dir_ / "x.json", graph.dump(1));
    std::string out;
    std::string command = "python3 '" + kScorePy + "' --json '" + (dir_ / "x.gold.json").string() +
                          "' '" + (dir_ / "x.json").string() + "'";
    EXPECT_EQ(RunCommand(command, &out), 0) << command;
    return out;
  }

  std::string Ours(const json& gold, const json& graph, bool as_json) {
    Totals totals;
    totals.Add(Score(gold, graph));
    return Report(totals, as_json);
  }

  ScopedDir dir_;
};

TEST_F(ScorePyAgreementTest, ExampleScoresAndDetailsAgree) {
  ExpectSameReport(Ours(ExampleGold(), ExampleGraph(), true),
                   RunScorePy(ExampleGold(), ExampleGraph()));
}

TEST_F(ScorePyAgreementTest, JsonReportIsByteForByteWhenOrderIsDetermined) {
  // At most one relation extra, so score.py's set order cannot differ;
  // non-ASCII details exercise the \u escapes.
  json graph = ExampleGraph();
  graph["edges"] = json::parse(R"([{"source": "n2", "target": "n1", "type": "meets"},
                                   {"source": "n5", "target": "n4", "type": "deploys"}])");
  graph["nodes"].push_back(json::parse(R"({"id": "n12", "name": "Ωμέγα Škoda \"q\"",
                                          "type": "ORG"})"));
  EXPECT_EQ(Ours(ExampleGold(), graph, true), RunScorePy(ExampleGold(), graph));
}

TEST_F(ScorePyAgreementTest, SeedGoldAgrees) {
  fs::path gold_path = fs::path(kShared) / "eval/gold/seed-borrell-seoul.gold.json";
  if (!fs::exists(gold_path)) GTEST_SKIP() << gold_path << " does not exist";
  json gold;
  ASSERT_TRUE(LoadJsonFile(gold_path.string(), &gold).ok());
  // A plausible program output: names in other spellings, one wrong type,
  // an optional entity, edges both ways round and some outside the vocabulary.
  json graph = json::parse(R"({"nodes": [
      {"id": "n1", "name": "Josep Borrell Fontelles", "type": "PERSON", "aliases": ["Borrell"]},
      {"id": "n2", "name": "Cho Tae-Yul", "type": "PERSON"},
      {"id": "n3", "name": "Kallas", "type": "PERSON"},
      {"id": "n4", "name": "Republic of Korea", "type": "COUNTRY", "aliases": ["Seoul", "Korea"]},
      {"id": "n5", "name": "Pyongyang", "type": "COUNTRY"},
      {"id": "n6", "name": "Moscow", "type": "CITY"},
      {"id": "n7", "name": "Kyiv", "type": "COUNTRY"},
      {"id": "n8", "name": "U.N. Security Council", "type": "ORG"},
      {"id": "n9", "name": "EU", "type": "ORG"},
      {"id": "n10", "name": "Yonhap News Agency", "type": "ORG"},
      {"id": "n11", "name": "Reuters", "type": "ORG"},
      {"id": "n12", "name": "Foreign Ministry", "type": "ORG"},
      {"id": "n13", "name": "Spain", "type": "COUNTRY"},
      {"id": "n14", "name": "Josep Borrell", "type": "PERSON"}],
    "edges": [
      {"source": "n2", "target": "n1", "type": "meets"},
      {"source": "n3", "target": "n1", "type": "succeeds"},
      {"source": "n1", "target": "n3", "type": "succeeds"},
      {"source": "n5", "target": "n6", "type": "deploys"},
      {"source": "n1", "target": "n4", "type": "visits"},
      {"source": "n4", "target": "n9", "type": "signs_agreement"},
      {"source": "n1", "target": "n9", "type": "affiliated_with"},
      {"source": "n14", "target": "n9", "type": "affiliated_with"},
      {"source": "n2", "target": "n4", "type": "affiliated_with"},
      {"source": "n1", "target": "n12", "type": "meets"},
      {"source": "n12", "target": "n1", "type": "meets"},
      {"source": "n9", "target": "n7", "type": "supports"},
      {"source": "n9", "target": "n7", "type": "funds"}]})");
  ExpectSameReport(Ours(gold, graph, true), RunScorePy(gold, graph));
  // The score lines of the text report are identical.
  std::string theirs_text;
  WriteFile(dir_ / "x.gold.json", gold.dump());
  WriteFile(dir_ / "x.json", graph.dump());
  ASSERT_EQ(RunCommand("python3 '" + kScorePy + "' '" + (dir_ / "x.gold.json").string() + "' '" +
                           (dir_ / "x.json").string() + "'",
                       &theirs_text),
            0);
  std::string ours_text = Ours(gold, graph, false);
  auto first_lines = [](const std::string& s) {
    size_t pos = 0;
    for (int i = 0; i < 6; ++i) pos = s.find('\n', pos) + 1;
    return s.substr(0, pos);
  };
  EXPECT_EQ(first_lines(ours_text), first_lines(theirs_text));
}

TEST_F(ScorePyAgreementTest, DirectoryModeAgrees) {
  fs::path gold_dir = dir_ / "gold", graph_dir = dir_ / "graphs";
  fs::create_directories(gold_dir);
  fs::create_directories(graph_dir);
  WriteFile(gold_dir / "b.gold.json", ExampleGold().dump());
  WriteFile(graph_dir / "b.json", ExampleGraph().dump());
  WriteFile(gold_dir / "a.gold.json", ExampleGold().dump());  // no graph: scored as empty
  WriteFile(gold_dir / "notes.txt", "not a gold file");

  Totals totals;
  std::vector<std::string> warnings;
  Status st = ScoreDirectory(gold_dir.string(), graph_dir.string(), &totals, &warnings);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(totals.documents, 2);
  EXPECT_EQ(warnings, std::vector<std::string>({"missing graph for a: scored as empty"}));
  EXPECT_EQ(totals.details.entity_misses.front(), "a:PERSON:Josep Borrell");

  std::string theirs;
  ASSERT_EQ(RunCommand("python3 '" + kScorePy + "' --json --dir '" + gold_dir.string() + "' '" +
                           graph_dir.string() + "' 2>/dev/null",
                       &theirs),
            0);
  ExpectSameReport(Report(totals, true), theirs);
}

}  // namespace
}  // namespace newsgraph::eval
