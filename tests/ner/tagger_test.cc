#include "ner/tagger.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "gazetteer/test_util.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

// Tags with the small test gazetteer and the shipped rule lexicon.
class TaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        gaz_.LoadFile(testing_util::WriteTemp("tg.tsv", testing_util::kSmallGazetteer)).ok());
    ASSERT_TRUE(gaz_.LoadFile(testing_util::WriteTemp("tp.tsv", testing_util::kSmallPeople)).ok());
    ASSERT_TRUE(gazetteer::Matcher::Build(gaz_, &matcher_).ok());
    ASSERT_TRUE(
        gazetteer::Matcher::Build(gaz_, &short_forms_, gazetteer::Matcher::Names::kOnlyShortForms)
            .ok());
    Status s = lexicon_.Load(std::string(NEWSGRAPH_SOURCE_RULES) + "/lexicon.tsv");
    ASSERT_TRUE(s.ok()) << s.ToString();
    tagger_ =
        std::make_unique<EntityTagger>(*matcher_, lexicon_, TaggerOptions(), short_forms_.get());
  }

  TaggedDocument Tag(const std::string& text) {
    text::Document d;
    d.text = text;
    text::Tokenize(&d);
    TaggedDocument out;
    tagger_->Tag(std::move(d), &out);
    return out;
  }

  // "surface=Entity Name" for every mention, in order.
  std::vector<std::string> Mentions(const std::string& text) {
    TaggedDocument t = Tag(text);
    std::vector<std::string> out;
    for (const Mention& m : t.mentions) {
      out.push_back(std::string(t.doc.Slice(m.span)) + "=" + t.entities[m.entity].name);
    }
    return out;
  }

  gazetteer::Gazetteer gaz_;
  std::unique_ptr<gazetteer::Matcher> matcher_, short_forms_;
  Lexicon lexicon_;
  std::unique_ptr<EntityTagger> tagger_;
};

using V = std::vector<std::string>;

TEST_F(TaggerTest, LongestMatchWins) {
  EXPECT_EQ(Mentions("The UN Security Council met."),
            V{"UN Security Council=United Nations Security Council"});
  EXPECT_EQ(Mentions("The U.N. Security Council met."),
            V{"U.N. Security Council=United Nations Security Council"});
}

TEST_F(TaggerTest, AcronymsMatchOnlyInCapitals) {
  EXPECT_EQ(Mentions("Let us go to the US."), V{"US=United States"});
  EXPECT_EQ(Mentions("The U.S. and the E.U. agreed."),
            (V{"U.S.=United States", "E.U.=European Union"}));
}

TEST_F(TaggerTest, CapitalisedWordsMustBeCapitalised) {
  EXPECT_TRUE(Mentions("a european union of states").empty());
  EXPECT_EQ(Mentions("EUROPEAN UNION LEADERS MEET"), V{"EUROPEAN UNION=European Union"});
}

TEST_F(TaggerTest, PossessivesDemonymsAndCapitals) {
  EXPECT_EQ(Mentions("South Korea's envoy met North Korean officials in Pyongyang."),
            (V{"South Korea=South Korea", "North Korean=North Korea", "Pyongyang=North Korea"}));
  TaggedDocument t = Tag("Pyongyang said.");
  ASSERT_EQ(t.mentions.size(), 1u);
  EXPECT_EQ(t.mentions[0].how, MatchKind::kCapital);
}

TEST_F(TaggerTest, DiacriticsAndHyphensAreFolded) {
  EXPECT_EQ(Mentions("Recep Tayyip Erdogan spoke."),
            V{"Recep Tayyip Erdogan=Recep Tayyip Erdoğan"});
}

TEST_F(TaggerTest, AmbiguousNamesNeedContext) {
  EXPECT_TRUE(Mentions("Michael Jordan scored.").empty());
  EXPECT_TRUE(Mentions("Jordan scored twice.").empty());
  EXPECT_EQ(Mentions("The minister flew to Jordan on Monday."), V{"Jordan=Jordan"});
  EXPECT_EQ(Mentions("Russia and Turkey agreed."), (V{"Russia=Russia", "Turkey=Turkey"}));
  // Named unambiguously elsewhere in the document.
  EXPECT_EQ(Mentions("Amman said so. Jordan is worried."), (V{"Amman=Jordan", "Jordan=Jordan"}));
}

