// TextMatch is the `--match REGEX` of the listing commands (entities,
// relations, timeline): a user's pattern compiled with RE2, which matches in
// time linear in the text whatever the pattern (no catastrophic
// backtracking on hostile input). Syntax: RE2's (Perl-like, no
// backreferences); (?i) for any case. Immutable; safe for concurrent use.
//
//   std::unique_ptr<TextMatch> m;
//   Status s = TextMatch::Compile("(?i)nato|north atlantic", &m);
//   if (m->Matches(sentence)) ...
#ifndef NEWSGRAPH_QUERY_TEXT_MATCH_H_
#define NEWSGRAPH_QUERY_TEXT_MATCH_H_

#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace re2 {
class RE2;
}

namespace newsgraph::query {

class TextMatch {
 public:
  // InvalidArgument "--match: ..." with RE2's reason for a bad pattern.
  static Status Compile(const std::string& pattern, std::unique_ptr<TextMatch>* result);
  ~TextMatch();
  TextMatch(const TextMatch&) = delete;
  TextMatch& operator=(const TextMatch&) = delete;

  // Whether the pattern matches somewhere in `text`.
  bool Matches(std::string_view text) const;

 private:
  TextMatch() = default;
  std::unique_ptr<re2::RE2> re_;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_TEXT_MATCH_H_
