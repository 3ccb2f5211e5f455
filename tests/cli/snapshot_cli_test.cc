// The graph snapshot end to end: `query` builds DB.graph beside the
// database, answers as `--no-snapshot` does, and sees what a later ingest
// added.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using newsgraph::test_support::CliResult;
using newsgraph::test_support::RunCli;
using newsgraph::test_support::WriteFile;

TEST(CliSnapshot, BuiltBesideTheDatabaseAndRebuiltAfterAnIngest) {
  const std::string d = ::testing::TempDir() + "/cli-snapshot-" + std::to_string(getpid());
  fs::remove_all(d);
  fs::create_directories(d);
  WriteFile(d + "/a.txt", "Josep Borrell met Foreign Minister Cho Tae-yul in Seoul.\n");
  WriteFile(d + "/b.txt", "Josep Borrell met Kaja Kallas in Brussels on Tuesday.\n");
  const std::string db = " --db " + d + "/g.db ";
  ASSERT_EQ(RunCli("ingest -q" + db + d + "/a.txt").code, 0);

  CliResult first = RunCli("query neighbors" + db + "borrell");
  ASSERT_EQ(first.code, 0) << first.out;
  EXPECT_TRUE(fs::exists(d + "/g.db.graph"));
  EXPECT_EQ(first.out, RunCli("query neighbors --no-snapshot" + db + "borrell").out);
  EXPECT_EQ(first.out.find("Kaja Kallas"), std::string::npos) << first.out;

  ASSERT_EQ(RunCli("ingest -q" + db + d + "/b.txt").code, 0);
  CliResult second = RunCli("query neighbors" + db + "borrell");
  ASSERT_EQ(second.code, 0) << second.out;
  EXPECT_NE(second.out.find("Kaja Kallas"), std::string::npos) << second.out;
  EXPECT_EQ(second.out, RunCli("query neighbors --no-snapshot" + db + "borrell").out);
  for (const char* q : {"path kallas cho", "top", "between borrell kallas --format json"}) {
    EXPECT_EQ(RunCli(std::string("query ") + q + db).out,
              RunCli(std::string("query ") + q + " --no-snapshot" + db).out)
        << q;
  }
  EXPECT_EQ(RunCli("query neighbors" + db + "nobody-at-all").code, 4);
  fs::remove_all(d);
}

}  // namespace
