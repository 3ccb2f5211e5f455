// End-to-end checks of the newsgraph binary: exit codes, error messages,
// and what an interrupted run leaves behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "store/store.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using Result = newsgraph::test_support::CliResult;
using newsgraph::test_support::RunCli;
using newsgraph::test_support::WriteFile;

std::string Dir(const std::string& name) {
  std::string d = ::testing::TempDir() + "/cli-" + name + "-" + std::to_string(getpid());
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

const char* kArticle =
    "Josep Borrell met Foreign Minister Cho Tae-yul in Seoul.\n\n"
    "The European Union and South Korea discussed North Korea.\n";

TEST(Cli, HelpTeachesAndUsageErrorsExitTwo) {
  Result help = RunCli("--help");
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("Exit codes"), std::string::npos);
  EXPECT_NE(help.out.find("ingest"), std::string::npos);
  EXPECT_EQ(RunCli("ingest").code, 2);  // --db and paths missing
  EXPECT_EQ(RunCli("no-such-command").code, 2);
}

TEST(Cli, BadFilesAreNamedSkippedAndMakeTheExitCodeNonZero) {
  std::string d = Dir("bad");
  WriteFile(d + "/good.txt", kArticle);
  WriteFile(d + "/empty.txt", "");
  WriteFile(d + "/binary.txt", std::string("\x7f"
                                           "ELF\0\0\0\0",
                                           8));
  WriteFile(d + "/latin1.txt", "Caf\xe9 au lait in Paris.");
  Result r = RunCli("ingest --db " + d + "/g.db " + d + " " + d + "/missing.txt");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find(d + "/missing.txt: no such file or directory"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(d + "/empty.txt: empty file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(d + "/binary.txt: binary file (NUL byte at offset 4)"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(d + "/latin1.txt: invalid UTF-8 at byte offset 3"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ingested 1 document(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("4 failed"), std::string::npos) << r.out;

  // --repair-utf8 takes the Latin-1 file with a warning.
  r = RunCli("ingest --db " + d + "/g.db --repair-utf8 " + d + "/latin1.txt");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("warning: " + d + "/latin1.txt: replaced 1 invalid UTF-8"),
            std::string::npos)
      << r.out;
}

TEST(Cli, TheSummaryCountsDuplicatesOfEarlierDocuments) {
  std::string d = Dir("dup");
  WriteFile(d + "/a.txt", kArticle);
  WriteFile(d + "/b.txt", kArticle);
  Result r = RunCli("ingest --db " + d + "/g.db " + d + "/a.txt " + d + "/b.txt");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find(d + "/b.txt: same text as " + d + "/a.txt, counted once"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("ingested 1 document(s)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(", 1 duplicate of an earlier document, 0 unchanged"), std::string::npos)
      << r.out;
}

TEST(Cli, ReingestingIsIdempotentAndChangesReplace) {
  std::string d = Dir("idem");
  WriteFile(d + "/a.txt", kArticle);
  ASSERT_EQ(RunCli("ingest -q --db " + d + "/g.db " + d + "/a.txt").code, 0);
  std::string before = RunCli("entities --db " + d + "/g.db --format csv").out;
  Result again = RunCli("ingest --db " + d + "/g.db " + d + "/a.txt");
  EXPECT_NE(again.out.find("ingested 0 document(s)"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("1 unchanged"), std::string::npos) << again.out;
  EXPECT_EQ(RunCli("entities --db " + d + "/g.db --format csv").out, before);

  WriteFile(d + "/a.txt", "Kaja Kallas visited Tallinn.\n");
  ASSERT_EQ(RunCli("ingest -q --db " + d + "/g.db " + d + "/a.txt").code, 0);
  std::string after = RunCli("entities --db " + d + "/g.db --format csv").out;
  EXPECT_EQ(after.find("Josep Borrell"), std::string::npos) << after;
  EXPECT_NE(after.find("Kaja Kallas"), std::string::npos) << after;
}

// Writes 3000 distinct short articles into DIR/docs.
void WriteReports(const std::string& d) {
  fs::create_directories(d + "/docs");
  for (int i = 0; i < 3000; ++i) {
    WriteFile(d + "/docs/" + std::to_string(10000 + i) + ".txt",
              std::string(kArticle) + "Report number " + std::to_string(i) + " from Kyiv.\n");
  }
}

// Runs the binary with `args`, kills it (SIGKILL) once `db` holds at least
// 20 documents, and returns whether the kill ended it (false: it finished first).
bool RunAndKillOnceStored(std::vector<std::string> args, const std::string& db) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv = {const_cast<char*>(NEWSGRAPH_BINARY)};
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(NEWSGRAPH_BINARY, argv.data());
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    newsgraph::store::StoreStats st;
    std::unique_ptr<newsgraph::store::Store> s;
    newsgraph::store::StoreOptions ro;
    ro.read_only = true;
    ro.create = false;
    if (newsgraph::store::Store::Open(db, ro, &s).ok() && s->Stats(&st).ok() &&
        st.documents >= 20) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFSIGNALED(status);
}

TEST(Cli, AKilledRunLeavesAConsistentDatabaseThatTheNextRunCompletes) {
  std::string d = Dir("kill");
  WriteReports(d);
  // Reference: one uninterrupted run.
  ASSERT_EQ(RunCli("ingest -q --db " + d + "/ref.db " + d + "/docs").code, 0);
  // Killed once some batches are committed, but before it finishes.
  ASSERT_TRUE(RunAndKillOnceStored(
      {"ingest", "-q", "--batch", "7", "--db", d + "/g.db", d + "/docs"}, d + "/g.db"))
      << "the run finished before it could be killed";

  newsgraph::store::StoreStats partial;
  {
    std::unique_ptr<newsgraph::store::Store> s;
    ASSERT_TRUE(newsgraph::store::Store::Open(d + "/g.db", {}, &s).ok());
    ASSERT_TRUE(s->Stats(&partial).ok());
  }
  EXPECT_LT(partial.documents, 3000);

  Result resumed = RunCli("ingest --db " + d + "/g.db " + d + "/docs");
  EXPECT_EQ(resumed.code, 0) << resumed.out;
  EXPECT_NE(resumed.out.find(std::to_string(partial.documents) + " unchanged"), std::string::npos)
      << resumed.out;
  // Same content as the uninterrupted run: no duplicates, nothing lost.
  EXPECT_EQ(RunCli("entities --db " + d + "/g.db --format csv").out,
            RunCli("entities --db " + d + "/ref.db --format csv").out);
  newsgraph::store::StoreStats a, b;
  std::unique_ptr<newsgraph::store::Store> s1, s2;
  ASSERT_TRUE(newsgraph::store::Store::Open(d + "/g.db", {}, &s1).ok());
  ASSERT_TRUE(newsgraph::store::Store::Open(d + "/ref.db", {}, &s2).ok());
  ASSERT_TRUE(s1->Stats(&a).ok());
  ASSERT_TRUE(s2->Stats(&b).ok());
  EXPECT_EQ(a.documents, 3000);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.relation_mentions, b.relation_mentions);
}

// `load` has ingest's guarantee: killed half-way, the database is consistent
// and the next run stores the rest, without duplicates.
TEST(Cli, AKilledLoadLeavesAConsistentDatabaseThatTheNextRunCompletes) {
  std::string d = Dir("kill-load");
  WriteReports(d);
  Result extracted = RunCli("extract -q --input text " + d + "/docs > " + d + "/records.jsonl");
  ASSERT_EQ(extracted.code, 0) << extracted.out;
  ASSERT_EQ(RunCli("load -q --db " + d + "/ref.db " + d + "/records.jsonl").code, 0);
  ASSERT_TRUE(RunAndKillOnceStored(
      {"load", "-q", "--batch", "7", "--db", d + "/g.db", d + "/records.jsonl"}, d + "/g.db"))
      << "the load finished before it could be killed";

  newsgraph::store::StoreStats partial;
  {
    std::unique_ptr<newsgraph::store::Store> s;
    ASSERT_TRUE(newsgraph::store::Store::Open(d + "/g.db", {}, &s).ok());
    ASSERT_TRUE(s->Stats(&partial).ok());
  }
  EXPECT_LT(partial.documents, 3000);
  EXPECT_EQ(partial.documents % 7, 0) << "whole batches only";

  Result resumed = RunCli("load --db " + d + "/g.db " + d + "/records.jsonl");
  EXPECT_EQ(resumed.code, 0) << resumed.out;
  EXPECT_NE(resumed.out.find(std::to_string(partial.documents) + " unchanged"), std::string::npos)
      << resumed.out;
  EXPECT_EQ(RunCli("export --db " + d + "/g.db --format json").out,
            RunCli("export --db " + d + "/ref.db --format json").out);
  newsgraph::store::StoreStats a, b;
  std::unique_ptr<newsgraph::store::Store> s1, s2;
  ASSERT_TRUE(newsgraph::store::Store::Open(d + "/g.db", {}, &s1).ok());
  ASSERT_TRUE(newsgraph::store::Store::Open(d + "/ref.db", {}, &s2).ok());
  ASSERT_TRUE(s1->Stats(&a).ok());
  ASSERT_TRUE(s2->Stats(&b).ok());
  EXPECT_EQ(a.documents, 3000);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.relation_mentions, b.relation_mentions);
}

TEST(Cli, ALockedDatabaseGivesAClearError) {
  std::string d = Dir("lock");
  WriteFile(d + "/a.txt", kArticle);
  ASSERT_EQ(RunCli("ingest -q --db " + d + "/g.db " + d + "/a.txt").code, 0);
  std::unique_ptr<newsgraph::store::Store> holder;
  ASSERT_TRUE(newsgraph::store::Store::Open(d + "/g.db", {}, &holder).ok());
  ASSERT_TRUE(holder->Begin().ok());  // holds the write lock
  WriteFile(d + "/b.txt", "Kaja Kallas visited Tallinn.\n");
  Result r = RunCli("ingest --wait 100 --db " + d + "/g.db " + d + "/b.txt");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("locked"), std::string::npos) << r.out;
  ASSERT_TRUE(holder->Rollback().ok());
}

