#include "store/store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/read_only_open.h"
#include "store/schema_sql.h"
#include "util/dates.h"

namespace newsgraph::store {
namespace {

// Converts an SQLite result code into a Status that names the file. `what`
// says what was being done ("insert mention").
Status SqliteError(sqlite3* db, const std::string& path, int rc,
                   std::string_view what) {
  std::string msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  const int primary = rc & 0xff;
  if (db != nullptr && (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR) &&
      sqlite3_system_errno(db) != 0) {
    msg += std::string(" (") + std::strerror(sqlite3_system_errno(db)) + ")";
  }
  const std::string where = path + ": " + std::string(what) + ": " + msg;
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Busy(path + ": database is locked by another process");
    case SQLITE_NOTADB:
      return Status::Corruption(path + ": not a newsgraph database (" + msg + ")");
    case SQLITE_CORRUPT:
      return Status::Corruption(where);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Status::IOError(where);
    default:
      return Status::Internal(where);
  }
}

// The connection and its file name, for the helpers below.
struct Conn {
  sqlite3* db;
  const std::string& path;
  Status Error(int rc, std::string_view what) const {
    return SqliteError(db, path, rc, what);
  }
};

// Runs SQL that returns no rows (several statements allowed).
Status Exec(const Conn& c, const char* sql, std::string_view what) {
  int rc = sqlite3_exec(c.db, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : c.Error(rc, what);
}

// Owns one prepared statement.
class Stmt {
 public:
  Stmt() = default;
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // `persistent` for statements kept for the life of the Store.
  Status Prepare(const Conn& c, std::string_view sql, bool persistent) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    int rc = sqlite3_prepare_v3(c.db, sql.data(), static_cast<int>(sql.size()),
                                persistent ? SQLITE_PREPARE_PERSISTENT : 0,
                                &stmt_, nullptr);
    return rc == SQLITE_OK ? Status::OK() : c.Error(rc, "prepare statement");
  }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// One execution of a prepared statement: bind the parameters in order, then
// Run() or Next() through the rows. Resets the statement on destruction, so
// that it holds no read lock and no pointer into the caller's strings
// (text is bound without copying: it must outlive the Query).
class Query {
 public:
  Query(const Conn& c, const Stmt& stmt) : c_(c), s_(stmt.get()) {}
  ~Query() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& Int(int64_t v) { return Check(sqlite3_bind_int64(s_, ++n_, v)); }
  Query& Real(double v) { return Check(sqlite3_bind_double(s_, ++n_, v)); }
  Query& Text(std::string_view v) {
    return Check(sqlite3_bind_text(s_, ++n_, v.data(), static_cast<int>(v.size()),
                                   SQLITE_STATIC));
  }
  // NULL for an empty string.
  Query& TextOrNull(std::string_view v) {
    return v.empty() ? Check(sqlite3_bind_null(s_, ++n_)) : Text(v);
  }
  // NULL for 0 (row ids start at 1).
  Query& IdOrNull(int64_t id) { return id == 0 ? Check(sqlite3_bind_null(s_, ++n_)) : Int(id); }

  // Steps once; sets *row when a row is available.
  Status Next(bool* row, std::string_view what) {
    int rc = bind_rc_ != SQLITE_OK ? bind_rc_ : sqlite3_step(s_);
    *row = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? Status::OK() : c_.Error(rc, what);
  }
  // Runs a statement that returns no rows.
  Status Run(std::string_view what) {
    bool row;
    return Next(&row, what);
  }

  int64_t ColInt(int i) const { return sqlite3_column_int64(s_, i); }
  int ColType(int i) const { return sqlite3_column_type(s_, i); }
  double ColReal(int i) const { return sqlite3_column_double(s_, i); }
  // "" for NULL.
  std::string ColText(int i) const {
    const unsigned char* p = sqlite3_column_text(s_, i);
    return p == nullptr ? std::string()
                        : std::string(reinterpret_cast<const char*>(p),
                                      sqlite3_column_bytes(s_, i));
  }

 private:
  Query& Check(int rc) {
    if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
    return *this;
  }
  const Conn& c_;
  sqlite3_stmt* s_;
  int n_ = 0;
  int bind_rc_ = SQLITE_OK;
};

bool IsModality(std::string_view m) {
  return m == relations::kAsserted || m == relations::kPlanned ||
         m == relations::kHypothetical || m == relations::kNegated;
}

// The byte range of relation mention `r`'s evidence sentence: its own
// sentence_span, or else the span of sentence r.sentence.
text::Span EvidenceSpan(const text::Document& doc,
                        const relations::RelationMention& r) {
  if (r.sentence_span.end > r.sentence_span.begin) return r.sentence_span;
  if (r.sentence < doc.sentences.size()) return doc.sentences[r.sentence].span;
  return text::Span{1, 0};  // invalid: rejected by Validate
}

bool InText(const text::Document& doc, text::Span s) {
  return s.begin <= s.end && s.end <= doc.text.size();
}

// Checks every index and span before anything is written.
Status Validate(const DocumentInfo& info, const ner::TaggedDocument& tagged,
                const std::vector<relations::RelationMention>& rels) {
  const std::string& name = info.name;
  if (name.empty()) return Status::InvalidArgument("document without a name");
  if (!info.date.empty() && !util::IsDay(info.date)) {
    return Status::InvalidArgument(name + ": date \"" + info.date +
                                   "\" is not YYYY-MM-DD");
  }
  const size_t n = tagged.entities.size();
  for (size_t i = 0; i < tagged.mentions.size(); ++i) {
    const ner::Mention& m = tagged.mentions[i];
    std::string where = name + ": mention " + std::to_string(i) + ": ";
    if (m.entity >= n) {
      return Status::InvalidArgument(where + "entity " + std::to_string(m.entity) +
                                     " out of range (" + std::to_string(n) +
                                     " entities)");
    }
    if (!InText(tagged.doc, m.span)) {
      return Status::InvalidArgument(where + "span outside the text");
    }
  }
  for (size_t i = 0; i < rels.size(); ++i) {
    const relations::RelationMention& r = rels[i];
    std::string where = name + ": relation " + std::to_string(i) + " (" + r.type + "): ";
    if (r.type.empty()) return Status::InvalidArgument(where + "empty type");
    if (r.source >= n || r.target >= n) {
      return Status::InvalidArgument(where + "entity out of range (" +
                                     std::to_string(n) + " entities)");
    }
    if (!IsModality(r.modality)) {
      return Status::InvalidArgument(where + "unknown modality \"" + r.modality + "\"");
    }
    if (!InText(tagged.doc, r.trigger) ||
        !InText(tagged.doc, EvidenceSpan(tagged.doc, r))) {
      return Status::InvalidArgument(where + "span outside the text");
    }
  }
  return Status::OK();
}

}  // namespace

// Statements reused by every call; prepared once in Open().
struct Store::Statements {
  Stmt begin_write, begin_read, commit, rollback;
  Stmt document_hash, document_row, document_relations, original_of_text, first_duplicate;
  Stmt delete_mentions, delete_relation_mentions, delete_sentences;
  Stmt move_mentions, move_relation_mentions, move_sentences, repoint_duplicates;
  Stmt upsert_document, upsert_entity, entity_row, insert_alias, delete_alias, insert_mention,
      insert_sentence, insert_relation, relation_id, insert_relation_mention,
      delete_unused_relation;
  Stmt stats, entity_types, relation_types, undated;

