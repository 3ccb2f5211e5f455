#include "export/graphviz.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "util/deferred_signals.h"

extern char** environ;

namespace newsgraph::exporter {
namespace {

// A temporary file removed on destruction.
class TempFile {
 public:
  Status Create(const char* suffix) {
    const char* dir = std::getenv("TMPDIR");
    path_ =
        std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/newsgraph-XXXXXX" + suffix;
    std::vector<char> buf(path_.begin(), path_.end());
    buf.push_back('\0');
    int fd = mkstemps(buf.data(), static_cast<int>(std::strlen(suffix)));
    if (fd < 0) {
      std::string error = std::strerror(errno);
      path_.clear();
      return Status::IOError("cannot create a temporary file: " + error);
    }
    close(fd);
    path_.assign(buf.data());
    return Status::OK();
  }
  ~TempFile() {
    if (!path_.empty()) unlink(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Graphviz's error output, for a Status message: trailing white space
// dropped, at most kMaxMessage bytes.
std::string ErrorText(const std::string& path) {
  constexpr size_t kMaxMessage = 2000;
  std::ifstream f(path, std::ios::binary);
  std::string text(kMaxMessage + 1, '\0');
  f.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<size_t>(f.gcount()));
  bool cut = text.size() > kMaxMessage;
  if (cut) text.resize(kMaxMessage);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  return cut ? text + " ..." : text;
}

// Ends child `pid` after a termination signal: SIGTERM, then SIGKILL when it
// has not exited within two seconds; reaps it either way.
void StopChild(pid_t pid, util::DeferTerminationSignals* defer) {
  kill(pid, SIGTERM);
  for (int waited_ms = 0; waited_ms < 2000; waited_ms += 50) {
    int status;
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) return;
    defer->Wait(50);
  }
  kill(pid, SIGKILL);
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
}

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << f.rdbuf();
  return bytes.str();
}

}  // namespace

const std::vector<std::string>& GraphvizLayouts() {
  static const std::vector<std::string> kLayouts = {"dot", "sfdp", "neato", "circo"};
  return kLayouts;
}

std::string FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return "";
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + program;
    struct stat st;
    if (stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
        access(candidate.c_str(), X_OK) == 0) {
      return candidate;
    }
  }
  return "";
}

Status RenderWithGraphviz(const std::string& dot_source, const std::string& format,
                          std::string* output) {
  return RenderWithGraphviz(dot_source, format, RenderOptions(), output);
}

Status RenderWithGraphviz(const std::string& dot_source, const std::string& format,
                          const RenderOptions& opt, std::string* output, std::string* warnings) {
  if (format.empty() ||
      format.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789:") != std::string::npos) {
    return Status::InvalidArgument("\"" + format + "\" is not a Graphviz output format");
  }
  const std::vector<std::string>& layouts = GraphvizLayouts();
  if (std::find(layouts.begin(), layouts.end(), opt.layout) == layouts.end()) {
    std::string valid;
    for (const std::string& l : layouts) valid += (valid.empty() ? "" : ", ") + l;
    return Status::InvalidArgument("\"" + opt.layout + "\" is not a Graphviz layout (" + valid +
                                   ")");
  }
  const std::string dot = FindOnPath("dot");
  if (dot.empty()) return Status::NotFound("graphviz is not installed: apt-get install graphviz");

  // SIGINT/SIGTERM/SIGHUP wait until the child is gone and the temporary
  // files removed (`defer` is destroyed last), then act as they would have.
  util::DeferTerminationSignals defer;
  TempFile in, out, err;
  NG_RETURN_IF_ERROR(in.Create(".dot"));
  NG_RETURN_IF_ERROR(out.Create(("." + format.substr(0, format.find(':'))).c_str()));
  NG_RETURN_IF_ERROR(err.Create(".txt"));
  {
    std::ofstream f(in.path(), std::ios::binary);
    f << dot_source;
    f.close();
    if (!f) return Status::IOError(in.path() + ": cannot write the DOT file");
  }
  const std::string command = "dot -K" + opt.layout + " -T" + format;
  std::vector<std::string> args = {"dot", "-K" + opt.layout, "-T" + format,
                                   "-o",  out.path(),        in.path()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  // The child's stdout to /dev/null, its stderr to our temporary file.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.path().c_str(), O_WRONLY | O_TRUNC,
                                   0);
  // The child starts with the signal mask we had, not with ours.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setsigmask(&attr, &defer.previous_mask());
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
  pid_t pid;
  int rc = posix_spawn(&pid, dot.c_str(), &actions, &attr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) return Status::Internal("cannot run " + dot + ": " + std::strerror(rc));
  int status = 0;
  for (;;) {
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) {
      return Status::Internal("waiting for dot: " + std::string(std::strerror(errno)));
    }
    if (int sig = defer.Wait(200); sig != 0) {
      StopChild(pid, &defer);
      return Status::Internal("graphviz `" + command + "` stopped: " + strsignal(sig));
    }
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    std::string message = ErrorText(err.path());
    return Status::Internal("graphviz `" + command + "` failed (" +
                            (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                               : std::string("killed by a signal")) +
                            ")" + (message.empty() ? "" : ": " + message));
  }
  std::ifstream f(out.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << f.rdbuf();
  if (!f) return Status::IOError(out.path() + ": cannot read what dot wrote");
  *output = bytes.str();
  if (warnings != nullptr) *warnings = ReadAll(err.path());
  return Status::OK();
}

}  // namespace newsgraph::exporter
