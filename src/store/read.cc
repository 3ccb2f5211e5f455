// Store::LoadGraph and Store::LoadEvidence: the graph as a filter selects
// it, read with a few ordered scans or grouped queries.
#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/internal/store_internal.h"
#include "store/store.h"
#include "util/dates.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;
using internal::Stmt;

namespace {

// SQL conditions built from a GraphFilter, with their parameters in order.
// Column aliases: d documents, e entities, r relations, rm relation_mentions.
struct Conditions {
  std::string sql;  // " AND ..." terms
  std::vector<std::string> params;

  void AddDates(const model::GraphFilter& f) {
    if (!f.date_from.empty()) Add(" AND d.date >= ?", {f.date_from});
    if (!f.date_to.empty()) Add(" AND d.date <= ?", {f.date_to});
  }
  void AddIn(const char* column, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string term = std::string(" AND ") + column + " IN (";
    for (size_t i = 0; i < values.size(); ++i) term += i == 0 ? "?" : ", ?";
    Add(term + ")", values);
  }
  void Add(const std::string& term, const std::vector<std::string>& values) {
    sql += term;
    params.insert(params.end(), values.begin(), values.end());
  }
  void Bind(Query* q) const {
    for (const std::string& p : params) q->Text(p);
  }
};

bool HasDates(const model::GraphFilter& f) { return !f.date_from.empty() || !f.date_to.empty(); }

// Rank of a modality, strongest first (kModalities); the SQL below uses the
// same order.
constexpr const char* kModalityRank =
    "CASE rm.modality WHEN 'asserted' THEN 0 WHEN 'planned' THEN 1 "
    "WHEN 'hypothetical' THEN 2 ELSE 3 END";

// Columns 0-5 of a node query: id, key, name, type, discovered, confidence.
void ReadNodeColumns(Query& q, model::Node* n) {
  n->id = q.ColInt(0);
  n->key = q.ColText(1);
  n->name = q.ColText(2);
  n->type = q.ColText(3);
  n->discovered = q.ColInt(4) != 0;
  n->confidence = q.ColReal(5);
}

// Columns 0-4 of an edge query: id, type, source_id, target_id, symmetric.
void ReadEdgeColumns(Query& q, model::Edge* e) {
  e->id = q.ColInt(0);
  e->type = q.ColText(1);
  e->source = q.ColInt(2);
  e->target = q.ColInt(3);
  e->symmetric = q.ColInt(4) != 0;
}

// LoadNodes without date filters: two ordered scans merged in C++ (the
// entities by id; the mentions through the covering index (entity_id,
// document_id)), several times faster than GROUP BY with COUNT(DISTINCT)
// on large graphs.
Status LoadNodesScan(const Conn& c, const model::GraphFilter& f, std::vector<model::Node>* nodes) {
  Conditions where;
  where.AddIn("e.type", f.entity_types);
  Stmt entities, mentions;
  NG_RETURN_IF_ERROR(entities.Prepare(
      c,
      "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence FROM entities e "
      "WHERE 1" +
          where.sql + " ORDER BY e.id",
      false));
  NG_RETURN_IF_ERROR(
      mentions.Prepare(c,
                       "SELECT entity_id, document_id FROM mentions INDEXED BY mentions_by_entity "
                       "ORDER BY entity_id, document_id",
                       false));
  Query qe(c, entities), qm(c, mentions);
  where.Bind(&qe);
  bool have_m;
  NG_RETURN_IF_ERROR(qm.Next(&have_m, "read mentions"));
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(qe.Next(&row, "read nodes"));
    if (!row) return Status::OK();
    const int64_t id = qe.ColInt(0);
    int64_t count = 0, documents = 0, last_document = -1;
    while (have_m && qm.ColInt(0) < id) NG_RETURN_IF_ERROR(qm.Next(&have_m, "read mentions"));
    while (have_m && qm.ColInt(0) == id) {
      int64_t doc = qm.ColInt(1);
      ++count;
      if (doc != last_document) ++documents, last_document = doc;
      NG_RETURN_IF_ERROR(qm.Next(&have_m, "read mentions"));
    }
    if (count == 0) continue;
    model::Node& n = nodes->emplace_back();
    ReadNodeColumns(qe, &n);
    n.mentions = count;
    n.documents = documents;
  }
}

