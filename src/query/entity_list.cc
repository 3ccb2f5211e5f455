#include "query/entity_list.h"

#include <algorithm>
#include <string>

namespace newsgraph::query {

std::vector<model::Node> ListEntities(std::vector<model::Node> nodes, const TextMatch* match,
                                      size_t limit) {
  if (match != nullptr) {
    std::erase_if(nodes, [&](const model::Node& n) {
      return !match->Matches(n.name) && !match->Matches(n.key) &&
             std::none_of(n.aliases.begin(), n.aliases.end(),
                          [&](const std::string& a) { return match->Matches(a); });
    });
  }
  std::stable_sort(nodes.begin(), nodes.end(), [](const model::Node& a, const model::Node& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.name < b.name;
  });
  if (limit > 0 && nodes.size() > limit) nodes.resize(limit);
  return nodes;
}

}  // namespace newsgraph::query
