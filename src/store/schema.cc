#include "store/internal/schema.h"

#include <cstdint>
#include <string>

#include "store/internal/schema_sql.h"

namespace newsgraph::store::internal {
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
      c, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'", false));
  {
    Query q(c, stmt);
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read schema"));
    if (!row || q.ColInt(0) == 0) {
      return Status::Corruption(not_ours + "it has no meta table)");
    }
  }
  Status s = stmt.Prepare(c, "SELECT value FROM meta WHERE key = 'schema_version'", false);
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
  if (!s.ok()) Exec(c, "ROLLBACK", "roll back schema upgrade");
  return s;
}

Status SetPragmas(const Conn& c, bool read_only) {
  if (!read_only) {
    NG_RETURN_IF_ERROR(Exec(c, "PRAGMA journal_mode = WAL", "set journal mode"));
  }
  NG_RETURN_IF_ERROR(Exec(c, "PRAGMA synchronous = NORMAL", "set synchronous mode"));
  // Up to 64 MiB of page cache (default 2 MiB): the index updates of a large
  // ingest then mostly stay in memory (about 15% faster on 1M mentions).
  return Exec(c, "PRAGMA cache_size = -65536", "set cache size");
}

}  // namespace

Status OpenSchema(const Conn& c, const StoreOptions& options, int* version) {
  // Reading the schema is the first access to the file: a file that is not
  // SQLite fails here with SQLITE_NOTADB.
  int64_t objects = 0;
  NG_RETURN_IF_ERROR(CountSchemaObjects(c, &objects));
  *version = 0;
  if (objects == 0) {
    if (options.read_only || !options.create) {
      return Status::Corruption(c.path + ": not a newsgraph database (it is empty)");
    }
    NG_RETURN_IF_ERROR(SetPragmas(c, false));
  } else {
    // Check first: never switch someone else's database to WAL.
    NG_RETURN_IF_ERROR(ReadSchemaVersion(c, version));
    NG_RETURN_IF_ERROR(SetPragmas(c, options.read_only));
  }
  // A read-only store reads an older schema as it is (see LoadEvidence).
  if (*version < kSchemaVersion && !options.read_only) {
    NG_RETURN_IF_ERROR(UpgradeSchema(c, version));
  }
  return Status::OK();
}

}  // namespace newsgraph::store::internal
