// Compiled gazetteer images: the entries of a set of gazetteer TSV files and
// both matchers built over them (Matcher::Names), written to one binary
// file and read back in a small fraction of the time that parsing the TSV
// files and building the matchers takes (the start-up cost of every `tag`
// and `ingest` run).
//
// An image is named by a key over what it was built from: the contents of
// the files in load order, the image format and this program's binary.
// Changing a gazetteer, adding one or rebuilding newsgraph gives a new key,
// so a stale image is never used (the same files under another path share
// one image; only the "file:line" kept for messages names the first path).
// Images live in a cache directory (DefaultCacheDir), about 23 MB each for
// the shipped gazetteers, and are written on the first run that misses.
//
//   std::vector<std::string> files;
//   Status s = ListSources("gazetteers", {}, &files);
//   Gazetteer gaz; std::unique_ptr<Matcher> m, short_forms;
//   LoadInfo info;
//   s = LoadCached(files, DefaultCacheDir(), &gaz, &m, &short_forms, &info);
//
// Format (little-endian as written by util::BinaryWriter; an image is read
// only on the machine that wrote it): magic "NGGAZIM1", u32 version, the
// key, the entries (Gazetteer::Write), the main matcher, the short-form
// matcher (Matcher::Write), then a u64 checksum of everything before it.
#ifndef NEWSGRAPH_GAZETTEER_IMAGE_H_
#define NEWSGRAPH_GAZETTEER_IMAGE_H_

#include <memory>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/matcher.h"
#include "util/status.h"

namespace newsgraph::gazetteer {

// Loads `files` into the empty `gaz` and builds both matchers over it.
Status BuildFromFiles(const std::vector<std::string>& files, Gazetteer* gaz,
                      std::unique_ptr<Matcher>* matcher, std::unique_ptr<Matcher>* short_forms);

// The key of an image built from `files` (hex digits). IOError when a file
// cannot be read.
Status SourceKey(const std::vector<std::string>& files, std::string* key);

// Writes an image atomically (util/atomic_file.h: a synced temporary file
// renamed into place); on failure an earlier image at `path` stays intact.
Status WriteImage(const std::string& path, const std::string& key, const Gazetteer& gaz,
                  const Matcher& matcher, const Matcher& short_forms);

// Reads an image into the empty `gaz` and the matchers. NotFound when the
// file is missing or holds another key; Corruption when it is damaged.
Status ReadImage(const std::string& path, const std::string& key, Gazetteer* gaz,
                 std::unique_ptr<Matcher>* matcher, std::unique_ptr<Matcher>* short_forms);

// The cache directory: $NEWSGRAPH_CACHE ("off" or "0": no cache), else
// $XDG_CACHE_HOME/newsgraph, else $HOME/.cache/newsgraph; "" for no cache.
std::string DefaultCacheDir();

struct LoadInfo {
  std::string image;        // the image path ("" without a cache)
  bool from_image = false;  // read from it (else built from the files)
  std::string note;         // why the image was not used or not written
};

// Loads `files` through an image in `cache_dir` (no cache when empty): the
// image of their key when there is a sound one, else the files, writing
// the image for the next run (keeping the 8 newest images in the
// directory). A cache that cannot be read or written is no error: the
// files are loaded and `info->note` says why. Errors are those of
// BuildFromFiles and SourceKey.
Status LoadCached(const std::vector<std::string>& files, const std::string& cache_dir,
                  Gazetteer* gaz, std::unique_ptr<Matcher>* matcher,
                  std::unique_ptr<Matcher>* short_forms, LoadInfo* info);

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_IMAGE_H_
