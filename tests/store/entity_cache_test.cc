// Documents stored in one transaction give the same entities and aliases as
// each in its own: the store skips only the entity statements that would
// change nothing (Store::EntityCache).
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "store/doc_builder.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

using testing_util::DocBuilder;
using testing_util::TempDb;

std::vector<std::string> Rows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::vector<std::string> out;
  sqlite3_exec(
      db, sql,
      [](void* rows, int n, char** values, char**) {
        std::string row;
        for (int i = 0; i < n; ++i)
          row += std::string(i ? "|" : "") + (values[i] ? values[i] : "NULL");
        static_cast<std::vector<std::string>*>(rows)->push_back(row);
        return 0;
      },
      &out, nullptr);
  sqlite3_close(db);
  return out;
}

// The same entity seen four ways: by the gazetteer, discovered under another
// name, with a higher confidence, and with a new alias.
std::vector<DocBuilder> Documents() {
  std::vector<DocBuilder> docs;
  docs.emplace_back("a.txt", "Borrell met Cho.");
  docs.back().Entity("person:borrell", "Josep Borrell", "PERSON", {"Borrell"}, false, 0.8f);
  docs.emplace_back("b.txt", "J. Borrell spoke.");
  docs.back().Entity("person:borrell", "J. Borrell", "PERSON", {"J. Borrell"}, true, 0.5f);
  docs.emplace_back("c.txt", "Josep Borrell left.");
  docs.back().Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell"}, false, 0.9f);
  docs.emplace_back("d.txt", "Mr Borrell returned.");
  docs.back().Entity("person:borrell", "Josep Borrell", "PERSON", {"Mr Borrell", "Borrell"}, false,
                     0.9f);
  docs.emplace_back("e.txt", "Borrell Fontelles returned.");
  docs.back().Entity("person:borrell", "Josep Borrell Fontelles", "PERSON", {"Borrell Fontelles"},
                     false, 0.7f);
  return docs;
}

TEST(EntityCacheTest, OneTransactionStoresWhatSeparateOnesStore) {
  const std::string separate = TempDb("-separate"), together = TempDb("-together");
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(separate, StoreOptions(), &store).ok());
    for (DocBuilder& d : Documents()) {
      ASSERT_TRUE(store->Begin().ok());
      ASSERT_TRUE(store->PutDocument(d.record()).ok());
      ASSERT_TRUE(store->Commit().ok());
    }
  }
  {
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(together, StoreOptions(), &store).ok());
    ASSERT_TRUE(store->Begin().ok());
    for (DocBuilder& d : Documents()) {
      ASSERT_TRUE(store->PutDocument(d.record()).ok());
    }
    ASSERT_TRUE(store->Commit().ok());
  }
  const char* entities =
      "SELECT id, key, name, type, discovered, confidence FROM entities ORDER BY id";
  const char* aliases = "SELECT entity_id, alias FROM aliases ORDER BY 1, 2";
  EXPECT_EQ(Rows(together, entities), Rows(separate, entities));
  EXPECT_EQ(Rows(together, aliases), Rows(separate, aliases));
  // The last writer's gazetteer name wins; the discovered one never did.
  EXPECT_EQ(Rows(together, "SELECT name, discovered FROM entities"),
            std::vector<std::string>({"Josep Borrell Fontelles|0"}));
  EXPECT_EQ(Rows(together, aliases).size(),
            5u);  // Borrell, J. Borrell, Mr Borrell, Josep Borrell, Borrell Fontelles
}

TEST(EntityCacheTest, ARolledBackTransactionLeavesNoStaleEntity) {
  const std::string path = TempDb();
  std::unique_ptr<Store> store;
  ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
  std::vector<DocBuilder> docs = Documents();
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(docs[0].record()).ok());
  ASSERT_TRUE(store->Rollback().ok());
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutDocument(docs[2].record()).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Rows(path, "SELECT key, name FROM entities"),
            std::vector<std::string>({"person:borrell|Josep Borrell"}));
  EXPECT_EQ(Rows(path, "SELECT COUNT(*) FROM mentions"), std::vector<std::string>({"1"}));
}

// `ingest --force` stores a document again. A discovered name spelt two ways
// ("José Ramoz", "Jose Ramoz") takes the spelling of the last document
// stored; the name it has is never also one of its aliases.
TEST(EntityCacheTest, StoringAgainNeverMakesTheNameItsOwnAlias) {
  auto doc = [](const std::string& file, const std::string& name) {
    DocBuilder d(file, "Gen. " + name + " said no.");
    d.Entity("discovered:person:jose ramoz", name, "PERSON", {name}, true, 0.75f);
    return d;
  };
  const char* own =
      "SELECT COUNT(*) FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = e.name";
  for (bool one_transaction : {false, true}) {
    const std::string path = TempDb(one_transaction ? "-together" : "-separate");
    std::unique_ptr<Store> store;
    ASSERT_TRUE(Store::Open(path, StoreOptions(), &store).ok());
    if (one_transaction) {
      ASSERT_TRUE(store->Begin().ok());
    }
    for (int round = 0; round < 3; ++round) {
      for (auto [file, name] :
           {std::pair{"c.txt", "José Ramoz"}, std::pair{"d.txt", "Jose Ramoz"}}) {
        DocBuilder d = doc(file, name);
        d.Date(std::to_string(2020 + round) + "-01-01");  // changed text: stored again
        if (!one_transaction) {
          ASSERT_TRUE(store->Begin().ok());
        }
        ASSERT_TRUE(store->PutDocument(d.record()).ok());
        if (!one_transaction) {
          ASSERT_TRUE(store->Commit().ok());
        }
      }
    }
    if (one_transaction) {
      ASSERT_TRUE(store->Commit().ok());
    }
    store.reset();
    EXPECT_EQ(Rows(path, "SELECT name FROM entities"), std::vector<std::string>({"Jose Ramoz"}));
    EXPECT_EQ(Rows(path, "SELECT alias FROM aliases"), std::vector<std::string>({"José Ramoz"}))
        << one_transaction;
    EXPECT_EQ(Rows(path, own), std::vector<std::string>({"0"})) << one_transaction;
  }
}

}  // namespace
}  // namespace newsgraph::store
