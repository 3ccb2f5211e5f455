// Internal to store/: the SQLite boundary. Opening and closing a
// connection, owners of prepared statements, one execution of a statement
// (Query), and the conversion of SQLite result codes into Status. The only
// header that includes <sqlite3.h> (besides it only read_only_open.cc does);
// the rest of store/ calls SQLite through these helpers.
#ifndef NEWSGRAPH_STORE_INTERNAL_SQLITE_H_
#define NEWSGRAPH_STORE_INTERNAL_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "store/store.h"
#include "util/status.h"

namespace newsgraph::store::internal {

// Converts an SQLite result code into a Status that names the file. `what`
// says what was being done ("insert mention").
Status SqliteError(sqlite3* db, const std::string& path, int rc, std::string_view what);

// The connection and its file name, for the helpers below.
struct Conn {
  sqlite3* db;
  const std::string& path;
  Status Error(int rc, std::string_view what) const { return SqliteError(db, path, rc, what); }
  // Whether a transaction is open (the connection is not in autocommit mode).
  bool InTransaction() const { return sqlite3_get_autocommit(db) == 0; }
  // The rowid of the last row inserted on this connection.
  int64_t LastInsertRowid() const { return sqlite3_last_insert_rowid(db); }
  // The rows changed by the last INSERT, UPDATE or DELETE.
  int Changes() const { return sqlite3_changes(db); }
};

// Opens the connection of Store::Open: read-only as `options` says (also
// where SQLite cannot create the WAL index: store/internal/read_only_open.h), else
// read-write, creating the file when options.create; then sets the busy
// timeout. On failure returns IOError, Busy or Corruption naming `path` (a
// read-only open blocked by a non-empty -wal file, or a file opened for
// writing that may not be written, says why). *db is set whenever SQLite
// made a connection, also on failure: the caller closes it (CloseConnection).
Status OpenConnection(const std::string& path, const StoreOptions& options, sqlite3** db);

// Rolls back an open transaction and closes `db` (nullptr: does nothing).
// Finalize the connection's statements first.
void CloseConnection(sqlite3* db);

// Runs SQL that returns no rows (several statements allowed).
Status Exec(const Conn& c, const char* sql, std::string_view what);

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
                                persistent ? SQLITE_PREPARE_PERSISTENT : 0, &stmt_, nullptr);
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
    return Check(sqlite3_bind_text(s_, ++n_, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
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
  bool ColIsNull(int i) const { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  double ColReal(int i) const { return sqlite3_column_double(s_, i); }
  // "" for NULL.
  std::string ColText(int i) const {
    const unsigned char* p = sqlite3_column_text(s_, i);
    return p == nullptr
               ? std::string()
               : std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(s_, i));
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

}  // namespace newsgraph::store::internal

#endif  // NEWSGRAPH_STORE_INTERNAL_SQLITE_H_
