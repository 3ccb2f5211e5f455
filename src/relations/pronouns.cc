#include "relations/internal/pronouns.h"

#include "relations/internal/items.h"

namespace newsgraph::relations {

PronounKind ClassifyPronoun(std::string_view norm, bool next_is_noun, bool* possessive) {
  *possessive = false;
  if (norm.size() < 2 || norm.size() > 3) return PronounKind::kNone;
  if (norm == "he" || norm == "him" || norm == "she") return PronounKind::kPerson;
  if (norm == "his") {
    *possessive = true;
    return PronounKind::kPerson;
  }
  if (norm == "her") {
    *possessive = next_is_noun;
    return PronounKind::kPerson;
  }
  if (norm == "it") return PronounKind::kThing;
  if (norm == "its") {
    *possessive = true;
    return PronounKind::kThing;
  }
  return PronounKind::kNone;
}

void PronounResolver::BeginSentence(uint32_t sentence) {
  if (first_person_ >= 0) {
    previous_subject_ = first_person_;
    previous_sentence_ = sentence_;
  }
  sentence_ = sentence;
  recent_person_ = first_person_ = -1;
  thing_ = -1;
  many_things_ = false;
}

void PronounResolver::NoteMention(int32_t entity, uint8_t type, bool demonym) {
  if (type & kPersonBit) {
    recent_person_ = entity;
    if (first_person_ < 0) first_person_ = entity;
  } else if ((type & (kCountryBit | kOrgBit)) && !demonym) {
    if (thing_ >= 0 && thing_ != entity) many_things_ = true;
    thing_ = entity;
  }
}

int32_t PronounResolver::Resolve(PronounKind kind) const {
  if (kind == PronounKind::kPerson) {
    if (recent_person_ >= 0) return recent_person_;
    if (previous_subject_ < 0 || sentence_ - previous_sentence_ > kMaxSentencesBack) return -1;
    return previous_subject_;
  }
  if (kind == PronounKind::kThing && !many_things_) return thing_;
  return -1;
}

}  // namespace newsgraph::relations
