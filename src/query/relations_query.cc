#include "query/relations_query.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "query/text_match.h"

namespace newsgraph::query {
namespace {

constexpr std::array<std::string_view, 4> kModalities = {"asserted", "planned", "hypothetical",
                                                         "negated"};

// Rank of a modality, strongest first; unknown ones (and "") as asserted.
int Rank(std::string_view m) {
  for (size_t i = 0; i < kModalities.size(); ++i) {
    if (kModalities[i] == m) return static_cast<int>(i);
  }
  return 0;
}

bool Selected(const RelationQuery& q, std::string_view modality) {
  if (q.modality.empty()) return modality != "negated";
  return modality == q.modality;
}

}  // namespace

Status SelectRelations(const model::Graph& graph, const RelationQuery& query,
                       RelationSelection* out) {
  *out = RelationSelection();
  if (!query.modality.empty() &&
      std::find(kModalities.begin(), kModalities.end(), query.modality) == kModalities.end()) {
    return Status::InvalidArgument("unknown modality \"" + query.modality +
                                   "\" (asserted, planned, hypothetical or negated)");
  }
  std::unique_ptr<TextMatch> match;
  if (!query.match.empty()) NG_RETURN_IF_ERROR(TextMatch::Compile(query.match, &match));
  int64_t entity = -1;
  if (!query.entity.empty()) {
    Resolution r = ResolveEntity(graph, query.entity);
    out->entity = r.kind;
    if (r.kind == Resolution::Kind::kAmbiguous) {
      for (size_t i : r.candidates) {
        const model::Node& n = graph.nodes[i];
        out->candidates.push_back(n.name + " (" + n.type + ", " + n.key + ")");
      }
    }
    if (r.kind != Resolution::Kind::kUnique) return Status::OK();
    const model::Node& n = graph.nodes[r.candidates[0]];
    entity = out->entity_id = n.id;
    out->entity_name = n.name;
    out->entity_key = n.key;
  }
  std::unordered_map<int64_t, const model::Node*> nodes;
  for (const model::Node& n : graph.nodes) nodes.emplace(n.id, &n);

  for (const model::Edge& e : graph.edges) {
    if (!query.type.empty() && e.type != query.type) continue;
    if (entity >= 0 && e.source != entity && e.target != entity) continue;
    auto source = nodes.find(e.source), target = nodes.find(e.target);
    if (source == nodes.end() || target == nodes.end()) continue;
    const bool names_match =
        !match || match->Matches(source->second->name) || match->Matches(target->second->name);
    RelationRow row;
    std::set<std::string_view> documents;
    int best = static_cast<int>(kModalities.size());
    for (const model::Evidence& ev : e.evidence) {
      const std::string& modality = ev.modality.empty() ? e.modality : ev.modality;
      if (!Selected(query, modality)) continue;
      if (!names_match && !match->Matches(ev.text) && !match->Matches(ev.document) &&
          !match->Matches(ev.title)) {
        continue;
      }
      row.evidence.push_back(ev);
      documents.insert(ev.document);
      best = std::min(best, Rank(modality));
    }
    if (row.evidence.empty()) continue;
    row.type = e.type;
    row.source = source->second->name;
    row.source_type = source->second->type;
    row.target = target->second->name;
    row.target_type = target->second->type;
    row.source_id = e.source;
    row.target_id = e.target;
    row.symmetric = e.symmetric;
    row.modality = std::string(kModalities[best]);
    row.documents = static_cast<int64_t>(documents.size());
    out->rows.push_back(std::move(row));
  }
  std::stable_sort(
      out->rows.begin(), out->rows.end(), [](const RelationRow& a, const RelationRow& b) {
        return std::tie(a.type, a.source, a.target) < std::tie(b.type, b.source, b.target);
      });
  return Status::OK();
}

}  // namespace newsgraph::query
