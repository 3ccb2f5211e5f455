#include "query/entity_report.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace newsgraph::query {

EntityReport DescribeEntity(const model::Graph& graph, size_t node_index,
                            const std::vector<store::Correction>& corrections) {
  EntityReport r;
  r.node = graph.nodes[node_index];
  std::unordered_map<int64_t, const model::Node*> nodes;
  for (const model::Node& n : graph.nodes) nodes.emplace(n.id, &n);
  for (const model::Edge& e : graph.edges) {
    const bool source = e.source == r.node.id;
    if (!source && e.target != r.node.id) continue;
    auto other = nodes.find(source ? e.target : e.source);
    if (other == nodes.end()) continue;
    EntityRelation rel{e.type,
                       e.symmetric ? "--"
                       : source    ? "->"
                                   : "<-",
                       other->second->name,
                       other->second->key,
                       e.support_documents,
                       e.first_seen,
                       e.last_seen};
    if (!e.first_seen.empty() && (r.first_seen.empty() || e.first_seen < r.first_seen))
      r.first_seen = e.first_seen;
    if (e.last_seen > r.last_seen) r.last_seen = e.last_seen;
    r.relations.push_back(std::move(rel));
  }
  std::stable_sort(
      r.relations.begin(), r.relations.end(), [](const EntityRelation& a, const EntityRelation& b) {
        return std::tie(b.documents, a.type, a.other) < std::tie(a.documents, b.type, b.other);
      });
  for (const store::Correction& c : corrections) {
    if (c.entity_key == r.node.key || (c.action == "merge" && c.value == r.node.key))
      r.corrections.push_back(c);
  }
  return r;
}

}  // namespace newsgraph::query