// Entities with at least one mention that passes the filter, sorted by id.
Status LoadNodes(const Conn& c, const model::GraphFilter& f, std::vector<model::Node>* nodes) {
  if (!HasDates(f)) return LoadNodesScan(c, f, nodes);
  Conditions where;
  where.AddDates(f);
  where.AddIn("e.type", f.entity_types);
  std::string sql =
      "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence, "
      "COUNT(*), COUNT(DISTINCT m.document_id) "
      "FROM entities e JOIN mentions m ON m.entity_id = e.id ";
  if (HasDates(f)) sql += "JOIN documents d ON d.id = m.document_id ";
  sql += "WHERE 1" + where.sql + " GROUP BY e.id ORDER BY e.id";
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, sql, false));
  Query q(c, stmt);
  where.Bind(&q);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read nodes"));
    if (!row) return Status::OK();
    model::Node& n = nodes->emplace_back();
    ReadNodeColumns(q, &n);
    n.mentions = q.ColInt(6);
    n.documents = q.ColInt(7);
  }
}

// Fills the aliases of `nodes` (sorted by id): one pass over the table.
Status LoadAliases(const Conn& c, std::vector<model::Node>* nodes) {
  if (nodes->empty()) return Status::OK();
  Stmt stmt;
  NG_RETURN_IF_ERROR(
      stmt.Prepare(c, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias", false));
  Query q(c, stmt);
  auto node = nodes->begin();
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read aliases"));
    if (!row) return Status::OK();
    int64_t id = q.ColInt(0);
    while (node != nodes->end() && node->id < id) ++node;
    if (node == nodes->end()) return Status::OK();
    if (node->id != id) continue;
    std::string alias = q.ColText(1);
    if (alias != node->name) node->aliases.push_back(std::move(alias));
  }
}

// LoadEdges without date filters: the relations by id merged with the
// relation mentions read through the covering index (relation_id,
// document_id, modality).
Status LoadEdgesScan(const Conn& c, const model::GraphFilter& f, std::vector<model::Edge>* edges) {
  Conditions where;
  where.AddIn("r.type", f.relation_types);
  Stmt relations, mentions;
  NG_RETURN_IF_ERROR(relations.Prepare(
      c,
      "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric FROM relations r "
      "WHERE 1" +
          where.sql + " ORDER BY r.id",
      false));
  std::string msql =
      "SELECT relation_id, document_id, modality FROM relation_mentions "
      "INDEXED BY relation_mentions_by_relation ";
  if (!f.include_negated) msql += "WHERE modality <> 'negated' ";
  msql += "ORDER BY relation_id, document_id";
  NG_RETURN_IF_ERROR(mentions.Prepare(c, msql, false));
  // Document dates by id, for each edge's first and last seen.
  std::unordered_map<int64_t, std::string> dates;
  {
    Stmt stmt;
    NG_RETURN_IF_ERROR(
        stmt.Prepare(c, "SELECT id, date FROM documents WHERE date IS NOT NULL", false));
    Query q(c, stmt);
    for (;;) {
      bool row;
      NG_RETURN_IF_ERROR(q.Next(&row, "read document dates"));
      if (!row) break;
      dates.emplace(q.ColInt(0), q.ColText(1));
    }
  }
  Query qr(c, relations), qm(c, mentions);
  where.Bind(&qr);
  const int64_t min_support = std::max<int64_t>(1, f.min_support);
  bool have_m;
  NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(qr.Next(&row, "read edges"));
    if (!row) return Status::OK();
    const int64_t id = qr.ColInt(0);
    int64_t count = 0, documents = 0, last_document = -1, best = 3;
    const std::string* first = nullptr;
    const std::string* last = nullptr;
    while (have_m && qm.ColInt(0) < id)
      NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
    while (have_m && qm.ColInt(0) == id) {
      int64_t doc = qm.ColInt(1);
      ++count;
      if (doc != last_document) {
        ++documents, last_document = doc;
        auto d = dates.find(doc);
        if (d != dates.end()) {
          if (first == nullptr || d->second < *first) first = &d->second;
          if (last == nullptr || d->second > *last) last = &d->second;
        }
      }
      std::string modality = qm.ColText(2);
      for (int64_t r = 0; r < best; ++r) {
        if (modality == kModalities[r]) {
          best = r;
          break;
        }
      }
      NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
    }
    if (count == 0 || documents < min_support) continue;
    model::Edge& e = edges->emplace_back();
    ReadEdgeColumns(qr, &e);
    e.support_mentions = count;
    e.support_documents = documents;
    e.modality = kModalities[best];
    if (first != nullptr) e.first_seen = *first, e.last_seen = *last;
  }
}

