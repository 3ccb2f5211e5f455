// The statements a Store keeps prepared for its life (Store::Statements).
#include <utility>

#include "store/internal/store_internal.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Stmt;

Status Store::Statements::PrepareAll(const Conn& c, bool writable) {
  const std::pair<Stmt*, const char*> reads[] = {
      {&begin_read, "BEGIN"},
      {&commit, "COMMIT"},
      {&rollback, "ROLLBACK"},
      {&document_hash, "SELECT hash FROM documents WHERE name = ?1"},
      {&stats,
       "SELECT (SELECT COUNT(*) FROM documents), "
       "(SELECT COUNT(*) FROM entities WHERE EXISTS "
       "(SELECT 1 FROM mentions WHERE mentions.entity_id = entities.id)), "
       "(SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM relations), "
       "(SELECT COUNT(*) FROM relation_mentions)"},
      {&entity_types, "SELECT DISTINCT type FROM entities ORDER BY type"},
      {&relation_types, "SELECT DISTINCT type FROM relations ORDER BY type"},
      {&undated, "SELECT COUNT(*) FROM documents WHERE date IS NULL OR date = ''"},
  };
  for (const auto& [stmt, sql] : reads) {
    NG_RETURN_IF_ERROR(stmt->Prepare(c, sql, /*persistent=*/true));
  }
  if (!writable) return Status::OK();
  const std::pair<Stmt*, const char*> writes[] = {
      {&begin_write, "BEGIN IMMEDIATE"},
      {&document_row, "SELECT id, hash, duplicate_of FROM documents WHERE name = ?1"},
      // The document that holds the rows of a text; documents of a graph
      // import have no hash and are never duplicates.
      {&original_of_text,
       "SELECT id, name FROM documents "
       "WHERE hash = ?1 AND hash <> '' AND duplicate_of IS NULL AND name <> ?2 "
       "ORDER BY id LIMIT 1"},
      {&first_duplicate, "SELECT MIN(id) FROM documents WHERE duplicate_of = ?1"},
      {&move_mentions, "UPDATE mentions SET document_id = ?2 WHERE document_id = ?1"},
      {&move_relation_mentions,
       "UPDATE relation_mentions SET document_id = ?2 WHERE document_id = ?1"},
      {&move_sentences, "UPDATE sentences SET document_id = ?2 WHERE document_id = ?1"},
      {&repoint_duplicates,
       "UPDATE documents SET duplicate_of = NULLIF(?2, id) WHERE duplicate_of = ?1"},
      {&document_relations,
       "SELECT DISTINCT relation_id FROM relation_mentions WHERE document_id = ?1"},
      {&delete_mentions, "DELETE FROM mentions WHERE document_id = ?1"},
      {&delete_relation_mentions, "DELETE FROM relation_mentions WHERE document_id = ?1"},
      {&delete_sentences, "DELETE FROM sentences WHERE document_id = ?1"},
      {&upsert_document,
       "INSERT INTO documents (name, hash, date, size, ingested_at, duplicate_of, "
       "url, title, source, text) "
       "VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?5, ?6, ?7, ?8, ?9) "
       "ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, "
       "date = excluded.date, size = excluded.size, "
       "ingested_at = excluded.ingested_at, duplicate_of = excluded.duplicate_of, "
       "url = excluded.url, title = excluded.title, source = excluded.source, "
       "text = excluded.text"},
      // Name and type come from the latest writer, unless a discovered
      // entity would overwrite a gazetteer one; confidence keeps the max.
      {&upsert_entity,
       "INSERT INTO entities (key, name, type, discovered, confidence) "
       "VALUES (?1, ?2, ?3, ?4, ?5) "
       "ON CONFLICT (key) DO UPDATE SET "
       "name = CASE WHEN excluded.discovered > entities.discovered "
       "THEN entities.name ELSE excluded.name END, "
       "type = CASE WHEN excluded.discovered > entities.discovered "
       "THEN entities.type ELSE excluded.type END, "
       "discovered = MIN(entities.discovered, excluded.discovered), "
       "confidence = MAX(entities.confidence, excluded.confidence)"},
      {&entity_row, "SELECT id, name, type, discovered, confidence FROM entities WHERE key = ?1"},
      {&insert_alias, "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?1, ?2)"},
      {&delete_alias, "DELETE FROM aliases WHERE entity_id = ?1 AND alias = ?2"},
      {&insert_mention,
       "INSERT INTO mentions (document_id, entity_id, begin, end, sentence, "
       "how, text, confidence, rule) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&insert_sentence,
       "INSERT OR IGNORE INTO sentences (document_id, idx, begin, end, text) "
       "VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&insert_relation,
       "INSERT INTO relations (type, source_id, target_id, symmetric) "
       "VALUES (?1, ?2, ?3, ?4) "
       "ON CONFLICT (type, source_id, target_id) DO NOTHING"},
      {&relation_id,
       "SELECT id FROM relations "
       "WHERE type = ?1 AND source_id = ?2 AND target_id = ?3"},
      {&insert_relation_mention,
       "INSERT INTO relation_mentions (relation_id, document_id, sentence, "
       "trigger_begin, trigger_end, rule, modality, confidence, cameo, event_date) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
      {&delete_unused_relation,
       "DELETE FROM relations WHERE id = ?1 AND NOT EXISTS "
       "(SELECT 1 FROM relation_mentions WHERE relation_id = ?1)"},
  };
  for (const auto& [stmt, sql] : writes) {
    NG_RETURN_IF_ERROR(stmt->Prepare(c, sql, /*persistent=*/true));
  }
  return Status::OK();
}

}  // namespace newsgraph::store
