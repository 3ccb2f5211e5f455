// Loading and compiling rules: every malformed line is reported as
// "FILE:LINE: reason", through RuleSet::Build and RelationExtractor::Load.
#include "relations/internal/rule_set.h"

#include <gtest/gtest.h>

#include <fstream>
#include <tuple>

#include "relations/extractor.h"

namespace newsgraph::relations {
namespace {

const char* kHeader = "kind\tid\trelation\tpattern\twindow\tmodality\tconfidence\n";
const char* kBase =
    "type\tmeets\t\tPERSON|COUNTRY <> PERSON|COUNTRY\n"
    "verb\tmeet\t\tmeet|meets|met|met|meeting\n"
    "class\tVG\t\twill|not|did\n";

// Builds a rule set from the header, kBase and `extra`; returns the status.
Status Build(const std::string& extra, std::unique_ptr<RuleSet>* set = nullptr) {
  std::vector<RuleLine> lines;
  Status s = ParseRuleText("r.tsv", std::string(kHeader) + kBase + extra, &lines);
  if (!s.ok()) return s;
  std::unique_ptr<RuleSet> local;
  return RuleSet::Build(lines, set != nullptr ? set : &local);
}

TEST(RuleSet, BuildsTypesRulesAndTheTriggerIndex) {
  std::unique_ptr<RuleSet> set;
  Status s = Build("rule\tm\tmeets\t{S} @VG* <@meet> with? {T}\t\t\t0.9\n", &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(set->types().size(), 1u);
  EXPECT_TRUE(set->types()[0].symmetric);
  ASSERT_EQ(set->rules().size(), 1u);
  EXPECT_EQ(set->rules()[0].id, "m");
  EXPECT_FLOAT_EQ(set->rules()[0].confidence, 0.9f);
  EXPECT_STREQ(set->rules()[0].modality, "asserted");
  for (const char* w : {"meet", "meets", "met", "meeting"}) {
    EXPECT_EQ(set->RulesForWord(set->vocabulary().Find(w)), std::vector<uint32_t>{0}) << w;
  }
  EXPECT_TRUE(set->RulesForWord(set->vocabulary().Find("with")).empty());
}

TEST(RuleSet, ReportsMalformedLinesWithFileAndLine) {
  // kBase takes lines 2-4, so `extra` starts on line 5.
  struct Case {
    std::string extra, message;
  } cases[] = {
      {"frobnicate\tx\n",
       "r.tsv:5: unknown kind \"frobnicate\" (type, verb, class, macro, cue, block or rule)"},
      {"verb\tgo\t\tgo|goes|went\n", "r.tsv:5: verb go needs 5 forms base|s|past|pp|ing, got 3"},
      {"verb\tGo\t\tgo|goes|went|gone|going\n",
       "r.tsv:5: verb name \"Go\" must be lower-case letters, digits or _"},
      {"class\tX\t\t@NOPE\n",
       "r.tsv:5: class X: unknown member @NOPE (define verbs and classes before use)"},
      {"class\tVG\t\tx\n", "r.tsv:5: @VG is defined twice"},
      {"type\tt\t\tPERSON - ORG\n",
       "r.tsv:5: type signature must be \"SOURCE_TYPES > TARGET_TYPES\" or \"A <> B\""},
      {"type\tt\t\tPERSON > PLANET\n",
       "r.tsv:5: unknown entity type in \"PERSON > PLANET\" (PERSON, COUNTRY, ORG, CITY, REGION, "
       "OTHER, ANY)"},
      {"rule\tr\tvisits\t{S} <@meet> {T}\n",
       "r.tsv:5: unknown relation type \"visits\" (declare it on a type line above)"},
      {"rule\tr\tmeets\t{S} @meet {T}\n",
       "r.tsv:5: pattern \"{S} @meet {T}\": a rule needs a <trigger>"},
      {"rule\tr\tmeets\t{S} <@meet>\n",
       "r.tsv:5: pattern \"{S} <@meet>\": a rule needs both {S} and {T}"},
      {"rule\tr\tmeets\t{S} <@WORD> {T}\n",
       "r.tsv:5: pattern \"{S} <@WORD> {T}\": the trigger must begin with words or classes"},
      {"rule\tr\tmeets\t{S} <@VG?> {T}\n",
       "r.tsv:5: pattern \"{S} <@VG?> {T}\": the trigger can match no word"},
      {"rule\tr\tmeets\t{S+big} <@meet> {T}\n",
       "r.tsv:5: pattern \"{S+big} <@meet> {T}\": unknown slot option +big (use dem, bare, poss, "
       "hyphen, attr, nocap, name, nobranch)"},
      {"rule\tr\tmeets\t{S} <@meet> ({T}\n", "r.tsv:5: pattern \"{S} <@meet> ({T}\": missing ')'"},
      {"rule\tr\tmeets\t{S} <@VG.pp> {T}\n",
       "r.tsv:5: pattern \"{S} <@VG.pp> {T}\": @VG.pp: @VG has plain phrases; forms apply to verbs "
       "only"},
      {"rule\tr\tmeets\t{S} <@meet> {T}\t\tsure\n",
       "r.tsv:5: modality must be asserted, planned, hypothetical or negated"},
      {"rule\tr\tmeets\t{S} <@meet> {T}\t\t\t1.5\n", "r.tsv:5: confidence must be in (0, 1]"},
      {"rule\tr\tmeets\t{S} <@meet> {T}\nrule\tr\tmeets\t{S} <met> {T}\n",
       "r.tsv:6: duplicate id \"r\""},
      {"rule\tr\tmeets\t%NOPE {S} <@meet> {T}\n",
       "r.tsv:5: unknown macro %NOPE (define macros before use)"},
      {"cue\tc\t\tnot\tbefore:x\tnegated\n",
       "r.tsv:5: bad window \"before:x\" (sentence, before:N, after:N or before:N,after:M)"},
      {"cue\tc\t\tnot\tbefore:2,after:1000\tnegated\n",
       "r.tsv:5: bad window \"before:2,after:1000\" (sentence, before:N, after:N or "
       "before:N,after:M)"},
      {"cue\tc\t\tnot\tbefore:2,\tnegated\n",
       "r.tsv:5: bad window \"before:2,\" (sentence, before:N, after:N or before:N,after:M)"},
      {"macro\tlow\t\tx\n", "r.tsv:5: macro name \"low\" must be upper-case letters, digits or _"},
      {"rule\tr\tmeets\t% {S} <@meet> {T}\n",
       "r.tsv:5: unknown macro % (define macros before use)"},
      {"type\tt\t\tperson > ORG\n",
       "r.tsv:5: unknown entity type in \"person > ORG\" (PERSON, COUNTRY, ORG, CITY, REGION, "
       "OTHER, ANY)"},
      {"cue\tc\t\tnot\tbefore:2\tmaybe\n",
       "r.tsv:5: cue modality must be asserted, planned, hypothetical or negated"},
      {"cue\tc\tvisits\tnot\tbefore:2\tnegated\n", "r.tsv:5: unknown relation type \"visits\""},
      {"block\tb\t\t{S} x\n", "r.tsv:5: pattern \"{S} x\": slots are only allowed in rules"},
  };
  for (const Case& c : cases) {
    Status s = Build(c.extra);
    EXPECT_TRUE(s.IsInvalidArgument()) << c.extra;
    EXPECT_EQ(s.message(), c.message) << c.extra;
  }
}

TEST(RuleSet, WindowsAndSignatures) {
  std::unique_ptr<RuleSet> set;
  Status s = Build(
      "cue\tc1\t\tnot\t\tnegated\n"
      "cue\tc2\t\tnot\tbefore:4\tnegated\n"
      "cue\tc3\t\tnot\tafter:6\tnegated\n"
      "cue\tc4\t\tnot\tbefore:2,after:15\tnegated\n"
      "cue\tc5\t\tnot\tsentence\tnegated\n",
      &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(set->cues().size(), 5u);
  auto window = [&](int i) {
    const Window& w = set->cues()[i].window;
    return std::make_tuple(w.before, w.after, w.sentence);
  };
  EXPECT_EQ(window(0), std::make_tuple(0, -1, false));
  EXPECT_EQ(window(1), std::make_tuple(4, -1, false));
  EXPECT_EQ(window(2), std::make_tuple(0, 6, false));
  EXPECT_EQ(window(3), std::make_tuple(2, 15, false));
  EXPECT_EQ(window(4), std::make_tuple(0, -1, true));
  ASSERT_TRUE(Build("type\tnear\t\t  COUNTRY|ORG<>COUNTRY  \n", &set).ok());
  EXPECT_TRUE(set->types().back().symmetric);
  EXPECT_EQ(set->types().back().name, "near");
}

TEST(RuleSet, VerbFormsAndClassesOfVerbs) {
  std::unique_ptr<RuleSet> set;
  Status s = Build(
      "verb\ttake_over\t\ttake over|takes over|took over|taken over|taking over\n"
      "class\tSUCCEED\t\t@meet|@take_over\n"
      "rule\tr\tmeets\t{T} was <@SUCCEED.pp> by {S}\n",
      &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  // Only the participles index the rule.
  EXPECT_FALSE(set->RulesForWord(set->vocabulary().Find("met")).empty());
  EXPECT_FALSE(set->RulesForWord(set->vocabulary().Find("taken")).empty());
  EXPECT_TRUE(set->RulesForWord(set->vocabulary().Find("took")).empty());
  EXPECT_TRUE(set->RulesForWord(set->vocabulary().Find("meets")).empty());
}

TEST(RuleSet, MacrosExpandIntoPatterns) {
  std::unique_ptr<RuleSet> set;
  Status s = Build(
      "macro\tAPPOS\t\t, (!, ~){1,4} ,\n"
      "rule\tr\tmeets\t{S} %APPOS? <@meet> {T}\n",
      &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(Build("macro\tBAD\t\t( x\n").message(), "r.tsv:5: pattern \"( x\": missing ')'");
}

TEST(RuleSet, CueRelationListsIncludeOrExclude) {
  std::unique_ptr<RuleSet> set;
  Status s = Build(
      "type\tvisits\t\tPERSON > COUNTRY\n"
      "cue\tonly\tmeets\tnot\t\tnegated\n"
      "cue\tbut\t!meets\tnot\t\tnegated\n",
      &set);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(set->cues()[0].relations, TypeMask{1});
  EXPECT_EQ(set->cues()[1].relations & TypeMask{3}, TypeMask{2});
}

TEST(RelationExtractor, LoadNamesTheFileAndLine) {
  std::string path = ::testing::TempDir() + "/bad_relations.tsv";
  {
    std::ofstream out(path);
    out << "# rules\n" << kHeader << kBase << "rule\tr\tmeets\t{S} <@meet {T}\n";
  }
  std::unique_ptr<RelationExtractor> e;
  Status s = RelationExtractor::Load(path, &e);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_EQ(s.message(), path + ":6: pattern \"{S} <@meet {T}\": missing '>'");
  EXPECT_EQ(e, nullptr);

  EXPECT_TRUE(RelationExtractor::Load(::testing::TempDir() + "/none.tsv", &e).IsIOError());
}

TEST(RelationExtractor, ShippedRulesLoad) {
  std::unique_ptr<RelationExtractor> e;
  Status s =
      RelationExtractor::Load(std::string(NEWSGRAPH_TEST_DATA) + "/../../rules/relations.tsv", &e);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(e->num_rules(), 50u);
}

}  // namespace
}  // namespace newsgraph::relations
