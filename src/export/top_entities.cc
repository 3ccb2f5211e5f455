#include "export/top_entities.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph::exporter {

model::Graph TopEntities(const model::Graph& g, size_t limit, const std::string& keep) {
  if (g.nodes.size() <= limit) return g;
  std::unordered_map<int64_t, int64_t> degree;
  for (const model::Edge& e : g.edges) {
    ++degree[e.source];
    ++degree[e.target];
  }
  std::vector<size_t> order(g.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  auto rank = [&](size_t i) {
    const model::Node& n = g.nodes[i];
    const auto d = degree.find(n.id);
    return std::make_tuple(!keep.empty() && n.key == keep ? 0 : 1,
                           -(d == degree.end() ? 0 : d->second), -n.mentions, n.id);
  };
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(limit), order.end(),
                    [&](size_t a, size_t b) { return rank(a) < rank(b); });
  order.resize(limit);
  std::sort(order.begin(), order.end());
  model::Graph out;
  std::unordered_set<int64_t> kept;
  for (size_t i : order) {
    out.nodes.push_back(g.nodes[i]);
    kept.insert(g.nodes[i].id);
  }
  for (const model::Edge& e : g.edges) {
    if (kept.count(e.source) && kept.count(e.target)) out.edges.push_back(e);
  }
  return out;
}

}  // namespace newsgraph::exporter
