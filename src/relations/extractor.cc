// RelationExtractor: for each sentence with two or more arguments, the rules
// whose trigger words occur run over the sentence's items; each match gives
// source and target heads (with their conjuncts), unless a block vetoes it,
// and a modality from the cues.
#include "relations/extractor.h"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <unordered_set>

#include "relations/internal/coordination.h"
#include "relations/internal/dep_matcher.h"
#include "relations/internal/dep_rules.h"
#include "relations/internal/modality.h"
#include "relations/internal/rule_set.h"
#include "relations/internal/sentence_items.h"
#include "relations/internal/suppression.h"
#include "relations/internal/syntax_view.h"

namespace newsgraph::relations {
namespace {

// Per-document scratch space, reused from sentence to sentence.
struct Scratch {
  std::vector<int32_t> words;      // vocabulary id per token of the sentence
  std::vector<uint8_t> candidate;  // per rule: its trigger occurs
  std::vector<uint32_t> rules;     // the candidate rules, ascending
  Items items;
  std::vector<int> sources, targets;
  std::vector<std::tuple<int, int32_t, int32_t>> emitted;  // (type, source, target) this sentence
  SyntaxView syntax;
  std::vector<std::string_view> norms;  // the sentence's token match keys
};

// Counts the person pronouns of a sentence (they can supply an argument).
int PersonPronouns(const text::Document& doc, const text::Sentence& s) {
  int n = 0;
  bool possessive = false;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    if (ClassifyPronoun(doc.tokens[t].norm, false, &possessive) == PronounKind::kPerson) ++n;
  }
  return n;
}

// Whether the sentence names two different people, countries or
// organisations (or one and a person pronoun): only then can it carry a
// relation between actors, and is its parse worth its cost.
bool HasTwoActors(const ner::TaggedDocument& doc, const std::vector<uint8_t>& entity_types,
                  const SentenceInput& in, const text::Sentence& sent) {
  constexpr uint8_t kActor = kPersonBit | kCountryBit | kOrgBit;
  int32_t first = -1;
  for (uint32_t m = in.first_mention; m < in.end_mention; ++m) {
    const uint32_t e = doc.mentions[m].entity;
    if ((entity_types[e] & kActor) == 0) continue;
    if (first >= 0 && static_cast<uint32_t>(first) != e) return true;
    first = static_cast<int32_t>(e);
  }
  return first >= 0 && PersonPronouns(doc.doc, sent) > 0;
}

// Whether the sentence speaks of a pair named before ("the two leaders",
// "both sides"): "two" or "both" and, within two words, a form in `pair`.
bool HasPairPhrase(const text::Document& doc, const text::Sentence& sent,
                   const std::unordered_set<std::string>* pair) {
  if (pair == nullptr) return false;
  for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
    const std::string& n = doc.tokens[t].norm;
    if (n != "two" && n != "both") continue;
    for (uint32_t u = t + 1; u < sent.end_token && u <= t + 2; ++u) {
      if (pair->count(doc.tokens[u].norm)) return true;
    }
  }
  return false;
}

// Whether the sentence opens with a title standing for someone named
// before ("The former Portsmouth boss replaces ..."): "the" first and a form
// in `titles` within the next five words.
bool HasEpithet(const text::Document& doc, const text::Sentence& sent,
                const std::unordered_set<std::string>* titles) {
  if (titles == nullptr || doc.tokens[sent.first_token].norm != "the") return false;
  for (uint32_t t = sent.first_token + 1; t < sent.end_token && t <= sent.first_token + 5; ++t) {
    if (titles->count(doc.tokens[t].norm)) return true;
  }
  return false;
}

// A visit is travel abroad: a person the document ties to a country (or to a
// national organisation of it, such as a party), or whose gazetteer offices
// serve it, does not visit that country ("The Liberal Democrat leader will
// visit a temple in London", "Gordon Brown toured Manchester"). Drops such
// visits among the relations from index `first` on.
void DropVisitsHome(const ner::TaggedDocument& doc, size_t first,
                    std::vector<RelationMention>* out) {
  std::vector<std::pair<uint32_t, std::string>> home;  // person, country key
  for (uint32_t e = 0; e < doc.entities.size(); ++e) {
    if (!doc.entities[e].home.empty())
      home.emplace_back(e, doc.entities[e].home);  // the gazetteer's offices
  }
  for (size_t i = first; i < out->size(); ++i) {
    const RelationMention& r = (*out)[i];
    if (r.type != "affiliated_with" || r.modality == kNegated) continue;
    const ner::DocEntity& to = doc.entities[r.target];
    home.emplace_back(r.source, to.type == "COUNTRY" ? to.key : to.country);
  }
  if (home.empty()) return;
  auto at_home = [&](const RelationMention& r) {
    if (r.type != "visits") return false;
    const std::string& country = doc.entities[r.target].key;
    return std::find(home.begin(), home.end(), std::make_pair(r.source, country)) != home.end();
  };
  out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(), at_home),
             out->end());
}

