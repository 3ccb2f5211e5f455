// The extractor's mechanisms end to end, on hand-tagged documents and a small
// rules file: evidence, voice, modality cues, coordination, pronouns, blocks
// and self relations.
#include "relations/extractor.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <map>

#include "text/tokenizer.h"

namespace newsgraph::relations {
namespace {

const char* kRules =
    "kind\tid\trelation\tpattern\twindow\tmodality\tconfidence\n"
    "type\tmeets\t\tPERSON|COUNTRY|ORG <> PERSON|COUNTRY|ORG\t\t\t0.9\n"
    "type\tdeploys\t\tCOUNTRY|ORG > COUNTRY|ORG\n"
    "type\tsucceeds\t\tPERSON > PERSON\n"
    "verb\tmeet\t\tmeet|meets|met|met|meeting\n"
    "verb\tsend\t\tsend|sends|sent|sent|sending\n"
    "verb\tsucceed\t\tsucceed|succeeds|succeeded|succeeded|succeeding\n"
    "class\tVG\t\twill|not|did|was|be|set|to|refused|could|offered|would\n"
    "class\tAND\t\tand\n"
    "class\tLIST_END\t\t.|in|,\n"
    "class\tCLAUSE_BREAK\t\t;|but\n"
    "class\tFORCES\t\ttroops|soldiers\n"
    "cue\tneg.not\t\tnot\t\tnegated\n"
    "cue\tneg.refuse\t\trefused\tbefore:1\tnegated\n"
    "cue\tneg.declined\t\tbut ~{0,3} declined\tafter:10\tnegated\n"
    "cue\thyp.could\t\tcould\t\thypothetical\n"
    "cue\thyp.offer\t\toffered to\tbefore:3\thypothetical\n"
    "cue\tplan.will\t\t(will|said ~{0,2} would)\tbefore:4\tplanned\n"
    "cue\tplan.set\t\tset to\tbefore:3\tplanned\n"
    "block\tsports\tmeets\tfriendly\n"
    "rule\tmeets.verb\tmeets\t{S} @VG{0,4} <@meet> with? {T}\n"
    "rule\tmeets.coord\tmeets\t{S} and {T} @VG{0,4} <@meet> (.|in)\n"
    "rule\tdeploys.to\tdeploys\t{S} @VG{0,4} <@send> @FORCES to {T}\n"
    "rule\tsucceeds.passive\tsucceeds\t{T} @VG{0,4} <@succeed.pp> by {S}\t\t\t0.7\n";

// A tagged document: `text` tokenized, and every occurrence of each name in
// `names` (surface -> "TYPE:Canonical", or "TYPE/how:Canonical") a mention.
ner::TaggedDocument Tag(const std::string& text, const std::map<std::string, std::string>& names) {
  ner::TaggedDocument t;
  t.doc.text = text;
  text::Tokenize(&t.doc);
  std::map<std::string, uint32_t> entity_of;
  for (const auto& [surface, spec] : names) {
    size_t colon = spec.find(':');
    std::string type = spec.substr(0, colon), canonical = spec.substr(colon + 1);
    ner::MatchKind how = ner::MatchKind::kName;
    if (size_t slash = type.find('/'); slash != std::string::npos) {
      if (type.substr(slash + 1) == "demonym") how = ner::MatchKind::kDemonym;
      if (type.substr(slash + 1) == "capital") how = ner::MatchKind::kCapital;
      type = type.substr(0, slash);
    }
    auto [it, added] = entity_of.try_emplace(canonical, static_cast<uint32_t>(t.entities.size()));
    if (added) t.entities.push_back({"test:" + canonical, canonical, type});
    for (size_t at = text.find(surface); at != std::string::npos; at = text.find(surface, at + 1)) {
      ner::Mention m;
      m.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
      for (uint32_t i = 0; i < t.doc.tokens.size(); ++i) {
        if (t.doc.tokens[i].span.begin == m.span.begin) m.first_token = i;
        if (t.doc.tokens[i].span.end == m.span.end) m.end_token = i + 1;
      }
      m.sentence = t.doc.tokens[m.first_token].sentence;
      m.entity = it->second;
      m.how = how;
      t.mentions.push_back(m);
    }
  }
  std::sort(t.mentions.begin(), t.mentions.end(), [](const ner::Mention& a, const ner::Mention& b) {
    return a.span.begin < b.span.begin;
  });
  return t;
}

class ExtractorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // One file per process: ctest runs the suite's tests in parallel processes.
    std::string path =
        ::testing::TempDir() + "/extractor_test_relations_" + std::to_string(getpid()) + ".tsv";
    std::ofstream(path) << kRules;
    Status s = RelationExtractor::Load(path, &extractor_);
    std::remove(path.c_str());
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static void TearDownTestSuite() { extractor_.reset(); }