  // The write statements are prepared only when `writable`: on a read-only
  // store of an older schema they may name columns it does not have.
  Status PrepareAll(const Conn& c, bool writable) {
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
        {&delete_relation_mentions,
         "DELETE FROM relation_mentions WHERE document_id = ?1"},
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
        {&entity_row,
         "SELECT id, name, type, discovered, confidence FROM entities WHERE key = ?1"},
        {&insert_alias,
         "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?1, ?2)"},
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
};

namespace {

// Counts the schema objects of the file (0 for a new, empty database).
Status CountSchemaObjects(const Conn& c, int64_t* objects) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "SELECT COUNT(*) FROM sqlite_master", false));
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read schema"));
  *objects = row ? q.ColInt(0) : 0;
  return Status::OK();
}

// Reads meta.schema_version into *version. Corruption when the file is not
// a newsgraph database or holds a version this code cannot read (a newer
// newsgraph wrote it).
Status ReadSchemaVersion(const Conn& c, int* version) {
  const std::string not_ours = c.path + ": not a newsgraph database (";
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
      false));
  {
    Query q(c, stmt);
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read schema"));
    if (!row || q.ColInt(0) == 0) {
      return Status::Corruption(not_ours + "it has no meta table)");
    }
  }
  Status s = stmt.Prepare(c, "SELECT value FROM meta WHERE key = 'schema_version'",
                          false);
  if (!s.ok()) return Status::Corruption(not_ours + s.message() + ")");
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read schema version"));
  if (!row) return Status::Corruption(not_ours + "no meta.schema_version)");
  const std::string text = q.ColText(0);
  *version = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9' || *version > kSchemaVersion) {
      *version = -1;
      break;
    }
    *version = *version * 10 + (ch - '0');
  }
  if (*version < 1 || *version > kSchemaVersion) {
    return Status::Corruption(c.path + ": schema version " + text +
                              " is not supported (this newsgraph reads versions 1 to " +
                              std::to_string(kSchemaVersion) + ")");
  }
  return Status::OK();
}

