#include "query/entity_list.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace newsgraph::query {
namespace {

model::Node Node(const std::string& name, int64_t mentions, std::vector<std::string> aliases = {}) {
  model::Node n;
  n.name = name;
  n.key = "test:" + name;
  n.mentions = mentions;
  n.aliases = std::move(aliases);
  return n;
}

std::vector<std::string> Names(const std::vector<model::Node>& nodes) {
  std::vector<std::string> names;
  for (const model::Node& n : nodes) names.push_back(n.name);
  return names;
}

// In the order the store gives them (by id).
std::vector<model::Node> Nodes() {
  return {Node("Kim Jong Un", 3), Node("Borrell", 7), Node("Kim Yong-hyun", 3),
          Node("NATO", 5, {"North Atlantic Alliance"})};
}

TEST(EntityList, MostMentionedFirstThenByName) {
  EXPECT_EQ(Names(ListEntities(Nodes(), nullptr, 0)),
            (std::vector<std::string>{"Borrell", "NATO", "Kim Jong Un", "Kim Yong-hyun"}));
}

TEST(EntityList, LimitKeepsTheFirst) {
  EXPECT_EQ(Names(ListEntities(Nodes(), nullptr, 2)),
            (std::vector<std::string>{"Borrell", "NATO"}));
  EXPECT_EQ(ListEntities(Nodes(), nullptr, 10).size(), 4u);
}

TEST(EntityList, MatchOnNameKeyOrAlias) {
  std::unique_ptr<TextMatch> match;
  ASSERT_TRUE(TextMatch::Compile("(?i)^kim|atlantic", &match).ok());
  EXPECT_EQ(Names(ListEntities(Nodes(), match.get(), 0)),
            (std::vector<std::string>{"NATO", "Kim Jong Un", "Kim Yong-hyun"}));
  ASSERT_TRUE(TextMatch::Compile("test:Borrell", &match).ok());
  EXPECT_EQ(Names(ListEntities(Nodes(), match.get(), 0)), std::vector<std::string>{"Borrell"});
}

}  // namespace
}  // namespace newsgraph::query