TEST_F(TaggerTest, CapitalInsideALongerUnknownName) {
  EXPECT_TRUE(Mentions("She studied at Pyongyang Foreign Studies University.").size() <= 1);
  for (const std::string& m : Mentions("She studied at Pyongyang Foreign Studies University.")) {
    EXPECT_EQ(m.find("=North Korea"), std::string::npos) << m;
  }
}

TEST_F(TaggerTest, TitledNamesNoGazetteerHolds) {
  TaggedDocument t = Tag("Foreign Minister Cho Tae-yul met Josep Borrell.");
  ASSERT_EQ(t.mentions.size(), 2u);
  const DocEntity& cho = t.entities[t.mentions[0].entity];
  EXPECT_EQ(cho.name, "Cho Tae-yul");
  EXPECT_EQ(cho.type, "PERSON");
  EXPECT_TRUE(cho.discovered);
  EXPECT_LT(cho.confidence, 1.0f);
  EXPECT_EQ(t.mentions[0].rule, "title-name");
}

TEST_F(TaggerTest, HonorificsAndAppositions) {
  EXPECT_EQ(Mentions("Mr. Anton Weber arrived."), V{"Anton Weber=Anton Weber"});
  EXPECT_EQ(Mentions("Jan Novak, the Czech defence minister, said."), V{"Jan Novak=Jan Novak"});
}

TEST_F(TaggerTest, AGivenNameAfterADemonym) {
  ASSERT_TRUE(
      lexicon_.LoadGivenNames(std::string(NEWSGRAPH_SOURCE_RULES) + "/given_names.tsv").ok());
  EXPECT_EQ(Mentions("South Korean Peter Moody took six wickets."),
            V({"South Korean=South Korea", "Peter Moody=Peter Moody"}));
}

TEST_F(TaggerTest, APlaceThatNamesAnEventIsNoPlace) {
  EXPECT_EQ(Mentions("She won the South Korea Masters and the North Korea Open."), V{});
  EXPECT_EQ(Mentions("She won in South Korea. Open talks followed."), V{"South Korea=South Korea"});
}

TEST_F(TaggerTest, AirAndACountryIsAnAirline) {
  EXPECT_EQ(Mentions("Air North Korea flew to South Korea."),
            V({"Air North Korea=Air North Korea", "South Korea=South Korea"}));
}

TEST_F(TaggerTest, ALowerCaseOfficeNounThenAName) {
  EXPECT_EQ(Mentions("Police detained veteran dissident Wang Donghai on Friday."),
            V{"Wang Donghai=Wang Donghai"});
  EXPECT_EQ(Mentions("The dissident Wang said no."), V{})
      << "one word: a surname the story may name in full";
}

TEST_F(TaggerTest, InitialsAndASurname) {
  EXPECT_EQ(Mentions("S. Waugh and A.J. Stewart batted."),
            V({"S. Waugh=S. Waugh", "A.J. Stewart=A.J. Stewart"}));
  EXPECT_EQ(Mentions("D. Lehmann st Kaluwitharana 12."), V{"D. Lehmann=D. Lehmann"});
  // Not a person: a letter after a name word, or a word the story writes in lower case.
  EXPECT_EQ(Mentions("It was Plan B. Officials said no."), V{});
  EXPECT_EQ(Mentions("He took vitamin C. Researchers and other researchers agreed."), V{});
}

TEST_F(TaggerTest, OrganisationHeadWords) {
  TaggedDocument t = Tag("The Korea Hydro Power Agency said on Monday.");
  ASSERT_EQ(t.mentions.size(), 1u);
  EXPECT_EQ(t.entities[0].name, "Korea Hydro Power Agency");
  EXPECT_EQ(t.entities[0].type, "ORG");
  EXPECT_EQ(Mentions("The Russian Defence Ministry said."),
            V{"Russian Defence Ministry=Russian Defence Ministry"});
}

