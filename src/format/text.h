// Plain-text pieces of the human-readable outputs: a sentence on one line,
// widths counted in characters, counted nouns, fixed decimals.
//
//   OneLine("Borrell met\n  Cho.")     == "Borrell met Cho."
//   DisplayWidth("António")            == 7
//   PadRight("Cho", 5)                 == "Cho  "
//   Plural(1, "hop", "hops")           == "1 hop"
//   Fixed(0.1234, 2)                   == "0.12"
//
// None of these makes text safe for a terminal: tables and text pass their
// strings through text::TerminalSafe (text/terminal.h) as well.
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_FORMAT_TEXT_H_
#define NEWSGRAPH_FORMAT_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::format {

// `s` on one line: every run of spaces, tabs, line feeds and returns becomes
// one space, and such runs at the start and the end are dropped. Other bytes
// (other control characters included) are kept.
std::string OneLine(std::string_view s);

// `s` with each C0 control character and DEL replaced by a space, one byte
// for one byte: nothing is collapsed or trimmed (a CSV record stays one line).
std::string ControlsAsSpaces(std::string_view s);

// The number of code points in `s` (the bytes that do not continue a UTF-8
// sequence): the columns it takes when every character is one column wide.
size_t DisplayWidth(std::string_view s);

// `s` followed by spaces up to DisplayWidth `width`; unchanged when as wide
// or wider.
std::string PadRight(std::string_view s, size_t width);

// "1 document", "2 documents", "0 documents".
std::string Plural(int64_t n, std::string_view one, std::string_view many);

// `v` with exactly `decimals` digits after the point ("%.*f"); no point
// when `decimals` is 0.
std::string Fixed(double v, int decimals);

}  // namespace newsgraph::format

#endif  // NEWSGRAPH_FORMAT_TEXT_H_
