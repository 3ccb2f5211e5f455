// How `newsgraph timeline` prints a query::Timeline (query/timeline.h):
//
//   table  a heading ("Olaf Scholz (person:olaf-scholz): 3 dated event(s),
//          1 undated left out"), then per event a line with the date, the
//          direction around the relation type, the other entity, the
//          document (its story date when the event date differs, its feed
//          title, a modality other than asserted), and the sentence indented
//          on the next line; every string passed through text::TerminalSafe.
//   json   {"entity", "key", "undated", "events": [{"date", "story_date",
//          "type", "direction", "other", "other_type", "document", "sentence",
//          "text", "modality", "rule", "cameo"?, "event_date"?, "url"?,
//          "title"?, "source"?}]}, indent 1.
//   csv    date, story_date, type, direction, other, other_type, document,
//          sentence, modality, title, url, source, text (the text alone
//          passed through text::TerminalSafe).
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_TIMELINE_H_
#define NEWSGRAPH_OUTPUT_TIMELINE_H_

#include <ostream>

#include "format/format.h"
#include "query/timeline.h"

namespace newsgraph::output {

void WriteTimeline(const query::Timeline& t, format::Format format, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_TIMELINE_H_