TEST_F(TaggerTest, OrganisationNamesStopAtWordsThatAreNoPartOfThem) {
  EXPECT_EQ(Mentions("Shares of Douglas & Lomason Co rose."),
            V{"Douglas & Lomason Co=Douglas & Lomason Co"});
  EXPECT_EQ(Mentions("Johnson Controls Inc and Lear Corp agreed."),
            V({"Johnson Controls Inc=Johnson Controls Inc", "Lear Corp=Lear Corp"}));
  EXPECT_EQ(Mentions("The Department of Trade and Industry said."),
            V{"Department of Trade and Industry=Department of Trade and Industry"});
  EXPECT_EQ(Mentions("Procter and Gamble Co said."),
            V{"Procter and Gamble Co=Procter and Gamble Co"});
  EXPECT_EQ(Mentions("The Victims of Crime Trust said."),
            V{"Victims of Crime Trust=Victims of Crime Trust"});
  EXPECT_EQ(Mentions("The Davis Cup Centre on Friday was full."),
            V{"Davis Cup Centre=Davis Cup Centre"});
}

TEST_F(TaggerTest, OrganisationsNamedHeadFirst) {
  EXPECT_EQ(Mentions("The Commission for Racial Equality disagreed."),
            V{"Commission for Racial Equality=Commission for Racial Equality"});
  EXPECT_EQ(Mentions("Yesterday the Office of the President spoke."),
            V{"Office of the President=Office of the President"});
  EXPECT_TRUE(Mentions("Yesterday the Council said so.").empty());
}

TEST_F(TaggerTest, DiscoveredNamesNeverCrossALineBreak) {
  ASSERT_TRUE(
      lexicon_.LoadGivenNames(std::string(NEWSGRAPH_SOURCE_RULES) + "/given_names.tsv").ok());
  // A headline line without a full stop, then the first sentence.
  EXPECT_EQ(Mentions("Ted Cruz\nTed Cruz said on Monday he would run again."),
            V({"Ted Cruz=Ted Cruz", "Ted Cruz=Ted Cruz"}));
  EXPECT_EQ(Mentions("Ted Cruz\r\nTed Cruz said on Monday he would run again."),
            V({"Ted Cruz=Ted Cruz", "Ted Cruz=Ted Cruz"}));
  for (const char* text :
       {"Talks with Mr. Anton\nWeber arrived late.", "The Korea Hydro\nPower Agency said so.",
        "Yesterday S.\nWaugh batted.", "Jan\nNovak, the Czech defence minister, said.",
        "The Korea Hydro Power Agency said so.\nAgency Hydro staff said so.",
        "Ted Cruz said so. Ted Cruz Ted Cruz went on."}) {
    TaggedDocument t = Tag(text);
    for (const DocEntity& e : t.entities) {
      EXPECT_EQ(e.name.find_first_of("\r\n"), std::string::npos) << text << ": " << e.name;
    }
    for (const Mention& m : t.mentions) {
      EXPECT_EQ(t.doc.Slice(m.span).find_first_of("\r\n"), std::string::npos) << text;
      EXPECT_EQ(t.doc.tokens[m.end_token - 1].sentence, t.doc.tokens[m.first_token].sentence)
          << text;
    }
  }
}

TEST_F(TaggerTest, HeadlinesDoNotInventNames) {
  // Title case: the name rules stay silent; gazetteer names still count.
  EXPECT_EQ(Mentions("British Minister Sees Deal With Russia Soon\n\nThe talks went on."),
            V{"Russia=Russia"});
}

TEST_F(TaggerTest, CapitalsAsPlacesAndDatelines) {
  // A dateline and a meeting place are the city, not the government...
  TaggedDocument t = Tag("MOSCOW, March 3 - Officials met in Seoul.");
  ASSERT_EQ(t.mentions.size(), 2u);
  EXPECT_EQ(t.entities[t.mentions[0].entity].type, "CITY");
  EXPECT_EQ(t.entities[t.mentions[1].entity].type, "CITY");
  // ...unless the story names the country, or someone travels to the capital.
  EXPECT_EQ(Mentions("South Korea agreed. Officials met in Seoul."),
            (V{"South Korea=South Korea", "Seoul=South Korea"}));
  EXPECT_EQ(Mentions("The envoy arrived in Pyongyang."), V{"Pyongyang=North Korea"});
  EXPECT_EQ(Mentions("Pyongyang has sent troops."), V{"Pyongyang=North Korea"});
  // Datelines with an agency in brackets, and several-word places.
  EXPECT_EQ(Tag("SEOUL (Yonhap News Agency) -- Officials met.").entities.at(0).type, "CITY");
  EXPECT_EQ(Tag("SEOUL 1996-08-30").entities.at(0).type, "CITY");
}

