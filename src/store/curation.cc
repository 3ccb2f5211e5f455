#include "store/curation.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "store/records.h"

namespace newsgraph::store {
namespace {

// The index of modality `m` in kModalities (strongest first).
size_t Rank(const std::string& m) {
  for (size_t i = 0; i < std::size(kModalities); ++i) {
    if (m == kModalities[i]) return i;
  }
  return 0;
}

void AddAlias(model::Node* n, const std::string& alias) {
  if (alias.empty() || alias == n->name) return;
  if (std::find(n->aliases.begin(), n->aliases.end(), alias) == n->aliases.end())
    n->aliases.push_back(alias);
}

// Folds edge `from` into `into` (same type and ends).
void FoldEdge(model::Edge&& from, model::Edge* into) {
  into->support_documents += from.support_documents;
  into->support_mentions += from.support_mentions;
  if (Rank(from.modality) < Rank(into->modality)) into->modality = from.modality;
  if (!from.first_seen.empty() &&
      (into->first_seen.empty() || from.first_seen < into->first_seen)) {
    into->first_seen = from.first_seen;
  }
  if (from.last_seen > into->last_seen) into->last_seen = from.last_seen;
  into->merged_ids.push_back(from.id);
  into->merged_ids.insert(into->merged_ids.end(), from.merged_ids.begin(), from.merged_ids.end());
  for (model::Evidence& ev : from.evidence) into->evidence.push_back(std::move(ev));
  std::stable_sort(into->evidence.begin(), into->evidence.end(), [](const auto& a, const auto& b) {
    return std::tie(a.document, a.sentence) < std::tie(b.document, b.sentence);
  });
}

}  // namespace

Status CheckCorrection(const Correction& c) {
  if (c.action != "merge" && c.action != "rename" && c.action != "alias" && c.action != "block") {
    return Status::InvalidArgument("unknown correction \"" + c.action +
                                   "\" (merge, rename, alias or block)");
  }
  if (c.entity_key.empty()) return Status::InvalidArgument(c.action + ": no entity");
  if (c.action != "block" && c.value.empty()) {
    return Status::InvalidArgument(
        c.action + ": " + (c.action == "merge" ? "no entity to merge into" : "empty name"));
  }
  if (c.action == "merge" && c.value == c.entity_key) {
    return Status::InvalidArgument("merge: " + c.entity_key + " into itself");
  }
  return Status::OK();
}

void ApplyCorrections(const std::vector<Correction>& log, model::Graph* graph) {
  if (log.empty()) return;
  std::vector<model::Node>& nodes = graph->nodes;
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < nodes.size(); ++i) by_key.emplace(nodes[i].key, i);
  std::unordered_map<std::string, std::string> merged_into;  // key -> key it now counts as
  std::unordered_set<int64_t> removed;                       // node ids blocked or merged away
  std::unordered_map<int64_t, int64_t> redirect;  // node id -> node id it was merged into
  auto live = [&](const std::string& key) -> model::Node* {
    auto it = by_key.find(key);
    if (it == by_key.end() || removed.count(nodes[it->second].id)) return nullptr;
    return &nodes[it->second];
  };
  for (const Correction& c : log) {
    if (!CheckCorrection(c).ok()) continue;
    model::Node* n = live(c.entity_key);
    if (c.action == "merge") {
      std::string target = c.value;
      for (int hops = 0; merged_into.count(target) && hops < 64; ++hops)
        target = merged_into[target];
      model::Node* into = live(target);
      if (target == c.entity_key) continue;
      merged_into[c.entity_key] = target;
      if (n == nullptr || into == nullptr) continue;
      into->mentions += n->mentions;
      into->documents += n->documents;
      into->discovered = into->discovered && n->discovered;
      AddAlias(into, n->name);
      for (const std::string& a : n->aliases) AddAlias(into, a);
      removed.insert(n->id);
      redirect[n->id] = into->id;
      for (auto& [from, to] : redirect) {
        if (to == n->id) to = into->id;
      }
    } else if (n == nullptr) {
      continue;
    } else if (c.action == "rename") {
      if (c.value == n->name) continue;
      std::string old = n->name;
      n->name = c.value;
      n->aliases.erase(std::remove(n->aliases.begin(), n->aliases.end(), c.value),
                       n->aliases.end());
      AddAlias(n, old);
    } else if (c.action == "alias") {
      AddAlias(n, c.value);
    } else {  // block
      removed.insert(n->id);
    }
  }
  if (removed.empty()) return;
  nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                             [&](const model::Node& n) { return removed.count(n.id) > 0; }),
              nodes.end());
  // Edges: re-pointed, blocked ends dropped, self-loops dropped, duplicates folded.
  std::vector<model::Edge> kept;
  kept.reserve(graph->edges.size());
  std::map<std::tuple<std::string, int64_t, int64_t>, size_t> seen;
  for (model::Edge& e : graph->edges) {
    if (auto r = redirect.find(e.source); r != redirect.end()) e.source = r->second;
    if (auto r = redirect.find(e.target); r != redirect.end()) e.target = r->second;
    if (removed.count(e.source) || removed.count(e.target) || e.source == e.target) continue;
    if (e.symmetric && e.source > e.target) std::swap(e.source, e.target);
    auto [it, fresh] = seen.try_emplace({e.type, e.source, e.target}, kept.size());
    if (fresh) {
      kept.push_back(std::move(e));
    } else {
      FoldEdge(std::move(e), &kept[it->second]);
    }
  }
  graph->edges = std::move(kept);
}

}  // namespace newsgraph::store
