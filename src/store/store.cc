// Store's life: open and close, transactions, the stored documents' hashes.
#include "store/store.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "store/internal/schema.h"
#include "store/internal/store_internal.h"

namespace newsgraph::store {

using internal::CloseConnection;
using internal::Conn;
using internal::Exec;
using internal::OpenConnection;
using internal::OpenSchema;
using internal::Query;
using internal::Stmt;

Store::Store(sqlite3* db)
    : db_(db),
      stmts_(std::make_unique<Statements>()),
      entity_cache_(std::make_unique<EntityCache>()) {}

Store::~Store() {
  stmts_.reset();  // finalize before closing
  CloseConnection(db_);
}

Status Store::Open(const std::string& path, const StoreOptions& options,
                   std::unique_ptr<Store>* result) {
  result->reset();
  sqlite3* db = nullptr;
  Status s = OpenConnection(path, options, &db);
  std::unique_ptr<Store> store(new Store(db));  // closes db on every error
  NG_RETURN_IF_ERROR(s);
  store->path_ = path;
  store->read_only_ = options.read_only;
  const Conn c{db, store->path_};
  NG_RETURN_IF_ERROR(Exec(c, "PRAGMA foreign_keys = ON", "enable foreign keys"));
  int version = 0;
  NG_RETURN_IF_ERROR(OpenSchema(c, options, &version));
  store->schema_version_ = version;
  NG_RETURN_IF_ERROR(store->stmts_->PrepareAll(c, !options.read_only));
  *result = std::move(store);
  return Status::OK();
}

Status Store::IsUnchanged(const std::string& name, const std::string& hash, bool* unchanged) {
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
  const Conn c{db_, path_};
  if (c.InTransaction()) {
    return Status::Internal(path_ + ": Begin() inside a transaction");
  }
  entity_cache_->by_key.clear();
  return Query(c, read_only_ ? stmts_->begin_read : stmts_->begin_write).Run("begin transaction");
}

Status Store::Commit() {
  const Conn c{db_, path_};
  if (!c.InTransaction()) {
    return Status::Internal(path_ + ": Commit() without Begin()");
  }
  if (!read_only_) {
    Status s = internal::BumpGraphGeneration(c);
    if (!s.ok()) return s;  // still in the transaction: the caller rolls back
  }
  return Query(c, stmts_->commit).Run("commit");
}

Status Store::Rollback() {
  entity_cache_->by_key.clear();
  const Conn c{db_, path_};
  if (!c.InTransaction()) return Status::OK();
  return Query(c, stmts_->rollback).Run("rollback");
}

}  // namespace newsgraph::store
