#include "query/resolve.h"

#include <gtest/gtest.h>

namespace newsgraph::query {
namespace {

model::Graph SampleGraph() {
  model::Graph g;
  auto node = [&](int64_t id, std::string name, std::string type,
                  std::vector<std::string> aliases) {
    model::Node n;
    n.id = id;
    n.name = std::move(name);
    n.type = std::move(type);
    n.aliases = std::move(aliases);
    g.nodes.push_back(n);
  };
  node(1, "Josep Borrell", "PERSON", {"Borrell"});
  node(2, "European Union", "ORG", {"EU", "E.U."});
  node(3, "Cho Tae-yul", "PERSON", {});
  node(4, "Kim Jong Un", "PERSON", {});
  node(5, "Kim Yo Jong", "PERSON", {});
  node(6, "Ukraine", "COUNTRY", {"Kyiv", "Kiev"});
  return g;
}

model::Node Person(int64_t id, std::string name, bool discovered, int64_t mentions) {
  model::Node n;
  n.id = id;
  n.name = std::move(name);
  n.type = "PERSON";
  n.discovered = discovered;
  n.mentions = mentions;
  return n;
}

TEST(ResolveEntity, AGazetteerPersonMentionedFarMoreBeatsADiscoveredName) {
  model::Graph g;
  g.nodes.push_back(Person(1, "Brown", true, 3));            // a stray surname the rules found
  g.nodes.push_back(Person(2, "Gordon Brown", false, 350));  // the gazetteer's
  Resolution r = ResolveEntity(g, "Brown");
  EXPECT_EQ(r.kind, Resolution::Kind::kUnique);
  EXPECT_EQ(r.candidates, std::vector<size_t>{1});
  // Not when the gazetteer person is not mentioned five times as often ...
  g.nodes[1].mentions = 14;
  EXPECT_EQ(ResolveEntity(g, "Brown").candidates, std::vector<size_t>{0});
  // ... nor when the better match is a gazetteer entity itself.
  g.nodes[1].mentions = 350;
  g.nodes[0].discovered = false;
  EXPECT_EQ(ResolveEntity(g, "Brown").candidates, std::vector<size_t>{0});
}

TEST(ResolveEntity, ExactCanonicalName) {
  Resolution r = ResolveEntity(SampleGraph(), "Josep Borrell");
  ASSERT_EQ(r.kind, Resolution::Kind::kUnique);
  EXPECT_EQ(r.candidates[0], 0u);
}

TEST(ResolveEntity, FoldsCaseHyphensAndDots) {
  model::Graph g = SampleGraph();
  EXPECT_EQ(ResolveEntity(g, "josep borrell").candidates, std::vector<size_t>{0});
  EXPECT_EQ(ResolveEntity(g, "cho tae yul").candidates, std::vector<size_t>{2});
  EXPECT_EQ(ResolveEntity(g, "e.u.").candidates, std::vector<size_t>{1});
}

TEST(ResolveEntity, AliasesAndCapitals) {
  model::Graph g = SampleGraph();
  EXPECT_EQ(ResolveEntity(g, "EU").candidates, std::vector<size_t>{1});
  EXPECT_EQ(ResolveEntity(g, "kiev").candidates, std::vector<size_t>{5});
}

TEST(ResolveEntity, SurnameOfAPerson) {
  Resolution r = ResolveEntity(SampleGraph(), "borrell");
  ASSERT_EQ(r.kind, Resolution::Kind::kUnique);  // via the alias
  EXPECT_EQ(r.candidates[0], 0u);
}

TEST(ResolveEntity, AmbiguousListsEveryCandidate) {
  model::Graph g = SampleGraph();
  g.nodes[3].name = "Kim Jong";  // two people whose last word is "jong"
  Resolution r = ResolveEntity(g, "Jong");
  EXPECT_EQ(r.kind, Resolution::Kind::kAmbiguous);
  EXPECT_EQ(r.candidates.size(), 2u);
}

TEST(ResolveEntity, UnknownName) {
  EXPECT_EQ(ResolveEntity(SampleGraph(), "Atlantis").kind, Resolution::Kind::kNotFound);
  EXPECT_EQ(ResolveEntity(SampleGraph(), "").kind, Resolution::Kind::kNotFound);
}

}  // namespace
}  // namespace newsgraph::query
