// Curation: an analyst's corrections to entities (`newsgraph entity merge |
// rename | alias | block`), stored in the database (schema/005_curation.sql)
// and applied to every graph the store loads, so that entities, relations,
// timelines, queries and exports all show the corrected graph without
// re-tagging anything.
//
//   std::vector<Correction> log;                 // Store::Corrections
//   ApplyCorrections(log, &graph);               // after ReadGraph
#ifndef NEWSGRAPH_STORE_CURATION_H_
#define NEWSGRAPH_STORE_CURATION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/graph.h"
#include "util/status.h"

namespace newsgraph::store {

struct Correction {
  int64_t id = 0;          // order of application; `entity undo ID`
  std::string action;      // "merge", "rename", "alias" or "block"
  std::string entity_key;  // the entity corrected
  std::string value;       // merge: the key merged into; rename: the new name;
                           // alias: the alias; block: empty
  std::string created_at;
};

// InvalidArgument when `c` is no correction (unknown action, empty key, a
// merge into itself, an empty name or alias).
Status CheckCorrection(const Correction& c);

// Applies `log` in order to `graph`:
//   rename  the node's name becomes the value, the old name an alias;
//   alias   the value joins the node's aliases;
//   block   the node and its edges are removed;
//   merge   the node is folded into the node of the value's key (following
//           earlier merges of that one): mentions and documents added (a
//           document naming both counts twice), names and aliases become
//           aliases, edges re-pointed; edges that then share type and ends
//           become one (support added, evidence joined, merged_ids kept),
//           and an edge between the two is dropped. A merge whose target
//           is not in the graph (filtered out, or never stored) changes
//           nothing.
// Corrections of entities not in the graph are skipped.
void ApplyCorrections(const std::vector<Correction>& log, model::Graph* graph);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_CURATION_H_
