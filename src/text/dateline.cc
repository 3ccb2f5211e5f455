#include "text/dateline.h"

#include <re2/re2.h>

namespace newsgraph::text {
namespace {

// At most this many bytes of a sentence are looked at: a dateline is short.
constexpr size_t kLookAt = 240;

// A dash as news agencies write it after a dateline: "-", "--", an en or em dash.
#define NG_DASH "(?:--?|\u2014|\u2013)"

// An upper-case word of a place: "NEW", "U.S.", "SAO", "N'DJAMENA".
#define NG_UPPER_WORD "\\p{Lu}[\\p{Lu}\\p{M}\\d'\u2019.&]*"

// A word that may come before a byline's dash or a label's colon: a
// capitalised word ("Islamabad,", "Nov.", "(Reuters)"), a number or date
// ("4", "1996-08-30"), or a bracket, comma or dot on its own.
#define NG_LEAD_WORD "(?:\\(?(?:\\p{Lu}[\\p{L}\\p{M}\\d.'\u2019&]*|\\d[\\d.,/-]*)\\)?,?|[,.()])"

re2::StringPiece Head(std::string_view s) {
  return re2::StringPiece(s.data(), s.size() < kLookAt ? s.size() : kLookAt);
}

// At most this many words come before a byline's dash.
constexpr size_t kMaxWords = 10;

bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t Words(re2::StringPiece s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) n += (i == 0 || Space(s[i - 1])) && !Space(s[i]);
  return n;
}

}  // namespace

size_t DatelinePlaceLength(std::string_view sentence) {
  // The place (words joined by spaces or hyphens: "WINSTON-SALEM"), then a
  // comma or dash, a number ("LONDON 1996-08-30"), or an agency in brackets
  // before a comma or dash ("BEIJING (AP) --").
  static const RE2 place("(" NG_UPPER_WORD "(?:(?:\\s+|-)" NG_UPPER_WORD
                         ")*)"
                         "(?:\\s*(?:,|" NG_DASH
                         ")|\\s+\\d|\\s*\\([^()\\n]{1,60}\\)\\s*(?:,|" NG_DASH "))");
  re2::StringPiece name;
  re2::StringPiece in = Head(sentence);
  if (!RE2::Consume(&in, place, &name)) return 0;
  return name.size();
}

size_t DatelineEnd(std::string_view sentence) {
  // Lead words, then a colon or a dash with a space before it (a hyphen is
  // not a dash: "High-ranking").
  static const RE2 lead("\\s*((?:" NG_LEAD_WORD "\\s+)*" NG_LEAD_WORD ")(?:\\s*:|\\s+" NG_DASH ")");
  size_t end = 0;
  for (;;) {
    re2::StringPiece rest = Head(sentence.substr(end));
    const char* begin = rest.data();
    // Consume matches at the start of `rest` and moves it past the match.
    re2::StringPiece words;
    if (!RE2::Consume(&rest, lead, &words) || Words(words) > kMaxWords) break;
    const size_t length = static_cast<size_t>(rest.data() - begin);
    // Words must follow: a sentence that is all dateline is left whole.
    if (sentence.find_first_not_of(" \t\r\n", end + length) == std::string_view::npos) break;
    end += length;
  }
  return end;
}

}  // namespace newsgraph::text
