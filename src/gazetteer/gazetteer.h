// Gazetteer holds the curated entries (countries, organisations, people,
// places) loaded from TSV files in the format of gazetteers/FORMAT.md.
// Built once, then read-only: safe for concurrent reads.
//
//   gazetteer::Gazetteer gaz;
//   Status s = gaz.LoadDirectory("gazetteers");   // every *.tsv in it
//   if (!s.ok()) { std::cerr << s.ToString(); }   // "gazetteers/x.tsv:12: ..."
#ifndef NEWSGRAPH_GAZETTEER_GAZETTEER_H_
#define NEWSGRAPH_GAZETTEER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/binary_io.h"
#include "util/status.h"

namespace newsgraph::gazetteer {

// Which column a name came from; tells how a mention was named.
enum class NameKind : uint8_t {
  kName,
  kAlias,
  kAcronym,
  kDemonym,
  kCapital,
  kShortForm,  // valid only when the document names the entry otherwise ("the North")
};

enum class CasePolicy : uint8_t {
  kTitle,   // capitalised words of the name must be capitalised in the text
  kExact,   // the text must equal the name (dots aside)
  kIgnore,  // any case
};

struct Name {
  std::string text;
  NameKind kind = NameKind::kName;
  CasePolicy policy = CasePolicy::kTitle;
  bool ambiguous = false;  // needs context to be tagged
};

struct Role {
  std::string title;        // "Prime Minister"
  std::string affiliation;  // "country:EST", "org:eu"
  std::string start, end;   // YYYY[-MM[-DD]] or empty
};

struct Entry {
  std::string id;                     // "country:KOR"
  std::string type;                   // "COUNTRY"
  std::string name;                   // canonical name
  std::vector<Name> names;            // every name to match, the canonical one first
  std::vector<Role> roles;            // PERSON lines
  std::string parent, country, kind;  // ORG lines
  std::string source;                 // "file:line" of the first line, for messages
};

class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;  // large; share by reference
  Gazetteer& operator=(const Gazetteer&) = delete;
  Gazetteer(Gazetteer&&) = default;
  Gazetteer& operator=(Gazetteer&&) = default;

  // Loads one TSV file. Lines that share an id with an earlier line (in any
  // file) are merged into that entry. Errors: IOError when the file cannot be
  // read; InvalidArgument "FILE:LINE: reason" for a malformed line (wrong
  // field count, missing id/type/name, bad type, bad date, an id reused with
  // another type or name). On error the gazetteer may hold part of the file.
  Status LoadFile(const std::string& path);

  // Loads every *.tsv file directly in `dir`, in file-name order.
  Status LoadDirectory(const std::string& dir);

  // Loads `files` in order (LoadFile each, with room reserved up front).
  Status LoadFiles(const std::vector<std::string>& files);

  // Adds or merges one entry built in code (tests, importers).
  Status Add(Entry entry);

  // Writes every entry for a compiled gazetteer image (image.h), and reads
  // them back into an empty gazetteer (Corruption when the bytes are bad).
  void Write(util::BinaryWriter* out) const;
  Status Read(util::BinaryReader* in);

  size_t size() const { return entries_.size(); }
  const Entry& entry(uint32_t i) const { return entries_[i]; }
  const std::vector<Entry>& entries() const { return entries_; }
  // Returns the index of the entry with this id, or -1.
  int64_t Find(std::string_view id) const;

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  Status Merge(Entry entry, const std::string& where);

  std::vector<Entry> entries_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> index_;
};

// The files a gazetteer is built from, in load order: every *.tsv directly
// in `dir` (file-name order; none when `dir` is empty), then `extra`.
// NotFound when `dir` holds no *.tsv file; IOError when it cannot be listed.
Status ListSources(const std::string& dir, const std::vector<std::string>& extra,
                   std::vector<std::string>* files);

// The automatic case policy for a name (see gazetteers/FORMAT.md): kExact for
// names of at most 6 letters written in capitals, else kTitle.
CasePolicy AutoCasePolicy(std::string_view name);

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_GAZETTEER_H_
