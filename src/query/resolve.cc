#include "query/resolve.h"

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
  for (auto& level : levels) {
    if (level.empty()) continue;
    r.candidates = std::move(level);
    r.kind = r.candidates.size() == 1 ? Resolution::Kind::kUnique : Resolution::Kind::kAmbiguous;
    return r;
  }
  return r;
}

}  // namespace newsgraph::query
