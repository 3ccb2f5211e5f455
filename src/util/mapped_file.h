// MappedFile is a read-only memory mapping of a whole file, unmapped when it
// is destroyed (one munmap, however large the file). The pages are shared
// with the page cache: mapping a file costs neither a copy nor private
// memory, and pages never read are never loaded.
//
//   std::unique_ptr<util::MappedFile> f;
//   Status s = util::MappedFile::Open("image.ngz", &f);
//   if (s.ok()) Use(f->bytes());   // valid while f lives
//
// Immutable once opened; safe for concurrent use. The mapping reflects the
// file, so a writer must replace the file (rename over it, as
// util/atomic_file.h does) rather than rewrite it in place.
#ifndef NEWSGRAPH_UTIL_MAPPED_FILE_H_
#define NEWSGRAPH_UTIL_MAPPED_FILE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace newsgraph::util {

class MappedFile {
 public:
  // Maps the file at `path`. NotFound when it does not exist; IOError (with
  // the system's reason) when it cannot be opened, sized or mapped. An empty
  // file maps to empty bytes(). On error *result is left unset. With
  // `populate`, every page is loaded up front (for a file about to be read
  // whole); else pages load as they are first read.
  static Status Open(const std::string& path, std::unique_ptr<MappedFile>* result,
                     bool populate = false);

  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // The file's bytes; page-aligned; valid while this object lives.
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  MappedFile(void* data, size_t size) : data_(data), size_(size) {}
  void* data_;
  size_t size_;
};

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_MAPPED_FILE_H_