// Brings the schema to kSchemaVersion in one write transaction: creates it
// in an empty file, or runs the steps above the file's version. Another
// process may have done it first; the version is read again under the lock.
// On success *version is kSchemaVersion.
Status UpgradeSchema(const Conn& c, int* version) {
  NG_RETURN_IF_ERROR(Exec(c, "BEGIN IMMEDIATE", "upgrade schema"));
  auto body = [&]() -> Status {
    int64_t objects = 0;
    NG_RETURN_IF_ERROR(CountSchemaObjects(c, &objects));
    int from = 0;
    if (objects != 0) NG_RETURN_IF_ERROR(ReadSchemaVersion(c, &from));
    for (const SchemaStep& step : kSchemaSteps) {
      if (step.version <= from) continue;
      NG_RETURN_IF_ERROR(Exec(c, step.sql,
                              "upgrade schema to version " + std::to_string(step.version) +
                                  " (schema/" + step.file + ")"));
    }
    return ReadSchemaVersion(c, version);
  };
  Status s = body();
  if (s.ok()) s = Exec(c, "COMMIT", "upgrade schema");
  if (!s.ok()) sqlite3_exec(c.db, "ROLLBACK", nullptr, nullptr, nullptr);
  return s;
}

// Why `path` cannot be written: the system's reason (Read-only file system,
// Permission denied).
std::string WriteDenied(const std::string& path) {
  if (access(path.c_str(), W_OK) != 0) return std::strerror(errno);
  return "opened read-only";
}

Status SetPragmas(const Conn& c, bool read_only) {
  if (!read_only) {
    NG_RETURN_IF_ERROR(Exec(c, "PRAGMA journal_mode = WAL", "set journal mode"));
  }
  NG_RETURN_IF_ERROR(
      Exec(c, "PRAGMA synchronous = NORMAL", "set synchronous mode"));
  // Up to 64 MiB of page cache (default 2 MiB): the index updates of a large
  // ingest then mostly stay in memory (about 15% faster on 1M mentions).
  return Exec(c, "PRAGMA cache_size = -65536", "set cache size");
}

}  // namespace

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

Store::Store(sqlite3* db)
    : db_(db), stmts_(std::make_unique<Statements>()), entity_cache_(std::make_unique<EntityCache>()) {}

