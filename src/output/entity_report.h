// How `newsgraph entity show` prints a query::EntityReport
// (query/entity_report.h):
//
//   text  "Name (key, TYPE[, found by a name rule])", the mention counts
//         and when its relations were seen, its aliases, one line per
//         relation ("-> visits -> Japan  [2 document(s), 2024-05-01 to
//         2024-05-03]") and per correction; every name passed through
//         text::TerminalSafe.
//   json  {"name", "key", "type", "discovered", "aliases", "mentions",
//         "documents", "first_seen", "last_seen", "relations": [{"type",
//         "direction", "other", "other_key", "documents", "first_seen",
//         "last_seen"}], "corrections": [{"id", "action", "entity", "value",
//         "created_at"}]}, indent 1.
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_ENTITY_REPORT_H_
#define NEWSGRAPH_OUTPUT_ENTITY_REPORT_H_

#include <ostream>

#include "query/entity_report.h"

namespace newsgraph::output {

void WriteEntityReport(const query::EntityReport& r, bool json, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_ENTITY_REPORT_H_
