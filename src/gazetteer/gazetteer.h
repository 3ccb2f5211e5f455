// Gazetteer holds the curated entries (countries, organisations, people,
// places) loaded from TSV files in the format of gazetteers/FORMAT.md, or
// viewed in place in a compiled image (image.h). Either way the entries are
// one flat form, records of offsets into one string pool, and entry(i)
// gives views of them. Built once, then read-only: safe for concurrent reads.
//
//   gazetteer::Gazetteer gaz;
//   Status s = gaz.LoadDirectory("gazetteers");   // every *.tsv in it
//   if (!s.ok()) { std::cerr << s.ToString(); }   // "gazetteers/x.tsv:12: ..."
//   gazetteer::EntryView e = gaz.entry(gaz.Find("country:KOR"));
//   for (gazetteer::NameView n : e.names) std::cout << n.text << "\n";
#ifndef NEWSGRAPH_GAZETTEER_GAZETTEER_H_
#define NEWSGRAPH_GAZETTEER_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gazetteer/internal/flat_io.h"
#include "gazetteer/internal/string_map.h"
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

// Entry, Name and Role are the entries as TSV lines give them, while they
// are loaded (and for Add); a loaded gazetteer serves them as views.
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

// The flat form of the entries, as a compiled gazetteer image holds them
// (image.h): fixed-size records whose strings are (offset, size) ranges of
// one string pool. Records have no padding: they are written byte for byte.
struct StrRef {
  uint32_t offset = 0, size = 0;
};
struct NameRecord {
  StrRef text;
  NameKind kind = NameKind::kName;
  CasePolicy policy = CasePolicy::kTitle;
  uint8_t ambiguous = 0;
  uint8_t unused = 0;
};
struct RoleRecord {
  StrRef title, affiliation, start, end;
};
struct EntryRecord {
  StrRef id, type, name, parent, country, kind, source;
  uint32_t first_name = 0, num_names = 0;  // names [first_name, first_name + num_names)
  uint32_t first_role = 0, num_roles = 0;  // roles [first_role, first_role + num_roles)
};

// Views of one entry's fields. Their string_views point into the gazetteer
// (or the image it reads) and must not outlive it.
struct NameView {
  std::string_view text;
  NameKind kind = NameKind::kName;
  CasePolicy policy = CasePolicy::kTitle;
  bool ambiguous = false;
};
struct RoleView {
  std::string_view title, affiliation, start, end;
};

// The string `r` of `pool`; empty when it lies outside the pool (a damaged
// image), so that no view ever reads past its bytes.
inline std::string_view PoolString(std::string_view pool, StrRef r) {
  if (r.offset > pool.size() || r.size > pool.size() - r.offset) return {};
  return pool.substr(r.offset, r.size);
}
inline NameView MakeView(const NameRecord& r, std::string_view pool) {
  return NameView{PoolString(pool, r.text), r.kind, r.policy, r.ambiguous != 0};
}
inline RoleView MakeView(const RoleRecord& r, std::string_view pool) {
  return RoleView{PoolString(pool, r.title), PoolString(pool, r.affiliation),
                  PoolString(pool, r.start), PoolString(pool, r.end)};
}

// A range of records seen as views: names[i], for (NameView n : names).
template <typename Record, typename View>
class RecordRange {
 public:
  class iterator {
   public:
    iterator(const Record* p, std::string_view pool) : p_(p), pool_(pool) {}
    View operator*() const { return MakeView(*p_, pool_); }
    iterator& operator++() {
      ++p_;
      return *this;
    }
    bool operator==(const iterator& o) const { return p_ == o.p_; }

   private:
    const Record* p_;
    std::string_view pool_;
  };
  RecordRange() = default;
  RecordRange(std::span<const Record> records, std::string_view pool)
      : records_(records), pool_(pool) {}
  size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  // Record i; an empty view when i >= size() (a damaged image's pattern).
  View operator[](size_t i) const { return i < size() ? MakeView(records_[i], pool_) : View(); }
  iterator begin() const { return iterator(records_.data(), pool_); }
  iterator end() const { return iterator(records_.data() + records_.size(), pool_); }

 private:
  std::span<const Record> records_;
  std::string_view pool_;
};

// One entry, as Gazetteer::entry gives it: the fields of Entry as views.
struct EntryView {
  std::string_view id, type, name, parent, country, kind, source;
  RecordRange<NameRecord, NameView> names;
  RecordRange<RoleRecord, RoleView> roles;
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
  // another type or name), and for a gazetteer read from an image (which
  // cannot grow). On error the gazetteer may hold part of the file.
  Status LoadFile(const std::string& path);

  // Loads every *.tsv file directly in `dir`, in file-name order.
  Status LoadDirectory(const std::string& dir);

  // Loads `files` in order (as LoadFile each, with room reserved up front).
  Status LoadFiles(const std::vector<std::string>& files);

  // Adds or merges one entry built in code (tests, importers).
  Status Add(Entry entry);

  // Appends the flat form of every entry to a compiled gazetteer image
  // (image.h documents the layout).
  void Write(FlatWriter* out) const;
  // Makes this empty gazetteer a view of what Write wrote, read from `in`
  // in place: nothing is copied, and the bytes must stay valid while this
  // gazetteer (and every matcher over it) lives; `backing`, when given, is
  // kept alive with it (the mapping of an image file). Checks the header of
  // each array and their sizes, not every record: a record that points
  // outside its arrays reads as empty, never out of bounds. Corruption when
  // the arrays do not fit the bytes or do not form tables.
  Status Read(FlatReader* in, std::shared_ptr<const void> backing = nullptr);

  size_t size() const { return entries_.size(); }
  // Entry i; its views live as long as the gazetteer. An i >= size() (a
  // damaged image's pattern) gives an empty view.
  EntryView entry(uint32_t i) const;
  // Returns the index of the entry with this id, or -1.
  int64_t Find(std::string_view id) const;
  // The PERSON entries, in order, whose name has at least two capitalised
  // words and whose last one has the folded key `key` (LastNameKeys).
  std::span<const uint32_t> PeopleWithLastName(std::string_view key) const;
  // The entries that have roles, in order.
  std::span<const uint32_t> entries_with_roles() const { return role_entries_; }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  Status Merge(Entry entry, const std::string& where);
  Status LoadOneFile(const std::string& path);
  // Rebuilds the flat form from the entries loaded so far.
  void Seal();

  // While loading TSV files: the entries and their ids. Empty once read
  // from an image.
  std::vector<Entry> loaded_;
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> index_;
  bool from_image_ = false;

  // The flat form (image.h), viewed in the bytes `backing_` keeps alive.
  std::shared_ptr<const void> backing_;
  std::string_view pool_;
  std::span<const EntryRecord> entries_;
  std::span<const NameRecord> names_;
  std::span<const RoleRecord> roles_;
  std::span<const uint32_t> id_slots_;  // entry + 1 by HashString(id); 0 = empty
  std::span<const uint32_t> role_entries_;
  StringIdView last_names_;                    // last-name key -> k (from 1)
  std::span<const uint32_t> last_name_first_;  // people of key k: [first[k], first[k + 1])
  std::span<const uint32_t> last_name_people_;
};

// The folded keys of the first and the last capitalised word of a name
// ("Cho Tae-yul": "cho", "tae"; a hyphenated part continues the word
// before it). False, with both unset, when the name has fewer than two.
bool NameEndKeys(std::string_view name, std::string* first, std::string* last);

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