Store::~Store() {
  stmts_.reset();  // finalize before closing
  if (db_ == nullptr) return;
  if (!sqlite3_get_autocommit(db_)) {
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  sqlite3_close_v2(db_);
}

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* result) {
  result->reset();
  sqlite3* db = nullptr;
  int rc;
  bool immutable = false;
  if (options.read_only) {
    // Also where SQLite cannot create the WAL index (store/read_only_open.h).
    rc = internal::OpenForReading(path, SQLITE_OPEN_NOMUTEX, &db, &immutable);
  } else {
    const int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE |
                      (options.create ? SQLITE_OPEN_CREATE : 0);
    rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  }
  std::unique_ptr<Store> store(new Store(db));  // closes db on every error
  store->path_ = path;
  store->read_only_ = options.read_only;
  const Conn c{db, store->path_};
  if (rc != SQLITE_OK) {
    Status s = c.Error(rc, "cannot open database");
    if (options.read_only && !internal::WalIsEmpty(path)) {
      return Status::IOError(s.message() + "; " + path +
                             "-wal holds transactions not yet in the database file, and SQLite "
                             "cannot read them where it may not write (open the database once "
                             "where it is writable, or copy it with its -wal file)");
    }
    return s;
  }
  // SQLite opens a file it may not write read-only without saying so; a
  // command that writes should fail here, saying why, not at its first write.
  if (!options.read_only && sqlite3_db_readonly(db, "main") == 1) {
    return Status::IOError(path + ": the database is read-only (" + WriteDenied(path) +
                           "); this command changes it, while entities, relations, query and "
                           "export only read it and work as they are");
  }
  sqlite3_busy_timeout(db, std::max(0, options.busy_timeout_ms));
  NG_RETURN_IF_ERROR(Exec(c, "PRAGMA foreign_keys = ON", "enable foreign keys"));

  // Reading the schema is the first access to the file: a file that is not
  // SQLite fails here with SQLITE_NOTADB.
  int64_t objects = 0;
  NG_RETURN_IF_ERROR(CountSchemaObjects(c, &objects));
  int version = 0;
  if (objects == 0) {
    if (options.read_only || !options.create) {
      return Status::Corruption(path + ": not a newsgraph database (it is empty)");
    }
    NG_RETURN_IF_ERROR(SetPragmas(c, false));
  } else {
    // Check first: never switch someone else's database to WAL.
    NG_RETURN_IF_ERROR(ReadSchemaVersion(c, &version));
    NG_RETURN_IF_ERROR(SetPragmas(c, options.read_only));
  }
  // A read-only store reads an older schema as it is (see LoadEvidence).
  if (version < kSchemaVersion && !options.read_only) {
    NG_RETURN_IF_ERROR(UpgradeSchema(c, &version));
  }
  store->schema_version_ = version;
  NG_RETURN_IF_ERROR(store->stmts_->PrepareAll(c, !options.read_only));
  *result = std::move(store);
  return Status::OK();
}

Status Store::IsUnchanged(const std::string& name, const std::string& hash,
                          bool* unchanged) {
  *unchanged = false;
  const Conn c{db_, path_};
  Query q(c, stmts_->document_hash);
  q.Text(name);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read document " + name));
  *unchanged = row && q.ColText(0) == hash;
  return Status::OK();
}

Status Store::DocumentHashes(std::unordered_map<std::string, std::string>* hashes) {
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "SELECT name, hash FROM documents", false));
  Query q(c, stmt);
  bool row;
  while (true) {
    NG_RETURN_IF_ERROR(q.Next(&row, "read document hashes"));
    if (!row) break;
    (*hashes)[q.ColText(0)] = q.ColText(1);
  }
  return Status::OK();
}

Status Store::Begin() {
  if (!sqlite3_get_autocommit(db_)) {
    return Status::Internal(path_ + ": Begin() inside a transaction");
  }
  entity_cache_->by_key.clear();
  const Conn c{db_, path_};
  return Query(c, read_only_ ? stmts_->begin_read : stmts_->begin_write)
      .Run("begin transaction");
}

Status Store::Commit() {
  if (sqlite3_get_autocommit(db_)) {
    return Status::Internal(path_ + ": Commit() without Begin()");
  }
  const Conn c{db_, path_};
  return Query(c, stmts_->commit).Run("commit");
}

Status Store::Rollback() {
  entity_cache_->by_key.clear();
  if (sqlite3_get_autocommit(db_)) return Status::OK();
  const Conn c{db_, path_};
  return Query(c, stmts_->rollback).Run("rollback");
}

