// The formats a listing is printed in (`--format table|json|csv` of the
// query, relations, timeline and entities commands):
//
//   table  for reading on a terminal: aligned columns, every string passed
//          through text::TerminalSafe, so control characters from articles
//          are shown escaped and cannot act on the terminal.
//   json   one JSON document, UTF-8 kept as it is, control characters
//          escaped the JSON way ("\u001b"), invalid UTF-8 as U+FFFD.
//   csv    RFC 4180 (export/csv.h): a header row, then the bytes as stored.
#ifndef NEWSGRAPH_FORMAT_FORMAT_H_
#define NEWSGRAPH_FORMAT_FORMAT_H_

#include <string_view>

namespace newsgraph::format {

enum class Format { kTable, kJson, kCsv };

// "table", "json" or "csv"; false (and *format unchanged) for anything else.
bool ParseFormat(std::string_view name, Format* format);

}  // namespace newsgraph::format

#endif  // NEWSGRAPH_FORMAT_FORMAT_H_
