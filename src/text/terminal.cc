#include "text/terminal.h"

#include <cstdio>

#include "text/utf8.h"

namespace newsgraph::text {
namespace {

bool Escaped(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

}  // namespace

std::string TerminalSafe(std::string_view s, bool keep_line_breaks) {
  const std::string repaired = IsValidUtf8(s) ? std::string() : RepairUtf8(s);
  const std::string_view in = repaired.empty() ? s : std::string_view(repaired);
  std::string out;
  out.reserve(in.size());
  size_t pos = 0;
  while (pos < in.size()) {
    const size_t start = pos;
    const char32_t cp = DecodeAt(in, &pos);
    if (!Escaped(cp)) {
      out.append(in.substr(start, pos - start));
    } else if (cp == '\t' || cp == '\n' || cp == '\r') {
      out.push_back(keep_line_breaks && cp != '\r' ? static_cast<char>(cp) : ' ');
    } else {
      char buf[8];
      std::snprintf(buf, sizeof(buf), cp < 0x80 ? "\\x%02x" : "\\u%04x", static_cast<unsigned>(cp));
      out += buf;
    }
  }
  return out;
}

}  // namespace newsgraph::text