Status Store::PutDocument(const DocumentInfo& info,
                          const ner::TaggedDocument& tagged,
                          const std::vector<relations::RelationMention>& relations,
                          PutResult* result) {
  if (result != nullptr) *result = PutResult();
  if (read_only_) {
    return Status::IOError(path_ + ": cannot store " + info.name +
                           ": the database is open read-only");
  }
  if (sqlite3_get_autocommit(db_)) {
    return Status::Internal(path_ + ": PutDocument() outside Begin()/Commit()");
  }
  NG_RETURN_IF_ERROR(Validate(info, tagged, relations));
  const Conn c{db_, path_};
  Statements& st = *stmts_;
  const text::Document& doc = tagged.doc;
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
      for (const Stmt* move : {&st.move_mentions, &st.move_relation_mentions,
                               &st.move_sentences, &st.repoint_duplicates}) {
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
    for (const Stmt* del : {&st.delete_mentions, &st.delete_relation_mentions,
                            &st.delete_sentences}) {
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
                         .TextOrNull(original_id != 0 ? std::string_view() : std::string_view(doc.text))
                         .Run("store document " + info.name));
  if (doc_id == 0) doc_id = sqlite3_last_insert_rowid(db_);
  // Relations only the old version supported. Deleted last, so that a
  // relation the new version still supports keeps its id.
  auto delete_unused_relations = [&]() {
    for (int64_t id : old_relations) {
      NG_RETURN_IF_ERROR(
          Query(c, st.delete_unused_relation).Int(id).Run("delete relation"));
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
  entity_ids.reserve(tagged.entities.size());
  const bool cache = !sqlite3_get_autocommit(db_);  // only inside a transaction
  for (const ner::DocEntity& e : tagged.entities) {
    EntityCache::Row* cached = nullptr;
    if (cache) {
      auto it = entity_cache_->by_key.find(e.key);
      if (it != entity_cache_->by_key.end()) cached = &it->second;
    }
    const bool keep_old = cached != nullptr && e.discovered && !cached->discovered;
    const bool unchanged = cached != nullptr && (keep_old || (e.name == cached->name && e.type == cached->type)) &&
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
        NG_RETURN_IF_ERROR(Query(c, st.delete_alias).Int(r.id).Text(r.name).Run("update aliases of " + e.key));
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

  for (const ner::Mention& m : tagged.mentions) {
    NG_RETURN_IF_ERROR(Query(c, st.insert_mention)
                           .Int(doc_id)
                           .Int(entity_ids[m.entity])
                           .Int(m.span.begin)
                           .Int(m.span.end)
                           .Int(m.sentence)
                           .Text(ner::MatchKindName(m.how))
                           .Text(doc.Slice(m.span))
                           .Real(m.confidence)
                           .TextOrNull(m.rule)
                           .Run("store mention in " + info.name));
  }

  for (const relations::RelationMention& r : relations) {
    text::Span sentence = EvidenceSpan(doc, r);
    NG_RETURN_IF_ERROR(Query(c, st.insert_sentence)
                           .Int(doc_id)
                           .Int(r.sentence)
                           .Int(sentence.begin)
                           .Int(sentence.end)
                           .Text(doc.Slice(sentence))
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
                           .Int(r.trigger.begin)
                           .Int(r.trigger.end)
                           .Text(r.rule)
                           .Text(r.modality)
                           .Real(r.confidence)
                           .TextOrNull(r.cameo)
                           .TextOrNull(r.event_date)
                           .Run("store relation mention in " + info.name));
  }

  return delete_unused_relations();
}

Status Store::Stats(StoreStats* stats) {
  const Conn c{db_, path_};
  Query q(c, stmts_->stats);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "count rows"));
  if (!row) return Status::Internal(path_ + ": count rows: no result");
  stats->documents = q.ColInt(0);
  stats->entities = q.ColInt(1);
  stats->mentions = q.ColInt(2);
  stats->relations = q.ColInt(3);
  stats->relation_mentions = q.ColInt(4);
  return Status::OK();
}

namespace {

// The corrections of schema/005_curation.sql, in id order.
Status ReadCorrections(const Conn& c, std::vector<Correction>* log) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "SELECT id, action, entity_key, IFNULL(value, ''), created_at FROM curation ORDER BY id", false));
  Query q(c, stmt);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read corrections"));
    if (!row) return Status::OK();
    log->push_back({q.ColInt(0), q.ColText(1), q.ColText(2), q.ColText(3), q.ColText(4)});
  }
}

}  // namespace

Status Store::AddCorrection(Correction* correction) {
  NG_RETURN_IF_ERROR(CheckCorrection(*correction));
  if (read_only_ || schema_version_ < 5) {
    return Status::IOError(path_ + ": cannot record a correction in a read-only database");
  }
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c,
      "INSERT INTO curation (action, entity_key, value, created_at) "
      "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) RETURNING id, created_at",
      false));
  Query q(c, stmt);
  q.Text(correction->action).Text(correction->entity_key).TextOrNull(correction->value);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "record a correction"));
  if (row) {
    correction->id = q.ColInt(0);
    correction->created_at = q.ColText(1);
  }
  return q.Next(&row, "record a correction");
}

Status Store::Corrections(std::vector<Correction>* log) {
  log->clear();
  if (schema_version_ < 5) return Status::OK();
  return ReadCorrections(Conn{db_, path_}, log);
}

Status Store::RemoveCorrection(int64_t id) {
  if (read_only_) return Status::IOError(path_ + ": cannot remove a correction from a read-only database");
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "DELETE FROM curation WHERE id = ?1", false));
  NG_RETURN_IF_ERROR(Query(c, stmt).Int(id).Run("remove correction"));
  if (sqlite3_changes(db_) == 0) return Status::NotFound("no correction " + std::to_string(id));
  return Status::OK();
}

