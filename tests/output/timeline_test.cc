#include "output/timeline.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

// Borrell's timeline: he met Red Corp on the 3rd (a story of the 4th says
// so, under a feed title); one undated sentence left out.
query::Timeline BorrellTimeline() {
  query::Timeline t;
  t.entity = "Josep Borrell";
  t.entity_key = "person:josep-borrell";
  t.undated = 1;
  query::TimelineRow r;
  r.date = "2024-11-03";
  r.type = "meets";
  r.direction = "--";
  r.other = samples::kRedCorp;
  r.other_type = "ORG";
  r.evidence = samples::Meeting();
  r.evidence.event_date = "2024-11-03";
  r.evidence.title = "Talks\x1b]0;pwned\x07";
  r.evidence.modality = "planned";
  t.rows = {r};
  return t;
}

std::string Written(const query::Timeline& t, format::Format format) {
  std::ostringstream out;
  WriteTimeline(t, format, out);
  return out.str();
}

TEST(OutputTimeline, TableEscapesNamesTitlesAndSentences) {
  EXPECT_EQ(Written(BorrellTimeline(), format::Format::kTable),
            "Josep Borrell (person:josep-borrell): 1 dated event(s), 1 undated left out\n"
            "2024-11-03  -- meets --  Red\\x1b[31mCorp\\x07 (ORG)  [a.txt, story 2024-11-04: "
            "Talks\\x1b]0;pwned\\x07, planned]\n"
            "            Borrell met Red\\x1b[31mCorp\\x07.\n");
}

TEST(OutputTimeline, JsonKeepsTheStringsExact) {
  const std::string text = Written(BorrellTimeline(), format::Format::kJson);
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
  EXPECT_EQ(j["entity"], "Josep Borrell");
  EXPECT_EQ(j["undated"], 1);
  const nlohmann::ordered_json& e = j["events"][0];
  std::vector<std::string> keys;
  for (const auto& [key, value] : e.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"date", "story_date", "type", "direction", "other",
                                            "other_type", "document", "sentence", "text",
                                            "modality", "rule", "event_date", "title"}));
  EXPECT_EQ(e["other"], samples::kRedCorp);
  EXPECT_EQ(e["title"], "Talks\x1b]0;pwned\x07");
  EXPECT_EQ(e["text"], std::string("Borrell met\n") + samples::kRedCorp + ".");
}

TEST(OutputTimeline, CsvEscapesOnlyTheSentence) {
  EXPECT_EQ(Written(BorrellTimeline(), format::Format::kCsv),
            "date,story_date,type,direction,other,other_type,document,sentence,modality,title,"
            "url,source,text\n"
            "2024-11-03,2024-11-04,meets,--,Red\x1b[31mCorp\x07,ORG,a.txt,4,planned,"
            "Talks\x1b]0;pwned\x07,,,Borrell met Red\\x1b[31mCorp\\x07.\n");
}

}  // namespace
}  // namespace newsgraph::output