  // "type|Source|Target|modality" per relation, in order.
  std::vector<std::string> Run(const std::string& text,
                               const std::map<std::string, std::string>& names) {
    tagged_ = Tag(text, names);
    relations_.clear();
    extractor_->Extract(tagged_, &relations_);
    std::vector<std::string> out;
    for (const RelationMention& r : relations_) {
      out.push_back(r.type + "|" + tagged_.entities[r.source].name + "|" +
                    tagged_.entities[r.target].name + "|" + r.modality);
    }
    return out;
  }

  static std::unique_ptr<RelationExtractor> extractor_;
  ner::TaggedDocument tagged_;
  std::vector<RelationMention> relations_;
};
std::unique_ptr<RelationExtractor> ExtractorTest::extractor_;

using Edges = std::vector<std::string>;
const std::map<std::string, std::string> kPeople = {{"Putin", "PERSON:Putin"},
                                                    {"Xi", "PERSON:Xi"},
                                                    {"Modi", "PERSON:Modi"},
                                                    {"Kallas", "PERSON:Kallas"},
                                                    {"Borrell", "PERSON:Borrell"}};

TEST_F(ExtractorTest, EvidenceCarriesSentenceTriggerRuleAndConfidence) {
  EXPECT_EQ(Run("Talks ended. Putin met with Xi in Kazan.", kPeople),
            Edges{"meets|Putin|Xi|asserted"});
  const RelationMention& r = relations_[0];
  EXPECT_EQ(r.sentence, 1u);
  EXPECT_EQ(tagged_.doc.Slice(r.sentence_span), "Putin met with Xi in Kazan.");
  EXPECT_EQ(tagged_.doc.Slice(r.trigger), "met");
  EXPECT_EQ(r.rule, "meets.verb");
  EXPECT_TRUE(r.symmetric);
  EXPECT_FLOAT_EQ(r.confidence, 0.9f);
  EXPECT_EQ(extractor_->num_rules(), 4u);
}

TEST_F(ExtractorTest, PassiveVoiceSwapsTheArguments) {
  EXPECT_EQ(Run("Borrell will be succeeded by Kallas.", kPeople),
            Edges{"succeeds|Kallas|Borrell|planned"});
  EXPECT_FLOAT_EQ(relations_[0].confidence, 0.7f);
}

TEST_F(ExtractorTest, ModalityCues) {
  EXPECT_EQ(Run("Putin will meet Xi.", kPeople), Edges{"meets|Putin|Xi|planned"});
  EXPECT_EQ(Run("Putin was set to meet Xi.", kPeople), Edges{"meets|Putin|Xi|planned"});
  EXPECT_EQ(Run("Putin did not meet Xi.", kPeople), Edges{"meets|Putin|Xi|negated"});
  EXPECT_EQ(Run("Putin refused to meet Xi.", kPeople), Edges{"meets|Putin|Xi|negated"});
  EXPECT_EQ(Run("Putin could meet Xi.", kPeople), Edges{"meets|Putin|Xi|hypothetical"});
  // Cues are tried in file order: negation before the modal.
  EXPECT_EQ(Run("Putin could not meet Xi.", kPeople), Edges{"meets|Putin|Xi|negated"});
  // A clause break ends the window: the "not" belongs to another clause.
  EXPECT_EQ(Run("It did not rain; Putin met Xi.", kPeople), Edges{"meets|Putin|Xi|asserted"});
  std::map<std::string, std::string> states = {{"Poland", "COUNTRY:Poland"},
                                               {"Ukraine", "COUNTRY:Ukraine"},
                                               {"Kyiv", "COUNTRY/capital:Ukraine"}};
  EXPECT_EQ(Run("Poland offered to send troops to Ukraine.", states),
            Edges{"deploys|Poland|Ukraine|hypothetical"});
  EXPECT_EQ(Run("Poland offered to send troops to Ukraine, but Kyiv declined the offer.", states),
            Edges{"deploys|Poland|Ukraine|negated"});
}

TEST_F(ExtractorTest, Coordination) {
  EXPECT_EQ(
      Run("Putin, Xi and Modi met in Kazan.", kPeople),
      (Edges{"meets|Xi|Modi|asserted", "meets|Putin|Modi|asserted", "meets|Xi|Putin|asserted"}));
  EXPECT_EQ(Run("Putin met Xi and Modi in Kazan.", kPeople),
            (Edges{"meets|Putin|Xi|asserted", "meets|Putin|Modi|asserted"}));
  // "and Modi said" starts a new clause: Modi is no conjunct.
  EXPECT_EQ(Run("Putin met Xi and Modi said so.", kPeople), Edges{"meets|Putin|Xi|asserted"});
}

TEST_F(ExtractorTest, PronounsAreResolvedWithLowerConfidence) {
  EXPECT_EQ(Run("Putin arrived. He met Xi.", kPeople), Edges{"meets|Putin|Xi|asserted"});
  EXPECT_FLOAT_EQ(relations_[0].confidence, 0.9f * 0.8f);
  EXPECT_TRUE(Run("She met Xi.", kPeople).empty());  // no antecedent
  std::map<std::string, std::string> states = {{"Iran", "COUNTRY:Iran"},
                                               {"Syria", "COUNTRY:Syria"}};
  EXPECT_EQ(Run("Iran said it would send troops to Syria.", states),
            Edges{"deploys|Iran|Syria|planned"});
}

TEST_F(ExtractorTest, BlocksAndSelfRelationsSuppress) {
  std::map<std::string, std::string> states = {{"Germany", "COUNTRY:Germany"},
                                               {"Iran", "COUNTRY:Iran"},
                                               {"Russia", "COUNTRY:Russia"},
                                               {"Moscow", "COUNTRY/capital:Russia"}};
  EXPECT_TRUE(Run("Germany meets Iran in a friendly.", states).empty());
  EXPECT_EQ(Run("Germany meets Iran in Vienna.", states), Edges{"meets|Germany|Iran|asserted"});
  EXPECT_TRUE(Run("Russia sent troops to Moscow.", states).empty());
}

TEST_F(ExtractorTest, DemonymsFillNoSlotUnlessAllowed) {
  std::map<std::string, std::string> states = {{"Russia", "COUNTRY:Russia"},
                                               {"North Korean", "COUNTRY/demonym:North Korea"},
                                               {"Ukraine", "COUNTRY:Ukraine"}};
  EXPECT_TRUE(Run("Russia sent North Korean troops to the border with Ukraine.", states).empty());
}

// NOT_NOUN of the rules file: a resolved "her" before one of its words is an
// object; before any other word a possessive, which fills no plain slot.
TEST(ExtractorRulesTest, NotNounWordsMakeHerAnObject) {
  const std::map<std::string, std::string> names = {{"Kallas", "PERSON:Kallas"},
                                                    {"Iran", "COUNTRY:Iran"}};
  auto run = [&](const std::string& name, const std::string& extra_lines) {
    const std::string path = ::testing::TempDir() + "/" + name;
    std::ofstream(path) << kRules << extra_lines;
    std::unique_ptr<RelationExtractor> extractor;
    Status s = RelationExtractor::Load(path, &extractor);
    EXPECT_TRUE(s.ok()) << s.ToString();
    ner::TaggedDocument doc = Tag("Kallas arrived. Iran met her in Kazan.", names);
    std::vector<RelationMention> relations;
    extractor->Extract(doc, &relations);
    Edges out;
    for (const RelationMention& r : relations) {
      out.push_back(r.type + "|" + doc.entities[r.source].name + "|" + doc.entities[r.target].name);
    }
    return out;
  };
  EXPECT_EQ(run("not_noun_in.tsv", "class\tNOT_NOUN\t\tin|the\n"), Edges{"meets|Iran|Kallas"});
  EXPECT_EQ(run("not_noun_none.tsv", ""), Edges{}) << "\"her in\" read as a possessive";
}

}  // namespace
}  // namespace newsgraph::relations
