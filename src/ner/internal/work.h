// Internal working state of one tagging pass, shared by the tagger, the name
// rules and the coreference step. Not part of the public interface.
#ifndef NEWSGRAPH_NER_INTERNAL_WORK_H_
#define NEWSGRAPH_NER_INTERNAL_WORK_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "gazetteer/matcher.h"
#include "ner/lexicon.h"
#include "ner/types.h"

namespace newsgraph::ner {

struct Work {
  const text::Document& doc;
  const gazetteer::Matcher& matcher;
  const Lexicon& lexicon;
  TaggedDocument* out;
  std::vector<int> owner;  // per token: index into out->mentions, or -1
  std::unordered_map<std::string, uint32_t> entity_index;  // key -> entities index
  // Per sentence: written in title case or capitals (a headline), where
  // capitalisation says nothing about names and the name rules stay silent.
  std::vector<bool> headline;

  // Returns the index of the entity with `key`, creating it.
  uint32_t Entity(const std::string& key, const std::string& name, const std::string& type,
                  bool discovered, float confidence);
  // Adds a mention over tokens [first, end) unless one of them is taken;
  // returns false when it overlaps an existing mention, and for a rule
  // mention (MatchKind::kRule) that would cross a line break.
  bool AddMention(uint32_t first, uint32_t end, uint32_t entity, MatchKind how, float confidence,
                  const std::string& rule);
  // Removes the mentions overlapping [first, end) (for a longer rule match).
  void ClearRange(uint32_t first, uint32_t end);
  bool Free(uint32_t t) const { return owner[t] < 0; }
  bool IsCapWord(uint32_t t) const {
    const text::Token& k = doc.tokens[t];
    return k.Is(text::kWord) && k.Is(text::kCapital);
  }
  // True when a line break separates token t from the token before it. A
  // discovered name never spans one: a headline "Ted Cruz" over a sentence
  // "Ted Cruz said ..." is two mentions, not "Ted Cruz\nTed Cruz".
  bool LineBreakBefore(uint32_t t) const;
  // The first token after t (at most `limit`) that starts a new line.
  uint32_t LineEnd(uint32_t t, uint32_t limit) const;
  bool IsSentenceStart(uint32_t t) const {
    return t == doc.sentences[doc.tokens[t].sentence].first_token;
  }
  // Key of a discovered entity: "discovered:<type>:<folded name>".
  static std::string DiscoveredKey(const std::string& type, const std::string& name);
};

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_INTERNAL_WORK_H_