// Merged relations with the mentions that pass the filter, sorted by id.
Status LoadEdges(const Conn& c, const model::GraphFilter& f, const Conditions& where,
                 std::vector<model::Edge>* edges) {
  if (!HasDates(f)) return LoadEdgesScan(c, f, edges);
  std::string sql =
      "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric, COUNT(*), "
      "COUNT(DISTINCT rm.document_id), MIN(" +
      std::string(kModalityRank) +
      "), "
      "MIN(d.date), MAX(d.date) "
      "FROM relations r JOIN relation_mentions rm ON rm.relation_id = r.id ";
  sql += "JOIN documents d ON d.id = rm.document_id ";
  sql += "WHERE 1" + where.sql +
         " GROUP BY r.id HAVING COUNT(DISTINCT rm.document_id) >= ? ORDER BY r.id";
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, sql, false));
  Query q(c, stmt);
  where.Bind(&q);
  q.Int(std::max<int64_t>(1, f.min_support));
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read edges"));
    if (!row) return Status::OK();
    model::Edge& e = edges->emplace_back();
    ReadEdgeColumns(q, &e);
    e.support_mentions = q.ColInt(5);
    e.support_documents = q.ColInt(6);
    e.modality = kModalities[std::clamp<int64_t>(q.ColInt(7), 0, 3)];
    e.first_seen = q.ColText(8);
    e.last_seen = q.ColText(9);
  }
}

// Appends to each of `edges` its evidence, ordered by document name, then
// sentence. A database of schema version 1 has no CAMEO codes; one before
// version 4 no url, title or source; one before version 6 no event dates.
Status LoadEvidence(const Conn& c, const Conditions& where, int schema_version,
                    std::vector<model::Edge>* edges) {
  if (edges->empty()) return Status::OK();
  std::unordered_map<int64_t, model::Edge*> by_id;
  by_id.reserve(edges->size());
  for (model::Edge& e : *edges) {
    by_id[e.id] = &e;
    for (int64_t merged : e.merged_ids) by_id[merged] = &e;
  }
  std::string sql =
      "SELECT rm.relation_id, d.name, d.date, rm.sentence, s.begin, s.end, "
      "s.text, rm.rule, rm.modality, rm.confidence, " +
      std::string(schema_version >= 2 ? "rm.cameo, " : "NULL, ") +
      std::string(schema_version >= 4 ? "d.url, d.title, d.source, " : "NULL, NULL, NULL, ") +
      std::string(schema_version >= 6 ? "rm.event_date, " : "NULL, ") +
      "rm.trigger_begin, rm.trigger_end "
      "FROM relation_mentions rm "
      "JOIN relations r ON r.id = rm.relation_id "
      "JOIN documents d ON d.id = rm.document_id "
      "LEFT JOIN sentences s ON s.document_id = rm.document_id "
      "AND s.idx = rm.sentence "
      "WHERE 1" +
      where.sql + " ORDER BY d.name, rm.sentence, rm.id";
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, sql, false));
  Query q(c, stmt);
  where.Bind(&q);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read evidence"));
    if (!row) return Status::OK();
    auto it = by_id.find(q.ColInt(0));
    if (it == by_id.end()) continue;  // an edge the filter dropped
    model::Evidence& ev = it->second->evidence.emplace_back();
    ev.document = q.ColText(1);
    ev.date = q.ColText(2);
    ev.sentence = static_cast<uint32_t>(q.ColInt(3));
    ev.begin = static_cast<uint32_t>(q.ColInt(4));
    ev.end = static_cast<uint32_t>(q.ColInt(5));
    ev.text = q.ColText(6);
    ev.rule = q.ColText(7);
    ev.modality = q.ColText(8);
    ev.confidence = q.ColReal(9);
    ev.cameo = q.ColText(10);
    ev.url = q.ColText(11);
    ev.title = q.ColText(12);
    ev.source = q.ColText(13);
    ev.event_date = q.ColText(14);
    ev.trigger_begin = static_cast<uint32_t>(q.ColInt(15));
    ev.trigger_end = static_cast<uint32_t>(q.ColInt(16));
  }
}

// The conditions on relation mentions; shared by edges and evidence.
Conditions MentionConditions(const model::GraphFilter& f) {
  Conditions where;
  if (!f.include_negated) where.Add(" AND rm.modality <> 'negated'", {});
  where.AddDates(f);
  where.AddIn("r.type", f.relation_types);
  return where;
}