// Runs `rule` at every start position of the sentence's items and appends
// the relations of its matches to *out.
void MatchRule(const RuleSet& rules, const Rule& rule, const ner::TaggedDocument& doc,
               uint32_t sentence, Scratch* scratch_ptr, std::vector<RelationMention>* out) {
  Scratch& scratch = *scratch_ptr;
  const Items& items = scratch.items;
  const RelationType& type = rules.types()[rule.type];
  const int n = static_cast<int>(items.size());
  // A match holds its trigger at or after its start: try no start after the
  // last trigger word, and only trigger words when the match begins with it.
  int last = n - 1;
  while (last >= 0 && !rule.pattern.IsTriggerWord(items[last].word)) --last;
  const bool at_trigger = rule.pattern.starts_with_trigger();
  PatternMatch m;
  for (int pos = 0; pos <= last; ++pos) {
    if (at_trigger && !rule.pattern.IsTriggerWord(items[pos].word)) continue;
    if (!rule.pattern.MatchAt(items, pos, n, rules.slot_classes(), &m)) continue;
    if (IsBlocked(rules, rule, items, m)) continue;
    const SlotMatch& src = m.slots[kSource];
    const SlotMatch& tgt = m.slots[kTarget];
    scratch.sources.assign(1, src.head);
    scratch.targets.assign(1, tgt.head);
    const SlotSpec& src_spec = rule.pattern.slots()[src.spec];
    const SlotSpec& tgt_spec = rule.pattern.slots()[tgt.spec];
    const bool in_list = rule.pattern.coordinated();
    if (src.begin == m.begin) LeftConjuncts(rules, items, src, src_spec, in_list, &scratch.sources);
    if (tgt.begin == m.begin) LeftConjuncts(rules, items, tgt, tgt_spec, in_list, &scratch.targets);
    if (src.end == m.end) RightConjuncts(rules, items, src, src_spec, &scratch.sources);
    if (tgt.end == m.end) RightConjuncts(rules, items, tgt, tgt_spec, &scratch.targets);
    std::vector<std::pair<int, int>> pairs;
    for (int a : scratch.sources) {
      for (int b : scratch.targets) pairs.emplace_back(a, b);
    }
    if (type.symmetric && rule.pattern.coordinated()) {
      std::vector<int> all = scratch.sources;
      all.insert(all.end(), scratch.targets.begin(), scratch.targets.end());
      for (size_t i = 0; i < all.size(); ++i) {
        for (size_t j = i + 1; j < all.size(); ++j) pairs.emplace_back(all[i], all[j]);
      }
    }
    const char* modality = nullptr;
    const text::Sentence& sent = doc.doc.sentences[sentence];
    for (const auto& [a, b] : pairs) {
      int32_t source = items[a].entity, target = items[b].entity;
      if (IsSelfRelation(source, target)) continue;
      auto key = std::make_tuple(rule.type, type.symmetric ? std::min(source, target) : source,
                                 type.symmetric ? std::max(source, target) : target);
      if (std::find(scratch.emitted.begin(), scratch.emitted.end(), key) != scratch.emitted.end())
        continue;
      scratch.emitted.push_back(key);
      if (modality == nullptr) modality = DetectModality(rules, rule, items, m);
      RelationMention rm;
      rm.type = type.name;
      rm.source = static_cast<uint32_t>(source);
      rm.target = static_cast<uint32_t>(target);
      rm.symmetric = type.symmetric;
      rm.modality = modality;
      rm.sentence = sentence;
      rm.sentence_span = sent.span;
      rm.trigger = text::Span{items[m.trigger_begin].span.begin, items[m.trigger_end - 1].span.end};
      rm.rule = rule.id;
      rm.confidence = rule.confidence * std::min(items[a].confidence, items[b].confidence);
      out->push_back(std::move(rm));
    }
  }
}

}  // namespace

RelationExtractor::RelationExtractor() = default;
RelationExtractor::~RelationExtractor() = default;

Status RelationExtractor::Load(const std::string& path,
                               std::unique_ptr<RelationExtractor>* result) {
  std::vector<RuleLine> lines;
  NG_RETURN_IF_ERROR(ReadRuleFile(path, &lines));
  std::unique_ptr<RelationExtractor> e(new RelationExtractor());
  NG_RETURN_IF_ERROR(RuleSet::Build(lines, &e->rules_));
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (std::filesystem::exists(dir / "dependency.tsv", ec)) {
    std::string triggers = (dir / "triggers.tsv").string();
    if (!std::filesystem::exists(triggers, ec)) triggers.clear();
    NG_RETURN_IF_ERROR(
        DepRuleSet::Load(triggers, (dir / "dependency.tsv").string(), *e->rules_, &e->deps_));
  }
  *result = std::move(e);
  return Status::OK();
}

