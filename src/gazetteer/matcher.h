// Matcher finds gazetteer names in tokenized text, preferring the longest
// match at each position. It is a token-level trie: each distinct token key
// gets an integer id, and trie edges (node, token id) -> child live in one
// open-addressing hash table, so a million names build in about a second
// and matching costs one hash probe per token.
//
// Immutable once built; safe for concurrent use by multiple threads.
//
//   std::unique_ptr<Matcher> m;
//   Status s = Matcher::Build(gaz, &m);
//   std::vector<uint32_t> ids;  m->Lookup(doc, &ids);
//   std::vector<uint32_t> pats; uint32_t end;
//   if (m->LongestAt(doc, ids, i, sentence_end, &pats, &end)) { ... }
#ifndef NEWSGRAPH_GAZETTEER_MATCHER_H_
#define NEWSGRAPH_GAZETTEER_MATCHER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/internal/flat_io.h"
#include "gazetteer/internal/string_map.h"
#include "text/document.h"
#include "util/status.h"

namespace newsgraph::gazetteer {

// One matchable name: entry `entry`, its names[name]. A flat record (20
// bytes, no padding), as a compiled image holds it.
struct Pattern {
  uint32_t entry = 0;
  uint16_t name = 0;
  uint8_t num_keys = 0;
  CasePolicy policy = CasePolicy::kTitle;
  uint32_t cap_mask = 0;  // bit k: key token k is capitalised in the name
  // kExact: the name's tokens, dots removed, '\x1f'-joined, at these bytes
  // of the matcher's exact-text pool.
  StrRef exact;
};

class Matcher {
 public:
  // Which names a matcher holds. Short forms ("the North") get a matcher of
  // their own, run after the main one, so that they never hide a longer
  // name starting inside them ("the North Korean army").
  enum class Names { kAllButShortForms, kOnlyShortForms };

  // Builds the trie over the selected names of every entry of `gaz`, which
  // must outlive the matcher. Names whose keys are empty are skipped.
  static Status Build(const Gazetteer& gaz, std::unique_ptr<Matcher>* result,
                      Names names = Names::kAllButShortForms);
  // Appends the matcher's tables to a compiled gazetteer image (image.h
  // documents them), and views them in place over `gaz` (the entries it was
  // built from): the bytes `in` reads must outlive the matcher (they do
  // when `gaz` was read from the same image). Read checks the arrays' sizes
  // and how they fit together, not every value: a value that points outside
  // its table (a damaged image) matches nothing, never reads out of bounds.
  // Corruption when the arrays do not fit the bytes or each other.
  void Write(FlatWriter* out) const;
  static Status Read(const Gazetteer& gaz, FlatReader* in, std::unique_ptr<Matcher>* result);
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Sets (*ids)[i] to the vocabulary id of doc.tokens[i], 0 when the token
  // occurs in no name.
  void Lookup(const text::Document& doc, std::vector<uint32_t>* ids) const;

  // Finds the longest name starting at token `i` and ending at or before
  // token `end`, whose case policy the text satisfies. Hyphens inside the
  // text are skipped ("Tae-yul" = "Tae yul"). On success returns true, sets
  // *match_end to one past the last matched token and fills *patterns with
  // every pattern of that length that passed (same name in several entries).
  bool LongestAt(const text::Document& doc, const std::vector<uint32_t>& ids, uint32_t i,
                 uint32_t end, std::vector<uint32_t>* patterns, uint32_t* match_end) const;

  // Pattern p (p < num_patterns(), as LongestAt gives them).
  const Pattern& pattern(uint32_t p) const { return t_.patterns[p]; }
  const Gazetteer& gazetteer() const { return *gaz_; }
  size_t num_patterns() const { return t_.patterns.size(); }
  size_t num_nodes() const { return t_.node_first.size() - 1; }
  // Heap bytes of a built matcher (0 for one viewed in an image).
  size_t MemoryBytes() const;

 private:
  explicit Matcher(const Gazetteer& gaz) : gaz_(&gaz) {}
  uint32_t Child(uint32_t node, uint32_t token) const;
  uint32_t AddChild(uint32_t node, uint32_t token, uint32_t* num_nodes);
  void Grow();
  bool CasePasses(const Pattern& p, const text::Document& doc, uint32_t first, uint32_t end) const;

  // The tables every lookup reads: views of the vectors below (a built
  // matcher) or of an image (a read one).
  struct Tables {
    StringIdView vocab;                       // token key -> id (from 1)
    std::span<const uint32_t> root_children;  // token id -> child of the root (0: none)
    // Edge table: key (node << 32 | token), value child node; 0 key = empty
    // (node 0 is the root and token ids start at 1, so no real key is 0).
    std::span<const uint64_t> edge_keys;
    std::span<const uint32_t> edge_values;
    uint32_t edge_shift = 0;
    // Patterns ending at node n: pattern_ids[node_first[n] .. node_first[n+1]).
    std::span<const uint32_t> node_first;
    std::span<const uint32_t> pattern_ids;
    std::span<const Pattern> patterns;
    std::string_view exact;  // the exact-text pool
  };
  void ViewOwned();

  const Gazetteer* gaz_;
  Tables t_;
  // A built matcher's tables (empty for one read from an image).
  StringIdMap vocab_;
  std::vector<uint32_t> root_children_;
  std::vector<uint64_t> edge_keys_;
  std::vector<uint32_t> edge_values_;
  size_t edge_count_ = 0;
  uint32_t edge_shift_ = 0;
  std::vector<uint32_t> node_first_;
  std::vector<uint32_t> pattern_ids_;
  std::vector<Pattern> patterns_;
  std::string exact_;
};

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_MATCHER_H_
