// Fuzz target: the feed readers of `ingest --input jsonl|csv`. Byte 0 picks
// the reader; the rest is the feed. Every error names the feed and a line;
// every article read has an id, a text and a date that is empty or a day.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "pipeline/internal/feed.h"
#include "util/dates.h"

namespace pipeline = newsgraph::pipeline;
using newsgraph::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<pipeline::FeedItem> items;
  std::vector<std::string> errors, warnings;
  const pipeline::FeedFields fields;
  if (data[0] & 1) {
    newsgraph::Status s =
        pipeline::ParseCsv("feed.csv", content, fields, &items, &errors, &warnings);
    if (!s.ok())
      Check(s.message().rfind("feed.csv", 0) == 0, "an error that does not name the feed");
  } else {
    pipeline::ParseJsonl("feed.jsonl", content, fields, &items, &errors, &warnings);
  }
  for (const std::string& e : errors)
    Check(e.rfind("feed.", 0) == 0, "an error that does not name the feed: " + e);
  for (const pipeline::FeedItem& item : items) {
    Check(!item.id.empty() && !item.text.empty(), "an article without id or text");
    Check(item.date.empty() || newsgraph::util::IsDay(item.date),
          "an article date that is not a day");
    Check(item.line >= 1, "an article without a line");
  }
  // Dates as feeds write them: whatever NormalizeDate returns is a day.
  std::string date = pipeline::NormalizeDate(content.substr(0, 64));
  Check(date.empty() || newsgraph::util::IsDay(date), "NormalizeDate returned a non-day: " + date);
  return 0;
}
