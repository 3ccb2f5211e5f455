#include "query/type_names.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::query {
namespace {

std::string Lower(const std::string& s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Edit distance (insertions, deletions, substitutions), for "did you mean".
size_t Distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string ClosestName(const std::string& given, const std::vector<std::string>& known) {
  const std::string key = Lower(given);
  std::string best;
  size_t best_distance = 3;
  for (const std::string& k : known) {
    const std::string lk = Lower(k);
    size_t d = lk.starts_with(key) || key.starts_with(lk) ? 0 : Distance(lk, key);
    if (d < best_distance) {
      best_distance = d;
      best = k;
    }
  }
  return best;
}

Status MatchType(const std::string& given, const std::vector<std::string>& known, const char* what,
                 std::string* resolved) {
  *resolved = given;
  if (known.empty() || std::find(known.begin(), known.end(), given) != known.end())
    return Status::OK();
  const std::string key = Lower(given);
  for (const std::string& k : known) {
    if (Lower(k) == key) {
      *resolved = k;
      return Status::OK();
    }
  }
  const std::string best = ClosestName(given, known);
  std::string msg = std::string("no ") + what + " type \"" + given + "\" in the database";
  if (!best.empty()) msg += " (did you mean \"" + best + "\"?)";
  msg += "; its " + std::string(what) + " types:";
  for (size_t i = 0; i < known.size(); ++i) msg += (i == 0 ? " " : ", ") + known[i];
  return Status::InvalidArgument(msg);
}

}  // namespace newsgraph::query
