#include "ner/types.h"

namespace newsgraph::ner {

const char* MatchKindName(MatchKind k) {
  switch (k) {
    case MatchKind::kName:
      return "name";
    case MatchKind::kAlias:
      return "alias";
    case MatchKind::kAcronym:
      return "acronym";
    case MatchKind::kDemonym:
      return "demonym";
    case MatchKind::kCapital:
      return "capital";
    case MatchKind::kRule:
      return "rule";
    case MatchKind::kCoref:
      return "coref";
  }
  return "unknown";
}

}  // namespace newsgraph::ner
