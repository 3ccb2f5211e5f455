// WriteFileAtomically: the target holds either its old contents or the
// complete new ones, and no temporary file is left behind either way.
#include "util/atomic_file.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace newsgraph::util {
namespace {

namespace fs = std::filesystem;
using test_support::ReadFile;
using test_support::WriteFile;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ::testing::TempDir() + "/atomic_file_test_" + std::to_string(getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The names in the test directory.
  std::set<std::string> Names() const {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.insert(e.path().filename());
    return names;
  }

  std::string dir_;
};

mode_t Mode(const std::string& path) {
  struct stat st;
  EXPECT_EQ(stat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

TEST_F(AtomicFileTest, CreatesANewFileWithTheUmaskApplied) {
  const mode_t old_umask = umask(022);
  Status s = WriteFileAtomically(dir_ + "/out.json", "{\"a\": 1}\n");
  umask(old_umask);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ReadFile(dir_ + "/out.json"), "{\"a\": 1}\n");
  EXPECT_EQ(Mode(dir_ + "/out.json"), 0644u);
  EXPECT_EQ(Names(), (std::set<std::string>{"out.json"}));
}

TEST_F(AtomicFileTest, ReplacesAFileAndKeepsItsPermissions) {
  WriteFile(dir_ + "/out.csv", "old, longer than the new contents\n");
  fs::permissions(dir_ + "/out.csv",
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/out.csv", "new\n").ok());
  EXPECT_EQ(ReadFile(dir_ + "/out.csv"), "new\n");
  EXPECT_EQ(Mode(dir_ + "/out.csv"), 0640u);
  EXPECT_EQ(Names(), (std::set<std::string>{"out.csv"}));
}

TEST_F(AtomicFileTest, EmptyContentsMakeAnEmptyFile) {
  WriteFile(dir_ + "/out", "old");
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/out", "").ok());
  EXPECT_EQ(fs::file_size(dir_ + "/out"), 0u);
}

TEST_F(AtomicFileTest, AMissingDirectoryIsAnIOErrorNamingThePath) {
  const std::string path = dir_ + "/no/such/dir/out.svg";
  Status s = WriteFileAtomically(path, "<svg/>");
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_EQ(s.message(), path + ": cannot write: No such file or directory");
  EXPECT_TRUE(Names().empty());
  EXPECT_TRUE(WriteFileAtomically("", "x").IsInvalidArgument());
}

TEST_F(AtomicFileTest, AFailedRenameLeavesTheTargetAndNoTemporary) {
  // A directory cannot be replaced by a file: everything but the rename works.
  fs::create_directories(dir_ + "/graph.json");
  WriteFile(dir_ + "/graph.json/keep", "kept");
  Status s = WriteFileAtomically(dir_ + "/graph.json", "{}");
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  EXPECT_NE(s.message().find(dir_ + "/graph.json: cannot write: "), std::string::npos);
  EXPECT_EQ(ReadFile(dir_ + "/graph.json/keep"), "kept");
  EXPECT_EQ(Names(), (std::set<std::string>{"graph.json"}));
}

// A write that fails half-way (here: the file size limit, as a full disk
// would) leaves the previous file whole and removes the temporary. Runs in a
// child process so that the limit does not reach the test runner.
TEST_F(AtomicFileTest, AWriteThatFailsHalfWayLeavesThePreviousFile) {
  const std::string path = dir_ + "/graph.graphml";
  const std::string previous = "<graphml>a valid earlier export</graphml>\n";
  WriteFile(path, previous);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead
    struct rlimit limit = {4096, 4096};
    setrlimit(RLIMIT_FSIZE, &limit);
    Status s = WriteFileAtomically(path, std::string(1 << 20, 'x'));
    _exit(s.IsIOError() && s.message() == path + ": cannot write: File too large" ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the write did not fail with EFBIG";
  EXPECT_EQ(ReadFile(path), previous);
  EXPECT_EQ(Names(), (std::set<std::string>{"graph.graphml"}));
}

// The streaming form: what the filler writes, through a buffered stream; a
// filler's error is returned as it is and leaves the previous file.
TEST_F(AtomicFileTest, AFillerWritesTheFileOrLeavesThePreviousOne) {
  const std::string path = dir_ + "/graph.json";
  ASSERT_TRUE(WriteFileAtomically(path, [](std::FILE* out) {
                for (int i = 0; i < 100000; ++i) std::fputs("0123456789", out);
                return Status::OK();
              }).ok());
  EXPECT_EQ(ReadFile(path).size(), 1000000u);
  Status s = WriteFileAtomically(path, [](std::FILE* out) {
    std::fputs("half", out);
    return Status::Corruption("db.sqlite: bad page");
  });
  EXPECT_EQ(s.ToString(), Status::Corruption("db.sqlite: bad page").ToString());
  EXPECT_EQ(ReadFile(path).size(), 1000000u);
  EXPECT_EQ(Names(), (std::set<std::string>{"graph.json"}));
}

TEST_F(AtomicFileTest, ASymbolicLinkIsFollowedAndKept) {
  WriteFile(dir_ + "/real.json", "old");
  fs::create_symlink("real.json", dir_ + "/link.json");
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/link.json", "new").ok());
  EXPECT_TRUE(fs::is_symlink(dir_ + "/link.json"));
  EXPECT_EQ(ReadFile(dir_ + "/real.json"), "new");
  EXPECT_EQ(Names(), (std::set<std::string>{"link.json", "real.json"}));
}

TEST_F(AtomicFileTest, ARelativePathIsWrittenInTheCurrentDirectory) {
  const fs::path cwd = fs::current_path();
  fs::current_path(dir_);
  Status s = WriteFileAtomically("plain.txt", "text");
  fs::current_path(cwd);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ReadFile(dir_ + "/plain.txt"), "text");
  EXPECT_EQ(Names(), (std::set<std::string>{"plain.txt"}));
}

}  // namespace
}  // namespace newsgraph::util

namespace newsgraph::util {
namespace {

namespace fs = std::filesystem;
using test_support::ReadFile;
using test_support::WriteFile;

class FileSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    parent_ = ::testing::TempDir() + "/file_set_test_" + std::to_string(getpid());
    fs::remove_all(parent_);
    fs::create_directories(parent_);
    dir_ = parent_ + "/export";
  }
  void TearDown() override { fs::remove_all(parent_); }
  // The names in `path`.
  static std::set<std::string> Names(const std::string& path) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(path)) names.insert(e.path().filename());
    return names;
  }
  std::string parent_, dir_;
};

