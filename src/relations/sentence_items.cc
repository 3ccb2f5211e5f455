#include "relations/internal/sentence_items.h"

namespace newsgraph::relations {
namespace {

Item EntityItem(const ner::Mention& m, const std::vector<uint8_t>& types) {
  Item it;
  it.span = m.span;
  it.entity = static_cast<int32_t>(m.entity);
  it.type = types[m.entity];
  if (m.how == ner::MatchKind::kDemonym) it.flags |= kItemDemonym;
  if (m.how == ner::MatchKind::kCapital) it.flags |= kItemCapitalCity;
  it.confidence = m.confidence;
  return it;
}

}  // namespace

void NoteMentions(const SentenceInput& in, PronounResolver* resolver) {
  const ner::TaggedDocument& doc = *in.doc;
  for (uint32_t i = in.first_mention; i < in.end_mention; ++i) {
    const ner::Mention& m = doc.mentions[i];
    resolver->NoteMention(static_cast<int32_t>(m.entity), (*in.entity_types)[m.entity],
                          m.how == ner::MatchKind::kDemonym);
  }
}

void BuildItems(const SentenceInput& in, PronounResolver* resolver, Items* items) {
  items->clear();
  const ner::TaggedDocument& doc = *in.doc;
  const text::Sentence& s = doc.doc.sentences[in.sentence];
  uint32_t next_mention = in.first_mention;
  for (uint32_t t = s.first_token; t < s.end_token;) {
    if (next_mention < in.end_mention && doc.mentions[next_mention].first_token == t) {
      const ner::Mention& m = doc.mentions[next_mention++];
      items->push_back(EntityItem(m, *in.entity_types));
      resolver->NoteMention(items->back().entity, items->back().type,
                            items->back().Is(kItemDemonym));
      t = m.end_token > t ? m.end_token : t + 1;
      continue;
    }
    const text::Token& tok = doc.doc.tokens[t];
    Item it;
    it.span = tok.span;
    it.word = (*in.words)[t - s.first_token];
    if (tok.Is(text::kWord)) it.flags |= kItemWord;
    if (tok.Is(text::kHasDigit)) it.flags |= kItemDigit;
    if (tok.Is(text::kHyphen)) it.flags |= kItemHyphen;
    if (tok.Is(text::kCapital)) it.flags |= kItemUpper;
    if (tok.norm.size() > 4 && tok.norm.ends_with("ly")) it.flags |= kItemLy;
    if (tok.Is(text::kPossessive)) {
      it.flags |= kItemPossessive;
      it.word = in.possessive_word;  // "'s", "’s" and a bare "'" alike
    }
    bool possessive = false;
    // "met her in Paris" (an object), "her visit" (a possessive).
    const bool next_is_noun =
        t + 1 < s.end_token && doc.doc.tokens[t + 1].Is(text::kWord) &&
        !(in.not_noun != nullptr && in.not_noun->ContainsWord((*in.words)[t + 1 - s.first_token]));
    PronounKind kind = tok.Is(text::kWord) ? ClassifyPronoun(tok.norm, next_is_noun, &possessive)
                                           : PronounKind::kNone;
    int32_t entity = kind == PronounKind::kNone ? -1 : resolver->Resolve(kind);
    if (entity >= 0) {
      if (kind == PronounKind::kPerson) resolver->NotePronoun(entity);
      it.entity = entity;
      it.type = (*in.entity_types)[entity];
      it.flags = kItemPronoun;
      it.word = -1;
      it.confidence = kPronounConfidence;
      items->push_back(it);
      if (possessive) {
        Item poss;
        poss.span = text::Span{tok.span.end, tok.span.end};
        poss.word = in.possessive_word;
        poss.flags = kItemPossessive;
        items->push_back(poss);
      }
    } else {
      items->push_back(it);
    }
    ++t;
  }
}

}  // namespace newsgraph::relations
