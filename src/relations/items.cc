#include "relations/internal/items.h"

namespace newsgraph::relations {

uint8_t TypeBitOf(std::string_view type) {
  if (type == "PERSON") return kPersonBit;
  if (type == "COUNTRY") return kCountryBit;
  if (type == "ORG") return kOrgBit;
  if (type == "CITY") return kCityBit;
  if (type == "REGION") return kRegionBit;
  return kOtherTypeBit;
}

uint8_t ParseTypeBits(std::string_view types) {
  if (types == "ANY") return 0xFF;
  uint8_t bits = 0;
  size_t start = 0;
  while (start <= types.size()) {
    size_t bar = types.find('|', start);
    std::string_view name = types.substr(start, bar == std::string_view::npos ? bar : bar - start);
    uint8_t bit = TypeBitOf(name);
    if (bit == kOtherTypeBit && name != "OTHER") return 0;
    bits |= bit;
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return bits;
}

}  // namespace newsgraph::relations
