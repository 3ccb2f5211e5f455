// Item is one unit of a sentence as the relation patterns see it: a whole
// entity mention, a resolved pronoun, or one other token. Plain struct.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_ITEMS_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_ITEMS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace newsgraph::relations {

// Entity types as bits, so that a slot can allow several.
enum TypeBit : uint8_t {
  kPersonBit = 1,
  kCountryBit = 2,
  kOrgBit = 4,
  kCityBit = 8,
  kRegionBit = 16,
  kOtherTypeBit = 32,
};
// "PERSON" -> kPersonBit, ...; any other type -> kOtherTypeBit.
uint8_t TypeBitOf(std::string_view type);
// Parses "PERSON|COUNTRY|ORG" (or "ANY"); 0 when a name is not a known type.
uint8_t ParseTypeBits(std::string_view types);

enum ItemFlag : uint16_t {
  kItemWord = 1,          // a word token (letters or digits)
  kItemHyphen = 2,        // a hyphen or dash token
  kItemDigit = 4,         // a word token with a digit ("7,000")
  kItemDemonym = 8,       // an entity mention matched by demonym ("North Korean")
  kItemPronoun = 16,      // a pronoun resolved to an entity
  kItemPossessive = 32,   // "'s", or the one implied by "his"/"her"/"its"
  kItemCapitalCity = 64,  // an entity mention matched by capital ("Pyongyang")
  kItemUpper = 128,       // a token whose first letter is upper case
  kItemLy = 256,          // a word token ending in "ly" ("strongly"), most likely an adverb
};

struct Item {
  text::Span span;      // bytes in the document (empty for an implied "'s")
  int32_t word = -1;    // vocabulary id of a token's norm; -1 for entities and unknown words
  int32_t entity = -1;  // TaggedDocument::entities index for entity items, else -1
  uint16_t flags = 0;   // ItemFlag bits
  uint8_t type = 0;     // TypeBit of an entity item
  float confidence = 1.0f;
  bool is_entity() const { return entity >= 0; }
  bool Is(ItemFlag f) const { return (flags & f) != 0; }
};

using Items = std::vector<Item>;

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_ITEMS_H_
