#include "ner/internal/dated_roles.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "gazetteer/test_util.h"
#include "ner/tagger.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

constexpr char kPeople[] =
    "id\ttype\tname\tdemonyms\trole\taffiliation\tstart\tend\n"
    "country:RUS\tCOUNTRY\tRussia\tRussian\t\t\t\t\n"
    "country:USA\tCOUNTRY\tUnited States\tAmerican\t\t\t\t\n"
    "person:vladimir-putin\tPERSON\tVladimir Putin\t\tPresident\tcountry:RUS\t2012-05-07\t\n"
    "person:vladimir-putin\tPERSON\tVladimir "
    "Putin\t\tPresident\tcountry:RUS\t2000-05-07\t2008-05-07\n"
    "person:dmitry-medvedev\tPERSON\tDmitry "
    "Medvedev\t\tPresident\tcountry:RUS\t2008-05-07\t2012-05-07\n"
    "person:sergey-lavrov\tPERSON\tSergey Lavrov\t\tForeign Minister\tcountry:RUS\t2004-03-09\t\n"
    "person:igor-ivanov\tPERSON\tIgor Ivanov\t\tForeign "
    "Minister\tcountry:RUS\t1998-09-11\t2004-03-09\n";

class DatedRolesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(gaz_.LoadFile(testing_util::WriteTemp("dated_roles.tsv", kPeople)).ok());
    ASSERT_TRUE(gazetteer::Matcher::Build(gaz_, &matcher_).ok());
    ASSERT_TRUE(lexicon_.Load(std::string(NEWSGRAPH_SOURCE_RULES) + "/lexicon.tsv").ok());
    tagger_ = std::make_unique<EntityTagger>(*matcher_, lexicon_, TaggerOptions());
  }
  // "surface=Entity Name" for the PERSON mentions.
  std::vector<std::string> People(const std::string& text, const std::string& date) {
    text::Document d;
    d.text = text;
    d.date = date;
    text::Tokenize(&d);
    TaggedDocument out;
    tagger_->Tag(std::move(d), &out);
    std::vector<std::string> v;
    for (const Mention& m : out.mentions) {
      if (out.entities[m.entity].type == "PERSON") {
        v.push_back(std::string(out.doc.Slice(m.span)) + "=" + out.entities[m.entity].name);
      }
    }
    return v;
  }
  gazetteer::Gazetteer gaz_;
  std::unique_ptr<gazetteer::Matcher> matcher_;
  Lexicon lexicon_;
  std::unique_ptr<EntityTagger> tagger_;
};

using V = std::vector<std::string>;

TEST_F(DatedRolesTest, ARoleIsItsHolderOnTheStorysDate) {
  const std::string text =
      "Officials said the Russian president would travel, and Russia's foreign minister agreed.";
  EXPECT_EQ(People(text, "2010-06-01"),
            (V{"president=Dmitry Medvedev", "foreign minister=Sergey Lavrov"}));
  EXPECT_EQ(People(text, "2003"), (V{"president=Vladimir Putin", "foreign minister=Igor Ivanov"}));
  EXPECT_EQ(People(text, ""), V{});  // undated: maybe an old story
}

TEST_F(DatedRolesTest, ABareSurnameIsTheOneOfficeHolderOfThatName) {
  EXPECT_EQ(People("Talks ended. Lavrov said no.", "2024-05-01"), (V{"Lavrov=Sergey Lavrov"}));
  EXPECT_EQ(People("Talks ended. Lavrov said no.", "2001-01-01"), V{});  // not in office yet
  EXPECT_EQ(People("Talks ended. Lavrov said no.", ""), V{});
}

TEST_F(DatedRolesTest, ANameBesideTheRoleWins) {
  EXPECT_EQ(People("The talks went on, the Russian president Boris Yeltsin said.", "2010-06-01"),
            V{"Boris Yeltsin=Boris Yeltsin"});
}

TEST(DatedRoles, HeldOnComparesAtTheGivenPrecision) {
  gazetteer::RoleView r{"President", "country:RUS", "2012-05", ""};
  EXPECT_TRUE(HeldOn(r, "2012"));
  EXPECT_TRUE(HeldOn(r, "2012-05-30"));
  EXPECT_FALSE(HeldOn(r, "2012-04-30"));
  r.end = "2018";
  EXPECT_TRUE(HeldOn(r, "2018-12-31"));
  EXPECT_FALSE(HeldOn(r, "2019-01-01"));
  EXPECT_FALSE(HeldOn(r, ""));
}

}  // namespace
}  // namespace newsgraph::ner
