// The lexicon's format, and the lists that drive the tagger: each behaviour
// test tags a text with the shipped rules/lexicon.tsv and with the same file
// less one line, and the line's absence changes the result.
#include "ner/lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "gazetteer/test_util.h"
#include "ner/tagger.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

const std::string kShipped = std::string(NEWSGRAPH_SOURCE_RULES) + "/lexicon.tsv";

// The shipped lexicon's text without the line "kind<TAB>phrase<TAB>...".
std::string ShippedWithout(const std::string& kind, const std::string& phrase) {
  std::ifstream in(kShipped);
  std::string line, out;
  int removed = 0;
  while (std::getline(in, line)) {
    if (line.starts_with(kind + "\t" + phrase + "\t")) {
      ++removed;
      continue;
    }
    out += line + "\n";
  }
  EXPECT_EQ(removed, 1) << kind << " " << phrase;
  return out;
}

Status LoadText(const std::string& name, const std::string& text, Lexicon* lexicon) {
  return lexicon->Load(testing_util::WriteTemp(name, text));
}

TEST(LexiconTest, LoadsTheShippedLists) {
  Lexicon lexicon;
  Status s = lexicon.Load(kShipped);
  ASSERT_TRUE(s.ok()) << s.ToString();
  // Word lists hold match keys: "GmbH" is "gmbh", "Monday" is "monday".
  EXPECT_TRUE(lexicon.Has(WordList::kCompanySuffix, "gmbh"));
  EXPECT_TRUE(lexicon.Has(WordList::kCalendarWord, "monday"));
  EXPECT_TRUE(lexicon.Has(WordList::kLocationCue, "visited"));
  EXPECT_TRUE(lexicon.Has(WordList::kPlacePreposition, "outside"));
  EXPECT_TRUE(lexicon.Has(WordList::kTravelWord, "arrived"));
  EXPECT_TRUE(lexicon.Has(WordList::kOpponentWord, "beat"));
  EXPECT_TRUE(lexicon.Has(WordList::kMinorWord, "of"));
  EXPECT_TRUE(lexicon.Has(WordList::kNotOrgStart, "the"));
  EXPECT_TRUE(lexicon.Has(WordList::kOrgConnector, "&"));
  EXPECT_TRUE(lexicon.Has(WordList::kAppositionFiller, "defence"));
  EXPECT_TRUE(lexicon.Has(WordList::kStopword, "monday"));
  // A word is in the lists of its kinds only.
  EXPECT_TRUE(lexicon.Has(WordList::kPlacePreposition, "in"));
  EXPECT_TRUE(lexicon.Has(WordList::kLocationCue, "in"));
  EXPECT_FALSE(lexicon.Has(WordList::kTravelWord, "in"));
  EXPECT_FALSE(lexicon.Has(WordList::kOrgHead, "monday"));
  EXPECT_FALSE(lexicon.Has(WordList::kStopword, "no-such-word"));

  EXPECT_TRUE(lexicon.IsFamilyNameFirstCountry("country:KOR"));
  EXPECT_FALSE(lexicon.IsFamilyNameFirstCountry("country:JPN"));
  EXPECT_TRUE(lexicon.FieldsNationalSides("region:wales"));
  EXPECT_FALSE(lexicon.FieldsNationalSides("region:bavaria"));

  // Role words: case-sensitive, anywhere in the role; several categories may share one.
  EXPECT_TRUE(lexicon.RoleFits("Minister of Foreign Affairs", "minister"));
  EXPECT_TRUE(lexicon.RoleFits("Minister of Foreign Affairs", "diplomat"));
  EXPECT_FALSE(lexicon.RoleFits("Minister of Foreign Affairs", "royal"));
  EXPECT_TRUE(lexicon.RoleFits("Vice President", "head_of_state"));
  EXPECT_FALSE(lexicon.RoleFits("vice president", "head_of_state"));
  EXPECT_FALSE(lexicon.RoleFits("Professor of Law", "academic")) << "a category without role words";
}

TEST(LexiconTest, ANewKindNeedsNoCode) {
  Lexicon lexicon;
  Status s = LoadText("lex_small.tsv",
                      "# comment\n"
                      "kind\tphrase\tvalue\n"
                      "title\tHigh Commissioner\tdiplomat\n"
                      "role_word\tHigh Commissioner\tdiplomat\n"
                      "family_name_first\tcountry:HUN\t\n"
                      "national_side\tregion:faroe\t\n"
                      "travel_word\tSailed\t\n",
                      &lexicon);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_TRUE(lexicon.RoleFits("British High Commissioner to Kenya", "diplomat"));
  EXPECT_FALSE(lexicon.RoleFits("Minister", "diplomat"));
  EXPECT_TRUE(lexicon.IsFamilyNameFirstCountry("country:HUN"));
  EXPECT_TRUE(lexicon.FieldsNationalSides("region:faroe"));
  EXPECT_TRUE(lexicon.Has(WordList::kTravelWord, "sailed"));
  EXPECT_FALSE(lexicon.Has(WordList::kLocationCue, "sailed"));
}