TEST_F(FileSetTest, ANewDirectoryAppearsWhole) {
  ASSERT_TRUE(WriteFileSetAtomically(dir_, {{"a.csv", "new a\n"}, {"b.csv", "new b\n"}}).ok());
  EXPECT_EQ(ReadFile(dir_ + "/a.csv"), "new a\n");
  EXPECT_EQ(ReadFile(dir_ + "/b.csv"), "new b\n");
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));  // no staging directory left
}

// The streaming form: one stream per name, all open at once; a filler's
// error leaves no directory behind.
TEST_F(FileSetTest, AFillerWritesBothFilesInOnePass) {
  auto fill = [](const std::vector<std::FILE*>& out) {
    for (int i = 0; i < 3; ++i) {
      std::fprintf(out[0], "a%d\n", i);
      std::fprintf(out[1], "b%d\n", i);
    }
    return Status::OK();
  };
  ASSERT_TRUE(WriteFileSetAtomically(dir_, {"a.csv", "b.csv"}, fill).ok());
  EXPECT_EQ(ReadFile(dir_ + "/a.csv"), "a0\na1\na2\n");
  EXPECT_EQ(ReadFile(dir_ + "/b.csv"), "b0\nb1\nb2\n");
  const std::string other = parent_ + "/other";
  Status s = WriteFileSetAtomically(
      other, {"a.csv"}, [](const std::vector<std::FILE*>&) { return Status::IOError("stop"); });
  EXPECT_EQ(s.ToString(), Status::IOError("stop").ToString());
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));
}

