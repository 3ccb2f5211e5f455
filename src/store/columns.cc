// Store::Fingerprint, Store::ReadGraphColumns and the by-id reads
// (LoadNodesById, LoadEdgesById): what a graph snapshot (graph/snapshot.h)
// is built from, checked against, and what a query on it shows.
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/graph_columns.h"
#include "store/internal/store_internal.h"
#include "store/store.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;
using internal::Stmt;

namespace {

uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
  return h;
}

// Runs a one-row, one-column query; *value is 0 (or "") when it gives NULL
// or no row.
Status ScalarInt(const Conn& c, const std::string& sql, int64_t* value) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, sql, false));
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read fingerprint"));
  *value = row ? q.ColInt(0) : 0;
  return Status::OK();
}

Status ReadFingerprint(const Conn& c, model::GraphFingerprint* fp) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "SELECT value FROM meta WHERE key = 'created_at'", false));
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read fingerprint"));
  fp->database = Fnv1a(row ? q.ColText(0) : std::string());
  NG_RETURN_IF_ERROR(
      ScalarInt(c, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'graph_generation'",
                &fp->generation));
  NG_RETURN_IF_ERROR(ScalarInt(c, "SELECT MAX(id) FROM entities", &fp->last_entity));
  return ScalarInt(c, "SELECT MAX(id) FROM relation_mentions", &fp->last_relation_mention);
}

// Interns `name` into `names` (first-seen order), remembering the last one.
uint16_t Intern(const std::string& name, std::vector<std::string>* names,
                std::unordered_map<std::string, uint16_t>* ids) {
  auto [it, inserted] = ids->try_emplace(name, static_cast<uint16_t>(names->size()));
  if (inserted) names->push_back(name);
  return it->second;
}

// Entities with at least one mention, and their aliases.
Status ReadNodeColumns(const Conn& c, model::GraphColumns* g) {
  Stmt entities, mentions;
  NG_RETURN_IF_ERROR(
      entities.Prepare(c, "SELECT id, key, name, type FROM entities ORDER BY id", false));
  NG_RETURN_IF_ERROR(mentions.Prepare(
      c, "SELECT DISTINCT entity_id FROM mentions INDEXED BY mentions_by_entity ORDER BY entity_id",
      false));
  Query qe(c, entities), qm(c, mentions);
  std::unordered_map<std::string, uint16_t> type_ids;
  bool have_m;
  NG_RETURN_IF_ERROR(qm.Next(&have_m, "read mentions"));
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(qe.Next(&row, "read nodes"));
    if (!row) break;
    const int64_t id = qe.ColInt(0);
    while (have_m && qm.ColInt(0) < id) NG_RETURN_IF_ERROR(qm.Next(&have_m, "read mentions"));
    if (!have_m || qm.ColInt(0) != id) continue;
    if (g->node_ids.size() >= (1u << 31)) return Status::InvalidArgument("too many entities");
    g->node_ids.push_back(id);
    g->node_keys.push_back(qe.ColText(1));
    g->node_names.push_back(qe.ColText(2));
    g->node_types.push_back(Intern(qe.ColText(3), &g->entity_types, &type_ids));
  }
  Stmt aliases;
  NG_RETURN_IF_ERROR(
      aliases.Prepare(c, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias", false));
  Query qa(c, aliases);
  size_t node = 0;
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(qa.Next(&row, "read aliases"));
    if (!row) return Status::OK();
    const int64_t id = qa.ColInt(0);
    while (node < g->node_ids.size() && g->node_ids[node] < id) ++node;
    if (node == g->node_ids.size()) return Status::OK();
    if (g->node_ids[node] != id) continue;
    std::string alias = qa.ColText(1);
    if (alias != g->node_names[node]) g->aliases.emplace_back(node, std::move(alias));
  }
}

