// Internal to store/: opening a database for reading where SQLite may not
// write anything, not even the -shm file of a WAL database (a read-only
// file system or directory, a read-only bind mount, a CD image).
//
// A WAL database is read through its -shm index, which SQLite creates next
// to the database; where it cannot, a plain SQLITE_OPEN_READONLY open fails
// on first access with "unable to open database file". SQLite can then
// still read the file as "immutable" (URI parameter immutable=1: no locks,
// no -shm, no -wal), but immutable ignores the -wal file, so that is done
// only when there is no -wal file or it is empty: every transaction is then
// in the database file itself (newsgraph checkpoints on close). With a
// non-empty -wal the first error stands and the message says why.
#ifndef NEWSGRAPH_STORE_INTERNAL_READ_ONLY_OPEN_H_
#define NEWSGRAPH_STORE_INTERNAL_READ_ONLY_OPEN_H_

#include <string>

struct sqlite3;

namespace newsgraph::store::internal {

// Opens `path` with SQLITE_OPEN_READONLY and reads its schema once; when
// that fails as described above (SQLITE_CANTOPEN, SQLITE_READONLY_* or
// SQLITE_IOERR_*) and WalIsEmpty(path), opens it again as immutable and sets
// *immutable. Returns the SQLite result code of the open that stands and
// sets *db to its connection (also on failure, for sqlite3_errmsg; the
// caller closes it). `first_try` is the open mode of the first attempt
// (default: a plain read-only open; tests pass a URI that fails).
int OpenForReading(const std::string& path, int extra_flags, sqlite3** db, bool* immutable,
                   const std::string* first_try = nullptr);

// True when `path`-wal does not exist or holds no bytes.
bool WalIsEmpty(const std::string& path);

// The URI "file:PATH?immutable=1", PATH percent-encoded where a URI needs
// it ('%', '?', '#', control bytes) and absolute paths as file:///....
std::string ImmutableUri(const std::string& path);

}  // namespace newsgraph::store::internal

#endif  // NEWSGRAPH_STORE_INTERNAL_READ_ONLY_OPEN_H_
