// Store::PutGraph: a whole graph written at once into an empty database.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/internal/store_internal.h"
#include "store/internal/validate.h"
#include "store/store.h"
#include "util/dates.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Exec;
using internal::IsModality;
using internal::Query;
using internal::Stmt;

namespace {

// A graph checked by ValidateGraph, with what PutGraph needs to write it.
struct GraphPlan {
  std::vector<std::string> documents;  // in order of first use; ids 1..n after insert
  std::unordered_map<std::string_view, size_t> document_index;
  std::vector<std::string_view> document_dates;
  std::vector<size_t> edge_order;  // edges sorted by (type, source, target)
  bool edgeless_nodes = false;
};

Status ValidateGraph(const model::Graph& g, GraphPlan* plan) {
  std::unordered_map<int64_t, size_t> node_index;
  std::unordered_map<std::string_view, int64_t> keys;
  node_index.reserve(g.nodes.size());
  keys.reserve(g.nodes.size());
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const model::Node& n = g.nodes[i];
    const std::string where = "graph: node " + std::to_string(n.id) + ": ";
    if (n.key.empty() || n.name.empty() || n.type.empty()) {
      return Status::InvalidArgument(where + "empty key, name or type");
    }
    if (!node_index.emplace(n.id, i).second) {
      return Status::InvalidArgument(where + "duplicate id");
    }
    if (!keys.emplace(n.key, n.id).second) {
      return Status::InvalidArgument(where + "key \"" + n.key + "\" is also node " +
                                     std::to_string(keys[n.key]) + "'s");
    }
  }
  std::vector<char> has_edge(g.nodes.size(), 0);
  for (const model::Edge& e : g.edges) {
    const std::string where = "graph: edge " + std::to_string(e.id) + " (" + e.type + "): ";
    auto s = node_index.find(e.source), t = node_index.find(e.target);
    if (s == node_index.end() || t == node_index.end()) {
      return Status::InvalidArgument(where + "an end is not a node of the graph");
    }
    has_edge[s->second] = has_edge[t->second] = 1;
    if (e.type.empty()) return Status::InvalidArgument(where + "empty type");
    if (e.symmetric && e.source > e.target) {
      return Status::InvalidArgument(where + "symmetric, but source id > target id");
    }
    if (!e.modality.empty() && !IsModality(e.modality)) {
      return Status::InvalidArgument(where + "unknown modality \"" + e.modality + "\"");
    }
    if (e.evidence.empty()) return Status::InvalidArgument(where + "no evidence");
    for (const model::Evidence& ev : e.evidence) {
      if (ev.document.empty()) return Status::InvalidArgument(where + "evidence without document");
      if (!ev.modality.empty() && !IsModality(ev.modality)) {
        return Status::InvalidArgument(where + "unknown modality \"" + ev.modality + "\"");
      }
      if (!ev.date.empty() && !util::IsDay(ev.date)) {
        return Status::InvalidArgument(where + "date \"" + ev.date + "\" is not YYYY-MM-DD");
      }
      auto [it, added] = plan->document_index.try_emplace(ev.document, plan->documents.size());
      if (added) {
        plan->documents.push_back(ev.document);
        plan->document_dates.push_back(ev.date);
      } else if (plan->document_dates[it->second] != ev.date) {
        return Status::InvalidArgument(where + "document " + ev.document + " has two dates, " +
                                       std::string(plan->document_dates[it->second]) + " and " +
                                       ev.date);
      }
    }
  }
  plan->edgeless_nodes = std::find(has_edge.begin(), has_edge.end(), 0) != has_edge.end();
  if (plan->edgeless_nodes) {
    if (plan->document_index.count(kGraphImportDocument) != 0) {
      return Status::InvalidArgument(std::string("graph: evidence document \"") +
                                     kGraphImportDocument + "\" is reserved");
    }
    plan->document_index.emplace(kGraphImportDocument, plan->documents.size());
    plan->documents.push_back(kGraphImportDocument);
    plan->document_dates.push_back("");
  }
  plan->edge_order.resize(g.edges.size());
  for (size_t i = 0; i < g.edges.size(); ++i) plan->edge_order[i] = i;
  auto key_less = [&](size_t a, size_t b) {
    const model::Edge& x = g.edges[a];
    const model::Edge& y = g.edges[b];
    if (x.type != y.type) return x.type < y.type;
    if (x.source != y.source) return x.source < y.source;
    return x.target < y.target;
  };
  if (!std::is_sorted(plan->edge_order.begin(), plan->edge_order.end(), key_less)) {
    std::sort(plan->edge_order.begin(), plan->edge_order.end(), key_less);
  }
  for (size_t i = 1; i < plan->edge_order.size(); ++i) {
    if (!key_less(plan->edge_order[i - 1], plan->edge_order[i])) {
      const model::Edge& e = g.edges[plan->edge_order[i]];
      return Status::InvalidArgument("graph: edge " + std::to_string(e.id) + " (" + e.type +
                                     "): a second edge of this type between the same nodes");
    }
  }
  return Status::OK();
}

