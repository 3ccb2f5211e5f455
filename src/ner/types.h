// Results of entity tagging for one document: the entities it mentions and
// every mention with its byte offsets. Plain structs; no behaviour.
#ifndef NEWSGRAPH_NER_TYPES_H_
#define NEWSGRAPH_NER_TYPES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "text/document.h"

namespace newsgraph::ner {

// How a mention was recognised.
enum class MatchKind : uint8_t {
  kName,     // the canonical name
  kAlias,    // another full name
  kAcronym,  // an acronym ("EU", "U.N.")
  kDemonym,  // a demonym standing for the country ("North Korean")
  kCapital,  // a capital standing for the government ("Pyongyang")
  kRule,     // a name-shape rule found a name no gazetteer holds
  kCoref,    // a short form resolved within the document ("Borrell")
};
const char* MatchKindName(MatchKind k);

struct Mention {
  text::Span span;           // byte offsets of the mention text
  uint32_t sentence = 0;     // index into Document::sentences
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t entity = 0;  // index into TaggedDocument::entities
  MatchKind how = MatchKind::kName;
  float confidence = 1.0f;
  std::string rule;  // rule id for kRule / kCoref mentions, else empty
};

struct DocEntity {
  std::string key;          // gazetteer id ("country:KOR") or
                            // "discovered:person:cho tae yul"
  std::string name;         // canonical name
  std::string type;         // "PERSON", "COUNTRY", "ORG", or another type
  bool discovered = false;  // found by a rule, not in a gazetteer
  float confidence = 1.0f;
  std::vector<std::string> aliases;  // surface forms seen in this document
  std::string country;               // the country id of a place ("country:SDN" for Darfur) or of a
                        // national organisation ("country:GBR" for a UK party), or empty
  std::string home;  // PERSON: the one country the gazetteer's offices of the person
                     // serve ("country:GBR" for a UK minister or MP), or empty
};

struct TaggedDocument {
  text::Document doc;
  std::vector<DocEntity> entities;
  std::vector<Mention> mentions;  // sorted by span.begin
};

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_TYPES_H_
