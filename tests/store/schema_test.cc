// The schema files, their copies compiled into the store, and databases of
// an older schema version: read as they are when opened read-only, upgraded
// when opened for writing.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "store/doc_builder.h"
#include "store/internal/schema_sql.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;
using testing_util::DocBuilder;
using testing_util::TempDb;

// Runs `sql` on the database at `path` with SQLite itself, as an older
// newsgraph or another tool would, and returns the first column of each row.
std::vector<std::string> RawSql(const std::string& path, const std::string& sql) {
  std::vector<std::string> rows;
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  auto add_row = [](void* out, int, char** values, char**) {
    static_cast<std::vector<std::string>*>(out)->push_back(values[0] ? values[0] : "NULL");
    return 0;
  };
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), add_row, &rows, &error), SQLITE_OK)
      << (error ? error : "") << "\n"
      << sql;
  sqlite3_free(error);
  sqlite3_close(db);
  return rows;
}

// A database created by schema/001_core.sql alone, holding what version 1
// stored for "Kim met Lee." in old.txt.
std::string Version1Database() {
  std::string path = TempDb();
  RawSql(path, kSchemaV1Sql);
  RawSql(path,
         "INSERT INTO documents (id, name, hash, date, size, ingested_at) "
         "  VALUES (1, 'old.txt', 'h1', '2024-01-02', 12, '2024-01-02T00:00:00Z');"
         "INSERT INTO entities (id, key, name, type) "
         "  VALUES (1, 'person:kim', 'Kim', 'PERSON'), (2, 'person:lee', 'Lee', 'PERSON');"
         "INSERT INTO mentions (document_id, entity_id, begin, end, sentence, how, text) "
         "  VALUES (1, 1, 0, 3, 0, 'name', 'Kim'), (1, 2, 8, 11, 0, 'name', 'Lee');"
         "INSERT INTO sentences VALUES (1, 0, 0, 12, 'Kim met Lee.');"
         "INSERT INTO relations (id, type, source_id, target_id, symmetric) "
         "  VALUES (1, 'meets', 1, 2, 1);"
         "INSERT INTO relation_mentions (relation_id, document_id, sentence, "
         "  trigger_begin, trigger_end, rule, modality) "
         "  VALUES (1, 1, 0, 4, 7, 'meets.verb', 'asserted');");
  return path;
}

std::string SchemaVersion(const std::string& path) {
  std::vector<std::string> v = RawSql(path, "SELECT value FROM meta WHERE key = 'schema_version'");
  return v.empty() ? "" : v[0];
}

// The evidence of the one edge of the graph in `store`.
std::vector<model::Evidence> OnlyEdgeEvidence(Store* store) {
  model::Graph g;
  Status s = store->LoadGraph(model::GraphFilter(), &g);
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(g.edges.size(), 1u);
  return g.edges.empty() ? std::vector<model::Evidence>() : g.edges[0].evidence;
}

TEST(StoreSchemaTest, EmbeddedStepsEqualTheSchemaFiles) {
  fs::path dir = fs::path(NEWSGRAPH_TEST_DATA).parent_path().parent_path() / "schema";
  int version = 0;
  for (const SchemaStep& step : kSchemaSteps) {
    EXPECT_EQ(step.version, ++version) << step.file;
    std::ifstream in(dir / step.file, std::ios::binary);
    ASSERT_TRUE(in) << dir / step.file;
    std::stringstream content;
    content << in.rdbuf();
    EXPECT_EQ(std::string(step.sql), content.str())
        << "src/store/schema_sql.h is out of date with " << dir / step.file;
  }
  EXPECT_EQ(version, kSchemaVersion);
}

TEST(StoreSchemaTest, NewDatabaseHasTheLatestVersion) {
  std::string path = TempDb();
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  EXPECT_EQ(SchemaVersion(path), std::to_string(kSchemaVersion));
}

TEST(StoreSchemaTest, Version1DatabaseOpenedReadOnlyIsReadAsItIs) {
  std::string path = Version1Database();
  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, read_only, &store);
  ASSERT_TRUE(s.ok()) << s.ToString();

  std::vector<model::Evidence> evidence = OnlyEdgeEvidence(store.get());
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0].text, "Kim met Lee.");
  EXPECT_EQ(evidence[0].rule, "meets.verb");
  EXPECT_EQ(evidence[0].cameo, "");
  model::Graph g;
  ASSERT_TRUE(store->LoadGraph(model::GraphFilter(), &g).ok());
  ASSERT_TRUE(store->LoadEvidence(model::GraphFilter(), &g.edges).ok());
  EXPECT_EQ(g.edges[0].evidence.size(), 1u);
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.relation_mentions, 1);

  store.reset();
  EXPECT_EQ(SchemaVersion(path), "1");  // not upgraded
}

