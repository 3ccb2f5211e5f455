// Store::StreamGraph: LoadGraph's graph read with one cursor per table
// (store/internal/graph_cursors.h) and handed over element by element.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/internal/graph_cursors.h"
#include "store/internal/store_internal.h"
#include "store/store.h"
#include "util/dates.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;

namespace {

// A set of node ids, built once from sorted unique ids: a table when the ids
// are dense (one byte an id), else a sorted array.
class NodeSet {
 public:
  explicit NodeSet(std::vector<int64_t> sorted_ids) : ids_(std::move(sorted_ids)) {
    if (!ids_.empty() && ids_.front() >= 0 &&
        static_cast<uint64_t>(ids_.back()) <= 8 * ids_.size() + 1024) {
      dense_.assign(ids_.back() + 1, 0);
      for (int64_t id : ids_) dense_[id] = 1;
      ids_.clear();
      ids_.shrink_to_fit();
    }
  }
  bool Contains(int64_t id) const {
    if (!dense_.empty()) {
      return id >= 0 && static_cast<uint64_t>(id) < dense_.size() && dense_[id] != 0;
    }
    return std::binary_search(ids_.begin(), ids_.end(), id);
  }

 private:
  std::vector<int64_t> ids_;
  std::vector<char> dense_;
};

// Calls `emit` for each node of the filter (before --connected) that `keep`
// holds (null: every node), with its aliases when `with_aliases`.
template <typename Emit>
Status WalkNodes(const Conn& c, const model::GraphFilter& f, const NodeSet* keep, bool with_aliases,
                 Emit emit) {
  internal::NodeCursor nodes;
  internal::AliasCursor aliases;
  NG_RETURN_IF_ERROR(nodes.Open(c, f));
  if (with_aliases) NG_RETURN_IF_ERROR(aliases.Open(c));
  model::Node n;
  for (;;) {
    bool have;
    NG_RETURN_IF_ERROR(nodes.Next(&n, &have));
    if (!have) return Status::OK();
    if (keep != nullptr && !keep->Contains(n.id)) continue;
    if (with_aliases) NG_RETURN_IF_ERROR(aliases.Fill(&n));
    NG_RETURN_IF_ERROR(emit(n));
  }
}

// Calls `emit` for each edge of the filter whose ends are both in `ends`,
// with its evidence when `with_evidence`.
template <typename Emit>
Status WalkEdges(const Conn& c, const model::GraphFilter& f, int schema_version,
                 const NodeSet& ends, bool with_evidence, Emit emit) {
  internal::EdgeCursor edges;
  internal::EvidenceCursor evidence;
  NG_RETURN_IF_ERROR(edges.Open(c, f));
  if (with_evidence) NG_RETURN_IF_ERROR(evidence.Open(c, f, schema_version));
  model::Edge e;
  for (;;) {
    bool have;
    NG_RETURN_IF_ERROR(edges.Next(&e, &have));
    if (!have) return Status::OK();
    if (!ends.Contains(e.source) || !ends.Contains(e.target)) continue;
    if (with_evidence) NG_RETURN_IF_ERROR(evidence.Fill(&e));
    NG_RETURN_IF_ERROR(emit(e));
  }
}

// The walk of StreamGraph on a database without corrections.
Status WalkGraph(const Conn& c, const model::GraphFilter& f, int schema_version,
                 const GraphVisitor& visit) {
  std::vector<int64_t> ids;
  auto collect_node = [&](const model::Node& n) {
    ids.push_back(n.id);
    return Status::OK();
  };
  if (!f.only_connected) {
    NG_RETURN_IF_ERROR(WalkNodes(c, f, nullptr, true, [&](const model::Node& n) {
      ids.push_back(n.id);
      return visit.node(n);
    }));
    const NodeSet nodes(std::move(ids));
    return WalkEdges(c, f, schema_version, nodes, f.with_evidence, visit.edge);
  }
  // --connected: the nodes an edge between two nodes joins, found first.
  NG_RETURN_IF_ERROR(WalkNodes(c, f, nullptr, false, collect_node));
  std::vector<int64_t> linked;
  {
    const NodeSet nodes(std::move(ids));
    NG_RETURN_IF_ERROR(WalkEdges(c, f, schema_version, nodes, false, [&](const model::Edge& e) {
      linked.push_back(e.source);
      linked.push_back(e.target);
      return Status::OK();
    }));
  }
  std::sort(linked.begin(), linked.end());
  linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
  const NodeSet connected(std::move(linked));
  NG_RETURN_IF_ERROR(WalkNodes(c, f, &connected, true, visit.node));
  return WalkEdges(c, f, schema_version, connected, f.with_evidence, visit.edge);
}

}  // namespace

Status Store::StreamGraph(const model::GraphFilter& filter, const GraphVisitor& visit) {
  for (const std::string* date : {&filter.date_from, &filter.date_to}) {
    if (!date->empty() && !util::IsDay(*date)) {
      return Status::InvalidArgument("date filter \"" + *date + "\" is not YYYY-MM-DD");
    }
  }
  const Conn c{db_, path_};
  const bool own_transaction = !c.InTransaction();
  if (own_transaction) {
    NG_RETURN_IF_ERROR(Query(c, stmts_->begin_read).Run("begin read"));
  }
  std::vector<Correction> log;
  Status s;
  if (schema_version_ >= 5) s = internal::ReadCorrections(c, &log);
  if (s.ok() && log.empty()) {
    s = WalkGraph(c, filter, schema_version_, visit);
  } else if (s.ok()) {
    // Corrections may merge entities and their edges: applied to the whole graph.
    model::Graph graph;
    s = LoadGraph(filter, &graph);
    for (size_t i = 0; s.ok() && i < graph.nodes.size(); ++i) s = visit.node(graph.nodes[i]);
    for (size_t i = 0; s.ok() && i < graph.edges.size(); ++i) s = visit.edge(graph.edges[i]);
  }
  if (own_transaction) {
    Status end = Query(c, stmts_->commit).Run("end read");
    if (s.ok()) s = end;
  }
  return s;
}

}  // namespace newsgraph::store