// The secondary indexes (not those of UNIQUE or PRIMARY KEY constraints):
// name and CREATE statement.
Status SecondaryIndexes(const Conn& c, std::vector<std::pair<std::string, std::string>>* out) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(
      stmt.Prepare(c,
                   "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                   "ORDER BY name",
                   false));
  Query q(c, stmt);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read indexes"));
    if (!row) return Status::OK();
    out->emplace_back(q.ColText(0), q.ColText(1));
  }
}

// The Store's statements that WriteGraph reuses.
struct ImportStatements {
  const Stmt& upsert_document;
  const Stmt& insert_alias;
  const Stmt& insert_sentence;
  const Stmt& insert_relation_mention;
  const Stmt& insert_mention;
};

Status WriteGraph(const Conn& c, const ImportStatements& st, const model::Graph& g,
                  const GraphPlan& plan) {
  // Documents; the store numbers them in insertion order, but read the ids
  // back rather than assume it.
  std::vector<int64_t> document_ids(plan.documents.size());
  for (size_t i = 0; i < plan.documents.size(); ++i) {
    NG_RETURN_IF_ERROR(Query(c, st.upsert_document)
                           .Text(plan.documents[i])
                           .Text("")
                           .TextOrNull(plan.document_dates[i])
                           .Int(0)
                           .IdOrNull(0)
                           .TextOrNull("")
                           .TextOrNull("")
                           .TextOrNull("")
                           .TextOrNull("")
                           .Run("store document " + plan.documents[i]));
    document_ids[i] = c.LastInsertRowid();
  }

  Stmt insert_entity, insert_relation;
  NG_RETURN_IF_ERROR(
      insert_entity.Prepare(c,
                            "INSERT INTO entities (id, key, name, type, discovered, confidence) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                            false));
  NG_RETURN_IF_ERROR(
      insert_relation.Prepare(c,
                              "INSERT INTO relations (id, type, source_id, target_id, symmetric) "
                              "VALUES (?1, ?2, ?3, ?4, ?5)",
                              false));
  for (const model::Node& n : g.nodes) {
    NG_RETURN_IF_ERROR(Query(c, insert_entity)
                           .Int(n.id)
                           .Text(n.key)
                           .Text(n.name)
                           .Text(n.type)
                           .Int(n.discovered ? 1 : 0)
                           .Real(n.confidence)
                           .Run("store entity " + n.key));
    for (const std::string& alias : n.aliases) {
      if (alias.empty() || alias == n.name) continue;
      NG_RETURN_IF_ERROR(
          Query(c, st.insert_alias).Int(n.id).Text(alias).Run("store alias of " + n.key));
    }
  }

  // Relations in key order (their UNIQUE index then grows at its end), and
  // their mentions and sentences.
  for (size_t i : plan.edge_order) {
    const model::Edge& e = g.edges[i];
    NG_RETURN_IF_ERROR(Query(c, insert_relation)
                           .Int(e.id)
                           .Text(e.type)
                           .Int(e.source)
                           .Int(e.target)
                           .Int(e.symmetric ? 1 : 0)
                           .Run("store relation " + std::to_string(e.id)));
    for (const model::Evidence& ev : e.evidence) {
      const int64_t doc = document_ids[plan.document_index.at(ev.document)];
      const std::string& modality =
          !ev.modality.empty() ? ev.modality
                               : (!e.modality.empty() ? e.modality : std::string("asserted"));
      NG_RETURN_IF_ERROR(Query(c, st.insert_sentence)
                             .Int(doc)
                             .Int(ev.sentence)
                             .Int(ev.begin)
                             .Int(ev.end)
                             .Text(ev.text)
                             .Run("store sentence of " + ev.document));
      NG_RETURN_IF_ERROR(
          Query(c, st.insert_relation_mention)
              .Int(e.id)
              .Int(doc)
              .Int(ev.sentence)
              .Int(ev.trigger_end > 0 ? ev.trigger_begin : ev.begin)  // the sentence when unknown
              .Int(ev.trigger_end > 0 ? ev.trigger_end : ev.end)
              .Text(ev.rule.empty() ? std::string("graph-import") : ev.rule)
              .Text(modality)
              .Real(ev.confidence)
              .TextOrNull(ev.cameo)
              .TextOrNull(ev.event_date)
              .Run("store relation mention in " + ev.document));
    }
  }

  // One mention per (node, document of its evidence): (document, node,
  // edge, evidence) packed in two words, sorted, first of each pair kept.
  std::unordered_map<int64_t, uint32_t> node_index;
  node_index.reserve(g.nodes.size());
  for (size_t i = 0; i < g.nodes.size(); ++i) node_index[g.nodes[i].id] = i;
  struct Use {
    uint64_t document_node;  // document index << 32 | node index
    uint64_t edge_evidence;  // edge index << 32 | evidence index
    bool operator<(const Use& o) const {
      return document_node != o.document_node ? document_node < o.document_node
                                              : edge_evidence < o.edge_evidence;
    }
  };
  std::vector<Use> uses;
  std::vector<char> has_edge(g.nodes.size(), 0);
  for (size_t i = 0; i < g.edges.size(); ++i) {
    const model::Edge& e = g.edges[i];
    for (size_t k = 0; k < e.evidence.size(); ++k) {
      const uint64_t doc = plan.document_index.at(e.evidence[k].document);
      for (int64_t id : {e.source, e.target}) {
        const uint32_t node = node_index.at(id);
        has_edge[node] = 1;
        uses.push_back(Use{doc << 32 | node, static_cast<uint64_t>(i) << 32 | k});
      }
    }
  }
  std::sort(uses.begin(), uses.end());
  for (size_t u = 0; u < uses.size(); ++u) {
    if (u > 0 && uses[u].document_node == uses[u - 1].document_node) continue;
    const model::Node& n = g.nodes[uses[u].document_node & 0xffffffffu];
    const model::Evidence& ev =
        g.edges[uses[u].edge_evidence >> 32].evidence[uses[u].edge_evidence & 0xffffffffu];
    NG_RETURN_IF_ERROR(Query(c, st.insert_mention)
                           .Int(document_ids[uses[u].document_node >> 32])
                           .Int(n.id)
                           .Int(ev.begin)
                           .Int(ev.end)
                           .Int(ev.sentence)
                           .Text("name")
                           .Text(n.name)
                           .Real(1.0)
                           .TextOrNull("")
                           .Run("store mention of " + n.key));
  }
  uses = {};
  if (plan.edgeless_nodes) {
    const int64_t doc = document_ids[plan.document_index.at(kGraphImportDocument)];
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      if (has_edge[i]) continue;
      const model::Node& n = g.nodes[i];
      NG_RETURN_IF_ERROR(Query(c, st.insert_mention)
                             .Int(doc)
                             .Int(n.id)
                             .Int(0)
                             .Int(0)
                             .Int(0)
                             .Text("name")
                             .Text(n.name)
                             .Real(1.0)
                             .TextOrNull("")
                             .Run("store mention of " + n.key));
    }
  }
  return Status::OK();
}

}  // namespace

