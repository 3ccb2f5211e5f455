// Reading a database where nothing may be written: a read-only file system
// (a tmpfs remounted read-only, when this process may mount) and the retry
// of store/internal/read_only_open.h with an injected first failure.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "store/doc_builder.h"
#include "store/internal/read_only_open.h"
#include "store/store.h"
#include "test_support.h"

namespace newsgraph::store {
namespace {

namespace fs = std::filesystem;
using testing_util::DocBuilder;

// Creates a database at `path` holding one document (two entities, one
// relation); with `keep_open`, returns the writer still open, its last
// transaction in the -wal file.
std::unique_ptr<Store> MakeDatabase(const std::string& path, bool keep_open = false) {
  std::unique_ptr<Store> store;
  Status s = Store::Open(path, {}, &store);
  EXPECT_TRUE(s.ok()) << s.ToString();
  if (!s.ok()) return nullptr;
  DocBuilder d("a.txt", "Josep Borrell met Cho Tae-yul. Borrell spoke in Seoul.");
  uint32_t borrell = d.Entity("person:borrell", "Josep Borrell", "PERSON", {"Josep Borrell"});
  uint32_t cho = d.Entity("person:cho", "Cho Tae-yul", "PERSON", {"Cho Tae-yul"});
  d.Relation("meets", borrell, cho, "met", true);
  EXPECT_TRUE(store->Begin().ok());
  EXPECT_TRUE(store->PutDocument(d.record()).ok());
  EXPECT_TRUE(store->Commit().ok());
  if (!keep_open) store.reset();
  return store;
}

StoreOptions ReadOnly() {
  StoreOptions opt;
  opt.read_only = true;
  opt.create = false;
  return opt;
}

std::string FreshDir(const std::string& name) {
  std::string d = ::testing::TempDir() + "/read_only_test_" + name + "_" + std::to_string(getpid());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

TEST(ReadOnlyOpenTest, ImmutableUriEscapesWhatAUriReserves) {
  EXPECT_EQ(internal::ImmutableUri("/data/g.db"), "file:///data/g.db?immutable=1");
  EXPECT_EQ(internal::ImmutableUri("rel/g.db"), "file:rel/g.db?immutable=1");
  EXPECT_EQ(internal::ImmutableUri("/a/100%?#.db"), "file:///a/100%25%3F%23.db?immutable=1");
}

// The first open fails as it does where the -shm cannot be created; with no
// -wal (or an empty one) the database is read as immutable, else the first
// error stands.
TEST(ReadOnlyOpenTest, RetriesAsImmutableOnlyWithoutPendingWal) {
  const std::string d = FreshDir("retry");
  const std::string path = d + "/g.db";
  MakeDatabase(path);
  ASSERT_FALSE(fs::exists(path + "-wal"));  // checkpointed on close
  const std::string failing = "file:" + d + "/no/such/dir/g.db?mode=ro";

  sqlite3* db = nullptr;
  bool immutable = false;
  EXPECT_EQ(internal::OpenForReading(path, 0, &db, &immutable, &failing), SQLITE_OK);
  EXPECT_TRUE(immutable);
  EXPECT_EQ(sqlite3_exec(db, "SELECT COUNT(*) FROM documents", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close_v2(db);

  std::ofstream(path + "-wal") << "";  // an empty -wal changes nothing
  EXPECT_TRUE(internal::WalIsEmpty(path));
  EXPECT_EQ(internal::OpenForReading(path, 0, &db, &immutable, &failing), SQLITE_OK);
  EXPECT_TRUE(immutable);
  sqlite3_close_v2(db);

  std::ofstream(path + "-wal") << "transactions";  // immutable would skip them
  EXPECT_FALSE(internal::WalIsEmpty(path));
  EXPECT_EQ(internal::OpenForReading(path, 0, &db, &immutable, &failing) & 0xff, SQLITE_CANTOPEN);
  EXPECT_FALSE(immutable);
  sqlite3_close_v2(db);
  fs::remove_all(d);
}

TEST(ReadOnlyOpenTest, AWritableDatabaseIsNotOpenedImmutable) {
  const std::string d = FreshDir("plain");
  MakeDatabase(d + "/g.db");
  sqlite3* db = nullptr;
  bool immutable = true;
  EXPECT_EQ(internal::OpenForReading(d + "/g.db", 0, &db, &immutable), SQLITE_OK);
  EXPECT_FALSE(immutable);
  sqlite3_close_v2(db);
  fs::remove_all(d);
}

TEST(ReadOnlyFileSystemTest, ReadCommandsWorkAndWritesSayWhyNot) {
  const std::string d = FreshDir("rofs");
  test_support::Tmpfs fs_mount(d, "size=4m");
  if (!fs_mount.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  const std::string path = d + "/g.db";
  MakeDatabase(path);
  ASSERT_TRUE(fs_mount.MakeReadOnly()) << std::strerror(errno);

  std::unique_ptr<Store> store;
  Status s = Store::Open(path, ReadOnly(), &store);
  ASSERT_TRUE(s.ok()) << s.ToString();
  StoreStats stats;
  ASSERT_TRUE(store->Stats(&stats).ok());
  EXPECT_EQ(stats.documents, 1);
  EXPECT_EQ(stats.entities, 2);
  EXPECT_EQ(stats.relations, 1);
  store.reset();

  s = Store::Open(path, {}, &store);
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_EQ(s.message().rfind(path + ": the database is read-only (Read-only file system)", 0), 0u)
      << s.message();

  test_support::CliResult run = test_support::RunCli("entities --db " + path + " --format csv");
  EXPECT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("Josep Borrell"), std::string::npos) << run.out;
  run = test_support::RunCli("export --db " + path + " --format json");
  EXPECT_EQ(run.code, 0) << run.out;
  run = test_support::RunCli("relations --db " + path);
  EXPECT_EQ(run.code, 0) << run.out;
  run = test_support::RunCli("query top --db " + path + " -n 5");
  EXPECT_EQ(run.code, 0) << run.out;
  EXPECT_NE(run.out.find("Cho Tae-yul"), std::string::npos) << run.out;
  const std::string text = FreshDir("rofs_input") + "/b.txt";
  std::ofstream(text) << "Josep Borrell met Cho Tae-yul in Seoul.\n";
  run = test_support::RunCli("ingest -q --db " + path + " " + text);
  EXPECT_NE(run.code, 0);
  EXPECT_NE(run.out.find(path + ": the database is read-only (Read-only file system)"),
            std::string::npos)
      << run.out;
  fs::remove_all(fs::path(text).parent_path());
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(d)) names.push_back(e.path().filename());
  EXPECT_EQ(names, std::vector<std::string>{"g.db"});
}

TEST(ReadOnlyFileSystemTest, PendingWalTransactionsAreNotSilentlySkipped) {
  const std::string d = FreshDir("rowal");
  test_support::Tmpfs fs_mount(d, "size=4m");
  if (!fs_mount.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  // A copy of a database taken while its writer is open: the last
  // transaction is only in the -wal.
  const std::string src = FreshDir("rowal_src") + "/g.db";
  std::unique_ptr<Store> writer = MakeDatabase(src, /*keep_open=*/true);
  ASSERT_TRUE(writer != nullptr);
  ASSERT_GT(fs::file_size(src + "-wal"), 0u);
  fs::copy_file(src, d + "/g.db");
  fs::copy_file(src + "-wal", d + "/g.db-wal");
  writer.reset();
  ASSERT_TRUE(fs_mount.MakeReadOnly()) << std::strerror(errno);

  std::unique_ptr<Store> store;
  Status s = Store::Open(d + "/g.db", ReadOnly(), &store);
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_NE(s.message().find("g.db-wal holds transactions not yet in the database file"),
            std::string::npos)
      << s.message();
  fs::remove_all(fs::path(src).parent_path());
}

}  // namespace
}  // namespace newsgraph::store