TEST_F(TaggerTest, DiscoveredNamesStopAtADatelineDash) {
  // A dash with spaces on both sides ends a name; a hyphen joins one.
  EXPECT_EQ(Mentions("SEOUL - The Maritime Council met on Tuesday."),
            (V{"SEOUL=Seoul", "Maritime Council=Maritime Council"}));
}

TEST_F(TaggerTest, SurnamesReferBackToTheFullName) {
  EXPECT_EQ(Mentions("Josep Borrell arrived. Borrell said."),
            (V{"Josep Borrell=Josep Borrell", "Borrell=Josep Borrell"}));
  // A headline before the full name is resolved too.
  EXPECT_EQ(Mentions("Borrell warns\n\nJosep Borrell spoke."),
            (V{"Borrell=Josep Borrell", "Josep Borrell=Josep Borrell"}));
  // Family name first: "Cho" after "Cho Tae-yul".
  EXPECT_EQ(Mentions("Foreign Minister Cho Tae-yul spoke. Cho said."),
            (V{"Cho Tae-yul=Cho Tae-yul", "Cho=Cho Tae-yul"}));
  // Not when it is part of another name.
  EXPECT_EQ(Mentions("Josep Borrell spoke. Maria Borrell Lopez said."),
            V{"Josep Borrell=Josep Borrell"});
}

TEST_F(TaggerTest, TitledSurnameFindsTheGazetteerPerson) {
  EXPECT_EQ(Mentions("President Yoon spoke."), V{"Yoon=Yoon Suk Yeol"});
}

TEST_F(TaggerTest, AcronymDefinedInBrackets) {
  EXPECT_EQ(Mentions("The Pacific Maritime Agency (PMA) met. The PMA agreed."),
            (V{"Pacific Maritime Agency=Pacific Maritime Agency", "PMA=Pacific Maritime Agency",
               "PMA=Pacific Maritime Agency"}));
}

TEST_F(TaggerTest, ShortFormsNeedTheFullName) {
  EXPECT_TRUE(Mentions("Troops from the North crossed.").empty());
  EXPECT_EQ(Mentions("North Korea fired. Troops from the North crossed."),
            (V{"North Korea=North Korea", "the North=North Korea"}));
  // A short form never hides a longer name starting inside it.
  EXPECT_EQ(Mentions("North Korea said the North Korean army moved."),
            (V{"North Korea=North Korea", "North Korean=North Korea"}));
}

TEST_F(TaggerTest, MentionsAreSortedAndDoNotOverlap) {
  TaggedDocument t =
      Tag("Josep Borrell and Foreign Minister Cho Tae-yul met in Seoul. Borrell and Cho "
          "talked about the UN Security Council and North Korea.");
  for (size_t i = 1; i < t.mentions.size(); ++i) {
    EXPECT_LE(t.mentions[i - 1].span.end, t.mentions[i].span.begin);
  }
  for (const Mention& m : t.mentions) {
    EXPECT_EQ(t.doc.Slice(m.span), t.doc.text.substr(m.span.begin, m.span.size()));
  }
}

TEST_F(TaggerTest, ATitledSurnameTakesTheFullNameTheStoryGives) {
  EXPECT_EQ(Mentions("The firm said Shiro Tsuda will stay. Mr Tsuda became chairman."),
            (V{"Shiro Tsuda=Shiro Tsuda", "Tsuda=Shiro Tsuda"}));
}

TEST(TaggerPlaces, APlaceKnowsItsCountry) {
  gazetteer::Gazetteer gaz;
  ASSERT_TRUE(
      gaz.LoadFile(testing_util::WriteTemp("places_country.tsv",
                                           "id\ttype\tname\tcapitals\tcountry\n"
                                           "country:SDN\tCOUNTRY\tSudan\tKhartoum\t\n"
                                           "country:NGA\tCOUNTRY\tNigeria\tAbuja\t\n"
                                           "region:darfur\tREGION\tDarfur\t\tcountry:SDN\n"))
          .ok());
  std::unique_ptr<gazetteer::Matcher> matcher;
  ASSERT_TRUE(gazetteer::Matcher::Build(gaz, &matcher).ok());
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.Load(std::string(NEWSGRAPH_SOURCE_RULES) + "/lexicon.tsv").ok());
  EntityTagger tagger(*matcher, lexicon, TaggerOptions());
  text::Document d;
  d.text = "Sudan said Nigerian troops flew to Darfur, then met in Abuja.";
  text::Tokenize(&d);
  TaggedDocument out;
  tagger.Tag(std::move(d), &out);
  std::map<std::string, std::string> country;
  for (const DocEntity& e : out.entities) country[e.name] = e.country;
  EXPECT_EQ(country["Darfur"], "country:SDN");
  EXPECT_EQ(country["Sudan"], "");
  EXPECT_EQ(country["Abuja"], "country:NGA");  // a capital named as a place
}

