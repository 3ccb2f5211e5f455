// A relation found in one sentence of one document. Plain struct.
#ifndef NEWSGRAPH_RELATIONS_TYPES_H_
#define NEWSGRAPH_RELATIONS_TYPES_H_

#include <cstdint>
#include <string>

#include "text/document.h"

namespace newsgraph::relations {

// Modalities, weakest claim last. Negated relations are stored but not
// exported as edges by default.
inline constexpr const char* kAsserted = "asserted";
inline constexpr const char* kPlanned = "planned";
inline constexpr const char* kHypothetical = "hypothetical";
inline constexpr const char* kNegated = "negated";

struct RelationMention {
  std::string type;     // "meets", "succeeds", "deploys", ...
  uint32_t source = 0;  // index into TaggedDocument::entities
  uint32_t target = 0;
  bool symmetric = false;  // meets, signs_agreement
  std::string modality = kAsserted;
  uint32_t sentence = 0;     // index into Document::sentences
  text::Span sentence_span;  // byte offsets of the evidence sentence
  text::Span trigger;        // byte offsets of the trigger word(s)
  std::string rule;          // id of the rule that fired
  std::string cameo;         // CAMEO event code of the trigger ("042"), or empty
  float confidence = 1.0f;
  // The day the sentence says it happens (relations/event_date.h:
  // "on Nov. 4", "last Monday" from the document's date), or empty.
  std::string event_date;
};

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_TYPES_H_
