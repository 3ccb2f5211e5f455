// Internal to store/: the parts of Store that its files share. Store is
// implemented across store/, a file a job:
//   store.cc       open and close, transactions, stored hashes
//   sqlite.h/.cc   the SQLite helpers (Conn, Stmt, Query, errors)
//   schema.h/.cc   schema version, creation and upgrade, pragmas
//   statements.cc  the statements kept prepared (Statements)
//   validate.h/.cc the checks of a DocumentRecord
//   write.cc       PutDocument
//   read.cc        LoadGraph, LoadEvidence
//   import.cc      PutGraph
//   meta.cc        counts and types, corrections, remembered gazetteers,
//                  stored texts
#ifndef NEWSGRAPH_STORE_INTERNAL_STORE_INTERNAL_H_
#define NEWSGRAPH_STORE_INTERNAL_STORE_INTERNAL_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "store/curation.h"
#include "store/internal/sqlite.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::store {

// Statements reused by every call; prepared once in Open()
// (statements.cc).
struct Store::Statements {
  internal::Stmt begin_write, begin_read, commit, rollback;
  internal::Stmt document_hash, document_row, document_relations, original_of_text, first_duplicate;
  internal::Stmt delete_mentions, delete_relation_mentions, delete_sentences;
  internal::Stmt move_mentions, move_relation_mentions, move_sentences, repoint_duplicates;
  internal::Stmt upsert_document, upsert_entity, entity_row, insert_alias, delete_alias,
      insert_mention, insert_sentence, insert_relation, relation_id, insert_relation_mention,
      delete_unused_relation;
  internal::Stmt stats, entity_types, relation_types, undated;

  // The write statements are prepared only when `writable`: on a read-only
  // store of an older schema they may name columns it does not have.
  Status PrepareAll(const internal::Conn& c, bool writable);
};

// An entity row as this transaction left it, and the aliases it stored.
struct Store::EntityCache {
  struct Row {
    int64_t id = 0;
    std::string name, type;
    bool discovered = false;
    double confidence = 0;
    std::unordered_set<std::string> aliases;  // inserted (or found) in this transaction
  };
  std::unordered_map<std::string, Row> by_key;
};

namespace internal {

// The corrections of schema/005_curation.sql, in id order (meta.cc).
Status ReadCorrections(const Conn& c, std::vector<Correction>* log);

// Adds one to meta 'graph_generation' (creating it at 1), inside the
// caller's write transaction (meta.cc; Store::Fingerprint).
Status BumpGraphGeneration(const Conn& c);

}  // namespace internal
}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_INTERNAL_STORE_INTERNAL_H_