// Relations with a mention that is not negated, between loaded nodes: the
// relations by id merged with their mentions read through the covering
// index (relation_id, document_id, modality), as Store::LoadGraph does.
Status ReadEdgeColumns(const Conn& c, model::GraphColumns* g) {
  // Node id -> position + 1, dense when ids are (they are rowids).
  std::unordered_map<int64_t, uint32_t> sparse;
  std::vector<uint32_t> dense;
  const bool use_dense = !g->node_ids.empty() && g->node_ids.front() >= 0 &&
                         static_cast<uint64_t>(g->node_ids.back()) <= 4 * g->node_ids.size() + 1024;
  if (use_dense) dense.assign(g->node_ids.empty() ? 0 : g->node_ids.back() + 1, 0);
  for (size_t i = 0; i < g->node_ids.size(); ++i) {
    if (use_dense) {
      dense[g->node_ids[i]] = static_cast<uint32_t>(i + 1);
    } else {
      sparse[g->node_ids[i]] = static_cast<uint32_t>(i + 1);
    }
  }
  auto position = [&](int64_t id) -> uint32_t {
    if (use_dense) return id >= 0 && static_cast<uint64_t>(id) < dense.size() ? dense[id] : 0;
    auto it = sparse.find(id);
    return it == sparse.end() ? 0 : it->second;
  };
  Stmt relations, mentions;
  NG_RETURN_IF_ERROR(relations.Prepare(
      c, "SELECT id, type, source_id, target_id FROM relations ORDER BY id", false));
  NG_RETURN_IF_ERROR(
      mentions.Prepare(c,
                       "SELECT relation_id, document_id, modality FROM relation_mentions "
                       "INDEXED BY relation_mentions_by_relation WHERE modality <> 'negated' "
                       "ORDER BY relation_id, document_id",
                       false));
  Query qr(c, relations), qm(c, mentions);
  std::unordered_map<std::string, uint16_t> type_ids;
  bool have_m;
  NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(qr.Next(&row, "read edges"));
    if (!row) return Status::OK();
    const int64_t id = qr.ColInt(0);
    int64_t count = 0, documents = 0, last_document = -1, best = 3;
    while (have_m && qm.ColInt(0) < id)
      NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
    while (have_m && qm.ColInt(0) == id) {
      const int64_t doc = qm.ColInt(1);
      ++count;
      if (doc != last_document) ++documents, last_document = doc;
      if (best > 0) {
        const std::string modality = qm.ColText(2);
        for (int64_t r = 0; r < best; ++r) {
          if (modality == kModalities[r]) {
            best = r;
            break;
          }
        }
      }
      NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
    }
    if (count == 0) continue;
    const uint32_t s = position(qr.ColInt(2)), t = position(qr.ColInt(3));
    if (s == 0 || t == 0) continue;
    if (g->edge_ids.size() >= (1u << 31)) return Status::InvalidArgument("too many relations");
    g->edge_ids.push_back(id);
    g->edge_types.push_back(Intern(qr.ColText(1), &g->relation_types, &type_ids));
    g->edge_sources.push_back(s - 1);
    g->edge_targets.push_back(t - 1);
    g->support_documents.push_back(static_cast<uint32_t>(documents));
    g->support_mentions.push_back(static_cast<uint32_t>(count));
    g->modality_ranks.push_back(static_cast<uint8_t>(best));
  }
}

std::string IdList(const std::vector<int64_t>& ids, size_t first, size_t last) {
  std::string list;
  for (size_t i = first; i < last; ++i) {
    if (!list.empty()) list += ", ";
    list += std::to_string(ids[i]);
  }
  return list;
}

constexpr size_t kBatch = 500;

// Runs `body` in a read transaction unless one is open.
template <typename Fn>
Status InRead(const Conn& c, Stmt& begin, Stmt& commit, Fn&& body) {
  const bool own = !c.InTransaction();
  if (own) NG_RETURN_IF_ERROR(Query(c, begin).Run("begin read"));
  Status s = body();
  if (own) {
    Status end = Query(c, commit).Run("end read");
    if (s.ok()) s = end;
  }
  return s;
}

}  // namespace

Status Store::Fingerprint(model::GraphFingerprint* fingerprint) {
  const Conn c{db_, path_};
  return InRead(c, stmts_->begin_read, stmts_->commit,
                [&] { return ReadFingerprint(c, fingerprint); });
}

Status Store::ReadGraphColumns(model::GraphColumns* columns) {
  *columns = model::GraphColumns();
  const Conn c{db_, path_};
  Status s = InRead(c, stmts_->begin_read, stmts_->commit, [&] {
    NG_RETURN_IF_ERROR(ReadFingerprint(c, &columns->fingerprint));
    NG_RETURN_IF_ERROR(ReadNodeColumns(c, columns));
    return ReadEdgeColumns(c, columns);
  });
  if (!s.ok()) *columns = model::GraphColumns();
  return s;
}

