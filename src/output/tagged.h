// How `newsgraph tag` prints one tagged text: its entity mentions, then (with
// --relations) its relation mentions, one a line, offsets in bytes.
//
//   jsonl  {"start", "end", "type", "text", "entity", "id", "how",
//          "confidence", "rule"?} per mention, then {"relation", "source",
//          "source_id", "target", "target_id", "symmetric", "modality",
//          "sentence", "trigger", "trigger_start", "trigger_end", "rule",
//          "confidence" (3 decimals), "cameo"?, "event_date"?} per relation;
//          strings exact (JSON escapes), invalid UTF-8 as U+FFFD.
//   text   START TAB END TAB TYPE TAB TEXT TAB ENTITY per mention, then
//          relation TAB TYPE TAB SOURCE TAB TARGET TAB MODALITY TAB TRIGGER
//          TAB RULE per relation; every string through text::TerminalSafe.
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_TAGGED_H_
#define NEWSGRAPH_OUTPUT_TAGGED_H_

#include <ostream>
#include <vector>

#include "ner/types.h"
#include "relations/types.h"

namespace newsgraph::output {

// `relations` index doc.entities; their spans are byte offsets into doc.doc.text.
void WriteTagged(const ner::TaggedDocument& doc,
                 const std::vector<relations::RelationMention>& relations, bool jsonl,
                 std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_TAGGED_H_
