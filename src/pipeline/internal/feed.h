// Feeds: many articles in one file, as an API or a crawler delivers them.
// JSON lines (one object per line) or CSV (a header row, then one article
// per row, RFC 4180 quoting), each article with an id and its text, and
// optionally a title, url, publication date and source.
//
//   FeedFields fields;                   // "id", "text", "title", ...
//   fields.Set("text=body");             // the text is in column "body"
//   std::vector<FeedItem> items;
//   std::vector<std::string> errors;     // "feed.jsonl:17: no \"id\""
//   ParseJsonl("feed.jsonl", content, fields, &items, &errors);
//
// A bad line or row is reported with its line number and skipped; the
// others are read.
#ifndef NEWSGRAPH_PIPELINE_INTERNAL_FEED_H_
#define NEWSGRAPH_PIPELINE_INTERNAL_FEED_H_

#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace newsgraph::pipeline {

// How ingest reads its inputs: each file one document, or feeds.
enum class InputFormat { kText, kJsonl, kCsv };

// The field (JSON key or CSV column) holding each part of an article.
struct FeedFields {
  std::string id = "id", text = "text", title = "title", url = "url", date = "date",
              source = "source";
  // Sets one from "PART=FIELD" (PART: id, text, title, url, date, source).
  // InvalidArgument names the valid parts.
  Status Set(std::string_view assignment);
};

struct FeedItem {
  std::string id, text, title, url, date, source;  // date: YYYY-MM-DD or empty
  size_t line = 0;                                 // where the article starts in the feed (1-based)
  std::string where;                               // "FEED:LINE", for messages
};

// Parses JSON lines. A line that is not a JSON object, or has no id (a string
// or a number) or no text (a non-empty string), goes to *errors as
// "NAME:LINE: reason"; blank lines are skipped. A date that NormalizeDate
// cannot read leaves the article undated, with a line in *warnings.
// `first_line` is the line number of content's first line (a caller reading
// a feed piece by piece passes where the piece starts).
void ParseJsonl(const std::string& name, std::string_view content, const FeedFields& fields,
                std::vector<FeedItem>* items, std::vector<std::string>* errors,
                std::vector<std::string>* warnings, size_t first_line = 1);

// Parses CSV with a header row naming the columns. The header must hold the
// id and text columns (else InvalidArgument, nothing read); a row with
// another number of fields, or an empty id or text, goes to *errors. An
// unterminated quote reports the row it starts in and ends the feed.
Status ParseCsv(const std::string& name, std::string_view content, const FeedFields& fields,
                std::vector<FeedItem>* items, std::vector<std::string>* errors,
                std::vector<std::string>* warnings);

// A publication date as YYYY-MM-DD, from the forms feeds use: "2024-11-04",
// ISO 8601 with a time ("2024-11-04T10:00:00Z"), "2024/11/04", RFC 822 as in
// RSS ("Mon, 04 Nov 2024 10:00:00 GMT") and "November 4, 2024" / "4 Nov
// 2024". "" when it is none of these or not a real day.
std::string NormalizeDate(std::string_view raw);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_INTERNAL_FEED_H_
