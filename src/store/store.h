// Store keeps the knowledge graph in one SQLite file (schema in
// schema/*.sql). It is the only code that includes <sqlite3.h>
// (store/internal/sqlite.h), and takes its input in its own records
// (store/records.h).
//
// Writes go through PutDocument inside Begin()/Commit(): a document's rows
// are replaced as a whole, so a run killed half-way leaves every document
// either fully stored (old or new version) or absent, and re-running the
// ingest completes the work without duplicates. Two documents with the same
// text are stored once (see PutDocument).
//
// Not safe for concurrent use: one Store per thread.
#ifndef NEWSGRAPH_STORE_STORE_H_
#define NEWSGRAPH_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/graph.h"
#include "model/graph_columns.h"
#include "store/curation.h"
#include "store/records.h"
#include "util/status.h"

struct sqlite3;

namespace newsgraph::store {

struct StoreOptions {
  bool read_only = false;      // open an existing file read-only
  bool create = true;          // create the file and schema if missing
  int busy_timeout_ms = 5000;  // wait this long for another writer's lock
};

// The document that holds the one mention of each edgeless node imported by
// PutGraph.
inline constexpr const char* kGraphImportDocument = "(graph import)";

// A stored document with its text (Store::StoredTexts).
struct StoredText {
  std::string name, text, date, url, title, source;
};

// What PutDocument did with a document.
struct PutResult {
  // The name of the stored document whose text (content hash) this one
  // has, when there is one: the document is then stored without mentions,
  // relations or entities, so that the text counts once. Else empty.
  std::string duplicate_of;
};

// Row counts. `entities` counts only entities with at least one mention (the
// nodes of the unfiltered graph); entities whose documents were all replaced
// stay in the table but are not counted.
struct StoreStats {
  int64_t documents = 0, entities = 0, mentions = 0, relations = 0, relation_mentions = 0;
};

// What Store::StreamGraph calls for each element of the graph. The element
// is valid only during the call (its storage is reused for the next one). A
// non-OK status stops the walk, and StreamGraph returns it.
struct GraphVisitor {
  std::function<Status(const model::Node&)> node;
  std::function<Status(const model::Edge&)> edge;
};

class Store {
 public:
  // Opens (and with options.create, creates) the database at `path`. A
  // database of an older schema version is upgraded in place (one
  // transaction) unless options.read_only; read-only, it is read as it is,
  // without what later versions added (Evidence::cameo stays empty).
  // Errors: IOError for an unreadable/unwritable file, Busy when locked,
  // Corruption when the file is not a newsgraph database or was written by
  // a newer version (its schema version is above kSchemaVersion).
  static Status Open(const std::string& path, const StoreOptions& options,
                     std::unique_ptr<Store>* result);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Sets *unchanged when a document named `name` is stored with `hash`.
  Status IsUnchanged(const std::string& name, const std::string& hash, bool* unchanged);
  // Fills *hashes with the content hash of every stored document, by name.
  Status DocumentHashes(std::unordered_map<std::string, std::string>* hashes);

  // Transaction around a batch of PutDocument calls. Begin() takes the write
  // lock at once (BEGIN IMMEDIATE), waiting up to busy_timeout_ms for another
  // writer: Busy when it is still held. On a read-only store Begin() opens a
  // read transaction. Begin() inside a transaction and Commit() outside one
  // return Internal; Rollback() outside a transaction does nothing.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Replaces every row of document `record.info.name` (document, mentions,
  // relation mentions, evidence sentences) with `record`; entities and
  // aliases are shared across documents and upserted by key; merged
  // relations are updated, and deleted when no mention supports them any
  // more. Must run inside Begin()/Commit() (Internal otherwise); opens no
  // transaction of its own, so a batch of documents costs one commit.
  //
  // Identical texts count once: when another stored document has
  // `record.info.hash` (not empty), only the document row is written, marked a
  // duplicate of that one, and result->duplicate_of names it. When the text
  // of a document that has duplicates changes, its old rows go to the first
  // duplicate, which holds them from then on. (schema/003_duplicate_documents.sql)
  // `result` may be null.
  // Errors: InvalidArgument, before anything is written, when the record is
  // inconsistent (an index out of range, a span outside the text, an unknown
  // modality, a date not YYYY-MM-DD); IOError on a read-only store; an SQLite
  // failure half-way leaves a partial document in the transaction, so the
  // caller must then Rollback().
  Status PutDocument(const DocumentRecord& record, PutResult* result = nullptr);

