// The busiest part of a large graph, for pictures that stay readable:
// `export --top N` and the HTML report's cap.
//
//   model::Graph shown = exporter::TopEntities(graph, 300, focus_key);
//
// Entities are ranked by their number of relations (degree), then by
// mentions, then by id; the first `limit` are kept with the relations among
// them. Nodes and edges keep their order, so the result is as deterministic
// as the input.
#ifndef NEWSGRAPH_EXPORT_TOP_ENTITIES_H_
#define NEWSGRAPH_EXPORT_TOP_ENTITIES_H_

#include <cstddef>
#include <string>

#include "model/graph.h"

namespace newsgraph::exporter {

// The `limit` best-ranked nodes of `g` and the edges among them; `keep` (a
// node key, "" for none) is always kept. `g` itself when it has at most
// `limit` nodes.
model::Graph TopEntities(const model::Graph& g, size_t limit, const std::string& keep = "");

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_TOP_ENTITIES_H_
