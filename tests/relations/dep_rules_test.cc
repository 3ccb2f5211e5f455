#include "relations/internal/dep_rules.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "relations/internal/items.h"
#include "relations/internal/rule_file.h"
#include "relations/internal/rule_set.h"

namespace newsgraph::relations {
namespace {

std::unique_ptr<RuleSet> Types() {
  std::vector<RuleLine> lines;
  EXPECT_TRUE(ParseRuleText("types.tsv",
                            "kind\tid\trelation\tpattern\n"
                            "type\tmeets\t\tPERSON|COUNTRY <> PERSON|COUNTRY\n"
                            "type\tdeploys\t\tCOUNTRY > COUNTRY\n"
                            "type\tsucceeds\t\tPERSON > PERSON\n",
                            &lines)
                  .ok());
  std::unique_ptr<RuleSet> rules;
  EXPECT_TRUE(RuleSet::Build(lines, &rules).ok());
  return rules;
}

std::string Write(const std::string& name, const std::string& text) {
  std::string path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

constexpr char kRules[] =
    "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
    "class\tFORCES\t-\ttroops|soldiers\n"
    "trigger\tsend\tdeploys\tVERB @FORCES\t\t\tcameo=154 forms=sent\n"
    "trigger\ttake over\tsucceeds\tVERB\t\t\tforms=took|taken\n"
    "trigger\ttalks\tmeets\tNOUN\t\t\tcameo=040\n"
    "dep\tdeploy.to\tdeploys\tVERB+OBJ\tSUBJ\tobl[to,in]\n"
    "dep\ttalks.between\tmeets\tNOUN\tnmod[between]\t&\n";

TEST(DepRules, LoadsTriggersClassesAndRules) {
  auto types = Types();
  std::unique_ptr<DepRuleSet> d;
  ASSERT_TRUE(DepRuleSet::Load("", Write("dep_ok.tsv", kRules), *types, &d).ok());
  EXPECT_EQ(d->num_triggers(), 3u);
  ASSERT_EQ(d->rules().size(), 2u);
  EXPECT_EQ(d->rules()[0].selector, DepRule::kVerbObject);
  EXPECT_TRUE(d->rules()[1].target_is_group);
  ASSERT_EQ(d->rules()[0].target.size(), 1u);
  EXPECT_EQ(d->rules()[0].target[0][0].cases, (std::vector<std::string>{"to", "in"}));
  const auto* send = d->TriggersFor("send");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ((*send)[0]->cameo, "154");
  EXPECT_EQ((*send)[0]->objects.size(), 2u);
  const auto* take = d->TriggersFor("take");
  ASSERT_NE(take, nullptr);
  EXPECT_EQ((*take)[0]->particle, "over");
}

TEST(DepRules, APrefilterDecidesWhichSentencesAreParsed) {
  auto types = Types();
  std::unique_ptr<DepRuleSet> d;
  ASSERT_TRUE(DepRuleSet::Load("", Write("dep_pre.tsv", kRules), *types, &d).ok());
  using V = std::vector<std::string_view>;
  EXPECT_TRUE(d->HasTrigger(V{"canada", "sent", "troops", "to", "latvia"}));
  EXPECT_FALSE(d->HasTrigger(V{"canada", "sent", "a", "letter"}));  // no object of its
  EXPECT_TRUE(d->HasTrigger(V{"she", "took", "over", "from", "him"}));
  EXPECT_FALSE(d->HasTrigger(V{"she", "took", "a", "seat"}));  // no particle
  EXPECT_TRUE(d->HasTrigger(V{"talks", "between", "them"}));
  EXPECT_FALSE(d->HasTrigger(V{"talking", "between", "them"}));  // a noun has no -ing form
}

TEST(DepRules, MalformedLinesNameFileAndLine) {
  auto types = Types();
  std::unique_ptr<DepRuleSet> d;
  std::string path = Write("dep_bad1.tsv",
                           "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
                           "trigger\tmeet\tgreets\tVERB\n");
  Status s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path + ":2: unknown relation type 'greets'");
  path = Write("dep_bad2.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "dep\tx\tmeets\tVERB\tnsubj[with\tobj\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path +
                             ":2: bad path step 'nsubj[with' (a dependency relation such as obl or "
                             "^xcomp, maybe with [case words]; {lemmas}; OBJ; SUBJ; .)");
  path = Write("dep_bad2b.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "dep\tx\tmeets\tVERB\tnsubj/^Obl\tobj\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_TRUE(s.message().starts_with(path + ":2: bad path step '^Obl'")) << s.message();
  path = Write("dep_bad3.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "trigger\tsend\tdeploys\tVERB @ARMY\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path + ":2: unknown class @ARMY");
  path = Write("dep_bad4.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "dep\tx\tmeets\tADJ\tnsubj\tobj\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path + ":2: trigger selector must be VERB, VERB+OBJ or NOUN");
  s = DepRuleSet::Load("", "/no/such/dependency.tsv", *types, &d);
  EXPECT_TRUE(s.IsIOError());
}

TEST(DepRules, ATriggerMayNeedACueInTheSentence) {
  auto types = Types();
  std::unique_ptr<DepRuleSet> d;
  Status s = DepRuleSet::Load("",
                              Write("dep_needs.tsv",
                                    "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
                                    "class\tCUE\t-\tappoint|became\n"
                                    "trigger\tdie\tsucceeds\tVERB\t\t\tforms=died needs=@CUE\n"),
                              *types, &d);
  ASSERT_TRUE(s.ok()) << s.message();
  using N = std::vector<std::string_view>;
  EXPECT_FALSE(d->HasTrigger(N{"smith", "died", "on", "monday"}));
  EXPECT_TRUE(d->HasTrigger(N{"jones", "was", "appointed", "after", "smith", "died"}));
  EXPECT_TRUE(d->HasTrigger(N{"jones", "became", "coach", "after", "smith", "died"}));
  std::string path = Write("dep_bad7.tsv",
                           "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
                           "trigger\ttake over\tsucceeds\tVERB\t\tforms=took\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(),
            path + ":2: a trigger has no source or target (options go in the last column)");
}

TEST(DepRules, PathsTestLemmasAndHeadCasesAndRulesNarrowTheirTargets) {
  auto types = Types();
  std::unique_ptr<DepRuleSet> d;
  std::string path = Write(
      "dep_steps.tsv",
      "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
      "class\tGO\t-\tleave|head\n"
      "trigger\tsummit\tmeets\tNOUN\n"
      "dep\tjoin\tmeets\tNOUN\t^obl[for]/{join,@GO}/SUBJ\t^obl[for]/obj\tpairs target=PERSON\n");
  Status s = DepRuleSet::Load("", path, *types, &d);
  ASSERT_TRUE(s.ok()) << s.message();
  const DepRule& r = d->rules()[0];
  ASSERT_EQ(r.source[0].size(), 3u);
  EXPECT_EQ(r.source[0][0].kind, DepStep::kHead);
  EXPECT_EQ(r.source[0][0].cases, (std::vector<std::string>{"for"}));
  EXPECT_EQ(r.source[0][1].kind, DepStep::kLemma);
  std::vector<std::string> lemmas = r.source[0][1].cases;
  std::sort(lemmas.begin(), lemmas.end());
  EXPECT_EQ(lemmas, (std::vector<std::string>{"head", "join", "leave"}));
  EXPECT_TRUE(r.pairs);
  EXPECT_EQ(r.target_types, kPersonBit);

  path = Write("dep_bad5.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "dep\tx\tmeets\tNOUN\t^obl/{@NOPE}/SUBJ\tobj\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path + ":2: unknown class '@NOPE'");
  path = Write("dep_bad6.tsv",
               "kind\tid\trelation\ttrigger\tsource\ttarget\toptions\n"
               "dep\tx\tmeets\tNOUN\tnsubj\tobj\ttarget=CITY\n");
  s = DepRuleSet::Load("", path, *types, &d);
  EXPECT_EQ(s.message(), path + ":2: target=CITY: PERSON, COUNTRY or ORG, '|'-separated");
}

// The forms feed a prefilter only, so a spare spelling ("visitted") costs
// nothing; a missing one would skip a sentence.
TEST(DepRules, RegularFormsCoverTheInflections) {
  auto has = [](const std::string& lemma, const std::string& form) {
    std::vector<std::string> f = RegularForms(lemma);
    return std::find(f.begin(), f.end(), form) != f.end();
  };
  for (const char* f : {"visit", "visits", "visited", "visiting"})
    EXPECT_TRUE(has("visit", f)) << f;
  for (const char* f : {"deploys", "deployed", "deploying"}) EXPECT_TRUE(has("deploy", f)) << f;
  for (const char* f : {"replaces", "replaced", "replacing"}) EXPECT_TRUE(has("replace", f)) << f;
  for (const char* f : {"allies", "allied"}) EXPECT_TRUE(has("ally", f)) << f;
  for (const char* f : {"ships", "shipped", "shipping"}) EXPECT_TRUE(has("ship", f)) << f;
}

TEST(DepRules, TheShippedRulesLoad) {
  auto types = Types();
  std::vector<RuleLine> lines;
  ASSERT_TRUE(ReadRuleFile(std::string(NEWSGRAPH_SOURCE_RULES) + "/relations.tsv", &lines).ok());
  std::unique_ptr<RuleSet> rules;
  ASSERT_TRUE(RuleSet::Build(lines, &rules).ok());
  std::unique_ptr<DepRuleSet> d;
  Status s = DepRuleSet::Load(std::string(NEWSGRAPH_SOURCE_RULES) + "/triggers.tsv",
                              std::string(NEWSGRAPH_SOURCE_RULES) + "/dependency.tsv", *rules, &d);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_GT(d->num_triggers(), 100u);
  EXPECT_NE(d->TriggersFor("meet"), nullptr);
  EXPECT_NE(d->Class("LEADERS"), nullptr);
}

}  // namespace
}  // namespace newsgraph::relations
