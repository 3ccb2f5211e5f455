// What the `newsgraph entity` curation commands print: the correction log,
// and the line that confirms a correction was recorded or removed. Names come
// from articles and users, so every one passes through text::TerminalSafe.
//
//   WriteCorrectionAdded(c, from, &into, out);
//   // merged "Brown" (person:brown) into "Gordon Brown" (person:gordon-brown)
//   //   (correction 3; `newsgraph entity undo 3` takes it back)   [one line]
//
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_CORRECTIONS_H_
#define NEWSGRAPH_OUTPUT_CORRECTIONS_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "model/graph.h"
#include "store/curation.h"

namespace newsgraph::output {

// How these lines name an entity: "\"Gordon Brown\" (person:gordon-brown)".
std::string EntityLabel(const model::Node& n);

// One line per correction, oldest first: "ID  CREATED_AT  ACTION  KEY",
// then "  into  KEY" for a merge or "  VALUE" for the others when there is
// a value; "no corrections" when `log` is empty.
void WriteCorrectionLog(const std::vector<store::Correction>& log, std::ostream& out);

// The line confirming that `c` (its id assigned) was recorded for `entity`:
// "merged E into INTO", "renamed E to \"NAME\"", "added the alias \"ALIAS\"
// to E" or "blocked E and its relations", E and INTO written as EntityLabel
// gives them, then how to undo it. `into` is the merge target (merge only; null
// otherwise, and for a merge it writes the target's key alone).
void WriteCorrectionAdded(const store::Correction& c, const model::Node& entity,
                          const model::Node* into, std::ostream& out);

// "removed correction ID".
void WriteCorrectionRemoved(int64_t id, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_CORRECTIONS_H_
