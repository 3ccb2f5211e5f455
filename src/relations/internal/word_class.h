// Word classes of the relation rules: the vocabulary of every word the rules
// mention, phrase sets (WordClass), and the named classes and verbs of
// rules/relations.tsv with their forms (ClassTable).
//
//   Vocabulary vocab;
//   ClassTable classes;
//   classes.DefineVerb("meet", "meet|meets|met|met|meeting", &vocab);
//   classes.DefineClass("MEET", "@meet|hold talks", &vocab);
//   const WordClass* pp = nullptr;
//   classes.Resolve("MEET.pp", &pp);   // error: MEET has a plain phrase
//
// Built while the rules load; immutable (and safe to share) afterwards.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_WORD_CLASS_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_WORD_CLASS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "relations/internal/items.h"
#include "util/status.h"

namespace newsgraph::relations {

// Dense ids for token match keys (text::Token::norm).
class Vocabulary {
 public:
  // The id of `norm`, adding it if new.
  int32_t Intern(std::string_view norm);
  // The id of `norm`, or -1.
  int32_t Find(std::string_view norm) const;
  // Tokenizes `phrase` as the document tokenizer would ("Secretary-General"
  // -> secretary - general) and interns each token's norm. Empty result for
  // a phrase without tokens.
  std::vector<int32_t> InternPhrase(std::string_view phrase);
  size_t size() const { return ids_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> ids_;
};

// A set of phrases, each a sequence of word ids.
class WordClass {
 public:
  static constexpr int kMaxLengths = 8;

  void Add(const std::vector<int32_t>& phrase);
  void Merge(const WordClass& other);
  bool empty() const { return singles_.empty() && multi_.empty(); }
  // Writes to lengths[] the lengths of the phrases found in items[pos, limit),
  // longest first, and returns how many (at most kMaxLengths).
  int Match(const Items& items, int pos, int limit, int* lengths) const;
  bool ContainsWord(int32_t word) const;
  // Appends the word ids that can start a phrase of this class.
  void FirstWords(std::vector<int32_t>* out) const;

 private:
  std::vector<int32_t> singles_;             // sorted, unique
  std::vector<std::vector<int32_t>> multi_;  // two or more words, longest first
  std::vector<int32_t> multi_firsts_;        // the first words of multi_, sorted, unique
};

// Verb forms a class reference may select: "@meet.pp".
enum class Form { kAll, kBase, kS, kPast, kPp, kIng, kFin, kCount };

// Named verbs and classes.
class ClassTable {
 public:
  // Defines the verb `name` (lower case) from its five forms
  // "base|s|past|pp|ing" (each may be several words: "take over|...").
  // Errors (InvalidArgument, no file position): a bad or duplicate name, not
  // exactly five forms.
  Status DefineVerb(const std::string& name, std::string_view forms, Vocabulary* vocab);
  // Defines the class `name` (upper case) from '|'-separated members: plain
  // phrases, "@verb" and "@CLASS" (with all their forms) and "@X.form".
  // Members must be defined before. Errors as above, and unknown members.
  Status DefineClass(const std::string& name, std::string_view members, Vocabulary* vocab);
  // Resolves "NAME" or "NAME.form" (form: base, s, past, pp, ing, fin).
  // Errors: unknown name or form; a form of a class that has plain phrases.
  Status Resolve(std::string_view ref, const WordClass** out) const;
  // The class `name` (all forms), or nullptr.
  const WordClass* Find(std::string_view name) const;

 private:
  struct Named {
    std::array<WordClass, static_cast<size_t>(Form::kCount)> forms;
    bool has_plain = false;  // holds phrases that are not verb forms
  };
  Status Define(const std::string& name, std::unique_ptr<Named> named);
  std::unordered_map<std::string, std::unique_ptr<Named>> named_;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_WORD_CLASS_H_
