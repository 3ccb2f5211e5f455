#include "store/internal/sqlite.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>

#include "store/internal/read_only_open.h"

namespace newsgraph::store::internal {
namespace {

// Why `path` cannot be written: the system's reason (Read-only file system,
// Permission denied).
std::string WriteDenied(const std::string& path) {
  if (access(path.c_str(), W_OK) != 0) return std::strerror(errno);
  return "opened read-only";
}

}  // namespace

Status SqliteError(sqlite3* db, const std::string& path, int rc, std::string_view what) {
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

Status OpenConnection(const std::string& path, const StoreOptions& options, sqlite3** db) {
  *db = nullptr;
  int rc;
  bool immutable = false;
  if (options.read_only) {
    // Also where SQLite cannot create the WAL index (store/internal/read_only_open.h).
    rc = OpenForReading(path, SQLITE_OPEN_NOMUTEX, db, &immutable);
  } else {
    const int flags =
        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
    rc = sqlite3_open_v2(path.c_str(), db, flags, nullptr);
  }
  const Conn c{*db, path};
  if (rc != SQLITE_OK) {
    Status s = c.Error(rc, "cannot open database");
    if (options.read_only && !WalIsEmpty(path)) {
      return Status::IOError(s.message() + "; " + path +
                             "-wal holds transactions not yet in the database file, and SQLite "
                             "cannot read them where it may not write (open the database once "
                             "where it is writable, or copy it with its -wal file)");
    }
    return s;
  }
  // SQLite opens a file it may not write read-only without saying so; a
  // command that writes should fail here, saying why, not at its first write.
  if (!options.read_only && sqlite3_db_readonly(*db, "main") == 1) {
    return Status::IOError(path + ": the database is read-only (" + WriteDenied(path) +
                           "); this command changes it, while entities, relations, query and "
                           "export only read it and work as they are");
  }
  sqlite3_busy_timeout(*db, std::max(0, options.busy_timeout_ms));
  return Status::OK();
}

void CloseConnection(sqlite3* db) {
  if (db == nullptr) return;
  if (!sqlite3_get_autocommit(db)) {
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  sqlite3_close_v2(db);
}

Status Exec(const Conn& c, const char* sql, std::string_view what) {
  int rc = sqlite3_exec(c.db, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Status::OK() : c.Error(rc, what);
}

}  // namespace newsgraph::store::internal
