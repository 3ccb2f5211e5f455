// BuildTimeline answers `newsgraph timeline ENTITY`: every dated piece of
// evidence of the relations of one entity, oldest first, as an analyst
// reads a story unfold ("2024-05-16 meets Emmanuel Macron, wire-001: ...").
//
//   RelationSelection sel;                 // SelectRelations with .entity set
//   Timeline t = BuildTimeline(sel);
//   for (const TimelineRow& r : t.rows) ...    // t.undated: left out
//   output::WriteTimeline(t, format, out);     // output/timeline.h
//
// Pure function; safe for concurrent use.
#ifndef NEWSGRAPH_QUERY_TIMELINE_H_
#define NEWSGRAPH_QUERY_TIMELINE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "model/graph.h"
#include "query/relations_query.h"

namespace newsgraph::query {

struct TimelineRow {
  // YYYY-MM-DD: the day the sentence names (Evidence::event_date: "on
  // Monday", "Nov. 4"), else the evidence document's date.
  std::string date;
  std::string type;  // relation type
  // How the entity stands in the relation: "->" it acts on `other`
  // ("Scholz -> deploys -> Lithuania"), "<-" `other` acts on it, "--" a
  // symmetric relation (meets).
  std::string direction;
  std::string other, other_type;
  model::Evidence evidence;
};

struct Timeline {
  std::string entity, entity_key;  // the resolved entity
  std::vector<TimelineRow> rows;   // by date, then document, then sentence
  size_t undated = 0;              // evidence with neither an event date nor a dated document
};

// One row per evidence sentence of `sel`'s rows (a selection with its
// entity resolved: sel.entity_id); rows of other entities' edges are not
// expected and are skipped.
Timeline BuildTimeline(const RelationSelection& sel);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_TIMELINE_H_