TEST(LexiconTest, AMalformedLineNamesFileAndLine) {
  const std::string header = "kind\tphrase\tvalue\n";
  struct Case {
    std::string body, error;
  } cases[] = {
      {"travel_word\tarrived\t\ntravel_wrod\tflew\t\n",
       ":3: unknown kind 'travel_wrod' (title, role_word,"},
      {"role_word\tPresident\thead_of_state\n", ":2: no title has the category 'head_of_state'"},
      {"title\tPresident\thead_of_state\nrole_word\tPresident\t\n",
       ":3: a role word needs a title category"},
      {"family_name_first\tKorea\t\n",
       ":2: a family_name_first phrase is a gazetteer id (\"country:KOR\")"},
      {"national_side\tregion:\t\n", ":2: a national_side phrase is a gazetteer id"},
      {"location_cue\tin\n", ":2: expected 3 TAB-separated fields"},
      {"location_cue\t\t\n", ":2: empty phrase"},
  };
  for (const Case& c : cases) {
    Lexicon lexicon;
    const std::string path = testing_util::WriteTemp("lex_bad.tsv", header + c.body);
    Status s = lexicon.Load(path);
    EXPECT_FALSE(s.ok()) << c.body;
    EXPECT_TRUE(s.message().starts_with(path + c.error)) << s.ToString();
  }
}

// A tagger over a small gazetteer and a lexicon given as text.
class LexiconDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        gaz_.LoadFile(testing_util::WriteTemp("lex_gaz.tsv", testing_util::kSmallGazetteer)).ok());
    ASSERT_TRUE(
        gaz_.LoadFile(testing_util::WriteTemp("lex_people.tsv", testing_util::kSmallPeople)).ok());
    ASSERT_TRUE(gaz_.LoadFile(testing_util::WriteTemp("lex_sports.tsv",
                                                      "id\ttype\tname\tcountry\n"
                                                      "city:harbourg\tCITY\tHarbourg\tcountry:USA\n"
                                                      "region:wales\tREGION\tWales\tcountry:GBR\n"))
                    .ok());
    ASSERT_TRUE(gazetteer::Matcher::Build(gaz_, &matcher_).ok());
  }

  // "surface=Entity Name" for every mention of `text`, tagged with `lexicon_text`.
  std::vector<std::string> Mentions(const std::string& lexicon_text, const std::string& text) {
    Lexicon lexicon;
    Status s = LoadText("lex_data.tsv", lexicon_text, &lexicon);
    EXPECT_TRUE(s.ok()) << s.ToString();
    EntityTagger tagger(*matcher_, lexicon, TaggerOptions());
    text::Document d;
    d.text = text;
    text::Tokenize(&d);
    TaggedDocument out;
    tagger.Tag(std::move(d), &out);
    std::vector<std::string> v;
    for (const Mention& m : out.mentions) {
      const DocEntity& e = out.entities[m.entity];
      v.push_back(std::string(out.doc.Slice(m.span)) + "=" + e.type + ":" + e.name);
    }
    return v;
  }

  // Mentions with the shipped lexicon.
  std::vector<std::string> Shipped(const std::string& text) {
    std::ifstream in(kShipped);
    std::stringstream all;
    all << in.rdbuf();
    return Mentions(all.str(), text);
  }
  // Mentions with the shipped lexicon less the line `kind` `phrase`.
  std::vector<std::string> Without(const std::string& kind, const std::string& phrase,
                                   const std::string& text) {
    return Mentions(ShippedWithout(kind, phrase), text);
  }

  gazetteer::Gazetteer gaz_;
  std::unique_ptr<gazetteer::Matcher> matcher_;
};

using V = std::vector<std::string>;

TEST_F(LexiconDataTest, FamilyNameFirstGivesTheFamilyNameAsAShortForm) {
  const std::string text = "President Yoon spoke.";
  EXPECT_EQ(Shipped(text), V{"Yoon=PERSON:Yoon Suk Yeol"});
  EXPECT_EQ(Without("family_name_first", "country:KOR", text), V{"Yoon=PERSON:Yoon"});
}

