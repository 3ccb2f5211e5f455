// Store::ReadDocumentRecords: every stored document as the record that
// would store it again.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/internal/store_internal.h"
#include "store/store.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;
using internal::Stmt;

namespace {

struct RecordStatements {
  Stmt documents, mentions, relations, entity;
  Status Prepare(const Conn& c) {
    NG_RETURN_IF_ERROR(documents.Prepare(
        c,
        "SELECT id, name, hash, date, size, url, title, source, text, duplicate_of "
        "FROM documents ORDER BY duplicate_of IS NOT NULL, id",
        false));
    NG_RETURN_IF_ERROR(mentions.Prepare(
        c,
        "SELECT entity_id, begin, end, sentence, how, confidence, rule, text FROM mentions "
        "WHERE document_id = ?1 ORDER BY id",
        false));
    NG_RETURN_IF_ERROR(relations.Prepare(
        c,
        "SELECT r.type, r.source_id, r.target_id, r.symmetric, rm.modality, rm.sentence, "
        "s.begin, s.end, rm.trigger_begin, rm.trigger_end, rm.rule, rm.cameo, rm.confidence, "
        "rm.event_date FROM relation_mentions rm JOIN relations r ON r.id = rm.relation_id "
        "JOIN sentences s ON s.document_id = rm.document_id AND s.idx = rm.sentence "
        "WHERE rm.document_id = ?1 ORDER BY rm.id",
        false));
    return entity.Prepare(
        c, "SELECT key, name, type, discovered, confidence FROM entities WHERE id = ?1", false);
  }
};

// Rows of one document: its mentions and relations with entity ids, made
// into a record whose entities are indexes.
class RecordBuilder {
 public:
  RecordBuilder(const Conn& c, RecordStatements& st) : c_(c), st_(st) {}

  Status Read(int64_t doc, DocumentRecord* r) {
    std::vector<int64_t> mention_entities, source_ids, target_ids;
    std::vector<std::string> surfaces;  // each mention as written
    {
      Query q(c_, st_.mentions);
      q.Int(doc);
      for (bool row;;) {
        NG_RETURN_IF_ERROR(q.Next(&row, "read mentions of " + r->info.name));
        if (!row) break;
        mention_entities.push_back(q.ColInt(0));
        MentionRecord& m = r->mentions.emplace_back();
        m.begin = static_cast<uint32_t>(q.ColInt(1));
        m.end = static_cast<uint32_t>(q.ColInt(2));
        m.sentence = static_cast<uint32_t>(q.ColInt(3));
        m.how = q.ColText(4);
        m.confidence = static_cast<float>(q.ColReal(5));
        m.rule = q.ColText(6);
        surfaces.push_back(q.ColText(7));
      }
    }
    {
      Query q(c_, st_.relations);
      q.Int(doc);
      for (bool row;;) {
        NG_RETURN_IF_ERROR(q.Next(&row, "read relations of " + r->info.name));
        if (!row) break;
        RelationRecord& x = r->relations.emplace_back();
        x.type = q.ColText(0);
        source_ids.push_back(q.ColInt(1));
        target_ids.push_back(q.ColInt(2));
        x.symmetric = q.ColInt(3) != 0;
        x.modality = q.ColText(4);
        x.sentence = static_cast<uint32_t>(q.ColInt(5));
        x.sentence_begin = static_cast<uint32_t>(q.ColInt(6));
        x.sentence_end = static_cast<uint32_t>(q.ColInt(7));
        x.trigger_begin = static_cast<uint32_t>(q.ColInt(8));
        x.trigger_end = static_cast<uint32_t>(q.ColInt(9));
        x.rule = q.ColText(10);
        x.cameo = q.ColText(11);
        x.confidence = static_cast<float>(q.ColReal(12));
        x.event_date = q.ColText(13);
      }
    }
    // The entities in the order of their first mention, as the tagger
    // lists them (new ones get their ids in this order where the record is
    // stored, as they did here); each with the surface forms of its
    // mentions that are not its name, as the tagger collects them.
    std::unordered_map<int64_t, uint32_t> index;
    std::vector<int64_t> ends = source_ids;
    ends.insert(ends.end(), target_ids.begin(), target_ids.end());
    std::sort(ends.begin(), ends.end());
    std::vector<int64_t> order = mention_entities;
    order.insert(order.end(), ends.begin(), ends.end());  // none without a mention, normally
    for (int64_t id : order) {
      if (!index.emplace(id, static_cast<uint32_t>(r->entities.size())).second) continue;
      NG_RETURN_IF_ERROR(ReadEntity(id, &r->entities.emplace_back()));
    }
    for (size_t i = 0; i < r->mentions.size(); ++i) {
      EntityRecord& e = r->entities[index[mention_entities[i]]];
      std::string& surface = surfaces[i];
      if (surface != e.name &&
          std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) {
        e.aliases.push_back(std::move(surface));
      }
    }
    for (size_t i = 0; i < r->mentions.size(); ++i) {
      r->mentions[i].entity = index[mention_entities[i]];
    }
    for (size_t i = 0; i < r->relations.size(); ++i) {
      r->relations[i].source = index[source_ids[i]];
      r->relations[i].target = index[target_ids[i]];
    }
    return Status::OK();
  }

