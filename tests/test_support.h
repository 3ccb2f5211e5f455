// Helpers shared by the tests that run the newsgraph binary, read and write
// files, or need a small file system of their own.
#ifndef NEWSGRAPH_TESTS_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_TEST_SUPPORT_H_

#include <sys/mount.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace newsgraph::test_support {

struct CliResult {
  int code = -1;    // exit code; -1 when killed by a signal
  std::string out;  // stdout and stderr together
};

// Runs the binary (NEWSGRAPH_BINARY) with `args` through bash.
inline CliResult RunCli(const std::string& args) {
  const std::string cmd = "bash -c '" + std::string(NEWSGRAPH_BINARY) + " " + args + "' 2>&1";
  CliResult r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// A tmpfs mounted at `dir` (which must exist) with mount `options`
// ("size=12k"), unmounted on destruction; mounted() is false when this
// process may not mount (not root, or a restricted container).
class Tmpfs {
 public:
  Tmpfs(const std::string& dir, const std::string& options) : dir_(dir), options_(options) {
    mounted_ = mount("tmpfs", dir.c_str(), "tmpfs", 0, options.c_str()) == 0;
  }
  ~Tmpfs() {
    if (mounted_) umount2(dir_.c_str(), MNT_DETACH);
  }
  Tmpfs(const Tmpfs&) = delete;
  Tmpfs& operator=(const Tmpfs&) = delete;
  bool mounted() const { return mounted_; }
  // Remounts it read-only; false on failure.
  bool MakeReadOnly() {
    return mount("tmpfs", dir_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, options_.c_str()) == 0;
  }

 private:
  std::string dir_, options_;
  bool mounted_ = false;
};

}  // namespace newsgraph::test_support

#endif  // NEWSGRAPH_TESTS_TEST_SUPPORT_H_
