// ResolveEntity finds the graph nodes a user means by a name typed on the
// command line: "Josep Borrell", "borrell", "EU", "U.N.", "Kyiv".
//
// Levels, best first; the first level with any candidate wins:
//   1. the canonical name, exactly;
//   2. the canonical name after folding (case, diacritics, dots, hyphens, "'s");
//   3. an alias after folding;
//   4. for people, the last word of the name ("borrell").
// Exception: when every candidate of the best level was found by a name rule
// (discovered), a gazetteer entity of a later level with at least five times
// their mentions wins ("Brown": Gordon Brown, not a stray discovered "Brown").
// Pure function over a loaded graph; safe for concurrent use.
#ifndef NEWSGRAPH_QUERY_RESOLVE_H_
#define NEWSGRAPH_QUERY_RESOLVE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/graph.h"

namespace newsgraph::query {

struct Resolution {
  enum class Kind { kUnique, kAmbiguous, kNotFound };
  Kind kind = Kind::kNotFound;
  std::vector<size_t> candidates;  // indices into graph.nodes, best level only
};

Resolution ResolveEntity(const model::Graph& graph, std::string_view name);

// The folded comparison key of a name ("U.N." -> "un", "Cho Tae-yul" -> "cho tae yul").
std::string NameKey(std::string_view name);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_RESOLVE_H_