Status Store::LoadNodesById(const std::vector<int64_t>& ids, std::vector<model::Node>* nodes) {
  nodes->clear();
  const Conn c{db_, path_};
  return InRead(c, stmts_->begin_read, stmts_->commit, [&]() -> Status {
    for (size_t first = 0; first < ids.size(); first += kBatch) {
      const std::string list = IdList(ids, first, std::min(ids.size(), first + kBatch));
      Stmt stmt;
      NG_RETURN_IF_ERROR(stmt.Prepare(
          c,
          "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence, COUNT(*), "
          "COUNT(DISTINCT m.document_id) FROM entities e JOIN mentions m ON m.entity_id = e.id "
          "WHERE e.id IN (" +
              list + ") GROUP BY e.id",
          false));
      Query q(c, stmt);
      for (;;) {
        bool row;
        NG_RETURN_IF_ERROR(q.Next(&row, "read nodes"));
        if (!row) break;
        model::Node& n = nodes->emplace_back();
        n.id = q.ColInt(0);
        n.key = q.ColText(1);
        n.name = q.ColText(2);
        n.type = q.ColText(3);
        n.discovered = q.ColInt(4) != 0;
        n.confidence = q.ColReal(5);
        n.mentions = q.ColInt(6);
        n.documents = q.ColInt(7);
      }
    }
    std::sort(nodes->begin(), nodes->end(),
              [](const model::Node& a, const model::Node& b) { return a.id < b.id; });
    std::unordered_map<int64_t, model::Node*> by_id;
    for (model::Node& n : *nodes) by_id[n.id] = &n;
    for (size_t first = 0; first < ids.size(); first += kBatch) {
      Stmt stmt;
      NG_RETURN_IF_ERROR(stmt.Prepare(c,
                                      "SELECT entity_id, alias FROM aliases WHERE entity_id IN (" +
                                          IdList(ids, first, std::min(ids.size(), first + kBatch)) +
                                          ") ORDER BY entity_id, alias",
                                      false));
      Query q(c, stmt);
      for (;;) {
        bool row;
        NG_RETURN_IF_ERROR(q.Next(&row, "read aliases"));
        if (!row) break;
        auto it = by_id.find(q.ColInt(0));
        if (it == by_id.end()) continue;
        std::string alias = q.ColText(1);
        if (alias != it->second->name) it->second->aliases.push_back(std::move(alias));
      }
    }
    return Status::OK();
  });
}

Status Store::LoadEdgesById(const std::vector<int64_t>& ids, std::vector<model::Edge>* edges) {
  edges->clear();
  const Conn c{db_, path_};
  return InRead(c, stmts_->begin_read, stmts_->commit, [&]() -> Status {
    for (size_t first = 0; first < ids.size(); first += kBatch) {
      Stmt stmt;
      NG_RETURN_IF_ERROR(stmt.Prepare(
          c,
          "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric, COUNT(*), "
          "COUNT(DISTINCT rm.document_id), MIN(CASE rm.modality WHEN 'asserted' THEN 0 "
          "WHEN 'planned' THEN 1 WHEN 'hypothetical' THEN 2 ELSE 3 END), "
          "MIN(d.date), MAX(d.date) FROM relations r "
          "JOIN relation_mentions rm ON rm.relation_id = r.id "
          "JOIN documents d ON d.id = rm.document_id "
          "WHERE rm.modality <> 'negated' AND r.id IN (" +
              IdList(ids, first, std::min(ids.size(), first + kBatch)) + ") GROUP BY r.id",
          false));
      Query q(c, stmt);
      for (;;) {
        bool row;
        NG_RETURN_IF_ERROR(q.Next(&row, "read edges"));
        if (!row) break;
        model::Edge& e = edges->emplace_back();
        e.id = q.ColInt(0);
        e.type = q.ColText(1);
        e.source = q.ColInt(2);
        e.target = q.ColInt(3);
        e.symmetric = q.ColInt(4) != 0;
        e.support_mentions = q.ColInt(5);
        e.support_documents = q.ColInt(6);
        e.modality = kModalities[std::clamp<int64_t>(q.ColInt(7), 0, 3)];
        e.first_seen = q.ColText(8);
        e.last_seen = q.ColText(9);
      }
    }
    std::sort(edges->begin(), edges->end(),
              [](const model::Edge& a, const model::Edge& b) { return a.id < b.id; });
    return Status::OK();
  });
}

}  // namespace newsgraph::store
