#include "gazetteer/image.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string_view>

#include "util/atomic_file.h"
#include "util/mapped_file.h"

namespace newsgraph::gazetteer {
namespace fs = std::filesystem;
namespace {

constexpr char kMagic[] = "NGGAZIM2";
constexpr uint64_t kVersion = 2;
constexpr size_t kHeaderBytes = 24;  // magic, version, file size
constexpr size_t kKeepImages = 8;

// A fast checksum: four interleaved FNV-style lanes over 8-byte words.
uint64_t Checksum(std::string_view bytes) {
  uint64_t lane[4] = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL, 0x9e3779b97f4a7c15ULL,
                      0xd6e8feb86659fd93ULL};
  size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    for (int k = 0; k < 4; ++k) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + i + 8 * k, 8);
      lane[k] = (lane[k] ^ w) * 0x100000001b3ULL;
    }
  }
  uint64_t h = bytes.size();
  for (uint64_t l : lane) h = (h ^ l ^ (l >> 31)) * 0x100000001b3ULL;
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ULL;
  return h ^ (h >> 29);
}

// Folds `bytes` into the running key hash `h`.
void Mix(uint64_t* h, std::string_view bytes) {
  *h = (*h ^ Checksum(bytes)) * 0x9e3779b97f4a7c15ULL;
  *h ^= *h >> 32;
}

// This program's binary (size and modification time): an image built by
// another build may hold tokens the current tokenizer would split otherwise.
std::string ProgramIdentity() {
  struct stat st;
  if (::stat("/proc/self/exe", &st) != 0) return "unknown";
  return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

// Keeps the `keep` newest images in `dir`, removing the rest.
void PruneImages(const std::string& dir, size_t keep) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> images;
  for (const auto& de : fs::directory_iterator(dir, ec)) {
    const std::string name = de.path().filename().string();
    if (name.rfind("gazetteers-", 0) == 0 && de.path().extension() == ".ngz") {
      images.emplace_back(de.last_write_time(ec), de.path());
    }
  }
  if (images.size() <= keep) return;
  std::sort(images.begin(), images.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = keep; i < images.size(); ++i) fs::remove(images[i].second, ec);
}

}  // namespace

Status BuildFromFiles(const std::vector<std::string>& files, Gazetteer* gaz,
                      std::unique_ptr<Matcher>* matcher, std::unique_ptr<Matcher>* short_forms) {
  NG_RETURN_IF_ERROR(gaz->LoadFiles(files));
  NG_RETURN_IF_ERROR(Matcher::Build(*gaz, matcher));
  return Matcher::Build(*gaz, short_forms, Matcher::Names::kOnlyShortForms);
}

Status SourceKey(const std::vector<std::string>& files, std::string* key) {
  uint64_t h = 0;
  Mix(&h, std::string_view(kMagic, 8));
  Mix(&h, std::to_string(kVersion));
  Mix(&h, ProgramIdentity());
  for (const std::string& f : files) {
    std::unique_ptr<util::MappedFile> file;
    Status s = util::MappedFile::Open(f, &file, /*populate=*/true);
    if (!s.ok()) return Status::IOError(s.message());
    Mix(&h, file->bytes());
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  *key = buf;
  return Status::OK();
}

Status WriteImage(const std::string& path, const std::string& key, const Gazetteer& gaz,
                  const Matcher& matcher, const Matcher& short_forms) {
  std::string bytes(kMagic, 8);
  FlatWriter out(&bytes);
  out.U64(kVersion);
  out.U64(0);  // the file size, set below
  out.Bytes(key);
  gaz.Write(&out);
  matcher.Write(&out);
  short_forms.Write(&out);
  const uint64_t size = bytes.size();
  std::memcpy(bytes.data() + 16, &size, 8);
  return util::WriteFileAtomically(path, bytes);
}

Status ReadImage(const std::string& path, const std::string& key, Gazetteer* gaz,
                 std::unique_ptr<Matcher>* matcher, std::unique_ptr<Matcher>* short_forms) {
  std::unique_ptr<util::MappedFile> file;
  if (!util::MappedFile::Open(path, &file).ok()) return Status::NotFound(path + ": no image");
  const std::string_view bytes = file->bytes();
  if (bytes.size() < kHeaderBytes || bytes.substr(0, 8) != std::string_view(kMagic, 8)) {
    return Status::Corruption(path + ": not a gazetteer image");
  }
  FlatReader in(bytes.data() + 8, bytes.size() - 8);
  if (in.U64() != kVersion) return Status::NotFound(path + ": another image version");
  if (in.U64() != bytes.size()) {
    return Status::Corruption(path + ": truncated image (size " + std::to_string(bytes.size()) +
                              " is not the size written)");
  }
  if (in.Bytes() != key) return Status::NotFound(path + ": another image key");
  std::shared_ptr<const void> backing(std::move(file));
  Status s = gaz->Read(&in, backing);
  if (s.ok()) s = Matcher::Read(*gaz, &in, matcher);
  if (s.ok()) s = Matcher::Read(*gaz, &in, short_forms);
  if (s.ok() && in.remaining() != 0) s = Status::Corruption("gazetteer image: trailing bytes");
  return s.ok() ? s : Status::Corruption(path + ": " + s.message());
}

std::string DefaultCacheDir() {
  const char* env = std::getenv("NEWSGRAPH_CACHE");
  if (env != nullptr && *env != '\0') {
    const std::string v = env;
    return v == "off" || v == "0" ? "" : v;
  }
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg != nullptr && *xdg == '/') return std::string(xdg) + "/newsgraph";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home == '/') return std::string(home) + "/.cache/newsgraph";
  return "";
}

Status LoadCached(const std::vector<std::string>& files, const std::string& cache_dir,
                  Gazetteer* gaz, std::unique_ptr<Matcher>* matcher,
                  std::unique_ptr<Matcher>* short_forms, LoadInfo* info) {
  *info = LoadInfo();
  if (cache_dir.empty() || files.empty()) return BuildFromFiles(files, gaz, matcher, short_forms);
  std::string key;
  NG_RETURN_IF_ERROR(SourceKey(files, &key));
  info->image = cache_dir + "/gazetteers-" + key + ".ngz";
  Status read = ReadImage(info->image, key, gaz, matcher, short_forms);
  if (read.ok()) {
    info->from_image = true;
    return read;
  }
  info->note = read.message();
  *gaz = Gazetteer();  // a damaged image may have filled part of it
  NG_RETURN_IF_ERROR(BuildFromFiles(files, gaz, matcher, short_forms));
  std::error_code ec;
  fs::create_directories(cache_dir, ec);
  if (ec) {
    info->note = cache_dir + ": cannot create the cache directory: " + ec.message();
    return Status::OK();
  }
  Status written = WriteImage(info->image, key, *gaz, **matcher, **short_forms);
  if (!written.ok()) {
    info->note = written.message();
    return Status::OK();
  }
  PruneImages(cache_dir, kKeepImages);
  return Status::OK();
}

}  // namespace newsgraph::gazetteer