TEST_F(FileSetTest, AnEarlierPairIsSwappedForTheNewOne) {
  fs::create_directories(dir_);
  fs::permissions(dir_, fs::perms(0750));
  WriteFile(dir_ + "/a.csv", "old a\n");
  WriteFile(dir_ + "/b.csv", "old b\n");
  ASSERT_TRUE(
      WriteFileSetAtomically(dir_ + "/", {{"a.csv", "new a\n"}, {"b.csv", "new b\n"}}).ok());
  EXPECT_EQ(ReadFile(dir_ + "/a.csv"), "new a\n");
  EXPECT_EQ(ReadFile(dir_ + "/b.csv"), "new b\n");
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));
  EXPECT_EQ(fs::status(dir_).permissions() & fs::perms::all, fs::perms(0750));
}

TEST_F(FileSetTest, TheUsersOtherFilesAreKept) {
  fs::create_directories(dir_);
  WriteFile(dir_ + "/notes.txt", "mine\n");
  WriteFile(dir_ + "/a.csv", "old a\n");
  ASSERT_TRUE(WriteFileSetAtomically(dir_, {{"a.csv", "new a\n"}, {"b.csv", "new b\n"}}).ok());
  EXPECT_EQ(ReadFile(dir_ + "/notes.txt"), "mine\n");
  EXPECT_EQ(ReadFile(dir_ + "/a.csv"), "new a\n");
  EXPECT_EQ(Names(dir_), std::set<std::string>({"a.csv", "b.csv", "notes.txt"}));
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));
}

// The second file fails (the file size limit standing in for a full disk)
// after the first was written: the old pair stays, both files. Before the
// set was staged, the first file was already replaced: a new a.csv beside an
// old b.csv.
TEST_F(FileSetTest, AFailureLeavesTheOldPairNotOneOfEach) {
  fs::create_directories(dir_);
  WriteFile(dir_ + "/a.csv", "old a\n");
  WriteFile(dir_ + "/b.csv", "old b\n");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);  // write() fails with EFBIG instead
    struct rlimit limit = {16, 16};
    setrlimit(RLIMIT_FSIZE, &limit);
    _exit(WriteFileSetAtomically(dir_, {{"a.csv", "short\n"}, {"b.csv", std::string(64, 'b')}})
                  .IsIOError()
              ? 0
              : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the write did not fail";
  EXPECT_EQ(ReadFile(dir_ + "/a.csv"), "old a\n");
  EXPECT_EQ(ReadFile(dir_ + "/b.csv"), "old b\n");
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));
}

TEST_F(FileSetTest, BadNamesAndMissingParentsAreErrors) {
  EXPECT_TRUE(WriteFileSetAtomically("", {{"a", "x"}}).IsInvalidArgument());
  EXPECT_TRUE(WriteFileSetAtomically(dir_, {{"../a", "x"}}).IsInvalidArgument());
  Status s = WriteFileSetAtomically(parent_ + "/missing/export", {{"a", "x"}});
  EXPECT_TRUE(s.IsIOError());
  EXPECT_NE(s.message().find(parent_ + "/missing/export: cannot write"), std::string::npos)
      << s.message();
  WriteFile(dir_, "a file");
  EXPECT_TRUE(WriteFileSetAtomically(dir_, {{"a", "x"}}).IsIOError());
  EXPECT_EQ(ReadFile(dir_), "a file");
  EXPECT_EQ(Names(parent_), std::set<std::string>({"export"}));
}

}  // namespace
}  // namespace newsgraph::util
