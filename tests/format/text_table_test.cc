#include "format/text_table.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace newsgraph::format {
namespace {

std::string Written(const TextTable& table) {
  std::ostringstream out;
  table.Write(out);
  return out.str();
}

TEST(OutputTextTable, AlignsColumnsByCharactersAndIndentsDetails) {
  TextTable table({"HOP", "ENTITY", "RELATION"});
  table.Row({"1", "António Costa", "meets"});
  table.Detail("\"Costa met Cho.\" [a.txt, sentence 2]");
  table.Row({"12", "Cho", "visits"});
  EXPECT_EQ(Written(table),
            "HOP  ENTITY         RELATION\n"
            "1    António Costa  meets\n"
            "                    \"Costa met Cho.\" [a.txt, sentence 2]\n"
            "12   Cho            visits\n");
}

TEST(OutputTextTable, NoLineEndsInASpace) {
  TextTable table({"A", "B", "C"});
  table.Row({"x", "", ""});
  EXPECT_EQ(Written(table), "A  B  C\nx\n");
}

TEST(OutputTextTable, RowsAndDetailsAreMadeSafeForTheTerminal) {
  TextTable table({"NAME", "TYPE"});
  table.Row({"Red\x1b[31mCorp", "ORG\n"});
  table.Detail("said \u202e\x07");
  EXPECT_EQ(Written(table),
            "NAME             TYPE\n"
            "Red\\x1b[31mCorp  ORG\n"
            "                 said \\u202e\\x07\n");
}

}  // namespace
}  // namespace newsgraph::format
