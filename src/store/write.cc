// Store::PutDocument: one document's rows, replacing those of its earlier
// version.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/internal/store_internal.h"
#include "store/internal/validate.h"
#include "store/store.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;
using internal::Stmt;
using internal::Validate;

namespace {

// text[begin, end); the span has been checked (Validate).
std::string_view Slice(const std::string& text, uint32_t begin, uint32_t end) {
  return std::string_view(text).substr(begin, end - begin);
}

}  // namespace

Status Store::CheckRecord(const DocumentRecord& record) { return Validate(record); }

Status Store::PutDocument(const DocumentRecord& record, PutResult* result) {
  if (result != nullptr) *result = PutResult();
  const DocumentInfo& info = record.info;
  if (read_only_) {
    return Status::IOError(path_ + ": cannot store " + info.name +
                           ": the database is open read-only");
  }
  const Conn c{db_, path_};
  if (!c.InTransaction()) {
    return Status::Internal(path_ + ": PutDocument() outside Begin()/Commit()");
  }
  NG_RETURN_IF_ERROR(Validate(record));
  Statements& st = *stmts_;
  const std::string& text = record.text;
  bool row;

  // The stored version, if any.
  int64_t doc_id = 0;
  std::string old_hash;
  bool was_duplicate = false;
  {
    Query q(c, st.document_row);
    q.Text(info.name);
    NG_RETURN_IF_ERROR(q.Next(&row, "read document " + info.name));
    if (row) {
      doc_id = q.ColInt(0);
      old_hash = q.ColText(1);
      was_duplicate = q.ColInt(2) != 0;
    }
  }
  // Another document with this text: this one is then stored as its
  // duplicate, without rows of its own.
  int64_t original_id = 0;
  std::string original_name;
  {
    Query q(c, st.original_of_text);
    q.Text(info.hash).Text(info.name);
    NG_RETURN_IF_ERROR(q.Next(&row, "find documents with the text of " + info.name));
    if (row) {
      original_id = q.ColInt(0);
      original_name = q.ColText(1);
    }
  }
  // The old rows stand for the old text's duplicates too: when the text
  // changes, the first duplicate takes them over.
  if (doc_id != 0 && !was_duplicate && old_hash != info.hash) {
    int64_t heir = 0;
    {
      Query q(c, st.first_duplicate);
      q.Int(doc_id);
      NG_RETURN_IF_ERROR(q.Next(&row, "find duplicates of " + info.name));
      if (row) heir = q.ColInt(0);  // 0 for NULL: no duplicate
    }
    if (heir != 0) {
      for (const Stmt* move : {&st.move_mentions, &st.move_relation_mentions, &st.move_sentences,
                               &st.repoint_duplicates}) {
        NG_RETURN_IF_ERROR(Query(c, *move).Int(doc_id).Int(heir).Run(
            "hand the rows of " + info.name + " to a duplicate"));
      }
    }
  }

  // The old version: remember its relations, delete its rows.
  std::vector<int64_t> old_relations;
  if (doc_id != 0) {
    Query q(c, st.document_relations);
    q.Int(doc_id);
    for (;;) {
      NG_RETURN_IF_ERROR(q.Next(&row, "read relations of " + info.name));
      if (!row) break;
      old_relations.push_back(q.ColInt(0));
    }
  }
  if (doc_id != 0) {
    for (const Stmt* del :
         {&st.delete_mentions, &st.delete_relation_mentions, &st.delete_sentences}) {
      NG_RETURN_IF_ERROR(Query(c, *del).Int(doc_id).Run("delete " + info.name));
    }
  }

  // The document row; its id survives an update.
  NG_RETURN_IF_ERROR(Query(c, st.upsert_document)
                         .Text(info.name)
                         .Text(info.hash)
                         .TextOrNull(info.date)
                         .Int(static_cast<int64_t>(info.size))
                         .IdOrNull(original_id)
                         .TextOrNull(info.url)
                         .TextOrNull(info.title)
                         .TextOrNull(info.source)
                         .TextOrNull(original_id != 0 ? std::string_view() : std::string_view(text))
                         .Run("store document " + info.name));
  if (doc_id == 0) doc_id = c.LastInsertRowid();
  // Relations only the old version supported. Deleted last, so that a
  // relation the new version still supports keeps its id.
  auto delete_unused_relations = [&]() {
    for (int64_t id : old_relations) {
      NG_RETURN_IF_ERROR(Query(c, st.delete_unused_relation).Int(id).Run("delete relation"));
    }
    return Status::OK();
  };
  if (original_id != 0) {
    if (result != nullptr) result->duplicate_of = original_name;
    return delete_unused_relations();
  }

  // Entities and their aliases. Every name seen that is not the stored
  // canonical name becomes an alias, including a canonical name that the
  // upsert replaced; a name that becomes canonical stops being an alias (a
  // discovered name spelt two ways, "José"/"Jose", swaps on each --force).
  // An entity this transaction already wrote is written again only when
  // the upsert would change it (the rule of upsert_entity, applied to the
  // row as cached); an alias it already stored is not inserted again.
  std::vector<int64_t> entity_ids;
  entity_ids.reserve(record.entities.size());
  const bool cache = c.InTransaction();  // only inside a transaction
  for (const EntityRecord& e : record.entities) {
    EntityCache::Row* cached = nullptr;
    if (cache) {
      auto it = entity_cache_->by_key.find(e.key);
      if (it != entity_cache_->by_key.end()) cached = &it->second;
    }
    const bool keep_old = cached != nullptr && e.discovered && !cached->discovered;
    const bool unchanged =
        cached != nullptr && (keep_old || (e.name == cached->name && e.type == cached->type)) &&
        (e.discovered || !cached->discovered) && e.confidence <= cached->confidence;
    std::string old_name;
    EntityCache::Row fresh;
    EntityCache::Row& r = cached != nullptr ? *cached : fresh;
    if (unchanged) {
      old_name = r.name;
    } else {
      if (cached != nullptr) {
        old_name = cached->name;
      } else {
        Query q(c, st.entity_row);
        q.Text(e.key);
        NG_RETURN_IF_ERROR(q.Next(&row, "read entity " + e.key));
        if (row) old_name = q.ColText(1);
      }
      NG_RETURN_IF_ERROR(Query(c, st.upsert_entity)
                             .Text(e.key)
                             .Text(e.name)
                             .Text(e.type)
                             .Int(e.discovered ? 1 : 0)
                             .Real(e.confidence)
                             .Run("store entity " + e.key));
      Query q(c, st.entity_row);
      q.Text(e.key);
      NG_RETURN_IF_ERROR(q.Next(&row, "read entity " + e.key));
      if (!row) return Status::Internal(path_ + ": entity " + e.key + " vanished");
      r.id = q.ColInt(0);
      r.name = q.ColText(1);
      r.type = q.ColText(2);
      r.discovered = q.ColInt(3) != 0;
      r.confidence = q.ColReal(4);
      if (r.name != old_name) {
        NG_RETURN_IF_ERROR(
            Query(c, st.delete_alias).Int(r.id).Text(r.name).Run("update aliases of " + e.key));
        r.aliases.erase(r.name);
      }
    }
    entity_ids.push_back(r.id);
    auto add_alias = [&](const std::string& alias) {
      if (alias.empty() || alias == r.name) return Status::OK();
      if (cache && !r.aliases.insert(alias).second) return Status::OK();
      return Query(c, st.insert_alias).Int(r.id).Text(alias).Run("store alias of " + e.key);
    };
    NG_RETURN_IF_ERROR(add_alias(old_name));
    NG_RETURN_IF_ERROR(add_alias(e.name));
    for (const std::string& alias : e.aliases) {
      NG_RETURN_IF_ERROR(add_alias(alias));
    }
    if (cache && cached == nullptr) entity_cache_->by_key.emplace(e.key, std::move(fresh));
  }

  for (const MentionRecord& m : record.mentions) {
    NG_RETURN_IF_ERROR(Query(c, st.insert_mention)
                           .Int(doc_id)
                           .Int(entity_ids[m.entity])
                           .Int(m.begin)
                           .Int(m.end)
                           .Int(m.sentence)
                           .Text(m.how)
                           .Text(Slice(text, m.begin, m.end))
                           .Real(m.confidence)
                           .TextOrNull(m.rule)
                           .Run("store mention in " + info.name));
  }

  for (const RelationRecord& r : record.relations) {
    NG_RETURN_IF_ERROR(Query(c, st.insert_sentence)
                           .Int(doc_id)
                           .Int(r.sentence)
                           .Int(r.sentence_begin)
                           .Int(r.sentence_end)
                           .Text(Slice(text, r.sentence_begin, r.sentence_end))
                           .Run("store sentence of " + info.name));
    int64_t source = entity_ids[r.source];
    int64_t target = entity_ids[r.target];
    if (r.symmetric && source > target) std::swap(source, target);
    NG_RETURN_IF_ERROR(Query(c, st.insert_relation)
                           .Text(r.type)
                           .Int(source)
                           .Int(target)
                           .Int(r.symmetric ? 1 : 0)
                           .Run("store relation " + r.type));
    int64_t relation_id = 0;
    {
      Query q(c, st.relation_id);
      q.Text(r.type).Int(source).Int(target);
      NG_RETURN_IF_ERROR(q.Next(&row, "read relation " + r.type));
      if (!row) return Status::Internal(path_ + ": relation " + r.type + " vanished");
      relation_id = q.ColInt(0);
    }
    NG_RETURN_IF_ERROR(Query(c, st.insert_relation_mention)
                           .Int(relation_id)
                           .Int(doc_id)
                           .Int(r.sentence)
                           .Int(r.trigger_begin)
                           .Int(r.trigger_end)
                           .Text(r.rule)
                           .Text(r.modality)
                           .Real(r.confidence)
                           .TextOrNull(r.cameo)
                           .TextOrNull(r.event_date)
                           .Run("store relation mention in " + info.name));
  }

  return delete_unused_relations();
}

}  // namespace newsgraph::store