Status ReadGraph(const Conn& c, const model::GraphFilter& f, int schema_version, model::Graph* g) {
  NG_RETURN_IF_ERROR(LoadNodes(c, f, &g->nodes));

  const Conditions where = MentionConditions(f);
  NG_RETURN_IF_ERROR(LoadEdges(c, f, where, &g->edges));

  // Keep only edges between loaded nodes (entity_types, dates). The ids are
  // looked up in a table (dense ids) or a plain sorted array: a binary search
  // over the Node structs missed the cache on every probe (3.8 of 13 s at
  // 1M nodes and 5M edges).
  std::vector<int64_t> node_ids;
  node_ids.reserve(g->nodes.size());
  for (const model::Node& n : g->nodes) node_ids.push_back(n.id);
  std::vector<char> dense;
  if (!node_ids.empty() && node_ids.front() >= 0 &&
      static_cast<uint64_t>(node_ids.back()) <= 8 * node_ids.size() + 1024) {
    dense.assign(node_ids.back() + 1, 0);
    for (int64_t id : node_ids) dense[id] = 1;
  }
  auto is_node = [&](int64_t id) {
    if (!dense.empty()) {
      return id >= 0 && static_cast<uint64_t>(id) < dense.size() && dense[id] != 0;
    }
    return std::binary_search(node_ids.begin(), node_ids.end(), id);
  };
  std::erase_if(g->edges,
                [&](const model::Edge& e) { return !is_node(e.source) || !is_node(e.target); });
  if (f.only_connected) {
    std::vector<int64_t> linked;
    linked.reserve(g->edges.size() * 2);
    for (const model::Edge& e : g->edges) {
      linked.push_back(e.source);
      linked.push_back(e.target);
    }
    std::sort(linked.begin(), linked.end());
    std::erase_if(g->nodes, [&](const model::Node& n) {
      return !std::binary_search(linked.begin(), linked.end(), n.id);
    });
  }
  NG_RETURN_IF_ERROR(LoadAliases(c, &g->nodes));
  if (f.with_evidence) {
    NG_RETURN_IF_ERROR(LoadEvidence(c, where, schema_version, &g->edges));
  }
  return Status::OK();
}

}  // namespace

Status Store::LoadGraph(const model::GraphFilter& filter, model::Graph* graph) {
  graph->nodes.clear();
  graph->edges.clear();
  for (const std::string* date : {&filter.date_from, &filter.date_to}) {
    if (!date->empty() && !util::IsDay(*date)) {
      return Status::InvalidArgument("date filter \"" + *date + "\" is not YYYY-MM-DD");
    }
  }
  const Conn c{db_, path_};
  // One read transaction, so that nodes and edges come from one snapshot.
  const bool own_transaction = !c.InTransaction();
  if (own_transaction) {
    NG_RETURN_IF_ERROR(Query(c, stmts_->begin_read).Run("begin read"));
  }
  Status s = ReadGraph(c, filter, schema_version_, graph);
  if (s.ok() && schema_version_ >= 5) {
    std::vector<Correction> log;
    s = internal::ReadCorrections(c, &log);
    if (s.ok()) ApplyCorrections(log, graph);
  }
  if (own_transaction) {
    Status end = Query(c, stmts_->commit).Run("end read");
    if (s.ok()) s = end;
  }
  if (!s.ok()) {
    graph->nodes.clear();
    graph->edges.clear();
  }
  return s;
}

Status Store::LoadEvidence(const model::GraphFilter& filter, std::vector<model::Edge>* edges) {
  for (const std::string* date : {&filter.date_from, &filter.date_to}) {
    if (!date->empty() && !util::IsDay(*date)) {
      return Status::InvalidArgument("date filter \"" + *date + "\" is not YYYY-MM-DD");
    }
  }
  for (model::Edge& e : *edges) e.evidence.clear();
  const Conn c{db_, path_};
  const bool own_transaction = !c.InTransaction();
  if (own_transaction) {
    NG_RETURN_IF_ERROR(Query(c, stmts_->begin_read).Run("begin read"));
  }
  // Ids are integers, written into the SQL in batches (a bound list would be
  // compared as text).
  constexpr size_t kBatch = 500;
  Status s;
  for (size_t first = 0; s.ok() && first < edges->size(); first += kBatch) {
    Conditions where = MentionConditions(filter);
    std::string ids;
    for (size_t i = first; i < std::min(edges->size(), first + kBatch); ++i) {
      if (!ids.empty()) ids += ", ";
      ids += std::to_string((*edges)[i].id);
      for (int64_t merged : (*edges)[i].merged_ids) ids += ", " + std::to_string(merged);
    }
    where.Add(" AND rm.relation_id IN (" + ids + ")", {});
    s = newsgraph::store::LoadEvidence(c, where, schema_version_, edges);
  }
  if (own_transaction) {
    Status end = Query(c, stmts_->commit).Run("end read");
    if (s.ok()) s = end;
  }
  return s;
}

}  // namespace newsgraph::store
