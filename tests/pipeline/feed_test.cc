// Feeds: JSON lines and CSV parsed into articles; bad lines reported with
// their line numbers while the others are read; dates normalized.
#include "pipeline/internal/feed.h"

#include <gtest/gtest.h>

namespace newsgraph::pipeline {
namespace {

TEST(NormalizeDate, ReadsTheFormsFeedsUse) {
  EXPECT_EQ(NormalizeDate("2024-11-04"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("2024-11-04T10:00:00Z"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("2024-11-04 10:00:00+01:00"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("2024/1/4"), "2024-01-04");
  EXPECT_EQ(NormalizeDate("Mon, 04 Nov 2024 10:00:00 GMT"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("4 November 2024"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("November 4, 2024"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("Nov. 4, 2024"), "2024-11-04");
  EXPECT_EQ(NormalizeDate("2024-02-29"), "2024-02-29");
}

TEST(NormalizeDate, RefusesWhatIsNoDay) {
  for (const char* bad : {"", "yesterday", "2023-02-29", "2024-13-01", "2024-04-31", "04/11/2024",
                          "4 Smarch 2024", "20241104"}) {
    EXPECT_EQ(NormalizeDate(bad), "") << bad;
  }
}

TEST(FeedFields, SetNamesTheValidParts) {
  FeedFields f;
  ASSERT_TRUE(f.Set("text=body").ok());
  EXPECT_EQ(f.text, "body");
  ASSERT_TRUE(f.Set("id=guid").ok());
  EXPECT_EQ(f.id, "guid");
  Status s = f.Set("body=text");
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("id, text, title, url, date, source"), std::string::npos);
  EXPECT_FALSE(f.Set("text=").ok());
  EXPECT_FALSE(f.Set("text").ok());
}

TEST(ParseJsonl, ReadsGoodLinesAndReportsBadOnesByLine) {
  const std::string feed =
      "{\"id\": \"a\", \"text\": \"One.\", \"title\": \"T\", \"url\": \"u\", \"date\": "
      "\"2024-05-16\", \"source\": \"S\"}\n"
      "\n"
      "{\"id\": \"b\", \"text\": \"Two.\"\n"  // unterminated object
      "{\"id\": 7, \"text\": \"Seven.\", \"date\": \"soon\"}\r\n"
      "\"just a string\"\n"
      "{\"id\": \"c\", \"text\": \"   \"}\n"
      "{\"id\": null, \"text\": \"x\"}\n"
      "{\"id\": \"d\", \"text\": \"Last, no newline.\"}";
  std::vector<FeedItem> items;
  std::vector<std::string> errors, warnings;
  ParseJsonl("f.jsonl", feed, FeedFields(), &items, &errors, &warnings);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, "a");
  EXPECT_EQ(items[0].title, "T");
  EXPECT_EQ(items[0].url, "u");
  EXPECT_EQ(items[0].date, "2024-05-16");
  EXPECT_EQ(items[0].source, "S");
  EXPECT_EQ(items[0].where, "f.jsonl:1");
  EXPECT_EQ(items[1].id, "7");
  EXPECT_EQ(items[1].date, "");
  EXPECT_EQ(items[1].line, 4u);
  EXPECT_EQ(items[2].text, "Last, no newline.");
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].rfind("f.jsonl:3: not a JSON object", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("f.jsonl:5: not a JSON object", 0), 0u) << errors[1];
  EXPECT_EQ(errors[2].rfind("f.jsonl:6: no \"text\"", 0), 0u) << errors[2];
  EXPECT_EQ(errors[3].rfind("f.jsonl:7: no \"id\"", 0), 0u) << errors[3];
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("f.jsonl:4: date \"soon\" not understood", 0), 0u) << warnings[0];
}

TEST(ParseCsv, QuotesNewlinesAndNamedColumns) {
  const std::string feed =
      "\xEF\xBB\xBFguid,body,when\r\n"
      "1,\"He said \"\"no\"\", then left.\",2024-01-02\r\n"
      "2,\"Two\nlines\",\r\n"
      "3,short\r\n"
      "4,\"Fine.\",4 Jan 2024\r\n";
  FeedFields f;
  ASSERT_TRUE(f.Set("id=guid").ok());
  ASSERT_TRUE(f.Set("text=body").ok());
  ASSERT_TRUE(f.Set("date=when").ok());
  std::vector<FeedItem> items;
  std::vector<std::string> errors, warnings;
  ASSERT_TRUE(ParseCsv("f.csv", feed, f, &items, &errors, &warnings).ok());
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].text, "He said \"no\", then left.");
  EXPECT_EQ(items[0].date, "2024-01-02");
  EXPECT_EQ(items[1].text, "Two\nlines");
  EXPECT_EQ(items[2].id, "4");
  EXPECT_EQ(items[2].line, 6u);
  EXPECT_EQ(items[2].date, "2024-01-04");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "f.csv:5: 2 fields, the header has 3");
  EXPECT_TRUE(warnings.empty());
}

TEST(ParseCsv, MissingColumnOrUnclosedQuote) {
  std::vector<FeedItem> items;
  std::vector<std::string> errors, warnings;
  Status s = ParseCsv("f.csv", "id,body\n1,x\n", FeedFields(), &items, &errors, &warnings);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("no column \"text\""), std::string::npos);
  EXPECT_FALSE(ParseCsv("f.csv", "", FeedFields(), &items, &errors, &warnings).ok());
  ASSERT_TRUE(ParseCsv("f.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n", FeedFields(), &items,
                       &errors, &warnings)
                  .ok());
  ASSERT_EQ(items.size(), 1u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("f.csv:3: a quoted field is never closed", 0), 0u) << errors[0];
}

}  // namespace
}  // namespace newsgraph::pipeline
