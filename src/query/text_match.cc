#include "query/text_match.h"

#include <re2/re2.h>

namespace newsgraph::query {

TextMatch::~TextMatch() = default;

Status TextMatch::Compile(const std::string& pattern, std::unique_ptr<TextMatch>* result) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    return Status::InvalidArgument("--match: invalid pattern \"" + pattern + "\": " + re->error() +
                                   " (RE2 syntax; (?i) for any case)");
  }
  std::unique_ptr<TextMatch> m(new TextMatch());
  m->re_ = std::move(re);
  *result = std::move(m);
  return Status::OK();
}

bool TextMatch::Matches(std::string_view text) const {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *re_);
}

}  // namespace newsgraph::query
