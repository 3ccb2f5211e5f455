// DescribeEntity answers `newsgraph entity show NAME`: one entity of a loaded
// graph with its names, counts, when it was seen and its relations, and the
// corrections an analyst made to it.
//
//   EntityReport r = DescribeEntity(graph, node_index, corrections);
//   output::WriteEntityReport(r, /*json=*/false, std::cout);   // output/entity_report.h
//
// Pure function; safe for concurrent use.
#ifndef NEWSGRAPH_QUERY_ENTITY_REPORT_H_
#define NEWSGRAPH_QUERY_ENTITY_REPORT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/graph.h"
#include "store/curation.h"

namespace newsgraph::query {

struct EntityRelation {
  std::string type;
  std::string direction;  // "->" the entity acts, "<-" it is acted on, "--" symmetric
  std::string other, other_key;
  int64_t documents = 0;
  std::string first_seen, last_seen;
};

struct EntityReport {
  model::Node node;
  std::string first_seen, last_seen;           // over its relations' dated documents
  std::vector<EntityRelation> relations;       // most documents first, then type and name
  std::vector<store::Correction> corrections;  // those naming it (as entity or merge target)
};

EntityReport DescribeEntity(const model::Graph& graph, size_t node_index,
                            const std::vector<store::Correction>& corrections);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_ENTITY_REPORT_H_
