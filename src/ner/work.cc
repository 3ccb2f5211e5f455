#include "ner/internal/work.h"

#include <algorithm>

#include "text/tokenizer.h"

namespace newsgraph::ner {

uint32_t Work::Entity(const std::string& key, const std::string& name, const std::string& type,
                      bool discovered, float confidence) {
  auto it = entity_index.find(key);
  if (it != entity_index.end()) {
    DocEntity& e = out->entities[it->second];
    e.confidence = std::max(e.confidence, confidence);
    return it->second;
  }
  DocEntity e;
  e.key = key;
  e.name = name;
  e.type = type;
  e.discovered = discovered;
  e.confidence = confidence;
  uint32_t index = static_cast<uint32_t>(out->entities.size());
  out->entities.push_back(std::move(e));
  entity_index.emplace(key, index);
  return index;
}

bool Work::AddMention(uint32_t first, uint32_t end, uint32_t entity, MatchKind how,
                      float confidence, const std::string& rule) {
  for (uint32_t t = first; t < end; ++t) {
    if (owner[t] >= 0) return false;
  }
  if (how == MatchKind::kRule && LineEnd(first, end) < end) return false;
  Mention m;
  m.span = text::Span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  m.sentence = doc.tokens[first].sentence;
  m.first_token = first;
  m.end_token = end;
  m.entity = entity;
  m.how = how;
  m.confidence = confidence;
  m.rule = rule;
  int index = static_cast<int>(out->mentions.size());
  out->mentions.push_back(std::move(m));
  for (uint32_t t = first; t < end; ++t) owner[t] = index;
  return true;
}

bool Work::LineBreakBefore(uint32_t t) const {
  if (t == 0 || t >= doc.tokens.size()) return false;
  const uint32_t gap_begin = doc.tokens[t - 1].span.end;
  const std::string_view gap(doc.text.data() + gap_begin, doc.tokens[t].span.begin - gap_begin);
  return gap.find_first_of("\n\r") != std::string_view::npos;
}

uint32_t Work::LineEnd(uint32_t t, uint32_t limit) const {
  uint32_t u = t + 1;
  while (u < limit && !LineBreakBefore(u)) ++u;
  return std::min(u, limit);
}

void Work::ClearRange(uint32_t first, uint32_t end) {
  for (uint32_t t = first; t < end; ++t) {
    int m = owner[t];
    if (m < 0) continue;
    Mention& mention = out->mentions[m];
    for (uint32_t u = mention.first_token; u < mention.end_token; ++u) owner[u] = -1;
    mention.end_token = mention.first_token;  // tombstone, dropped at the end
  }
}

std::string Work::DiscoveredKey(const std::string& type, const std::string& name) {
  std::string key = "discovered:";
  for (char c : type) key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  key.push_back(':');
  bool first = true;
  for (const std::string& k : text::NameKeys(name)) {
    if (k == "'s") continue;
    if (!first) key.push_back(' ');
    key += k;
    first = false;
  }
  return key;
}

}  // namespace newsgraph::ner
