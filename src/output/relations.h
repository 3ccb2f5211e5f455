// How `newsgraph relations` prints a query::RelationSelection
// (query/relations_query.h):
//
//   table  "Name (key): N relation(s)" when the selection was asked for one
//          entity, then per relation a line "TYPE: SOURCE -> TARGET
//          [MODALITY, N document(s)]" ("<->" when symmetric) and per evidence
//          sentence an indented line "DOCUMENT #SENTENCE (MODALITY, RULE[,
//          CAMEO code]): SENTENCE", the sentence on one line (format/text.h
//          OneLine); every string passed through text::TerminalSafe.
//   json   an array of {"type", "source", "source_type", "target",
//          "target_type", "symmetric", "modality", "documents", "evidence":
//          [{"document", "date", "sentence", "text", "rule", "modality",
//          "confidence", "cameo"?, "event_date"?, "url"?, "title"?,
//          "source"?}]}, indent 1. Unlike the other JSON outputs, every
//          object lists its keys in alphabetical order.
//   csv    type, source, target, modality, document, sentence,
//          evidence_modality, rule, text: one row per evidence sentence, the
//          sentence on one line, bytes otherwise as stored.
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_RELATIONS_H_
#define NEWSGRAPH_OUTPUT_RELATIONS_H_

#include <ostream>

#include "format/format.h"
#include "query/relations_query.h"

namespace newsgraph::output {

void WriteRelations(const query::RelationSelection& sel, format::Format format, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_RELATIONS_H_
