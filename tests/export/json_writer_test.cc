#include "export/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "eval/scorer.h"

namespace newsgraph::exporter {
namespace {

using nlohmann::json;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

// Two people who met, one country, as the store would return them.
model::Graph SmallGraph() {
  model::Graph g;
  model::Node borrell;
  borrell.id = 1;
  borrell.key = "person:josep-borrell";
  borrell.name = "Josep Borrell";
  borrell.type = "PERSON";
  borrell.aliases = {"Borrell", "Josep Borrell Fontelles"};
  borrell.mentions = 12;
  borrell.documents = 3;
  model::Node cho;
  cho.id = 2;
  cho.key = "discovered:person:cho tae yul";
  cho.name = "Cho Tae-yul";
  cho.type = "PERSON";
  cho.discovered = true;
  cho.confidence = 0.75;
  cho.mentions = 2;
  cho.documents = 1;
  model::Node korea;
  korea.id = 5;
  korea.key = "country:KOR";
  korea.name = "South Korea";
  korea.type = "COUNTRY";
  g.nodes = {borrell, cho, korea};

  model::Edge meets;
  meets.id = 7;
  meets.source = 1;
  meets.target = 2;
  meets.type = "meets";
  meets.symmetric = true;
  meets.modality = "asserted";
  meets.support_documents = 1;
  meets.support_mentions = 2;
  meets.evidence = {{"seoul.txt", "2024-11-04", 4, 310, 352,
                     "Borrell met Foreign Minister Cho Tae-yul.", "meet-with", "asserted", 0.9}};
  model::Edge visits;
  visits.id = 8;
  visits.source = 1;
  visits.target = 5;
  visits.type = "visits";
  visits.modality = "planned";
  visits.support_documents = 1;
  visits.support_mentions = 1;
  g.edges = {meets, visits};
  return g;
}

json Export(const model::Graph& g, const JsonOptions& opt = {}) {
  std::ostringstream out;
  WriteJson(g, opt, out);
  return json::parse(out.str());
}

TEST(JsonWriterTest, WritesEveryNodeField) {
  json doc = Export(SmallGraph());
  ASSERT_EQ(doc["nodes"].size(), 3u);
  const json& n = doc["nodes"][0];
  EXPECT_EQ(n["id"], "n1");
  EXPECT_EQ(n["name"], "Josep Borrell");
  EXPECT_EQ(n["type"], "PERSON");
  EXPECT_EQ(n["aliases"], json::parse(R"(["Borrell", "Josep Borrell Fontelles"])"));
  EXPECT_EQ(n["key"], "person:josep-borrell");
  EXPECT_EQ(n["discovered"], false);
  EXPECT_EQ(n["confidence"], 1.0);
  EXPECT_EQ(n["mentions"], 12);
  EXPECT_EQ(n["documents"], 3);
  EXPECT_EQ(doc["nodes"][1]["discovered"], true);
  EXPECT_EQ(doc["nodes"][1]["confidence"], 0.75);
  EXPECT_EQ(doc["nodes"][2]["id"], "n5");
  EXPECT_EQ(doc["nodes"][2]["aliases"], json::array());
}

TEST(JsonWriterTest, WritesEdgesWithSupportAndEvidence) {
  json doc = Export(SmallGraph());
  ASSERT_EQ(doc["edges"].size(), 2u);
  const json& e = doc["edges"][0];
  EXPECT_EQ(e["id"], "e7");
  EXPECT_EQ(e["source"], "n1");
  EXPECT_EQ(e["target"], "n2");
  EXPECT_EQ(e["type"], "meets");
  EXPECT_EQ(e["symmetric"], true);
  EXPECT_EQ(e["modality"], "asserted");
  EXPECT_EQ(e["support"], json::parse(R"({"documents": 1, "mentions": 2})"));
  ASSERT_EQ(e["evidence"].size(), 1u);
  EXPECT_EQ(e["evidence"][0], json::parse(R"({
      "document": "seoul.txt", "date": "2024-11-04", "sentence": 4, "begin": 310, "end": 352,
      "text": "Borrell met Foreign Minister Cho Tae-yul.", "rule": "meet-with",
      "modality": "asserted", "confidence": 0.9})"));
  EXPECT_EQ(doc["edges"][1]["evidence"], json::array());
}

TEST(JsonWriterTest, EvidenceCanBeLeftOut) {
  JsonOptions opt;
  opt.with_evidence = false;
  json doc = Export(SmallGraph(), opt);
  EXPECT_FALSE(doc["edges"][0].contains("evidence"));
  EXPECT_EQ(doc["edges"][0]["support"]["mentions"], 2);
}

TEST(JsonWriterTest, KeysKeepTheDocumentedOrder) {
  std::ostringstream out;
  WriteJson(SmallGraph(), {}, out);
  std::string text = out.str();
  EXPECT_LT(text.find("\"nodes\""), text.find("\"edges\""));
  size_t id = text.find("\"id\"");
  EXPECT_LT(id, text.find("\"name\""));
  EXPECT_LT(text.find("\"name\""), text.find("\"documents\""));
}

TEST(JsonWriterTest, IndentControlsLayoutAndOutputIsDeterministic) {
  JsonOptions compact;
  compact.indent = -1;
  std::ostringstream a, b, pretty;
  WriteJson(SmallGraph(), compact, a);
  WriteJson(SmallGraph(), compact, b);
  WriteJson(SmallGraph(), {}, pretty);
  EXPECT_EQ(a.str(), b.str());
  EXPECT_EQ(a.str().find('\n'), a.str().size() - 1);  // one line, newline-terminated
  EXPECT_NE(pretty.str().find("\n \"nodes\": [\n"), std::string::npos);
  EXPECT_EQ(json::parse(a.str()), json::parse(pretty.str()));
}

TEST(JsonWriterTest, EmptyGraphHasEmptyArrays) {
  EXPECT_EQ(Export(model::Graph()), json::parse(R"({"nodes": [], "edges": []})"));
}

TEST(JsonWriterTest, HostileNamesRoundTrip) {
  model::Graph g = SmallGraph();
  g.nodes[0].name = kHostileName;
  g.nodes[0].aliases = {kHostileName,
                        "\t\x01"
                        "control"};
  g.edges[0].evidence[0].text = kHostileName;
  json doc = Export(g);
  EXPECT_EQ(doc["nodes"][0]["name"], kHostileName);
  EXPECT_EQ(doc["nodes"][0]["aliases"][0], kHostileName);
  EXPECT_EQ(doc["nodes"][0]["aliases"][1],
            "\t\x01"
            "control");
  EXPECT_EQ(doc["edges"][0]["evidence"][0]["text"], kHostileName);
}

TEST(JsonWriterTest, InvalidUtf8IsReplacedNotThrown) {
  model::Graph g = SmallGraph();
  g.nodes[0].name = "Bad\xFF\xFEname";
  g.edges[0].evidence[0].text = "cut \xE2\x82";
  std::ostringstream out;
  ASSERT_NO_THROW(WriteJson(g, {}, out));
  json doc = json::parse(out.str());  // the output itself is valid UTF-8
  std::string name = doc["nodes"][0]["name"];
  EXPECT_EQ(name.rfind("Bad", 0), 0u);
  EXPECT_NE(name.find("\uFFFD"), std::string::npos);
  EXPECT_NE(name.find("name"), std::string::npos);
}

// The JSON export is the graph format the evaluation scorer reads.
TEST(JsonWriterTest, ExportIsReadByTheScorer) {
  json gold = json::parse(R"({"entities": [
      {"key": "josep-borrell", "type": "PERSON", "names": ["Josep Borrell"]},
      {"key": "cho-tae-yul", "type": "PERSON", "names": ["Cho Tae-yul"]},
      {"key": "south-korea", "type": "COUNTRY", "names": ["South Korea"]}],
    "relations": [
      {"type": "meets", "source": "cho-tae-yul", "target": "josep-borrell"},
      {"type": "visits", "source": "josep-borrell", "target": "south-korea", "tier": "extended"}]})");
  eval::DocScore score;
  Status s = eval::ScoreDocument(gold, Export(SmallGraph()), &score);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(score.entities[0].tp, 2);
  EXPECT_EQ(score.entities[1].tp, 1);
  EXPECT_EQ(score.core.tp, 1);
  EXPECT_EQ(score.extended.tp, 1);
  EXPECT_EQ(score.core.fp + score.extended.fp, 0);
}

}  // namespace
}  // namespace newsgraph::exporter
