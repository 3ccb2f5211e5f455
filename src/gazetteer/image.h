// Compiled gazetteer images: the entries of a set of gazetteer TSV files and
// both matchers built over them (Matcher::Names), written to one binary
// file that later runs map into memory and use as it is: nothing is copied
// or parsed, so loading takes about a millisecond plus what the run then
// reads, pages never read are never loaded, and the pages are the page
// cache's (shared, not private memory; freed at exit in one munmap).
//
// An image is named by a key over what it was built from: the contents of
// the files in load order, the image format and this program's binary.
// Changing a gazetteer, adding one or rebuilding newsgraph gives a new key,
// so a stale image is never used (the same files under another path share
// one image; only the "file:line" kept for messages names the first path).
// Images live in a cache directory (DefaultCacheDir), about 20 MB each for
// the shipped gazetteers, and are written on the first run that misses.
//
//   std::vector<std::string> files;
//   Status s = ListSources("gazetteers", {}, &files);
//   Gazetteer gaz; std::unique_ptr<Matcher> m, short_forms;
//   LoadInfo info;
//   s = LoadCached(files, DefaultCacheDir(), &gaz, &m, &short_forms, &info);
//
// Format, version 2. Every field is 8-byte aligned. A u64 is 8 bytes, and
// records are written as this machine holds them (little-endian on every
// machine we build for; an image is read only where it was written). An
// "array of T" is a u64 count n, then n records of T, then zero bytes up to
// the next multiple of 8 (internal/flat_io.h); "bytes" is an array of char.
//
//   header
//     magic          8 bytes "NGGAZIM2"
//     version        u64, 2
//     file_size      u64, the size of the whole file (a cut file fails here)
//     key            bytes, the SourceKey the image was built for
//   entries (Gazetteer::Write; records in gazetteer.h)
//     pool           bytes: every string below is a StrRef {u32 offset, u32
//                    size} into it
//     entries        array of EntryRecord (72 bytes): StrRefs id, type, name,
//                    parent, country, kind, source ("file:line"); u32
//                    first_name, num_names, first_role, num_roles
//     names          array of NameRecord (12 bytes): StrRef text, u8 kind
//                    (NameKind), u8 policy (CasePolicy), u8 ambiguous, u8 0
//     roles          array of RoleRecord (32 bytes): StrRefs title,
//                    affiliation, start, end
//     id_slots       array of u32, a power of two: an open-addressing table
//                    by HashString(id) (internal/string_map.h), linear
//                    probing; entry index + 1, 0 = empty
//     role_entries   array of u32: the entries with roles, in order
//     last_names     array of StringSlot (24 bytes: u64 hash, u32 offset,
//                    u32 length, u32 id, u32 0; a power of two), then bytes
//                    (the keys' arena): the folded last name of each PERSON
//                    with two or more capitalised name words -> key k >= 1
//     last_first     array of u32, keys + 2: the people of key k are
//     last_people    last_people[last_first[k] .. last_first[k + 1]) (array
//                    of u32 entry indexes, in order)
//   main matcher, then short-form matcher (Matcher::Write; matcher.h)
//     vocab          array of StringSlot, then bytes: token key -> id >= 1
//     root_children  array of u32, indexed by token id: child of the root
//     edge_keys      array of u64, a power of two: (node << 32 | token id),
//                    0 = empty; slot = (key * 0x9E3779B97F4A7C15) >> (64 -
//                    log2 size), linear probing
//     edge_values    array of u32, as many: the child node of each key
//     node_first     array of u32, nodes + 1: the patterns ending at node n
//     pattern_ids    are pattern_ids[node_first[n] .. node_first[n + 1])
//     patterns       array of Pattern (20 bytes): u32 entry, u16 name, u8
//                    num_keys, u8 policy, u32 cap_mask, StrRef exact (into
//                    the bytes below)
//     exact          bytes: kExact names' tokens, dots removed, '\x1f'-joined
//   end of file (no trailing bytes)
//
// Reading checks the header, that every array fits in the file and that
// the tables fit each other (sizes, powers of two, first and last offsets);
// it does not read every record. Any value that still points outside its
// array (a damaged image) reads as empty or matches nothing, never out of
// bounds. There is no checksum: the key already names the content.
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

// Maps an image and views it as the empty `gaz` and the matchers (`gaz`
// keeps the mapping). NotFound when the file is missing or holds another
// version or key; Corruption when it is cut short or its tables do not fit
// (then `gaz` may hold part of it: reset it).
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
