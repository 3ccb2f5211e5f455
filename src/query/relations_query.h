// SelectRelations answers `newsgraph relations`: the merged edges of a
// graph, filtered by relation type, entity and modality, each with the
// evidence sentences that support it.
//
//   model::Graph g;                        // LoadGraph with include_negated
//   RelationQuery q{.type = "meets", .entity = "borrell"};
//   RelationSelection sel;
//   Status s = SelectRelations(g, q, &sel);
//   if (sel.entity == Resolution::Kind::kAmbiguous) ... sel.candidates
//   for (const RelationRow& r : sel.rows) ...
//
// Pure function over a loaded graph; safe for concurrent use.
#ifndef NEWSGRAPH_QUERY_RELATIONS_QUERY_H_
#define NEWSGRAPH_QUERY_RELATIONS_QUERY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/graph.h"
#include "query/resolve.h"
#include "util/status.h"

namespace newsgraph::query {

struct RelationQuery {
  std::string type;      // a relation type; empty: every type
  std::string entity;    // a name as a user types it (ResolveEntity); empty: every entity
  std::string modality;  // asserted, planned, hypothetical or negated; empty: all but negated
  // An RE2 pattern (TextMatch); empty: no filter. An edge whose entity names
  // match keeps its evidence; otherwise only the sentences whose text,
  // document name or title match are kept.
  std::string match;
};

// One merged edge as the command shows it.
struct RelationRow {
  std::string type;
  std::string source, source_type;
  std::string target, target_type;
  int64_t source_id = 0, target_id = 0;  // model::Node::id
  bool symmetric = false;
  std::string modality;                   // the strongest modality among `evidence`
  int64_t documents = 0;                  // documents among `evidence`
  std::vector<model::Evidence> evidence;  // the sentences of the selected modalities
};

struct RelationSelection {
  // How RelationQuery::entity resolved (kUnique when no entity was asked).
  Resolution::Kind entity = Resolution::Kind::kUnique;
  std::vector<std::string> candidates;  // kAmbiguous: "Name (TYPE, key)", one per node
  // kUnique with an entity asked: the node it resolved to.
  int64_t entity_id = 0;
  std::string entity_name, entity_key;
  std::vector<RelationRow> rows;  // by type, then source, then target name
};

// Fills *out. An edge is kept when its type and an end match the query and
// at least one of its evidence sentences has a selected modality; only those
// sentences are kept. When the entity does not resolve to one node,
// out->entity says why and out->rows is empty. InvalidArgument for an
// unknown modality or a bad match pattern. `graph` should be loaded with evidence and with negated
// relations (model::GraphFilter::include_negated) for --modality negated.
Status SelectRelations(const model::Graph& graph, const RelationQuery& query,
                       RelationSelection* out);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_RELATIONS_QUERY_H_