Status Store::StoredTexts(std::vector<StoredText>* texts, int64_t* without_text) {
  texts->clear();
  *without_text = 0;
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, std::string("SELECT name, ") + (schema_version_ >= 7 ? "text" : "NULL") +
             ", IFNULL(date, ''), " +
             (schema_version_ >= 4 ? "IFNULL(url, ''), IFNULL(title, ''), IFNULL(source, '')" : "'', '', ''") +
             " FROM documents WHERE duplicate_of IS NULL AND hash <> '' ORDER BY name",
      false));
  Query q(c, stmt);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read stored texts"));
    if (!row) return Status::OK();
    if (q.ColType(1) == SQLITE_NULL) {
      ++*without_text;
      continue;
    }
    texts->push_back({q.ColText(0), q.ColText(1), q.ColText(2), q.ColText(3), q.ColText(4), q.ColText(5)});
  }
}

Status Store::RememberedGazetteers(std::vector<std::string>* paths) {
  paths->clear();
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "SELECT value FROM meta WHERE key = 'extra_gazetteers'", false));
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read remembered gazetteers"));
  if (!row) return Status::OK();
  const std::string value = q.ColText(0);
  size_t pos = 0;
  while (pos < value.size()) {
    size_t nl = value.find('\n', pos);
    if (nl == std::string::npos) nl = value.size();
    if (nl > pos) paths->push_back(value.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return Status::OK();
}

Status Store::RememberGazetteers(const std::vector<std::string>& paths) {
  if (read_only_) return Status::IOError(path_ + ": cannot remember gazetteers in a read-only database");
  std::vector<std::string> kept;
  NG_RETURN_IF_ERROR(RememberedGazetteers(&kept));
  const size_t before = kept.size();
  for (const std::string& p : paths) {
    if (std::find(kept.begin(), kept.end(), p) == kept.end()) kept.push_back(p);
  }
  if (kept.size() == before) return Status::OK();
  std::string value;
  for (const std::string& p : kept) value += p + "\n";
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "INSERT INTO meta (key, value) VALUES ('extra_gazetteers', ?1) "
         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", false));
  return Query(c, stmt).Text(value).Run("remember gazetteers");
}

Status Store::ForgetGazetteers() {
  if (read_only_) return Status::IOError(path_ + ": cannot forget gazetteers in a read-only database");
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "DELETE FROM meta WHERE key = 'extra_gazetteers'", false));
  return Query(c, stmt).Run("forget gazetteers");
}

Status Store::UndatedDocuments(int64_t* count) {
  const Conn c{db_, path_};
  Query q(c, stmts_->undated);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "count undated documents"));
  *count = row ? q.ColInt(0) : 0;
  return Status::OK();
}

Status Store::Types(std::vector<std::string>* entity_types, std::vector<std::string>* relation_types) {
  const Conn c{db_, path_};
  for (auto [stmt, out] : {std::pair{&stmts_->entity_types, entity_types},
                           std::pair{&stmts_->relation_types, relation_types}}) {
    out->clear();
    Query q(c, *stmt);
    bool row;
    while (true) {
      NG_RETURN_IF_ERROR(q.Next(&row, "list types"));
      if (!row) break;
      out->push_back(q.ColText(0));
    }
  }
  return Status::OK();
}

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

bool HasDates(const model::GraphFilter& f) {
  return !f.date_from.empty() || !f.date_to.empty();
}