  // Calls `visit` with the record of each stored document: the record
  // PutDocument would take to store it again, so that documents move from
  // one database to another (`newsgraph merge`). Documents with rows come
  // first, in id order, then those stored as duplicates (without rows), so
  // that a duplicate's original is always stored before it. A record's
  // entities come in the order of their first mention, each with the
  // surface forms of its mentions that differ from its name (as the tagger
  // makes them). One read transaction.
  // Corruption when a document with rows has no stored text (stored before
  // schema version 7: ingest it again with --force); `visit`'s error stops
  // the walk and is returned.
  Status ReadDocumentRecords(const std::function<Status(DocumentRecord&&)>& visit);

  // The checks PutDocument makes before it writes: OK when it would accept
  // `record`, else its InvalidArgument. For a caller that takes records
  // from outside (`load`) and would rather skip a bad one than roll back a
  // batch.
  static Status CheckRecord(const DocumentRecord& record);

  // Reads nodes (entities with at least one mention) and merged edges, as
  // selected by `filter` (see model::GraphFilter), in one read transaction
  // unless called inside Begin()/Commit(), with the analyst's corrections
  // applied (Corrections, ApplyCorrections). Edges only join nodes that are
  // in the result. InvalidArgument when a filter date is not YYYY-MM-DD.
  Status LoadGraph(const model::GraphFilter& filter, model::Graph* graph);

  // Hands the graph that LoadGraph(filter) returns to `visit`, one element at
  // a time: every node first, then every edge with its evidence (when
  // filter.with_evidence), in LoadGraph's order and with equal contents, in
  // one read transaction (unless called inside Begin()/Commit()). Memory
  // stays bounded by one element plus a set of the node ids; with
  // filter.only_connected the edges are read twice (first to find the
  // connected nodes). On a database with analyst's corrections (which may
  // merge entities) the graph is loaded whole with LoadGraph and then handed
  // over. Errors: LoadGraph's, and the first non-OK status of `visit`, which
  // ends the walk (some elements may have been handed over by then).
  // (stream.cc)
  Status StreamGraph(const model::GraphFilter& filter, const GraphVisitor& visit);

  // Fills the `evidence` of each of *edges (matched by Edge::id; existing
  // evidence is replaced) with the relation mentions that pass `filter`'s
  // date range and negation setting, in LoadGraph's order. For queries that
  // load the graph without evidence and need it for a few result edges only:
  // it reads just those edges' mentions (through an index), not the whole
  // table. Edges the store does not know get no evidence. An edge's
  // merged_ids get their evidence too (sorted with its own).
  Status LoadEvidence(const model::GraphFilter& filter, std::vector<model::Edge>* edges);

  // What a graph snapshot (graph/snapshot.h) is built from and checked
  // against. The meta key 'graph_generation' counts the write transactions
  // that may have changed the graph: Commit() of a write transaction,
  // PutGraph, AddCorrection and RemoveCorrection bump it in the transaction
  // they commit. Fingerprint reads it with the database's identity and
  // largest ids (a few indexed lookups). ReadGraphColumns reads the
  // unfiltered graph before corrections (model/graph_columns.h) with its
  // fingerprint, in one read transaction: two ordered scans merged, as
  // LoadGraph does, without a model::Node or model::Edge per row. Errors:
  // the store's; *columns is then empty.
  Status Fingerprint(model::GraphFingerprint* fingerprint);
  Status ReadGraphColumns(model::GraphColumns* columns);

