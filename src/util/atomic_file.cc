#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <random>
#include <set>

#include "util/deferred_signals.h"

namespace newsgraph::util {
namespace {

std::string Reason(int err) { return std::strerror(err); }

// The file a write to `path` replaces: the target of a symbolic link (the
// link stays), else `path` itself.
std::string ResolveTarget(const std::string& path) {
  struct stat st;
  if (lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) == nullptr) return path;  // dangling: replace the link
  return resolved;
}

// Creates a new file "DIR/.NAME.tmp-PID-RANDOM" with mode 0666 (less the
// umask); sets *tmp and returns its descriptor, or -1 with errno set.
int CreateTemporary(const std::string& target, std::string* tmp) {
  const size_t slash = target.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  thread_local std::mt19937_64 rng(
      std::random_device{}() ^
      static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
  for (int attempt = 0; attempt < 100; ++attempt) {
    char suffix[40];
    std::snprintf(suffix, sizeof suffix, ".tmp-%ld-%08llx", static_cast<long>(getpid()),
                  static_cast<unsigned long long>(rng() & 0xffffffffULL));
    *tmp = dir + "." + name + suffix;
    int fd = open(tmp->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

// Syncs directory `dir` (its entries), so that a rename in it is durable.
// Best effort: some file systems refuse to sync a directory.
void SyncDir(const std::string& dir) {
  int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  fsync(fd);
  close(fd);
}

// Syncs the directory holding `target`.
void SyncDirectory(const std::string& target) {
  const size_t slash = target.rfind('/');
  SyncDir(slash == std::string::npos ? "." : (slash == 0 ? "/" : target.substr(0, slash)));
}

// A stdio stream with a buffer of its own that writes to a descriptor, which
// stays open for the caller to sync and close. It keeps the system's reason
// for a failed write (errno), which stdio would lose.
class FdStream {
 public:
  FdStream() = default;
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;
  ~FdStream() {
    if (file_ != nullptr) std::fclose(file_);
  }
  // Opens the stream over `fd`: IOError (the system's reason) on failure.
  Status Open(int fd) {
    fd_ = fd;
    cookie_io_functions_t io{};
    io.write = &FdStream::Write;
    file_ = fopencookie(this, "w", io);
    if (file_ == nullptr) return Status::IOError(Reason(errno));
    buffer_.resize(kBufferSize);
    std::setvbuf(file_, buffer_.data(), _IOFBF, buffer_.size());
    return Status::OK();
  }
  std::FILE* file() const { return file_; }
  // Flushes and closes the stream: IOError with the reason of the first
  // failed write, if any.
  Status Close() {
    const bool failed = std::fflush(file_) != 0 || std::ferror(file_) != 0;
    std::fclose(file_);
    file_ = nullptr;
    if (error_ != 0) return Status::IOError(Reason(error_));
    if (failed) return Status::IOError("write error");
    return Status::OK();
  }

 private:
  // The stream's write: all of `buf` to the descriptor, or 0 (an error for
  // stdio) with the reason kept.
  static ssize_t Write(void* cookie, const char* buf, size_t size) {
    auto* self = static_cast<FdStream*>(cookie);
    size_t done = 0;
    while (done < size) {
      ssize_t n = write(self->fd_, buf + done, size - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (self->error_ == 0) self->error_ = n < 0 ? errno : EIO;
        return 0;
      }
      done += static_cast<size_t>(n);
    }
    return static_cast<ssize_t>(done);
  }
  static constexpr size_t kBufferSize = 1 << 20;
  int fd_ = -1;
  int error_ = 0;  // errno of the first failed write
  std::FILE* file_ = nullptr;
  std::vector<char> buffer_;
};

// Fills the new files `paths` through `fill` and syncs them. Returns fill's
// error as it is, else IOError naming the file that failed.
Status FillNewFiles(const std::vector<std::string>& paths,
                    const std::function<Status(const std::vector<std::FILE*>&)>& fill) {
  std::vector<int> fds;
  auto close_all = [&] {
    for (int fd : fds) close(fd);
  };
  std::vector<std::unique_ptr<FdStream>> streams;
  std::vector<std::FILE*> files;
  for (const std::string& path : paths) {
    int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
      Status s = Status::IOError(path + ": cannot write: " + Reason(errno));
      close_all();
      return s;
    }
    fds.push_back(fd);
    streams.push_back(std::make_unique<FdStream>());
    Status s = streams.back()->Open(fd);
    if (!s.ok()) {
      close_all();
      return Status::IOError(path + ": cannot write: " + s.message());
    }
    files.push_back(streams.back()->file());
  }
  Status filled = fill(files);
  Status s;
  for (size_t i = 0; i < paths.size(); ++i) {
    Status closed = streams[i]->Close();
    if (closed.ok() && fsync(fds[i]) != 0) closed = Status::IOError(Reason(errno));
    if (close(fds[i]) != 0 && closed.ok()) closed = Status::IOError(Reason(errno));
    if (!closed.ok() && s.ok())
      s = Status::IOError(paths[i] + ": cannot write: " + closed.message());
  }
  return filled.ok() ? s : filled;
}

// Whether directory `dir` holds nothing but entries named in `names`.
bool OnlyThese(const std::string& dir, const std::set<std::string>& names) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (names.count(entry.path().filename().string()) == 0) return false;
    if (!entry.is_regular_file(ec)) return false;
  }
  return !ec;
}

}  // namespace

Status WriteFileSetAtomically(const std::string& dir,
                              const std::vector<std::string>& names_in_order,
                              const std::function<Status(const std::vector<std::FILE*>&)>& fill) {
  std::string target = dir;
  while (target.size() > 1 && target.back() == '/') target.pop_back();
  if (target.empty())
    return Status::InvalidArgument("cannot write to a directory with an empty name");
  std::set<std::string> names;
  for (const std::string& name : names_in_order) {
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == "..") {
      return Status::InvalidArgument(dir + ": bad file name '" + name + "'");
    }
    names.insert(name);
  }
  DeferTerminationSignals defer;  // the staging directory goes before a signal acts

