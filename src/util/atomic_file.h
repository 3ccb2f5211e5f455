// WriteFileAtomically replaces a file's contents in one step: whoever opens
// the file, and whatever happens meanwhile (a full disk, a kill, a crash),
// finds either the previous file or the complete new one, never a cut one.
//
//   Status s = util::WriteFileAtomically("graph.json", json);
//   // !s.ok(): "graph.json: cannot write: No space left on device", and
//   // graph.json is as it was
//
// How:
//   1. the bytes go to a new temporary file next to the target, in the same
//      directory (so on the same file system): ".NAME.tmp-PID-RANDOM";
//   2. it is flushed to disk (fsync) and given the permission bits (and,
//      where allowed, the owner) of the file it replaces; a new file gets
//      0666 less the umask, as an ordinary create would;
//   3. it is renamed over the target, and the directory is synced so the
//      rename itself survives a power loss.
// On any failure the temporary is removed and the target left untouched.
// When the target is a symbolic link, the file it points to is replaced and
// the link stays. SIGINT, SIGTERM and SIGHUP are held back while the
// temporary exists (util/deferred_signals.h), so an interrupt does not leave
// it behind either.
//
// Safe for concurrent use; concurrent writers of one target each rename a
// complete file and the last one wins.
#ifndef NEWSGRAPH_UTIL_ATOMIC_FILE_H_
#define NEWSGRAPH_UTIL_ATOMIC_FILE_H_

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/status.h"

namespace newsgraph::util {

// Makes `path` hold exactly `content`, as described above. Errors:
// InvalidArgument for an empty path; IOError naming `path` and the system's
// reason when the directory does not exist or is not writable, a write or
// the sync fails (ENOSPC, EFBIG, EIO), or the rename fails (the target is a
// directory).
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Makes directory `dir` hold `files` (name, content; plain names, no '/')
// as one set: a reader finds all the old files or all the new ones, never a
// new nodes.csv beside an old relationships.csv. The files are written and
// synced in a new directory beside `dir` (".NAME.tmp-PID-RANDOM"), which then
// becomes `dir`: renamed into place when `dir` does not exist, or swapped
// with it in one step (Linux renameat2 RENAME_EXCHANGE) when `dir` holds
// nothing but files of these names, the old ones then removed. When `dir`
// holds anything else (the user's own files, which are kept) or the file
// system cannot swap, each file is renamed into `dir` on its own, all of
// them complete before the first rename. A new `dir` gets 0777 less the
// umask; a swapped one keeps its permission bits. Errors: InvalidArgument for
// an empty `dir` or a bad name; IOError naming the path, with nothing
// changed, when the parent directory is missing or not writable or a write
// fails.
Status WriteFileSetAtomically(const std::string& dir,
                              const std::vector<std::pair<std::string, std::string>>& files);

// Writes a file's bytes to `out`, a buffered stream (1 MiB) over the new
// temporary file, for content made piece by piece and never held whole. Returns
// OK, or an error that abandons the write (the target then stays as it was).
// A failed fwrite need not be reported: the flush that follows finds it.
using FileFiller = std::function<Status(std::FILE* out)>;

// WriteFileAtomically for content that `fill` writes. As above; an error of
// `fill` is returned as it is, a write error as IOError naming `path`.
Status WriteFileAtomically(const std::string& path, const FileFiller& fill);

// WriteFileSetAtomically for content written piece by piece: `fill` gets one
// stream per name in `names`, in that order, all open at once (so that one
// pass over the data can write several files). As above; an error of `fill`
// is returned as it is and leaves `dir` unchanged.
Status WriteFileSetAtomically(const std::string& dir, const std::vector<std::string>& names,
                              const std::function<Status(const std::vector<std::FILE*>&)>& fill);

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_ATOMIC_FILE_H_
