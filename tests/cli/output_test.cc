// What `newsgraph export` leaves when it cannot finish: a full disk keeps a
// valid earlier output file whole, and SIGINT/SIGTERM while Graphviz runs
// leave neither a temporary file nor a `dot` process behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using newsgraph::test_support::ReadFile;
using newsgraph::test_support::RunCli;
using newsgraph::test_support::WriteFile;

// One small database for every test here.
class ExportOutputTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = ::testing::TempDir() + "/export_output_test_" + std::to_string(getpid());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteFile(dir_ + "/a.txt",
              "Josep Borrell met Foreign Minister Cho Tae-yul in Seoul.\n\n"
              "The European Union and South Korea discussed North Korea.\n");
    ASSERT_EQ(RunCli("ingest -q --db " + db() + " " + dir_ + "/a.txt").code, 0);
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }
  static std::string db() { return dir_ + "/g.db"; }

  static std::string dir_;
};

std::string ExportOutputTest::dir_;

TEST_F(ExportOutputTest, AFullDiskKeepsTheEarlierExport) {
  fs::create_directories(dir_ + "/full");
  newsgraph::test_support::Tmpfs disk(dir_ + "/full", "size=12k");
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  const std::string out = dir_ + "/full/report.html";
  const std::string earlier = "<!doctype html><p>an earlier, valid report</p>\n";
  WriteFile(out, earlier);
  // The HTML report (about 25 KB with its script) does not fit in 12 KB.
  const newsgraph::test_support::CliResult run =
      RunCli("export --db " + db() + " --format html -o " + out);
  const std::string& said = run.out;
  EXPECT_NE(run.code, 0);
  EXPECT_NE(said.find(out + ": cannot write: No space left on device"), std::string::npos) << said;
  EXPECT_EQ(ReadFile(out), earlier);
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir_ + "/full")) names.push_back(e.path().filename());
  EXPECT_EQ(names, std::vector<std::string>{"report.html"});
}

TEST_F(ExportOutputTest, ExportReplacesTheOutputFile) {
  const std::string out = dir_ + "/graph.json";
  WriteFile(out, std::string(100000, 'x'));  // longer than the export
  ASSERT_EQ(RunCli("export --db " + db() + " --format json -o " + out).code, 0);
  const std::string json = ReadFile(out);
  EXPECT_EQ(json.find('x' + std::string(20, 'x')), std::string::npos);
  EXPECT_EQ(json.front(), '{');
}

bool ProcessExists(pid_t pid) { return kill(pid, 0) == 0 || errno != ESRCH; }

// SIGINT or SIGTERM while `dot` runs: the process ends by that signal, after
// stopping `dot` and removing its temporary files.
class InterruptedRenderTest : public ExportOutputTest, public ::testing::WithParamInterface<int> {};

TEST_P(InterruptedRenderTest, LeavesNoTemporaryAndNoChild) {
  const int sig = GetParam();
  const std::string d = dir_ + "/interrupt-" + std::to_string(sig);
  fs::remove_all(d);
  fs::create_directories(d + "/bin");
  fs::create_directories(d + "/tmp");
  // A `dot` that says who it is and then takes its time.
  WriteFile(d + "/bin/dot", "#!/bin/sh\necho $$ > " + d + "/dot.pid.tmp\nmv " + d +
                                "/dot.pid.tmp " + d + "/dot.pid\nexec sleep 60\n");
  fs::permissions(d + "/bin/dot", fs::perms::owner_all);

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const char* path = std::getenv("PATH");
    setenv("PATH", (d + "/bin:" + (path != nullptr ? path : "/usr/bin:/bin")).c_str(), 1);
    setenv("TMPDIR", (d + "/tmp").c_str(), 1);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    execl(NEWSGRAPH_BINARY, NEWSGRAPH_BINARY, "export", "--db", db().c_str(), "--format", "svg",
          "-o", (d + "/graph.svg").c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!fs::exists(d + "/dot.pid") && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const bool started = fs::exists(d + "/dot.pid");
  pid_t dot = started ? static_cast<pid_t>(std::stol(ReadFile(d + "/dot.pid"))) : 0;
  kill(pid, sig);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(started) << "the fake dot never ran";

  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == sig) << "status " << status;
  const bool dot_alive = ProcessExists(dot);
  if (dot_alive) kill(dot, SIGKILL);  // do not leave it to the next test
  EXPECT_FALSE(dot_alive) << "dot (pid " << dot << ") still runs";
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(d + "/tmp")) left.push_back(e.path().filename());
  EXPECT_TRUE(left.empty()) << "left behind: " << left.front();
  EXPECT_FALSE(fs::exists(d + "/graph.svg"));
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptedRenderTest, ::testing::Values(SIGINT, SIGTERM),
                         [](const auto& info) {
                           return std::string(info.param == SIGINT ? "SIGINT" : "SIGTERM");
                         });

}  // namespace