  // The nodes with the given ids as LoadGraph reads them without a filter
  // and without corrections (mentions, documents, aliases), sorted by id;
  // ids of entities without a mention, or unknown, are left out.
  Status LoadNodesById(const std::vector<int64_t>& ids, std::vector<model::Node>* nodes);
  // The edges with the given ids as LoadGraph reads them without a filter
  // (negated mentions not counted), without evidence, sorted by id; ids of
  // relations with no mention that is not negated are left out.
  Status LoadEdgesById(const std::vector<int64_t>& ids, std::vector<model::Edge>* edges);

  // The file name given to Open().
  const std::string& path() const { return path_; }

  // Imports a whole graph into a database that holds no entities yet, in one
  // transaction of its own (Internal inside Begin()/Commit()), as if its
  // documents had been ingested, so that LoadGraph returns it:
  //   * nodes become entities, keeping id, key, name, type, discovered,
  //     confidence and aliases;
  //   * edges become relations, keeping id, type, ends and symmetric; each
  //     evidence item becomes one relation mention (rule, modality,
  //     confidence; trigger = the sentence span) in document
  //     Evidence::document (created with Evidence::date), and its sentence
  //     is stored;
  //   * each node gets one mention (how 'name', the node's name) per
  //     document in which an edge of its has evidence, or, when it has no
  //     edge, one mention in document kGraphImportDocument.
  // So mention and support counts are recomputed from the evidence, not
  // copied. Rows go in with prepared statements, in key order, without
  // per-row foreign key checks (the graph is checked in memory first); on a
  // database without documents the secondary indexes are dropped first and
  // rebuilt at the end (5x faster on millions of rows: shared/PERF-NOTES.md).
  // About 65k relations/s (~290k rows/s) on the 2-core reference machine.
  // Errors, before anything is written: InvalidArgument when the database
  // already holds entities, for duplicate node ids or keys, an empty key,
  // name or type, an edge whose end is not a node, an edge without
  // evidence, a symmetric edge with source > target, two edges with the
  // same (type, source, target), an unknown modality, a date not YYYY-MM-DD
  // or two dates for one document; IOError on a read-only store. An SQLite
  // failure rolls everything back.
  Status PutGraph(const model::Graph& graph);

  // The analyst's corrections to entities (store/curation.h), applied by
  // LoadGraph. AddCorrection checks and records one (setting its id and
  // time); IOError on a read-only store. Corrections lists them in order
  // (none on a database before schema version 5). RemoveCorrection deletes
  // one: NotFound when no correction has that id.
  Status AddCorrection(Correction* correction);
  Status Corrections(std::vector<Correction>* log);
  Status RemoveCorrection(int64_t id);

  // The documents whose text the store keeps (schema version 7 on), for
  // `ingest --reprocess`: by name, without duplicates and graph imports;
  // *without_text counts those stored without it (before version 7).
  Status StoredTexts(std::vector<StoredText>* texts, int64_t* without_text);

  // The extra gazetteer files (`ingest --add-gazetteer`) this database was
  // built with, as absolute paths in the order first added (meta key
  // 'extra_gazetteers', one path a line), so that later ingests load them
  // too. RememberGazetteers adds the paths not yet kept; ForgetGazetteers
  // clears the list. IOError on a read-only store.
  Status RememberedGazetteers(std::vector<std::string>* paths);
  Status RememberGazetteers(const std::vector<std::string>& paths);
  Status ForgetGazetteers();

  Status Stats(StoreStats* stats);
  // The number of documents without a date.
  Status UndatedDocuments(int64_t* count);
  // The distinct entity and relation types stored, sorted.
  Status Types(std::vector<std::string>* entity_types, std::vector<std::string>* relation_types);

 private:
  explicit Store(sqlite3* db);
  struct Statements;
  struct EntityCache;
  sqlite3* db_;
  std::unique_ptr<Statements> stmts_;
  // The entities written in the current transaction, so that the next
  // documents skip statements that would change nothing (cleared by
  // Begin and Rollback: outside a transaction another process may write).
  std::unique_ptr<EntityCache> entity_cache_;
  std::string path_;  // as given to Open(), for error messages
  bool read_only_ = false;
  int schema_version_ = 0;  // of the file; below kSchemaVersion only when read-only
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_STORE_H_
