#include "output/entity_report.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

// Red Corp: met by Borrell in two documents, renamed once.
query::EntityReport RedCorpReport() {
  query::EntityReport r;
  r.node = samples::RedCorp();
  r.node.aliases = {"Red", "RC\x1b[2J"};
  r.first_seen = "2024-11-03";
  r.last_seen = "2024-11-05";
  r.relations = {
      {"meets", "--", "Josep Borrell", "person:josep-borrell", 2, "2024-11-03", "2024-11-05"},
      {"condemns", "<-", "Cho\x07", "person:cho", 1, "", ""}};
  r.corrections = {{4, "rename", "org:red-corp", "Red\x1b[5mCorp", "2024-11-06 10:00:00"}};
  return r;
}

std::string Written(const query::EntityReport& r, bool json) {
  std::ostringstream out;
  WriteEntityReport(r, json, out);
  return out.str();
}

TEST(OutputEntityReport, TextEscapesEveryName) {
  EXPECT_EQ(Written(RedCorpReport(), false),
            "Red\\x1b[31mCorp\\x07 (org:red-corp, ORG, found by a name rule)\n"
            "  mentions 2 in 1 document(s); relations seen 2024-11-03 to 2024-11-05\n"
            "  aliases: Red, RC\\x1b[2J\n"
            "  relations: 2\n"
            "    -- meets -- Josep Borrell  [2 document(s), 2024-11-03 to 2024-11-05]\n"
            "    <- condemns <- Cho\\x07  [1 document(s)]\n"
            "  correction 4 (2024-11-06 10:00:00): rename org:red-corp -> Red\\x1b[5mCorp\n");
}

TEST(OutputEntityReport, JsonKeepsNamesExactInTheDocumentedOrder) {
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(Written(RedCorpReport(), true));
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"name", "key", "type", "discovered", "aliases",
                                            "mentions", "documents", "first_seen", "last_seen",
                                            "relations", "corrections"}));
  EXPECT_EQ(j["name"], samples::kRedCorp);
  EXPECT_EQ(j["aliases"][1], "RC\x1b[2J");
  EXPECT_EQ(j["relations"][1]["other"], "Cho\x07");
  EXPECT_EQ(j["relations"][1]["first_seen"], "");
  EXPECT_EQ(j["corrections"][0]["value"], "Red\x1b[5mCorp");
  EXPECT_EQ(j["corrections"][0]["id"], 4);
}

}  // namespace
}  // namespace newsgraph::output
