#include "relations/internal/rule_set.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>

#include "relations/types.h"

namespace newsgraph::relations {
namespace {

// A macro's name: upper-case letters, digits and '_'.
const RE2& MacroName() {
  static const RE2 name("[A-Z0-9_]+");
  return name;
}

Status LineError(const RuleLine& line, const std::string& reason) {
  return Status::InvalidArgument(line.where + ": " + reason);
}

// Prefixes an error from a lower module with the line's position.
Status AtLine(const RuleLine& line, const Status& s) {
  return s.ok() ? s : LineError(line, s.message());
}

bool ParseModality(const std::string& s, const char** out) {
  for (const char* m : {kAsserted, kPlanned, kHypothetical, kNegated}) {
    if (s == m) {
      *out = m;
      return true;
    }
  }
  return false;
}

bool ParseConfidence(const std::string& s, float* out) {
  if (s.empty()) return true;
  char* end = nullptr;
  float v = std::strtof(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || !(v > 0.0f && v <= 1.0f)) return false;
  *out = v;
  return true;
}

// "sentence", "before:N", "after:N" or "before:N,after:M" (N, M at most
// three digits); empty = before:0.
bool ParseWindow(const std::string& s, Window* w) {
  if (s.empty()) return true;
  static const RE2 window(
      R"(sentence|before:(\d{1,3})|after:(\d{1,3})|before:(\d{1,3}),after:(\d{1,3}))");
  std::string only_before, only_after, before, after;
  if (!RE2::FullMatch(s, window, &only_before, &only_after, &before, &after)) return false;
  w->sentence = s == "sentence";
  if (!only_before.empty() || !before.empty())
    w->before = std::atoi((only_before + before).c_str());
  if (!only_after.empty() || !after.empty()) w->after = std::atoi((only_after + after).c_str());
  return true;
}

}  // namespace

int RuleSet::FindType(const std::string& name) const {
  for (size_t i = 0; i < types_.size(); ++i) {
    if (types_[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

Status RuleSet::Build(const std::vector<RuleLine>& lines, std::unique_ptr<RuleSet>* result) {
  std::unique_ptr<RuleSet> set(new RuleSet());
  for (const RuleLine& line : lines) NG_RETURN_IF_ERROR(set->Add(line));
  set->Finish();
  *result = std::move(set);
  return Status::OK();
}

Status RuleSet::Add(const RuleLine& line) {
  if (line.id.empty()) return LineError(line, "empty id");
  if (line.kind == "type") return AddType(line);
  if (line.kind == "verb") return AtLine(line, classes_.DefineVerb(line.id, line.pattern, &vocab_));
  if (line.kind == "class")
    return AtLine(line, classes_.DefineClass(line.id, line.pattern, &vocab_));
  if (line.kind == "macro") return AddMacro(line);
  if (line.kind != "cue" && line.kind != "block" && line.kind != "rule") {
    return LineError(
        line, "unknown kind \"" + line.kind + "\" (type, verb, class, macro, cue, block or rule)");
  }
  if (std::find(ids_.begin(), ids_.end(), line.id) != ids_.end()) {
    return LineError(line, "duplicate id \"" + line.id + "\"");
  }
  ids_.push_back(line.id);
  if (line.kind == "cue") return AddCue(line);
  if (line.kind == "block") return AddBlock(line);
  return AddRule(line);
}

Status RuleSet::AddType(const RuleLine& line) {
  if (FindType(line.id) >= 0)
    return LineError(line, "relation type " + line.id + " is defined twice");
  if (types_.size() == 64) return LineError(line, "more than 64 relation types");
  RelationType t;
  t.name = line.id;
  // "PERSON|ORG > COUNTRY" or "COUNTRY <> COUNTRY".
  static const RE2 signature(R"(\s*([A-Za-z|]+)\s*(<>|>)\s*([A-Za-z|]+)\s*)");
  std::string from, arrow, to;
  if (!RE2::FullMatch(line.pattern, signature, &from, &arrow, &to)) {
    return LineError(line, "type signature must be \"SOURCE_TYPES > TARGET_TYPES\" or \"A <> B\"");
  }
  t.symmetric = arrow == "<>";
  t.types = {ParseTypeBits(from), ParseTypeBits(to)};
  if (t.types[0] == 0 || t.types[1] == 0) {
    return LineError(line, "unknown entity type in \"" + line.pattern +
                               "\" (PERSON, COUNTRY, ORG, CITY, REGION, OTHER, ANY)");
  }
  if (!ParseConfidence(line.confidence, &t.confidence))
    return LineError(line, "confidence must be in (0, 1]");
  types_.push_back(std::move(t));
  return Status::OK();
}

Status RuleSet::AddMacro(const RuleLine& line) {
  if (!RE2::FullMatch(line.id, MacroName())) {
    return LineError(line,
                     "macro name \"" + line.id + "\" must be upper-case letters, digits or _");
  }
  for (const auto& m : macros_) {
    if (m.first == line.id) return LineError(line, "macro %" + line.id + " is defined twice");
  }
  std::string text;
  NG_RETURN_IF_ERROR(ExpandMacros(line, line.pattern, &text));
  // Compile once alone so that a broken macro is reported where it is defined.
  Pattern check;
  NG_RETURN_IF_ERROR(AtLine(
      line, Pattern::Compile(text, Pattern::Kind::kCue, classes_, &vocab_, {0xFF, 0xFF}, &check)));
  macros_.emplace_back(line.id, std::move(text));
  return Status::OK();
}

Status RuleSet::ExpandMacros(const RuleLine& line, const std::string& pattern,
                             std::string* out) const {
  // "%NAME" is replaced by the macro's text in brackets.
  static const RE2 use("%(" + MacroName().pattern() + ")?");
  out->clear();
  re2::StringPiece rest(pattern);
  const char* copied = pattern.data();
  re2::StringPiece name;
  while (RE2::FindAndConsume(&rest, use, &name)) {
    const char* at = rest.data() - name.size() - 1;  // the '%'
    out->append(copied, at);
    copied = rest.data();
    auto it = std::find_if(macros_.begin(), macros_.end(),
                           [&](const auto& m) { return m.first == name; });
    if (it == macros_.end()) {
      return LineError(line, "unknown macro %" + std::string(name) + " (define macros before use)");
    }
    *out += "(" + it->second + ")";
  }
  out->append(copied, pattern.data() + pattern.size());
  return Status::OK();
}

Status RuleSet::ParseRelations(const RuleLine& line, TypeMask* mask) const {
  if (line.relation.empty()) return Status::OK();  // all types
  std::string_view rest = line.relation;
  const bool except = rest.front() == '!';
  if (except) rest.remove_prefix(1);
  *mask = 0;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string name(rest.substr(0, comma));
    rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
    int t = FindType(name);
    if (t < 0) return LineError(line, "unknown relation type \"" + name + "\"");
    *mask |= TypeMask{1} << t;
  }
  if (except) *mask = ~*mask;
  return Status::OK();
}

Status RuleSet::AddCue(const RuleLine& line) {
  Cue cue;
  cue.id = line.id;
  if (!ParseModality(line.modality, &cue.modality)) {
    return LineError(line, "cue modality must be asserted, planned, hypothetical or negated");
  }
  if (!ParseWindow(line.window, &cue.window)) {
    return LineError(line, "bad window \"" + line.window +
                               "\" (sentence, before:N, after:N or before:N,after:M)");
  }
  NG_RETURN_IF_ERROR(ParseRelations(line, &cue.relations));
  std::string text;
  NG_RETURN_IF_ERROR(ExpandMacros(line, line.pattern, &text));
  NG_RETURN_IF_ERROR(AtLine(line, Pattern::Compile(text, Pattern::Kind::kCue, classes_, &vocab_,
                                                   {0xFF, 0xFF}, &cue.pattern)));
  cues_.push_back(std::move(cue));
  return Status::OK();
}

Status RuleSet::AddBlock(const RuleLine& line) {
  Block block;
  block.id = line.id;
  block.window.sentence = true;
  if (!line.window.empty()) {
    block.window.sentence = false;
    if (!ParseWindow(line.window, &block.window)) {
      return LineError(line, "bad window \"" + line.window +
                                 "\" (sentence, before:N, after:N or before:N,after:M)");
    }
  }
  NG_RETURN_IF_ERROR(ParseRelations(line, &block.relations));
  std::string text;
  NG_RETURN_IF_ERROR(ExpandMacros(line, line.pattern, &text));
  NG_RETURN_IF_ERROR(AtLine(line, Pattern::Compile(text, Pattern::Kind::kCue, classes_, &vocab_,
                                                   {0xFF, 0xFF}, &block.pattern)));
  blocks_.push_back(std::move(block));
  return Status::OK();
}

Status RuleSet::AddRule(const RuleLine& line) {
  Rule rule;
  rule.id = line.id;
  rule.type = FindType(line.relation);
  if (rule.type < 0) {
    return LineError(line, line.relation.empty() ? "a rule needs a relation type"
                                                 : "unknown relation type \"" + line.relation +
                                                       "\" (declare it on a type line above)");
  }
  const RelationType& type = types_[rule.type];
  rule.modality = kAsserted;
  if (!line.modality.empty() && !ParseModality(line.modality, &rule.modality)) {
    return LineError(line, "modality must be asserted, planned, hypothetical or negated");
  }
  rule.confidence = type.confidence;
  if (!ParseConfidence(line.confidence, &rule.confidence))
    return LineError(line, "confidence must be in (0, 1]");
  if (!line.window.empty()) return LineError(line, "a rule has no window");
  std::string text;
  NG_RETURN_IF_ERROR(ExpandMacros(line, line.pattern, &text));
  NG_RETURN_IF_ERROR(AtLine(line, Pattern::Compile(text, Pattern::Kind::kRule, classes_, &vocab_,
                                                   type.types, &rule.pattern)));
  rules_.push_back(std::move(rule));
  return Status::OK();
}

void RuleSet::Finish() {
  slot_classes_.det = classes_.Find("DET");
  slot_classes_.title = classes_.Find("TITLE");
  slot_classes_.attributive = classes_.Find("ATTRIBUTIVE");
  slot_classes_.arg_follow = classes_.Find("ARG_FOLLOW");
  slot_classes_.group = classes_.Find("GROUP");
  slot_classes_.appos_end = classes_.Find("APPOS_END");
  and_ = classes_.Find("AND");
  list_end_ = classes_.Find("LIST_END");
  clause_break_ = classes_.Find("CLAUSE_BREAK");
  not_noun_ = classes_.Find("NOT_NOUN");
  comma_ = vocab_.Intern(",");
  slot_classes_.comma = comma_;
  slot_classes_.conj = and_;
  slot_classes_.of = vocab_.Intern("of");
  rules_by_word_.assign(vocab_.size(), {});
  for (size_t r = 0; r < rules_.size(); ++r) {
    for (int32_t w : rules_[r].pattern.trigger_words())
      rules_by_word_[w].push_back(static_cast<uint32_t>(r));
  }
}

const std::vector<uint32_t>& RuleSet::RulesForWord(int32_t word) const {
  static const std::vector<uint32_t> kNone;
  if (word < 0 || static_cast<size_t>(word) >= rules_by_word_.size()) return kNone;
  return rules_by_word_[word];
}

}  // namespace newsgraph::relations