size_t RelationExtractor::num_rules() const { return rules_->rules().size(); }
size_t RelationExtractor::num_dependency_rules() const { return deps_ ? deps_->rules().size() : 0; }

void RelationExtractor::Extract(const ner::TaggedDocument& doc, const syntax::Model* syntax,
                                std::vector<RelationMention>* out, Stats* stats) const {
  Stats local;
  if (stats == nullptr) stats = &local;
  stats->sentences += doc.doc.sentences.size();
  const RuleSet& rules = *rules_;
  if (rules.rules().empty()) return;
  const size_t first_out = out->size();
  const Vocabulary& vocab = rules.vocabulary();
  std::vector<uint8_t> entity_types(doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i)
    entity_types[i] = TypeBitOf(doc.entities[i].type);

  Scratch scratch;
  scratch.candidate.assign(rules.rules().size(), 0);
  PronounResolver resolver;
  SentenceInput in;
  in.doc = &doc;
  in.entity_types = &entity_types;
  in.words = &scratch.words;
  in.possessive_word = vocab.Find("'s");
  in.not_noun = rules.not_noun_class();

  const std::unordered_set<std::string>* pair_nouns = deps_ ? deps_->Class("PAIR") : nullptr;
  const std::unordered_set<std::string>* titles = deps_ ? deps_->Class("TITLE") : nullptr;
  const auto& sentences = doc.doc.sentences;
  uint32_t mention = 0;
  for (uint32_t s = 0; s < sentences.size(); ++s) {
    in.sentence = s;
    in.first_mention = mention;
    while (mention < doc.mentions.size() && doc.mentions[mention].sentence == s) ++mention;
    in.end_mention = mention;
    resolver.BeginSentence(s);
    const text::Sentence& sent = sentences[s];
    const uint32_t mentions = in.end_mention - in.first_mention;
    // Someone named before ("the two leaders", "The former X boss") makes a
    // sentence worth a parse without two actors of its own; looked for only
    // when they are missing.
    auto names_before = [&] {
      return syntax != nullptr && s > 0 &&
             (HasPairPhrase(doc.doc, sent, pair_nouns) || HasEpithet(doc.doc, sent, titles));
    };
    const bool few = mentions == 0 || (mentions == 1 && PersonPronouns(doc.doc, sent) == 0);
    const bool back = few && names_before();
    if (few && !back) {
      NoteMentions(in, &resolver);
      continue;
    }
    // Prefilter: the rules whose trigger words occur.
    scratch.words.resize(sent.end_token - sent.first_token);
    scratch.rules.clear();
    scratch.norms.clear();
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      const text::Token& tok = doc.doc.tokens[t];
      int32_t w = tok.Is(text::kPossessive) ? in.possessive_word : vocab.Find(tok.norm);
      scratch.words[t - sent.first_token] = w;
      scratch.norms.push_back(tok.norm);
      for (uint32_t r : rules.RulesForWord(w)) {
        if (!scratch.candidate[r]) {
          scratch.candidate[r] = 1;
          scratch.rules.push_back(r);
        }
      }
    }
    const bool parse =
        syntax != nullptr && deps_ != nullptr &&
        (back || HasTwoActors(doc, entity_types, in, sent) || (!few && names_before())) &&
        deps_->HasTrigger(scratch.norms);
    if (scratch.rules.empty() && !parse) {
      NoteMentions(in, &resolver);
      continue;
    }
    std::sort(scratch.rules.begin(), scratch.rules.end());
    for (uint32_t r : scratch.rules) scratch.candidate[r] = 0;
    BuildItems(in, &resolver, &scratch.items);
    scratch.emitted.clear();
    for (uint32_t r : scratch.rules) MatchRule(rules, rules.rules()[r], doc, s, &scratch, out);
    if (parse) {
      BuildSyntaxView(*syntax, doc, s, in.first_mention, in.end_mention, &scratch.syntax);
      ++stats->parsed_sentences;
      stats->parsed_words += scratch.syntax.words.size();
      DepInput dep;
      dep.rules = deps_.get();
      dep.types = &rules;
      dep.doc = &doc;
      dep.entity_types = &entity_types;
      dep.view = &scratch.syntax;
      dep.items = &scratch.items;
      dep.sentence = s;
      MatchDependencies(dep, &scratch.emitted, out);
    }
  }
  DropVisitsHome(doc, first_out, out);
}

}  // namespace newsgraph::relations
