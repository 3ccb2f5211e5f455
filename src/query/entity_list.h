// ListEntities answers `newsgraph entities`: the entities of a loaded graph,
// most mentioned first, those a --match pattern names, at most --limit.
//
//   std::unique_ptr<TextMatch> match;            // or null: every entity
//   Status s = TextMatch::Compile("(?i)^kim", &match);
//   std::vector<model::Node> top = ListEntities(std::move(graph.nodes), match.get(), 20);
//
// Pure function; safe for concurrent use.
#ifndef NEWSGRAPH_QUERY_ENTITY_LIST_H_
#define NEWSGRAPH_QUERY_ENTITY_LIST_H_

#include <cstddef>
#include <vector>

#include "model/graph.h"
#include "query/text_match.h"

namespace newsgraph::query {

// Returns the nodes whose name, key or one of whose aliases `match` matches
// (all of them when `match` is null), by mentions (most first), then name,
// then their order in `nodes`; the first `limit` of them (all for 0).
std::vector<model::Node> ListEntities(std::vector<model::Node> nodes, const TextMatch* match,
                                      size_t limit);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_ENTITY_LIST_H_