Status Store::PutGraph(const model::Graph& graph) {
  if (read_only_) {
    return Status::IOError(path_ + ": cannot import a graph: the database is open read-only");
  }
  const Conn c{db_, path_};
  if (c.InTransaction()) {
    return Status::Internal(path_ + ": PutGraph() inside Begin()/Commit()");
  }
  GraphPlan plan;
  NG_RETURN_IF_ERROR(ValidateGraph(graph, &plan));
  // ValidateGraph has checked every reference, so the per-row foreign key
  // lookups can go (they doubled the import time); the pragma is a no-op
  // inside a transaction, hence before BEGIN.
  NG_RETURN_IF_ERROR(Exec(c, "PRAGMA foreign_keys = OFF", "disable foreign keys"));
  Status s = Query(c, stmts_->begin_write).Run("begin import");
  if (!s.ok()) {
    Exec(c, "PRAGMA foreign_keys = ON", "enable foreign keys");
    return s;
  }
  auto body = [&]() -> Status {
    Stmt count;
    NG_RETURN_IF_ERROR(count.Prepare(
        c, "SELECT (SELECT COUNT(*) FROM entities), (SELECT COUNT(*) FROM documents)", false));
    int64_t entities = 0, documents = 0;
    {
      Query q(c, count);
      bool row;
      NG_RETURN_IF_ERROR(q.Next(&row, "count rows"));
      entities = q.ColInt(0);
      documents = q.ColInt(1);
    }
    if (entities != 0) {
      return Status::InvalidArgument(path_ +
                                     ": cannot import a graph: the database already holds " +
                                     std::to_string(entities) + " entities");
    }
    std::vector<std::pair<std::string, std::string>> indexes;
    if (documents == 0) {
      NG_RETURN_IF_ERROR(SecondaryIndexes(c, &indexes));
      for (const auto& [name, sql] : indexes) {
        NG_RETURN_IF_ERROR(Exec(c, ("DROP INDEX \"" + name + "\"").c_str(), "drop index " + name));
      }
    }
    const ImportStatements st{stmts_->upsert_document, stmts_->insert_alias,
                              stmts_->insert_sentence, stmts_->insert_relation_mention,
                              stmts_->insert_mention};
    NG_RETURN_IF_ERROR(WriteGraph(c, st, graph, plan));
    NG_RETURN_IF_ERROR(internal::BumpGraphGeneration(c));
    for (const auto& [name, sql] : indexes) {
      NG_RETURN_IF_ERROR(Exec(c, sql.c_str(), "create index " + name));
    }
    return Status::OK();
  };
  s = body();
  if (s.ok()) s = Query(c, stmts_->commit).Run("commit import");
  if (!s.ok()) Query(c, stmts_->rollback).Run("roll back import");
  Status fk = Exec(c, "PRAGMA foreign_keys = ON", "enable foreign keys");
  return s.ok() ? fk : s;
}

}  // namespace newsgraph::store