TEST(StoreSchemaTest, Version1DatabaseIsUpgradedWhenOpenedForWriting) {
  std::string path = Version1Database();
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(SchemaVersion(path), std::to_string(kSchemaVersion));

  // The old evidence is kept, without a code; new evidence gets one.
  DocBuilder d("new.txt", "Kim held talks with Lee.");
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d.Relation("meets", kim, lee, "held", /*symmetric=*/true).Cameo("040");
  ASSERT_TRUE(store->Begin().ok());
  s = store->PutDocument(d.record());
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_TRUE(store->Commit().ok());
  std::vector<model::Evidence> evidence = OnlyEdgeEvidence(store.get());
  ASSERT_EQ(evidence.size(), 2u);
  EXPECT_EQ(evidence[0].document, "new.txt");
  EXPECT_EQ(evidence[0].cameo, "040");
  EXPECT_EQ(evidence[1].document, "old.txt");
  EXPECT_EQ(evidence[1].cameo, "");
  store.reset();

  // The upgraded schema is the one a new database gets.
  std::string fresh = TempDb("-fresh");
  ASSERT_TRUE(Store::Open(fresh, StoreOptions(), &store).ok());
  store.reset();
  const std::string schema =
      "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
      "WHERE sql IS NOT NULL ORDER BY name";
  EXPECT_EQ(RawSql(path, schema), RawSql(fresh, schema));

  // Opening it again changes nothing.
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  EXPECT_EQ(OnlyEdgeEvidence(store.get()).size(), 2u);
}

TEST(StoreSchemaTest, UpgradeKeepsTheRowsOfIdenticalDocumentsOnce) {
  std::string path = Version1Database();
  RawSql(path,  // copy.txt: the text of old.txt, stored again by version 1
         "INSERT INTO documents (id, name, hash, date, size, ingested_at) "
         "  VALUES (2, 'copy.txt', 'h1', '2024-01-03', 12, '2024-01-03T00:00:00Z');"
         "INSERT INTO mentions (document_id, entity_id, begin, end, sentence, how, text) "
         "  VALUES (2, 1, 0, 3, 0, 'name', 'Kim'), (2, 2, 8, 11, 0, 'name', 'Lee');"
         "INSERT INTO sentences VALUES (2, 0, 0, 12, 'Kim met Lee.');"
         "INSERT INTO relation_mentions (relation_id, document_id, sentence, "
         "  trigger_begin, trigger_end, rule, modality) "
         "  VALUES (1, 2, 0, 4, 7, 'meets.verb', 'asserted');");
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, StoreOptions(), &store);
  ASSERT_TRUE(s.ok()) << s.ToString();
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.documents, 2);
  EXPECT_EQ(stats.mentions, 2);
  EXPECT_EQ(stats.relation_mentions, 1);
  std::vector<model::Evidence> evidence = OnlyEdgeEvidence(store.get());
  ASSERT_EQ(evidence.size(), 1u);
  EXPECT_EQ(evidence[0].document, "old.txt");
  EXPECT_EQ(RawSql(path,
                   "SELECT name || ' ' || IFNULL(duplicate_of, '-') FROM documents "
                   "ORDER BY id"),
            (std::vector<std::string>{"old.txt -", "copy.txt 1"}));
}

TEST(StoreSchemaTest, NewerSchemaVersionIsRefused) {
  std::string path = TempDb();
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  }
  RawSql(path, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  for (bool read_only : {false, true}) {
    StoreOptions options;
    options.read_only = read_only;
    std::unique_ptr<Store> store;
    Status s = Store::Open(path, options, &store);
    EXPECT_EQ(s.code(), Status::Code::kCorruption) << s.ToString();
    EXPECT_EQ(s.message(), path +
                               ": schema version 99 is not supported (this newsgraph reads "
                               "versions 1 to " +
                               std::to_string(kSchemaVersion) + ")");
  }
}

}  // namespace
}  // namespace newsgraph::store
