#include "pipeline/record_json.h"

#include <gtest/gtest.h>

#include <string>

namespace newsgraph::pipeline {
namespace {

store::DocumentRecord Sample() {
  store::DocumentRecord r;
  r.info = {
      "news/2024-11-04-seoul.txt", "9f00-24", "2024-11-04", 24, "https://x/1", "Talks", "Agency"};
  r.text = "Borrell met Cho Tae-yul.";
  r.entities = {{"person:borrell", "Josep Borrell", "PERSON", false, 1.0f, {"Borrell"}},
                {"discovered:person:cho tae yul", "Cho Tae-yul", "PERSON", true, 0.7f, {}}};
  r.mentions = {{0, 0, 7, 0, "alias", 1.0f, ""}, {1, 12, 23, 0, "rule", 0.7f, "title-name"}};
  store::RelationRecord x;
  x.type = "meets";
  x.source = 0;
  x.target = 1;
  x.symmetric = true;
  x.modality = "planned";
  x.sentence_end = 24;
  x.trigger_begin = 8;
  x.trigger_end = 11;
  x.rule = "meet-verb";
  x.cameo = "040";
  x.confidence = 0.9f;
  x.event_date = "2024-11-05";
  r.relations = {x};
  return r;
}

TEST(RecordJsonTest, ADocumentRecordSurvivesTheRoundTripExactly) {
  store::DocumentRecord r = Sample();
  r.text += " \"Quoted\", a tab\t, a control \x1b and \xc3\xa9.";
  const std::string line = RecordJsonLine(r);
  EXPECT_EQ(line.find('\n'), std::string::npos) << "one line";
  EXPECT_EQ(line.rfind("{\"record\":\"document\",\"name\":", 0), 0u) << line;
  RecordKind kind;
  store::DocumentRecord back;
  std::string error;
  Status s = ParseRecordLine(line, "r.jsonl:1", &kind, &back, &error);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(kind, RecordKind::kDocument);
  EXPECT_EQ(back, r);  // floats too: 0.7f and 0.9f come back bit for bit
}

TEST(RecordJsonTest, AnErrorRecordCarriesItsMessage) {
  const std::string line = ErrorJsonLine("feed.jsonl:3", "feed.jsonl:3: no \"id\"");
  EXPECT_EQ(line, R"({"record":"error","where":"feed.jsonl:3","error":"feed.jsonl:3: no \"id\""})");
  RecordKind kind;
  store::DocumentRecord r;
  std::string error;
  ASSERT_TRUE(ParseRecordLine(line, "x:1", &kind, &r, &error).ok());
  EXPECT_EQ(kind, RecordKind::kError);
  EXPECT_EQ(error, "feed.jsonl:3: no \"id\"");
}

TEST(RecordJsonTest, BadLinesAreErrorsThatSayWhereAndWhat) {
  RecordKind kind;
  store::DocumentRecord r;
  std::string error;
  auto parse = [&](const std::string& line) {
    return ParseRecordLine(line, "r.jsonl:7", &kind, &r, &error).message();
  };
  EXPECT_EQ(parse("not json"), "r.jsonl:7: not a JSON object (a line of `newsgraph extract`)");
  EXPECT_EQ(parse("[1, 2]"), "r.jsonl:7: not a JSON object (a line of `newsgraph extract`)");
  EXPECT_EQ(parse(R"({"record": "page"})"),
            "r.jsonl:7: unknown record \"page\" (expected \"document\" or \"error\")");
  std::string line = RecordJsonLine(Sample());
  EXPECT_EQ(parse(line.replace(line.find("\"hash\""), 6, "\"hush\"")), "r.jsonl:7: no \"hash\"");
  line = RecordJsonLine(Sample());
  EXPECT_EQ(parse(line.replace(line.find("\"begin\":0"), 9, "\"begin\":-1")),
            "r.jsonl:7: \"begin\" is not a count or offset");
  line = RecordJsonLine(Sample());
  EXPECT_EQ(parse(line.replace(line.find("\"symmetric\":true"), 16, "\"symmetric\":1")),
            "r.jsonl:7: \"symmetric\" is not true or false");
}

TEST(RecordJsonTest, UnknownKeysAreIgnored) {
  std::string line = RecordJsonLine(Sample());
  line.insert(1, "\"shard\":3,");
  RecordKind kind;
  store::DocumentRecord r;
  std::string error;
  ASSERT_TRUE(ParseRecordLine(line, "x:1", &kind, &r, &error).ok());
  EXPECT_EQ(r, Sample());
}

}  // namespace
}  // namespace newsgraph::pipeline
