#include "output/entities.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

std::string Written(const std::vector<model::Node>& nodes, format::Format format) {
  std::ostringstream out;
  WriteEntities(nodes, format, out);
  return out.str();
}

TEST(OutputEntities, TablePadsNamesByCharactersAndEscapesThem) {
  model::Node costa = samples::Borrell();
  costa.name = "António Costa";
  costa.key = "person:antonio-costa";
  EXPECT_EQ(Written({costa, samples::RedCorp()}, format::Format::kTable),
            "NAME                 TYPE     MENTIONS  DOCS  KEY\n"
            "António Costa        PERSON         12     3  person:antonio-costa\n"
            "Red\\x1b[31mCorp\\x07  ORG             2     1  org:red-corp\n");
}

TEST(OutputEntities, EmptyTableIsTheHeader) {
  EXPECT_EQ(Written({}, format::Format::kTable), "NAME  TYPE     MENTIONS  DOCS  KEY\n");
}

TEST(OutputEntities, JsonKeepsNamesExactWithKeysInAlphabeticalOrder) {
  const std::string text = Written({samples::RedCorp()}, format::Format::kJson);
  const nlohmann::json j = nlohmann::json::parse(text);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["name"], samples::kRedCorp);
  EXPECT_EQ(j[0]["discovered"], true);
  EXPECT_EQ(j[0]["mentions"], 2);
  EXPECT_FALSE(j[0].contains("id"));
  EXPECT_EQ(text,
            "[\n {\n  \"aliases\": [],\n  \"discovered\": true,\n  \"documents\": 1,\n"
            "  \"key\": \"org:red-corp\",\n  \"mentions\": 2,\n"
            "  \"name\": \"Red\\u001b[31mCorp\\u0007\",\n  \"type\": \"ORG\"\n }\n]\n");
}

TEST(OutputEntities, CsvKeepsTheBytes) {
  EXPECT_EQ(Written({samples::Borrell(), samples::RedCorp()}, format::Format::kCsv),
            "name,type,mentions,documents,key\n"
            "Josep Borrell,PERSON,12,3,person:josep-borrell\n"
            "Red\x1b[31mCorp\x07,ORG,2,1,org:red-corp\n");
}

}  // namespace
}  // namespace newsgraph::output