 private:
  Status ReadEntity(int64_t id, EntityRecord* e) {
    Query q(c_, st_.entity);
    q.Int(id);
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read entity"));
    if (!row) return Status::Corruption(c_.path + ": entity " + std::to_string(id) + " is missing");
    e->key = q.ColText(0);
    e->name = q.ColText(1);
    e->type = q.ColText(2);
    e->discovered = q.ColInt(3) != 0;
    e->confidence = static_cast<float>(q.ColReal(4));
    return Status::OK();
  }

  const Conn& c_;
  RecordStatements& st_;
};

}  // namespace

Status Store::ReadDocumentRecords(const std::function<Status(DocumentRecord&&)>& visit) {
  if (schema_version_ < 7) {
    return Status::Corruption(path_ +
                              ": documents were stored without their text before schema version "
                              "7; open it for writing once, then ingest its files again with "
                              "--force");
  }
  const Conn c{db_, path_};
  const bool own_transaction = !c.InTransaction();
  if (own_transaction) NG_RETURN_IF_ERROR(Query(c, stmts_->begin_read).Run("begin read"));
  RecordStatements st;
  Status s = st.Prepare(c);
  RecordBuilder builder(c, st);
  if (s.ok()) {
    Query q(c, st.documents);
    for (bool row;;) {
      s = q.Next(&row, "read documents");
      if (!s.ok() || !row) break;
      DocumentRecord r;
      const int64_t id = q.ColInt(0);
      r.info.name = q.ColText(1);
      r.info.hash = q.ColText(2);
      r.info.date = q.ColText(3);
      r.info.size = static_cast<uint64_t>(q.ColInt(4));
      r.info.url = q.ColText(5);
      r.info.title = q.ColText(6);
      r.info.source = q.ColText(7);
      const bool has_text = !q.ColIsNull(8);
      r.text = q.ColText(8);
      const bool duplicate = !q.ColIsNull(9);
      if (!duplicate) {
        s = builder.Read(id, &r);
        if (!s.ok()) break;
        if (!has_text && !(r.mentions.empty() && r.relations.empty())) {
          s = Status::Corruption(path_ + ": document " + r.info.name +
                                 " has no stored text (ingest it again with --force)");
          break;
        }
      }
      s = visit(std::move(r));
      if (!s.ok()) break;
    }
  }
  if (own_transaction) {
    Status end = Query(c, stmts_->commit).Run("end read");
    if (s.ok()) s = end;
  }
  return s;
}

}  // namespace newsgraph::store
