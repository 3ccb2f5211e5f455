// RuleSet is the compiled form of rules/relations.tsv: relation types, word
// classes and verbs, modality cues, blocks and rules, plus the index from
// trigger words to rules. Built once by Build(); immutable and safe for
// concurrent use afterwards.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_RULE_SET_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_RULE_SET_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "relations/internal/pattern.h"
#include "relations/internal/rule_file.h"
#include "relations/internal/word_class.h"
#include "util/status.h"

namespace newsgraph::relations {

struct RelationType {
  std::string name;
  bool symmetric = false;
  std::array<uint8_t, 2> types{};  // default slot types of {S}, {T}
  float confidence = 0.8f;         // default confidence of its rules
};

// Where a cue or block looks, in items around a match. `before` items before
// the match (cut at the last CLAUSE_BREAK item) plus the match up to the
// trigger; `after` items after the match; or the whole sentence.
struct Window {
  int before = 0;
  int after = -1;  // -1: not after the match
  bool sentence = false;
};

using TypeMask = uint64_t;  // bit i: RelationType i; at most 64 types

struct Rule {
  std::string id;
  int type = 0;  // index into RuleSet::types()
  Pattern pattern;
  const char* modality = nullptr;  // default modality (relations/types.h constant)
  float confidence = 0.8f;
};

// A modality cue: when `pattern` occurs in `window` around a match of a rule
// of a type in `relations` (the relation column: "a,b", or "!a,b" for all
// types but these), the relation gets `modality`. Cues are tried in
// file order; the first that occurs wins.
struct Cue {
  std::string id;
  Pattern pattern;
  Window window;
  const char* modality = nullptr;
  TypeMask relations = ~TypeMask{0};
};

// A block: when `pattern` occurs in `window`, relations of a type in
// `relations` are not produced ("Germany meets Iran in a friendly").
struct Block {
  std::string id;
  Pattern pattern;
  Window window;
  TypeMask relations = ~TypeMask{0};
};

class RuleSet {
 public:
  // Compiles the lines of a rules file (rule_file.h). On error returns
  // InvalidArgument "FILE:LINE: reason" and leaves *result unset.
  static Status Build(const std::vector<RuleLine>& lines, std::unique_ptr<RuleSet>* result);
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  const std::vector<RelationType>& types() const { return types_; }
  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Block>& blocks() const { return blocks_; }
  const Vocabulary& vocabulary() const { return vocab_; }
  // DET, TITLE, ATTRIBUTIVE, ARG_FOLLOW, GROUP and APPOS_END, for slots.
  const SlotClasses& slot_classes() const { return slot_classes_; }
  // AND (joins conjuncts), LIST_END (may follow a list), CLAUSE_BREAK (ends
  // a cue window); null when the file does not define them.
  const WordClass* and_class() const { return and_; }
  const WordClass* list_end_class() const { return list_end_; }
  const WordClass* clause_break_class() const { return clause_break_; }
  // NOT_NOUN (words after which "her" is an object); null when not defined.
  const WordClass* not_noun_class() const { return not_noun_; }
  int32_t comma_word() const { return comma_; }

  // Rules whose trigger can begin with `word` (a vocabulary id), ascending.
  const std::vector<uint32_t>& RulesForWord(int32_t word) const;

 private:
  RuleSet() = default;
  Status Add(const RuleLine& line);
  Status AddType(const RuleLine& line);
  Status AddCue(const RuleLine& line);
  Status AddBlock(const RuleLine& line);
  Status AddRule(const RuleLine& line);
  Status ParseRelations(const RuleLine& line, TypeMask* mask) const;
  Status AddMacro(const RuleLine& line);
  // `pattern` with every %NAME replaced by "( macro text )".
  Status ExpandMacros(const RuleLine& line, const std::string& pattern, std::string* out) const;
  int FindType(const std::string& name) const;
  void Finish();

  std::vector<RelationType> types_;
  std::vector<Rule> rules_;
  std::vector<Cue> cues_;
  std::vector<Block> blocks_;
  Vocabulary vocab_;
  ClassTable classes_;
  SlotClasses slot_classes_;
  const WordClass* and_ = nullptr;
  const WordClass* list_end_ = nullptr;
  const WordClass* clause_break_ = nullptr;
  const WordClass* not_noun_ = nullptr;
  int32_t comma_ = -1;
  std::vector<std::string> ids_;
  std::vector<std::pair<std::string, std::string>> macros_;  // name, expanded text
  std::vector<std::vector<uint32_t>> rules_by_word_;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_RULE_SET_H_
