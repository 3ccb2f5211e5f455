#include "query/entity_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_map>

#include "query/report.h"
#include "text/terminal.h"

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
    EntityRelation rel{e.type, e.symmetric ? "--" : source ? "->" : "<-", other->second->name,
                       other->second->key, e.support_documents, e.first_seen, e.last_seen};
    if (!e.first_seen.empty() && (r.first_seen.empty() || e.first_seen < r.first_seen)) r.first_seen = e.first_seen;
    if (e.last_seen > r.last_seen) r.last_seen = e.last_seen;
    r.relations.push_back(std::move(rel));
  }
  std::stable_sort(r.relations.begin(), r.relations.end(), [](const EntityRelation& a, const EntityRelation& b) {
    return std::tie(b.documents, a.type, a.other) < std::tie(a.documents, b.type, b.other);
  });
  for (const store::Correction& c : corrections) {
    if (c.entity_key == r.node.key || (c.action == "merge" && c.value == r.node.key)) r.corrections.push_back(c);
  }
  return r;
}

void WriteEntityReport(const EntityReport& r, bool json, std::ostream& out) {
  const model::Node& n = r.node;
  if (json) {
    using Json = nlohmann::ordered_json;
    Json rels = Json::array();
    for (const EntityRelation& e : r.relations) {
      rels.push_back({{"type", e.type}, {"direction", e.direction}, {"other", e.other}, {"other_key", e.other_key},
                      {"documents", e.documents}, {"first_seen", e.first_seen}, {"last_seen", e.last_seen}});
    }
    Json fixes = Json::array();
    for (const store::Correction& c : r.corrections) {
      fixes.push_back({{"id", c.id}, {"action", c.action}, {"entity", c.entity_key}, {"value", c.value},
                       {"created_at", c.created_at}});
    }
    Json j{{"name", n.name},          {"key", n.key},         {"type", n.type},
           {"discovered", n.discovered}, {"aliases", n.aliases}, {"mentions", n.mentions},
           {"documents", n.documents}, {"first_seen", r.first_seen}, {"last_seen", r.last_seen},
           {"relations", rels},       {"corrections", fixes}};
    out << j.dump(1, ' ', false, Json::error_handler_t::replace) << "\n";
    return;
  }
  out << text::TerminalSafe(n.name) << " (" << text::TerminalSafe(n.key) << ", " << text::TerminalSafe(n.type) << (n.discovered ? ", found by a name rule" : "")
      << ")\n";
  out << "  mentions " << n.mentions << " in " << n.documents << " document(s)";
  if (!r.first_seen.empty()) out << "; relations seen " << r.first_seen << " to " << r.last_seen;
  out << "\n";
  if (!n.aliases.empty()) {
    out << "  aliases:";
    for (size_t i = 0; i < n.aliases.size(); ++i) out << (i ? ", " : " ") << text::TerminalSafe(n.aliases[i]);
    out << "\n";
  }
  out << "  relations: " << r.relations.size() << "\n";
  for (const EntityRelation& e : r.relations) {
    out << "    " << e.direction << " " << text::TerminalSafe(e.type) << " " << e.direction << " " << text::TerminalSafe(e.other) << "  ["
        << e.documents << " document(s)";
    if (!e.first_seen.empty()) {
      out << ", " << e.first_seen;
      if (e.last_seen != e.first_seen) out << " to " << e.last_seen;
    }
    out << "]\n";
  }
  for (const store::Correction& c : r.corrections) {
    out << "  correction " << c.id << " (" << c.created_at << "): " << c.action << " " << text::TerminalSafe(c.entity_key);
    if (!c.value.empty()) out << (c.action == "merge" ? " into " : " -> ") << text::TerminalSafe(c.value);
    out << "\n";
  }
}

}  // namespace newsgraph::query
