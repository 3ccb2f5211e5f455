// Text made safe to print on a terminal. Article text, names and titles come
// from the outside and may carry control sequences (ESC [ 2 J clears the
// screen, OSC 8 makes links, U+202E turns the rest of a line around); every
// human-readable (table or text) output passes its strings through
// TerminalSafe. JSON and CSV are written exactly and do not.
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_TEXT_TERMINAL_H_
#define NEWSGRAPH_TEXT_TERMINAL_H_

#include <string>
#include <string_view>

namespace newsgraph::text {

// Returns `s` with:
//   invalid UTF-8                 each bad sequence replaced by U+FFFD
//   tab, line feed, return        a space, unless `keep_line_breaks`, which
//                                 keeps tab and line feed (return still a space)
//   other C0 controls and DEL     escaped as \xHH   (ESC -> "\x1b")
//   C1 controls U+0080-U+009F     escaped as \uHHHH (CSI -> "\u009b")
//   bidi embeddings, overrides and
//   isolates U+202A-U+202E,
//   U+2066-U+2069, line and
//   paragraph separators U+2028/9 escaped as \uHHHH (RLO -> "\u202e")
// Everything else, backslashes included, is kept as it is.
// TerminalSafe("a\x1b[31mb") == "a\\x1b[31mb".
std::string TerminalSafe(std::string_view s, bool keep_line_breaks = false);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_TERMINAL_H_
