#include "query/timeline.h"

#include <algorithm>
#include <tuple>

namespace newsgraph::query {

Timeline BuildTimeline(const RelationSelection& sel) {
  Timeline t;
  t.entity = sel.entity_name;
  t.entity_key = sel.entity_key;
  for (const RelationRow& r : sel.rows) {
    const bool is_source = r.source_id == sel.entity_id;
    if (!is_source && r.target_id != sel.entity_id) continue;
    for (const model::Evidence& ev : r.evidence) {
      const std::string& date = ev.event_date.empty() ? ev.date : ev.event_date;
      if (date.empty()) {
        ++t.undated;
        continue;
      }
      TimelineRow row;
      row.date = date;
      row.type = r.type;
      row.direction = r.symmetric ? "--" : is_source ? "->" : "<-";
      row.other = is_source ? r.target : r.source;
      row.other_type = is_source ? r.target_type : r.source_type;
      row.evidence = ev;
      t.rows.push_back(std::move(row));
    }
  }
  std::stable_sort(t.rows.begin(), t.rows.end(), [](const TimelineRow& a, const TimelineRow& b) {
    return std::tie(a.date, a.evidence.document, a.evidence.sentence, a.type, a.other) <
           std::tie(b.date, b.evidence.document, b.evidence.sentence, b.type, b.other);
  });
  return t;
}

}  // namespace newsgraph::query