// Rank of a modality, strongest first; the SQL below uses the same order.
const char* const kModalities[] = {relations::kAsserted, relations::kPlanned,
                                   relations::kHypothetical, relations::kNegated};
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
Status LoadNodesScan(const Conn& c, const model::GraphFilter& f,
                     std::vector<model::Node>* nodes) {
  Conditions where;
  where.AddIn("e.type", f.entity_types);
  Stmt entities, mentions;
  NG_RETURN_IF_ERROR(entities.Prepare(
      c, "SELECT e.id, e.key, e.name, e.type, e.discovered, e.confidence FROM entities e "
         "WHERE 1" + where.sql + " ORDER BY e.id", false));
  NG_RETURN_IF_ERROR(mentions.Prepare(
      c, "SELECT entity_id, document_id FROM mentions INDEXED BY mentions_by_entity "
         "ORDER BY entity_id, document_id", false));
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
Status LoadNodes(const Conn& c, const model::GraphFilter& f,
                 std::vector<model::Node>* nodes) {
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
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias", false));
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
Status LoadEdgesScan(const Conn& c, const model::GraphFilter& f,
                     std::vector<model::Edge>* edges) {
  Conditions where;
  where.AddIn("r.type", f.relation_types);
  Stmt relations, mentions;
  NG_RETURN_IF_ERROR(relations.Prepare(
      c, "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric FROM relations r "
         "WHERE 1" + where.sql + " ORDER BY r.id", false));
  std::string msql = "SELECT relation_id, document_id, modality FROM relation_mentions "
                     "INDEXED BY relation_mentions_by_relation ";
  if (!f.include_negated) msql += "WHERE modality <> 'negated' ";
  msql += "ORDER BY relation_id, document_id";
  NG_RETURN_IF_ERROR(mentions.Prepare(c, msql, false));
  // Document dates by id, for each edge's first and last seen.
  std::unordered_map<int64_t, std::string> dates;
  {
    Stmt stmt;
    NG_RETURN_IF_ERROR(stmt.Prepare(c, "SELECT id, date FROM documents WHERE date IS NOT NULL", false));
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
    while (have_m && qm.ColInt(0) < id) NG_RETURN_IF_ERROR(qm.Next(&have_m, "read relation mentions"));
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
Status LoadEdges(const Conn& c, const model::GraphFilter& f,
                 const Conditions& where, std::vector<model::Edge>* edges) {
  if (!HasDates(f)) return LoadEdgesScan(c, f, edges);
  std::string sql =
      "SELECT r.id, r.type, r.source_id, r.target_id, r.symmetric, COUNT(*), "
      "COUNT(DISTINCT rm.document_id), MIN(" + std::string(kModalityRank) + "), "
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
      "WHERE 1" + where.sql + " ORDER BY d.name, rm.sentence, rm.id";
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

Status ReadGraph(const Conn& c, const model::GraphFilter& f, int schema_version,
                 model::Graph* g) {
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
  std::erase_if(g->edges, [&](const model::Edge& e) {
    return !is_node(e.source) || !is_node(e.target);
  });
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
      return Status::InvalidArgument("date filter \"" + *date +
                                     "\" is not YYYY-MM-DD");
    }
  }
  const Conn c{db_, path_};
  // One read transaction, so that nodes and edges come from one snapshot.
  const bool own_transaction = sqlite3_get_autocommit(db_) != 0;
  if (own_transaction) {
    NG_RETURN_IF_ERROR(Query(c, stmts_->begin_read).Run("begin read"));
  }
  Status s = ReadGraph(c, filter, schema_version_, graph);
  if (s.ok() && schema_version_ >= 5) {
    std::vector<Correction> log;
    s = ReadCorrections(c, &log);
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
  const bool own_transaction = sqlite3_get_autocommit(db_) != 0;
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

namespace {

// A graph checked by ValidateGraph, with what PutGraph needs to write it.
struct GraphPlan {
  std::vector<std::string> documents;  // in order of first use; ids 1..n after insert
  std::unordered_map<std::string_view, size_t> document_index;
  std::vector<std::string_view> document_dates;
  std::vector<size_t> edge_order;      // edges sorted by (type, source, target)
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
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
         "ORDER BY name", false));
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
    document_ids[i] = sqlite3_last_insert_rowid(c.db);
  }

  Stmt insert_entity, insert_relation;
  NG_RETURN_IF_ERROR(insert_entity.Prepare(
      c, "INSERT INTO entities (id, key, name, type, discovered, confidence) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", false));
  NG_RETURN_IF_ERROR(insert_relation.Prepare(
      c, "INSERT INTO relations (id, type, source_id, target_id, symmetric) "
         "VALUES (?1, ?2, ?3, ?4, ?5)", false));
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
      NG_RETURN_IF_ERROR(Query(c, st.insert_relation_mention)
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
  if (!sqlite3_get_autocommit(db_)) {
    return Status::Internal(path_ + ": PutGraph() inside Begin()/Commit()");
  }
  GraphPlan plan;
  NG_RETURN_IF_ERROR(ValidateGraph(graph, &plan));
  const Conn c{db_, path_};
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
      return Status::InvalidArgument(path_ + ": cannot import a graph: the database already holds " +
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