// Clubs named after their city, and cities standing for their teams, in
// sports stories only.
class TaggerSportsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(
        gaz_.LoadFile(testing_util::WriteTemp(
                          "sports.tsv",
                          "id\ttype\tname\taliases\tambiguous\tkind\tcountry\n"
                          "city:zedton\tCITY\tZedton\t\t\t\tcountry:GBR\n"
                          "city:harbourg\tCITY\tHarbourg\t\t\t\tcountry:USA\n"
                          "org:club-zedton\tORG\tZedton FC\tZedton\tZedton\tclub\tcountry:GBR\n"))
            .ok());
    ASSERT_TRUE(gazetteer::Matcher::Build(gaz_, &matcher_).ok());
    ASSERT_TRUE(lexicon_.Load(std::string(NEWSGRAPH_SOURCE_RULES) + "/lexicon.tsv").ok());
    tagger_ = std::make_unique<EntityTagger>(*matcher_, lexicon_, TaggerOptions());
  }
  // "surface=TYPE:key" for every mention.
  std::vector<std::string> Mentions(const std::string& text) {
    text::Document d;
    d.text = text;
    text::Tokenize(&d);
    TaggedDocument out;
    tagger_->Tag(std::move(d), &out);
    std::vector<std::string> v;
    for (const Mention& m : out.mentions) {
      const DocEntity& e = out.entities[m.entity];
      v.push_back(std::string(out.doc.Slice(m.span)) + "=" + e.type + ":" + e.key);
    }
    return v;
  }
  gazetteer::Gazetteer gaz_;
  std::unique_ptr<gazetteer::Matcher> matcher_;
  Lexicon lexicon_;
  std::unique_ptr<EntityTagger> tagger_;
};

TEST_F(TaggerSportsTest, AClubNamedAfterItsCityInASportsStory) {
  EXPECT_EQ(Mentions("Zedton beat the league leaders 2-1 with a late goal from their striker."),
            V{"Zedton=ORG:org:club-zedton"});
  EXPECT_EQ(Mentions("A factory in Zedton closed."), V{"Zedton=CITY:city:zedton"});
  EXPECT_EQ(Mentions("The striker scored twice in Zedton as the league leaders won 2-1."),
            V{"Zedton=CITY:city:zedton"})
      << "a venue";
  EXPECT_EQ(Mentions("The players won 3 games and a win."), V{})
      << "weak sports words alone make no sports story";
  EXPECT_EQ(Mentions("Zedton players won the game and a win."), V{"Zedton=CITY:city:zedton"});
}

TEST_F(TaggerSportsTest, ACityNextToATablesNumbersIsItsTeam) {
  EXPECT_EQ(Mentions("The baseball league standings after Sunday.\n\nHARBOURG 74 55 .574 -\n"),
            V{"HARBOURG=ORG:discovered:org:harbourg"});
  EXPECT_EQ(Mentions("The baseball league standings after Sunday.\n\nHARBOURG AT ZEDTON\n"),
            V({"HARBOURG=ORG:discovered:org:harbourg", "ZEDTON=CITY:city:zedton"}))
      << "the visitors, then the place they play at";
  EXPECT_EQ(Mentions("A late goal gave the league leaders a 2-1 victory over Harbourg in the cup."),
            V{"Harbourg=ORG:discovered:org:harbourg"});
  EXPECT_EQ(Mentions("HARBOURG 1996-08-28\nThe mayor of Harbourg said 12 people were hurt."),
            V({"HARBOURG=CITY:city:harbourg", "Harbourg=CITY:city:harbourg"}));
}

}  // namespace
}  // namespace newsgraph::ner
