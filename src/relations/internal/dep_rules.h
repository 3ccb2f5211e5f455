// DepRuleSet is the compiled form of the dependency rules: rules/triggers.tsv
// (the trigger lexicon generated from the CAMEO verb dictionary) and
// rules/dependency.tsv (hand-written triggers, word classes and the rules
// that find a trigger's two arguments in the dependency tree). Both formats
// are documented at the top of rules/dependency.tsv and in README.md
// ("Relation rules"). Built once; immutable and safe for concurrent use.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_DEP_RULES_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_DEP_RULES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "relations/internal/rule_set.h"
#include "util/status.h"

namespace newsgraph::relations {

// One step of a path through the tree from the trigger.
struct DepStep {
  enum Kind { kChild, kHead, kObject, kSubject, kSelf, kLemma } kind = kChild;
  std::string deprel;  // kChild/kHead: "obl", "nsubj:pass"; no ':' = any subtype
  // kChild: the child's case/mark lemmas; kHead: the word's own (any of
  // them); kLemma: the lemmas the word must have.
  std::vector<std::string> cases;
};
using DepPath = std::vector<DepStep>;

// A trigger: a lemma with a part of speech, maybe needing an object.
struct DepTrigger {
  std::string lemma;                 // the head word's lemma ("meet", "talk", "send")
  std::string particle;              // "over" for "take over", "with" for "meet with"; may be empty
  bool noun = false;                 // NOUN (else VERB)
  int type = 0;                      // RuleSet::types() index
  std::vector<std::string> objects;  // lemmas one of which must be the object; empty: none
  std::string cameo;                 // CAMEO code, or empty
  std::string source;                // "FILE:LINE"
};

// How a rule reaches its arguments. Alternatives are tried in order; the
// first that reaches an entity gives the argument.
struct DepRule {
  std::string id;
  uint64_t types = 0;  // relation types (bit i = RuleSet type i) it serves
  enum Selector { kVerb, kVerbObject, kNoun } selector = kVerb;
  std::vector<std::string> lemmas;  // only these trigger lemmas; empty: any
  std::vector<std::string> except;  // never these trigger lemmas (option except=a|b)
  std::vector<DepPath> source;
  std::vector<DepPath> target;
  bool target_is_group = false;  // "&": the source's conjuncts pair up among themselves
  bool swap = false;             // the relation runs target -> source ("X hosted Y": Y visits X)
  bool pairs = false;            // several targets also pair up ("X hosted Y and Z": Y meets Z)
  uint8_t target_types = 0;      // TypeBits the target may have; 0: the relation type's
  float confidence = 0.0f;       // 0: the type's default
};

class DepRuleSet {
 public:
  // Loads the generated lexicon at `triggers_path` (may be absent: "") and
  // the rules at `rules_path`; relation types come from `types`. Errors:
  // IOError; InvalidArgument "FILE:LINE: reason".
  static Status Load(const std::string& triggers_path, const std::string& rules_path,
                     const RuleSet& types, std::unique_ptr<DepRuleSet>* result);

  // The triggers whose head lemma is `lemma`.
  const std::vector<const DepTrigger*>* TriggersFor(const std::string& lemma) const;
  const std::vector<DepRule>& rules() const { return rules_; }
  // Words of class NAME (lemmas), or nullptr when the file defines none.
  const std::unordered_set<std::string>* Class(const std::string& name) const;
  // Whether a sentence whose token match keys are `norms` holds a trigger:
  // a form of a trigger that needs no object, or of one that does together
  // with a form of one of its objects. Only then may it need a parse.
  bool HasTrigger(const std::vector<std::string_view>& norms) const;
  size_t num_triggers() const { return triggers_.size(); }

 private:
  Status AddTrigger(DepTrigger t, const std::string& forms, std::vector<std::string> needs = {});
  std::vector<std::unique_ptr<DepTrigger>> triggers_;
  std::unordered_map<std::string, std::vector<const DepTrigger*>> by_lemma_;
  // Trigger form -> the triggers it may be (indices into triggers_).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> forms_;
  std::vector<std::vector<std::string>> object_forms_;  // per trigger
  std::vector<std::string> particles_;                  // per trigger
  std::vector<std::vector<std::string>> needs_;  // per trigger: forms one of which must occur
  std::unordered_map<std::string, std::unordered_set<std::string>> classes_;
  std::vector<DepRule> rules_;
};

// Regular English forms of a verb or noun lemma ("meet" -> meets, meeted,
// meeting; irregular forms come from the files).
std::vector<std::string> RegularForms(const std::string& lemma);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_DEP_RULES_H_
