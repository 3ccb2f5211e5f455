// How `newsgraph entities` prints a list of entities (query/entity_list.h):
//
//   table  NAME, TYPE, MENTIONS, DOCS, KEY: the name column as wide as the
//          widest name in characters (format/text.h DisplayWidth), the
//          others fixed ("  %-8s %8s %5s  %s"); names, types and keys passed
//          through text::TerminalSafe.
//   json   an array of {"aliases", "discovered", "documents", "key",
//          "mentions", "name", "type"}, indent 1, keys in alphabetical order.
//   csv    name, type, mentions, documents, key; bytes as stored.
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_ENTITIES_H_
#define NEWSGRAPH_OUTPUT_ENTITIES_H_

#include <ostream>
#include <vector>

#include "format/format.h"
#include "model/graph.h"

namespace newsgraph::output {

void WriteEntities(const std::vector<model::Node>& nodes, format::Format format, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_ENTITIES_H_
