// MatchType checks a type a user typed on the command line (`--type meet`,
// `--type person`) against the types a database holds, so that a typo is an
// error that names the valid choices instead of an empty result.
//
//   std::string type;
//   Status s = query::MatchType("person", {"COUNTRY", "ORG", "PERSON"}, "entity", &type);
//   // s.ok(), type == "PERSON"
//   s = query::MatchType("meet", {"affiliated_with", "meets"}, "relation", &type);
//   // InvalidArgument: no relation type "meet" in the database (did you mean "meets"?); ...
#ifndef NEWSGRAPH_QUERY_TYPE_NAMES_H_
#define NEWSGRAPH_QUERY_TYPE_NAMES_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace newsgraph::query {

// Sets *resolved to the type of `known` that `given` names: itself, else the
// one that equals it ignoring case. When `known` is empty (a database with
// no entities or relations) any type is accepted as given. Otherwise an
// unknown type is InvalidArgument naming the closest type ("did you mean")
// and every known one; `what` is "entity" or "relation".
Status MatchType(const std::string& given, const std::vector<std::string>& known, const char* what,
                 std::string* resolved);

// The name of `known` closest to `given` when one is close (a prefix either
// way, or at most two edits, ignoring case), else "".
std::string ClosestName(const std::string& given, const std::vector<std::string>& known);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_TYPE_NAMES_H_
