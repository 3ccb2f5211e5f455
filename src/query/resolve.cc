#include "query/resolve.h"

#include <algorithm>

#include "text/tokenizer.h"

namespace newsgraph::query {

std::string NameKey(std::string_view name) {
  std::string key;
  for (const std::string& k : text::NameKeys(name)) {
    if (k == "'s" || k == "'") continue;
    if (!key.empty()) key.push_back(' ');
    key += k;
  }
  return key;
}

namespace {
constexpr int64_t kDominance = 5;  // mentions, gazetteer entity against discovered ones
}  // namespace

Resolution ResolveEntity(const model::Graph& graph, std::string_view name) {
  Resolution r;
  const std::string key = NameKey(name);
  std::vector<size_t> levels[4];
  for (size_t i = 0; i < graph.nodes.size(); ++i) {
    const model::Node& n = graph.nodes[i];
    if (n.name == name) {
      levels[0].push_back(i);
      continue;
    }
    if (key.empty()) continue;
    const std::string node_key = NameKey(n.name);
    if (node_key == key) {
      levels[1].push_back(i);
      continue;
    }
    bool alias = false;
    for (const std::string& a : n.aliases) {
      if (NameKey(a) == key) {
        alias = true;
        break;
      }
    }
    if (alias) {
      levels[2].push_back(i);
      continue;
    }
    if (n.type == "PERSON" && key.find(' ') == std::string::npos) {
      size_t space = node_key.rfind(' ');
      if (space != std::string::npos && node_key.compare(space + 1, std::string::npos, key) == 0) {
        levels[3].push_back(i);
      }
    }
  }
  for (size_t l = 0; l < 4; ++l) {
    std::vector<size_t>& level = levels[l];
    if (level.empty()) continue;
    // Names the rules found (discovered) give way to a gazetteer entity of a
    // later level mentioned far more: "Brown" (3 mentions of a stray
    // surname) is Gordon Brown (350) when both are in the graph.
    int64_t most = 0;
    bool all_discovered = true;
    for (size_t i : level) {
      most = std::max(most, graph.nodes[i].mentions);
      all_discovered = all_discovered && graph.nodes[i].discovered;
    }
    if (all_discovered) {
      std::vector<size_t> dominant;
      for (size_t later = l + 1; later < 4 && dominant.empty(); ++later) {
        for (size_t i : levels[later]) {
          const model::Node& n = graph.nodes[i];
          if (!n.discovered && n.mentions >= kDominance * std::max<int64_t>(most, 1))
            dominant.push_back(i);
        }
      }
      if (!dominant.empty()) level = std::move(dominant);
    }
    r.candidates = std::move(level);
    r.kind = r.candidates.size() == 1 ? Resolution::Kind::kUnique : Resolution::Kind::kAmbiguous;
    return r;
  }
  return r;
}

}  // namespace newsgraph::query
