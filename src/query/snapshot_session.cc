#include "query/snapshot_session.h"

#include <algorithm>
#include <utility>

#include "query/resolve.h"

namespace newsgraph::query {
namespace {

// The name index keys, one letter for what they match (ResolveEntity's
// levels and GraphSession::Lookup's extra ones): 'k' entity key, 'n' name,
// 'f' folded name or alias, 'l' last and 'F' first word of a person's
// folded name.
uint64_t Hash(char kind, std::string_view key) {
  std::string k(1, kind);
  k += key;
  return graph::SnapshotNameHash(k);
}

std::vector<graph::SnapshotName> NameIndex(const model::GraphColumns& g) {
  std::vector<graph::SnapshotName> names;
  names.reserve(g.node_ids.size() * 4 + g.aliases.size());
  const uint16_t kNoType = 0xffff;
  uint16_t person = kNoType;
  for (size_t t = 0; t < g.entity_types.size(); ++t) {
    if (g.entity_types[t] == "PERSON") person = static_cast<uint16_t>(t);
  }
  for (size_t i = 0; i < g.node_ids.size(); ++i) {
    const auto v = static_cast<graph::VertexId>(i);
    names.push_back({Hash('k', g.node_keys[i]), v});
    names.push_back({Hash('n', g.node_names[i]), v});
    const std::string key = NameKey(g.node_names[i]);
    names.push_back({Hash('f', key), v});
    const size_t space = key.find(' ');
    if (g.node_types[i] == person && space != std::string::npos) {
      names.push_back({Hash('l', std::string_view(key).substr(key.rfind(' ') + 1)), v});
      names.push_back({Hash('F', std::string_view(key).substr(0, space)), v});
    }
  }
  for (const auto& [node, alias] : g.aliases) names.push_back({Hash('f', NameKey(alias)), node});
  return names;
}

}  // namespace

Status BuildSnapshot(store::Store* store, std::vector<uint64_t>* bytes) {
  model::GraphColumns columns;
  NG_RETURN_IF_ERROR(store->ReadGraphColumns(&columns));
  std::vector<graph::SnapshotName> names = NameIndex(columns);
  return graph::Snapshot::Serialize(columns, std::move(names), bytes);
}

bool SnapshotSession::Supports(const model::GraphFilter& f) {
  return f.entity_types.empty() && f.date_from.empty() && f.date_to.empty() && !f.include_negated &&
         !f.only_connected;
}

Status SnapshotSession::Open(store::Store* store, const model::GraphFilter& filter,
                             const SnapshotOptions& options,
                             std::unique_ptr<SnapshotSession>* result) {
  result->reset();
  if (!Supports(filter)) return Status::OK();
  std::vector<store::Correction> log;
  NG_RETURN_IF_ERROR(store->Corrections(&log));
  if (!log.empty()) return Status::OK();
  model::GraphFingerprint fingerprint;
  NG_RETURN_IF_ERROR(store->Fingerprint(&fingerprint));

  std::unique_ptr<SnapshotSession> session(new SnapshotSession());
  session->store_ = store;
  session->filter_ = filter;
  session->filter_.with_evidence = false;
  session->snap_filter_.relation_types = filter.relation_types;
  session->snap_filter_.min_support = filter.min_support;
  const bool in_memory_db = store->path().empty() || store->path() == ":memory:";
  const std::string path = !options.path.empty() ? options.path : store->path() + ".graph";
  if (!in_memory_db || !options.path.empty()) {
    // A missing, damaged or stale file is rebuilt below.
    if (graph::Snapshot::Open(path, &session->snap_).ok() &&
        session->snap_->fingerprint() != fingerprint) {
      session->snap_.reset();
    }
  }
  if (session->snap_ == nullptr) {
    std::vector<uint64_t> bytes;
    NG_RETURN_IF_ERROR(BuildSnapshot(store, &bytes));
    session->source_ = SnapshotSource::kRebuiltInMemory;
    if (options.write && (!in_memory_db || !options.path.empty()) &&
        graph::Snapshot::Write(path, bytes).ok()) {
      session->source_ = SnapshotSource::kRebuiltAndWritten;
    }
    NG_RETURN_IF_ERROR(graph::Snapshot::FromBytes(std::move(bytes), &session->snap_));
  }
  *result = std::move(session);
  return Status::OK();
}

NameLookup SnapshotSession::Lookup(std::string_view name) const {
  std::vector<graph::VertexId> found;
  auto add = [&](char kind, std::string_view key) {
    for (graph::VertexId v : snap_->FindName(Hash(kind, key))) found.push_back(v);
  };
  add('k', name);
  add('n', name);
  const std::string key = NameKey(name);
  if (!key.empty()) {
    add('f', key);
    if (key.find(' ') == std::string::npos) {
      add('l', key);
      add('F', key);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<int64_t> ids;
  for (graph::VertexId v : found) ids.push_back(snap_->node_id(v));
  // The candidates as a graph of their own, in id (= vertex) order: the
  // levels of LookupName see every node that could match one of them.
  model::Graph candidates;
  NameLookup lookup;
  Status s = store_->LoadNodesById(ids, &candidates.nodes);
  if (!s.ok()) {
    lookup.message = s.ToString();
    return lookup;
  }
  lookup = LookupName(candidates, name);
  auto to_snapshot = [&](graph::VertexId i) {
    graph::VertexId v = 0;
    snap_->FindVertex(candidates.nodes[i].id, &v);
    return v;
  };
  if (lookup.kind == Resolution::Kind::kUnique) lookup.vertex = to_snapshot(lookup.vertex);
  for (graph::VertexId& c : lookup.candidates) c = to_snapshot(c);
  return lookup;
}

Status SnapshotSession::Subgraph(const std::vector<graph::VertexId>& vertices,
                                 const std::vector<graph::EdgeIndex>& edges, ResultGraph* result,
                                 EdgeDetails* details) const {
  std::vector<int64_t> node_ids, edge_ids;
  for (graph::VertexId v : vertices) node_ids.push_back(snap_->node_id(v));
  for (graph::EdgeIndex e : edges) {
    edge_ids.push_back(snap_->edge_id(e));
    node_ids.push_back(snap_->node_id(snap_->edge_source(e)));
    node_ids.push_back(snap_->node_id(snap_->edge_target(e)));
  }
  for (std::vector<int64_t>* ids : {&node_ids, &edge_ids}) {
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  }
  model::Graph g;
  NG_RETURN_IF_ERROR(store_->LoadNodesById(node_ids, &g.nodes));
  NG_RETURN_IF_ERROR(store_->LoadEdgesById(edge_ids, &g.edges));
  if (g.nodes.size() != node_ids.size() || g.edges.size() != edge_ids.size()) {
    return Status::Internal(store_->path() +
                            ": the database changed during the query; run it again");
  }
  result->edge_ids = edge_ids;
  if (details != nullptr) {
    std::vector<model::Edge> copies = g.edges;
    NG_RETURN_IF_ERROR(store_->LoadEvidence(filter_, &copies));
    for (size_t i = 0; i < copies.size(); ++i) {
      (*details)[static_cast<graph::EdgeIndex>(i)] = std::move(copies[i]);
    }
  }
  return graph::KnowledgeGraph::Build(std::move(g), &result->kg);
}

graph::VertexId ResultGraph::Vertex(const graph::Snapshot& snap, graph::VertexId v) const {
  graph::VertexId out = 0;
  kg->FindVertex(snap.node_id(v), &out);
  return out;
}

graph::Step ResultGraph::Remap(const graph::Snapshot& snap, const graph::Step& s) const {
  const int64_t id = snap.edge_id(s.edge);
  const auto it = std::lower_bound(edge_ids.begin(), edge_ids.end(), id);
  return graph::Step{static_cast<graph::EdgeIndex>(it - edge_ids.begin()), Vertex(snap, s.from),
                     Vertex(snap, s.to), s.forward};
}

}  // namespace newsgraph::query
