#include "relations/internal/rule_file.h"

#include <gtest/gtest.h>

#include <fstream>

namespace newsgraph::relations {
namespace {

TEST(ParseRuleText, SkipsCommentsAndBlankLinesAndNamesFieldsByHeader) {
  std::vector<RuleLine> lines;
  Status s = ParseRuleText("r.tsv",
                           "# comment\n"
                           "\n"
                           "id\tkind\tpattern\tnote\n"
                           "X\tclass\ta|b\tignored column\n"
                           "# another comment\n"
                           "meet\tverb\n",
                           &lines);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].where, "r.tsv:4");
  EXPECT_EQ(lines[0].kind, "class");
  EXPECT_EQ(lines[0].id, "X");
  EXPECT_EQ(lines[0].pattern, "a|b");
  EXPECT_EQ(lines[1].where, "r.tsv:6");
  EXPECT_EQ(lines[1].pattern, "");  // trailing fields may be left out
}

TEST(ParseRuleText, ADashFieldIsEmpty) {
  std::vector<RuleLine> lines;
  ASSERT_TRUE(ParseRuleText("r.tsv", "kind\tid\tpattern\twindow\ncue\tc\tnot\t-\n", &lines).ok());
  EXPECT_EQ(lines[0].window, "");
}

TEST(ParseRuleText, EmptyFileHoldsNoRules) {
  std::vector<RuleLine> lines;
  EXPECT_TRUE(ParseRuleText("r.tsv", "", &lines).ok());
  EXPECT_TRUE(ParseRuleText("r.tsv", "# only a comment\n", &lines).ok());
  EXPECT_TRUE(lines.empty());
}

TEST(ParseRuleText, ReportsHeaderAndFieldErrorsWithFileAndLine) {
  std::vector<RuleLine> lines;
  Status s = ParseRuleText("r.tsv", "# c\nkind\tid\n", &lines);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_EQ(s.message(), "r.tsv:2: header must name the column \"pattern\"");

  s = ParseRuleText("r.tsv", "kind\tid\tpattern\tkind\n", &lines);
  EXPECT_EQ(s.message(), "r.tsv:1: duplicate column \"kind\"");

  s = ParseRuleText("r.tsv", "kind\tid\tpattern\n\nclass\tA\tb\textra\n", &lines);
  EXPECT_EQ(s.message(), "r.tsv:3: expected at most 3 fields, got 4");
}

TEST(ReadRuleFile, MissingFileIsIOError) {
  std::vector<RuleLine> lines;
  Status s = ReadRuleFile("/nonexistent/relations.tsv", &lines);
  EXPECT_TRUE(s.IsIOError());
  EXPECT_EQ(s.message(), "/nonexistent/relations.tsv: cannot read relation rules");
}

}  // namespace
}  // namespace newsgraph::relations
