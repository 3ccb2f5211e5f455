// Internal to store/: the schema of a database file. Reads its version,
// creates the schema in an empty file or upgrades an older one with the
// steps of store/internal/schema_sql.h (schema/*.sql), and sets the connection
// pragmas.
#ifndef NEWSGRAPH_STORE_INTERNAL_SCHEMA_H_
#define NEWSGRAPH_STORE_INTERNAL_SCHEMA_H_

#include "store/internal/sqlite.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::store::internal {

// Makes the database behind `c` one this code reads, as Store::Open
// describes: an empty file gets the whole schema (unless options.read_only
// or !options.create: Corruption), an older one is upgraded in one
// transaction (unless options.read_only), and the pragmas are set (a file
// that is not ours is never switched to WAL). Sets *version to the file's
// schema version, below kSchemaVersion only when read-only. Corruption when
// the file is not a newsgraph database or is of a newer version.
Status OpenSchema(const Conn& c, const StoreOptions& options, int* version);

}  // namespace newsgraph::store::internal

#endif  // NEWSGRAPH_STORE_INTERNAL_SCHEMA_H_