  // The staging directory: a fresh name beside the target.
  std::string staging;
  int fd = CreateTemporary(target, &staging);
  if (fd < 0) return Status::IOError(dir + ": cannot write: " + Reason(errno));
  close(fd);
  unlink(staging.c_str());
  if (mkdir(staging.c_str(), 0777) != 0)
    return Status::IOError(dir + ": cannot write: " + Reason(errno));
  auto remove_staging = [&] {
    std::error_code ec;
    std::filesystem::remove_all(staging, ec);
  };
  std::vector<std::string> paths;
  for (const std::string& name : names_in_order) paths.push_back(staging + "/" + name);
  Status filled = FillNewFiles(paths, fill);
  if (!filled.ok()) {
    remove_staging();
    return filled;
  }
  SyncDir(staging);

  struct stat st;
  if (stat(target.c_str(), &st) != 0) {
    // A new directory: it appears complete.
    if (std::rename(staging.c_str(), target.c_str()) != 0) {
      Status s = Status::IOError(dir + ": cannot write: " + Reason(errno));
      remove_staging();
      return s;
    }
    SyncDirectory(target);
    return Status::OK();
  }
  if (!S_ISDIR(st.st_mode)) {
    remove_staging();
    return Status::IOError(dir + ": cannot write: not a directory");
  }
  if (OnlyThese(target, names) &&
      renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    chmod(target.c_str(), st.st_mode & 07777);
    remove_staging();  // the old files, now at the staging name
    SyncDirectory(target);
    return Status::OK();
  }
  // The directory holds other files (or cannot be swapped): each file on its own.
  for (const std::string& name : names_in_order) {
    const std::string from = staging + "/" + name, to = target + "/" + name;
    if (std::rename(from.c_str(), to.c_str()) != 0) {
      Status s = Status::IOError(to + ": cannot write: " + Reason(errno));
      remove_staging();
      return s;
    }
  }
  remove_staging();
  SyncDir(target);
  return Status::OK();
}

Status WriteFileSetAtomically(const std::string& dir,
                              const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.first);
  return WriteFileSetAtomically(dir, names, [&](const std::vector<std::FILE*>& out) {
    for (size_t i = 0; i < files.size(); ++i) {
      std::fwrite(files[i].second.data(), 1, files[i].second.size(), out[i]);
    }
    return Status::OK();
  });
}

Status WriteFileAtomically(const std::string& path, const FileFiller& fill) {
  if (path.empty()) return Status::InvalidArgument("cannot write a file with an empty name");
  const std::string target = ResolveTarget(path);
  DeferTerminationSignals defer;  // the temporary goes before a signal acts

  std::string tmp;
  int fd = CreateTemporary(target, &tmp);
  if (fd < 0) return Status::IOError(path + ": cannot write: " + Reason(errno));

  Status s;
  {
    FdStream stream;
    s = stream.Open(fd);
    if (s.ok()) {
      Status filled = fill(stream.file());
      s = stream.Close();
      if (!filled.ok()) {
        close(fd);
        unlink(tmp.c_str());
        return filled;
      }
    }
  }
  struct stat old;
  if (s.ok() && stat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
    // Keep the replaced file's permissions and, when we may, its owner.
    if (fchown(fd, old.st_uid, old.st_gid) != 0) {
      // Not the owner (nor root): the new file stays ours.
    }
    if (fchmod(fd, old.st_mode & 07777) != 0) s = Status::IOError(Reason(errno));
  }
  if (s.ok() && fsync(fd) != 0) s = Status::IOError(Reason(errno));
  if (close(fd) != 0 && s.ok()) s = Status::IOError(Reason(errno));
  if (s.ok() && std::rename(tmp.c_str(), target.c_str()) != 0) {
    s = Status::IOError("cannot replace it: " + Reason(errno));
  }
  if (!s.ok()) {
    unlink(tmp.c_str());
    return Status::IOError(path + ": cannot write: " + s.message());
  }
  SyncDirectory(target);
  return Status::OK();
}

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteFileAtomically(path, [content](std::FILE* out) {
    std::fwrite(content.data(), 1, content.size(), out);
    return Status::OK();
  });
}

}  // namespace newsgraph::util