TEST_F(LexiconDataTest, RoleWordsMatchATitleToAGazetteerRole) {
  const std::string text = "President Yoon spoke.";
  EXPECT_EQ(Shipped(text), V{"Yoon=PERSON:Yoon Suk Yeol"});
  EXPECT_EQ(Without("role_word", "President", text), V{"Yoon=PERSON:Yoon"});
}

TEST_F(LexiconDataTest, NationalSidesStayTheRegionNextToAScore) {
  const std::string text =
      "The striker scored twice as Wales 3 Harbourg 1 ended the league season.";
  EXPECT_EQ(Shipped(text), (V{"Wales=REGION:Wales", "Harbourg=ORG:Harbourg"}));
  EXPECT_EQ(Without("national_side", "region:wales", text),
            (V{"Wales=ORG:Wales", "Harbourg=ORG:Harbourg"}));
}

TEST_F(LexiconDataTest, OpponentWordsMakeACityATeam) {
  const std::string text =
      "A late goal from the striker gave the league leaders a 2-1 victory over Harbourg.";
  EXPECT_EQ(Shipped(text), V{"Harbourg=ORG:Harbourg"});
  EXPECT_EQ(Without("opponent_word", "over", text), V{"Harbourg=CITY:Harbourg"});
}

TEST_F(LexiconDataTest, LocationCuesSettleAnAmbiguousPlace) {
  const std::string text = "The ministers flew to Jordan.";
  EXPECT_EQ(Shipped(text), V{"Jordan=COUNTRY:Jordan"});
  EXPECT_EQ(Without("location_cue", "to", text), V{});
}

TEST_F(LexiconDataTest, PlacePrepositionsMakeACapitalTheCity) {
  const std::string text = "Officials met outside Seoul.";
  EXPECT_EQ(Shipped(text), V{"Seoul=CITY:Seoul"});
  EXPECT_EQ(Without("place_preposition", "outside", text), V{"Seoul=COUNTRY:South Korea"});
}

TEST_F(LexiconDataTest, TravelWordsKeepTheCapitalTheCountry) {
  const std::string text = "The envoy arrived in Pyongyang.";
  EXPECT_EQ(Shipped(text), V{"Pyongyang=COUNTRY:North Korea"});
  EXPECT_EQ(Without("travel_word", "arrived", text), V{"Pyongyang=CITY:Pyongyang"});
}

TEST_F(LexiconDataTest, MinorWordsMakeAHeadline) {
  const std::string text = "Minister of Maritime Agency Resigns Today\n\nNothing else.";
  EXPECT_EQ(Shipped(text), V{});
  EXPECT_EQ(Without("minor_word", "of", text),
            V{"Minister of Maritime Agency=ORG:Minister of Maritime Agency"});
}

TEST_F(LexiconDataTest, SomeWordsNeverStartAnOrganisation) {
  const std::string text = "Officials said The Maritime Council met.";
  EXPECT_EQ(Shipped(text), V{"Maritime Council=ORG:Maritime Council"});
  EXPECT_EQ(Without("not_org_start", "The", text),
            V{"The Maritime Council=ORG:The Maritime Council"});
}

TEST_F(LexiconDataTest, CalendarWordsAreNoPartOfAnOrganisation) {
  const std::string text = "Officials said September Treasury Agency figures rose.";
  EXPECT_EQ(Shipped(text), V{"Treasury Agency=ORG:Treasury Agency"});
  EXPECT_EQ(Without("calendar_word", "September", text),
            V{"September Treasury Agency=ORG:September Treasury Agency"});
}

TEST_F(LexiconDataTest, ACompanySuffixAfterOfEndsTheName) {
  const std::string text = "Shares of Douglas Lomason Co rose.";
  EXPECT_EQ(Shipped(text), V{"Douglas Lomason Co=ORG:Douglas Lomason Co"});
  EXPECT_EQ(Without("company_suffix", "Co", text),
            V{"Shares of Douglas Lomason Co=ORG:Shares of Douglas Lomason Co"});
}

TEST_F(LexiconDataTest, ConnectorsJoinAnOrganisationsWords) {
  const std::string text = "Officials at the Banco de Fomento Agency said.";
  EXPECT_EQ(Shipped(text), V{"Banco de Fomento Agency=ORG:Banco de Fomento Agency"});
  EXPECT_EQ(Without("org_connector", "de", text), V{"Fomento Agency=ORG:Fomento Agency"});
}

TEST_F(LexiconDataTest, AppositionFillersComeBeforeTheOfficeNoun) {
  const std::string text = "Zorv Kaplek, defence minister, said.";
  EXPECT_EQ(Shipped(text), V{"Zorv Kaplek=PERSON:Zorv Kaplek"});
  EXPECT_EQ(Without("apposition_filler", "defence", text), V{});
}

}  // namespace
}  // namespace newsgraph::ner