TEST(Cli, MissingOrForeignDatabases) {
  std::string d = Dir("nodb");
  Result r = RunCli("export --db " + d + "/none.db --format json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find(d + "/none.db: no such database"), std::string::npos) << r.out;
  WriteFile(d + "/notes.db",
            "this is not a database, just text long enough to look like one......");
  r = RunCli("entities --db " + d + "/notes.db");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("not a newsgraph database"), std::string::npos) << r.out;
  r = RunCli("ingest --db /nonexistent-dir/g.db " + d);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("/nonexistent-dir/g.db"), std::string::npos) << r.out;
}

TEST(Cli, ReadOnlyDatabaseFileCanBeQueried) {
  std::string d = Dir("ro");
  WriteFile(d + "/a.txt", kArticle);
  ASSERT_EQ(RunCli("ingest -q --db " + d + "/g.db " + d + "/a.txt").code, 0);
  fs::permissions(d + "/g.db",
                  fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  Result r = RunCli("entities --db " + d + "/g.db --format csv");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Josep Borrell"), std::string::npos);
  if (geteuid() == 0) {
    GTEST_LOG_(INFO) << "running as root: file permissions do not stop writes; "
                        "read-only writes are covered by the store tests";
  } else {
    r = RunCli("ingest --db " + d + "/g.db " + d + "/a.txt --force");
    EXPECT_EQ(r.code, 1) << r.out;
  }
}

TEST(Cli, TagReadsStdinAndPrintsByteOffsets) {
  Result r = RunCli("tag - --format jsonl <<< \"Pyongyang and the U.N. disagreed.\"");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"start\":0,\"end\":9"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"entity\":\"North Korea\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"text\":\"U.N.\""), std::string::npos) << r.out;
}

}  // namespace

namespace {

TEST(Cli, AHundredMegabyteFileIsIngestedInChunks) {
  std::string d = Dir("big");
  const std::string paragraph =
      "Ministers of the European Union met in Brussels on Monday to discuss the budget, trade "
      "rules and energy prices for the coming year, officials said.\n\n";
  {
    std::ofstream out(d + "/big.txt", std::ios::binary);
    for (size_t written = 0; written < 100u * 1024 * 1024; written += paragraph.size())
      out << paragraph;
  }
  Result r = RunCli("ingest --format json --db " + d + "/g.db " + d + "/big.txt");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("\"ingested\":1,"), std::string::npos) << r.out;
  std::string entities = RunCli("entities --db " + d + "/g.db --format csv").out;
  const size_t paragraphs = (100u * 1024 * 1024 + paragraph.size() - 1) / paragraph.size();
  EXPECT_NE(entities.find("European Union,ORG," + std::to_string(paragraphs) + ",1,org:eu"),
            std::string::npos)
      << entities;
  fs::remove_all(d);
}

}  // namespace
