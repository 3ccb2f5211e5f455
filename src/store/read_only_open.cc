#include "store/internal/read_only_open.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <cstdio>

namespace newsgraph::store::internal {
namespace {

// Whether `rc` (from the first read) is the failure of a connection that
// could not create or open the WAL index.
bool CannotSetUpWal(int rc) {
  const int primary = rc & 0xff;
  return primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_IOERR;
}

int OpenAndRead(const std::string& name, int flags, sqlite3** db) {
  *db = nullptr;
  int rc = sqlite3_open_v2(name.c_str(), db, flags, nullptr);
  if (rc != SQLITE_OK) return rc;
  return sqlite3_exec(*db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
}

}  // namespace

bool WalIsEmpty(const std::string& path) {
  struct stat st;
  return stat((path + "-wal").c_str(), &st) != 0 || st.st_size == 0;
}

std::string ImmutableUri(const std::string& path) {
  std::string uri = path.rfind('/', 0) == 0 ? "file://" : "file:";
  for (char c : path) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '%' || c == '?' || c == '#' || u < 0x20 || u == 0x7f) {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", u);
      uri += hex;
    } else {
      uri.push_back(c);
    }
  }
  return uri + "?immutable=1";
}

int OpenForReading(const std::string& path, int extra_flags, sqlite3** db, bool* immutable,
                   const std::string* first_try) {
  *immutable = false;
  const int flags = SQLITE_OPEN_READONLY | extra_flags;
  int rc = first_try != nullptr ? OpenAndRead(*first_try, flags | SQLITE_OPEN_URI, db)
                                : OpenAndRead(path, flags, db);
  if (rc == SQLITE_OK || !CannotSetUpWal(rc) || !WalIsEmpty(path)) return rc;
  sqlite3* retry = nullptr;
  int retry_rc = OpenAndRead(ImmutableUri(path), flags | SQLITE_OPEN_URI, &retry);
  if (retry_rc != SQLITE_OK) {
    sqlite3_close_v2(retry);  // the first error says more
    return rc;
  }
  sqlite3_close_v2(*db);
  *db = retry;
  *immutable = true;
  return SQLITE_OK;
}

}  // namespace newsgraph::store::internal
