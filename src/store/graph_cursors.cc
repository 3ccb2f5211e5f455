// The cursors of store/internal/graph_cursors.h. Their SQL is read.cc's
// (LoadNodes, LoadAliases, LoadEdges, LoadEvidence), reordered so that the
// evidence comes by relation id, and must stay in step with it: the
// streaming export is checked byte for byte against LoadGraph
// (tests/export/stream_export_test.cc).
#include "store/internal/graph_cursors.h"

#include <algorithm>
#include <string>

#include "store/records.h"

namespace newsgraph::store::internal {
namespace {

bool HasDates(const model::GraphFilter& f) { return !f.date_from.empty() || !f.date_to.empty(); }

// Rank of a modality, strongest first (kModalities).
constexpr const char* kModalityRank =
    "CASE rm.modality WHEN 'asserted' THEN 0 WHEN 'planned' THEN 1 "
    "WHEN 'hypothetical' THEN 2 ELSE 3 END";

// Columns 0-5 of a node query: id, key, name, type, discovered, confidence.
void ReadNodeColumns(const Query& q, model::Node* n) {
  n->id = q.ColInt(0);
  n->key = q.ColText(1);
  n->name = q.ColText(2);
  n->type = q.ColText(3);
  n->discovered = q.ColInt(4) != 0;
  n->confidence = q.ColReal(5);
  n->aliases.clear();
}

// Columns 0-4 of an edge query: id, type, source_id, target_id, symmetric.
void ReadEdgeColumns(const Query& q, model::Edge* e) {
  e->id = q.ColInt(0);
  e->type = q.ColText(1);
  e->source = q.ColInt(2);
  e->target = q.ColInt(3);
  e->symmetric = q.ColInt(4) != 0;
  e->first_seen.clear();
  e->last_seen.clear();
  e->evidence.clear();
  e->merged_ids.clear();
}

}  // namespace

void GraphConditions::AddDates(const model::GraphFilter& f) {
  if (!f.date_from.empty()) Add(" AND d.date >= ?", {f.date_from});
  if (!f.date_to.empty()) Add(" AND d.date <= ?", {f.date_to});
}

void GraphConditions::AddIn(const char* column, const std::vector<std::string>& values) {
  if (values.empty()) return;
  std::string term = std::string(" AND ") + column + " IN (";
  for (size_t i = 0; i < values.size(); ++i) term += i == 0 ? "?" : ", ?";
  Add(term + ")", values);
}

void GraphConditions::Add(const std::string& term, const std::vector<std::string>& values) {
  sql += term;
  params.insert(params.end(), values.begin(), values.end());
}

void GraphConditions::Bind(Query* q) const {
  for (const std::string& p : params) q->Text(p);
}

GraphConditions MentionConditions(const model::GraphFilter& f) {
  GraphConditions where;
  if (!f.include_negated) where.Add(" AND rm.modality <> 'negated'", {});
  where.AddDates(f);
  where.AddIn("r.type", f.relation_types);
  return where;
}

Status NodeCursor::Open(const Conn& c, const model::GraphFilter& f) {
  scan_ = !HasDates(f);
  if (scan_) {
    where_.AddIn("e.type", f.entity_types);
    NG_RETURN_IF_ERROR(entities_.Prepare(
        c,
        "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence FROM entities e "
        "WHERE 1" +
            where_.sql + " ORDER BY e.id",
        false));
    NG_RETURN_IF_ERROR(mentions_.Prepare(
        c,
        "SELECT entity_id, document_id FROM mentions INDEXED BY mentions_by_entity "
        "ORDER BY entity_id, document_id",
        false));
    qm_ = std::make_unique<Query>(c, mentions_);
    NG_RETURN_IF_ERROR(qm_->Next(&have_mention_, "read mentions"));
  } else {
    where_.AddDates(f);
    where_.AddIn("e.type", f.entity_types);
    NG_RETURN_IF_ERROR(
        entities_.Prepare(c,
                          "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence, "
                          "COUNT(*), COUNT(DISTINCT m.document_id) "
                          "FROM entities e JOIN mentions m ON m.entity_id = e.id "
                          "JOIN documents d ON d.id = m.document_id WHERE 1" +
                              where_.sql + " GROUP BY e.id ORDER BY e.id",
                          false));
  }
  qe_ = std::make_unique<Query>(c, entities_);
  where_.Bind(qe_.get());
  return Status::OK();
}

Status NodeCursor::Next(model::Node* n, bool* have) {
  for (;;) {
    NG_RETURN_IF_ERROR(qe_->Next(have, "read nodes"));
    if (!*have) return Status::OK();
    if (!scan_) {
      ReadNodeColumns(*qe_, n);
      n->mentions = qe_->ColInt(6);
      n->documents = qe_->ColInt(7);
      return Status::OK();
    }
    const int64_t id = qe_->ColInt(0);
    int64_t count = 0, documents = 0, last_document = -1;
    while (have_mention_ && qm_->ColInt(0) < id) {
      NG_RETURN_IF_ERROR(qm_->Next(&have_mention_, "read mentions"));
    }
    while (have_mention_ && qm_->ColInt(0) == id) {
      int64_t doc = qm_->ColInt(1);
      ++count;
      if (doc != last_document) ++documents, last_document = doc;
      NG_RETURN_IF_ERROR(qm_->Next(&have_mention_, "read mentions"));
    }
    if (count == 0) continue;
    ReadNodeColumns(*qe_, n);
    n->mentions = count;
    n->documents = documents;
    return Status::OK();
  }
}

Status AliasCursor::Open(const Conn& c) {
  NG_RETURN_IF_ERROR(
      stmt_.Prepare(c, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias", false));
  q_ = std::make_unique<Query>(c, stmt_);
  return q_->Next(&have_, "read aliases");
}

Status AliasCursor::Fill(model::Node* n) {
  n->aliases.clear();
  while (have_ && q_->ColInt(0) < n->id) NG_RETURN_IF_ERROR(q_->Next(&have_, "read aliases"));
  while (have_ && q_->ColInt(0) == n->id) {
    std::string alias = q_->ColText(1);
    if (alias != n->name) n->aliases.push_back(std::move(alias));
    NG_RETURN_IF_ERROR(q_->Next(&have_, "read aliases"));
  }
  return Status::OK();
}

Status EdgeCursor::Open(const Conn& c, const model::GraphFilter& f) {
  scan_ = !HasDates(f);
  min_support_ = std::max<int64_t>(1, f.min_support);
  if (!scan_) {
    where_ = MentionConditions(f);
    NG_RETURN_IF_ERROR(relations_.Prepare(
        c,
        "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric, COUNT(*), "
        "COUNT(DISTINCT rm.document_id), MIN(" +
            std::string(kModalityRank) +
            "), MIN(d.date), MAX(d.date) "
            "FROM relations r JOIN relation_mentions rm ON rm.relation_id = r.id "
            "JOIN documents d ON d.id = rm.document_id WHERE 1" +
            where_.sql + " GROUP BY r.id HAVING COUNT(DISTINCT rm.document_id) >= ? ORDER BY r.id",
        false));
    qr_ = std::make_unique<Query>(c, relations_);
    where_.Bind(qr_.get());
    qr_->Int(min_support_);
    return Status::OK();
  }
  where_.AddIn("r.type", f.relation_types);
  NG_RETURN_IF_ERROR(relations_.Prepare(
      c,
      "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric FROM relations r WHERE 1" +
          where_.sql + " ORDER BY r.id",
      false));
  std::string msql =
      "SELECT relation_id, document_id, modality FROM relation_mentions "
      "INDEXED BY relation_mentions_by_relation ";
  if (!f.include_negated) msql += "WHERE modality <> 'negated' ";
  msql += "ORDER BY relation_id, document_id";
  NG_RETURN_IF_ERROR(mentions_.Prepare(c, msql, false));
  {
    Stmt stmt;
    NG_RETURN_IF_ERROR(
        stmt.Prepare(c, "SELECT id, date FROM documents WHERE date IS NOT NULL", false));
    Query q(c, stmt);
    for (;;) {
      bool row;
      NG_RETURN_IF_ERROR(q.Next(&row, "read document dates"));
      if (!row) break;
      dates_.emplace(q.ColInt(0), q.ColText(1));
    }
  }
  qr_ = std::make_unique<Query>(c, relations_);
  where_.Bind(qr_.get());
  qm_ = std::make_unique<Query>(c, mentions_);
  return qm_->Next(&have_mention_, "read relation mentions");
}

Status EdgeCursor::Next(model::Edge* e, bool* have) {
  for (;;) {
    NG_RETURN_IF_ERROR(qr_->Next(have, "read edges"));
    if (!*have) return Status::OK();
    if (!scan_) {
      ReadEdgeColumns(*qr_, e);
      e->support_mentions = qr_->ColInt(5);
      e->support_documents = qr_->ColInt(6);
      e->modality = kModalities[std::clamp<int64_t>(qr_->ColInt(7), 0, 3)];
      e->first_seen = qr_->ColText(8);
      e->last_seen = qr_->ColText(9);
      return Status::OK();
    }
    const int64_t id = qr_->ColInt(0);
    int64_t count = 0, documents = 0, last_document = -1, best = 3;
    const std::string* first = nullptr;
    const std::string* last = nullptr;
    while (have_mention_ && qm_->ColInt(0) < id) {
      NG_RETURN_IF_ERROR(qm_->Next(&have_mention_, "read relation mentions"));
    }
    while (have_mention_ && qm_->ColInt(0) == id) {
      int64_t doc = qm_->ColInt(1);
      ++count;
      if (doc != last_document) {
        ++documents, last_document = doc;
        auto d = dates_.find(doc);
        if (d != dates_.end()) {
          if (first == nullptr || d->second < *first) first = &d->second;
          if (last == nullptr || d->second > *last) last = &d->second;
        }
      }
      std::string modality = qm_->ColText(2);
      for (int64_t r = 0; r < best; ++r) {
        if (modality == kModalities[r]) {
          best = r;
          break;
        }
      }
      NG_RETURN_IF_ERROR(qm_->Next(&have_mention_, "read relation mentions"));
    }
    if (count == 0 || documents < min_support_) continue;
    ReadEdgeColumns(*qr_, e);
    e->support_mentions = count;
    e->support_documents = documents;
    e->modality = kModalities[best];
    if (first != nullptr) e->first_seen = *first, e->last_seen = *last;
    return Status::OK();
  }
}

Status EvidenceCursor::Open(const Conn& c, const model::GraphFilter& f, int schema_version) {
  where_ = MentionConditions(f);
  const std::string sql =
      "SELECT rm.relation_id, d.name, d.date, rm.sentence, s.begin, s.end, "
      "s.text, rm.rule, rm.modality, rm.confidence, " +
      std::string(schema_version >= 2 ? "rm.cameo, " : "NULL, ") +
      std::string(schema_version >= 4 ? "d.url, d.title, d.source, " : "NULL, NULL, NULL, ") +
      std::string(schema_version >= 6 ? "rm.event_date, " : "NULL, ") +
      "rm.trigger_begin, rm.trigger_end "
      "FROM relation_mentions rm "
      "JOIN relations r ON r.id = rm.relation_id "
      "JOIN documents d ON d.id = rm.document_id "
      "LEFT JOIN sentences s ON s.document_id = rm.document_id AND s.idx = rm.sentence "
      "WHERE 1" +
      where_.sql + " ORDER BY rm.relation_id, d.name, rm.sentence, rm.id";
  NG_RETURN_IF_ERROR(stmt_.Prepare(c, sql, false));
  q_ = std::make_unique<Query>(c, stmt_);
  where_.Bind(q_.get());
  return q_->Next(&have_, "read evidence");
}

Status EvidenceCursor::Fill(model::Edge* e) {
  e->evidence.clear();
  while (have_ && q_->ColInt(0) < e->id) NG_RETURN_IF_ERROR(q_->Next(&have_, "read evidence"));
  while (have_ && q_->ColInt(0) == e->id) {
    const Query& q = *q_;
    model::Evidence& ev = e->evidence.emplace_back();
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
    NG_RETURN_IF_ERROR(q_->Next(&have_, "read evidence"));
  }
  return Status::OK();
}

}  // namespace newsgraph::store::internal
