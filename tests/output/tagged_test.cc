#include "output/tagged.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

// "Borrell met Red<ESC>[31mCorp<BEL>." with its two mentions and the meeting.
struct Tagged {
  ner::TaggedDocument doc;
  std::vector<relations::RelationMention> relations;
};

Tagged Sample() {
  Tagged t;
  t.doc.doc.text = std::string("Borrell met ") + samples::kRedCorp + ".";
  t.doc.entities = {{"person:josep-borrell", "Josep Borrell", "PERSON"},
                    {"discovered:org:red corp", samples::kRedCorp, "ORG", true}};
  ner::Mention borrell;
  borrell.span = {0, 7};
  borrell.entity = 0;
  borrell.how = ner::MatchKind::kCoref;
  borrell.rule = "surname";
  ner::Mention red;
  red.span = {12, 25};
  red.entity = 1;
  red.how = ner::MatchKind::kRule;
  red.confidence = 0.5f;
  t.doc.mentions = {borrell, red};
  relations::RelationMention meets;
  meets.type = "meets";
  meets.source = 0;
  meets.target = 1;
  meets.symmetric = true;
  meets.trigger = {8, 11};
  meets.rule = "meet-with";
  meets.cameo = "040";
  meets.confidence = 0.8f;
  t.relations = {meets};
  return t;
}

std::string Written(const Tagged& t, bool jsonl) {
  std::ostringstream out;
  WriteTagged(t.doc, t.relations, jsonl, out);
  return out.str();
}

TEST(OutputTagged, TextLinesEscapeControlCharacters) {
  EXPECT_EQ(Written(Sample(), false),
            "0\t7\tPERSON\tBorrell\tJosep Borrell\n"
            "12\t25\tORG\tRed\\x1b[31mCorp\\x07\tRed\\x1b[31mCorp\\x07\n"
            "relation\tmeets\tJosep Borrell\tRed\\x1b[31mCorp\\x07\tasserted\tmet\tmeet-with\n");
}

TEST(OutputTagged, JsonLinesKeepTheTextExact) {
  const std::string text = Written(Sample(), true);
  std::istringstream lines(text);
  std::string line;
  std::vector<nlohmann::json> objects;
  while (std::getline(lines, line)) objects.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(objects.size(), 3u);
  EXPECT_EQ(objects[0]["how"], "coref");
  EXPECT_EQ(objects[0]["rule"], "surname");
  EXPECT_EQ(objects[1]["text"], samples::kRedCorp);
  EXPECT_EQ(objects[1]["start"], 12);
  EXPECT_EQ(objects[1]["confidence"], 0.5);
  EXPECT_FALSE(objects[1].contains("rule"));
  EXPECT_EQ(objects[2]["relation"], "meets");
  EXPECT_EQ(objects[2]["target"], samples::kRedCorp);
  EXPECT_EQ(objects[2]["trigger"], "met");
  EXPECT_EQ(objects[2]["confidence"], 0.8);
  EXPECT_EQ(objects[2]["cameo"], "040");
  EXPECT_FALSE(objects[2].contains("event_date"));
  EXPECT_EQ(text.substr(0, text.find('\n')),
            R"({"start":0,"end":7,"type":"PERSON","text":"Borrell","entity":"Josep Borrell",)"
            R"("id":"person:josep-borrell","how":"coref","confidence":1.0,"rule":"surname"})");
}

}  // namespace
}  // namespace newsgraph::output
