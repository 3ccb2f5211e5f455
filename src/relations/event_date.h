// EventDate reads when a sentence says its event happens, so that an edge
// is dated by the day of the meeting rather than the day of the story:
// "Borrell met Cho on Monday" in a story of Wednesday 6 November 2024 is
// 2024-11-04.
//
//   EventDate("They met on Nov. 4.", "2024-11-06", false)       -> "2024-11-04"
//   EventDate("He will visit Kyiv on Friday.", "2024-11-06", true) -> "2024-11-08"
//
// What it reads, first found wins:
//   1. a month and a day, with or without a year: "November 4", "Nov. 4,
//      2024", "4 November", "4th Nov 2024" (month names capitalised, so the
//      verb "may" is no month); without a year, the year that puts the day
//      nearest the story's date;
//   2. a weekday, alone or with "on", "last", "next" or "this": the nearest
//      such day on or before the story's date ("last": strictly before), or,
//      for a planned event, a sentence with "will", "is to", "due to",
//      "expected to", "set to" ..., or with "next", on or after it ("next":
//      strictly);
//   3. "yesterday", "today", "tonight", "tomorrow".
// A sentence naming two different days of one kind is left undated, and so
// is every relative form without a story date. The patterns run with RE2
// (linear time in the sentence).
#ifndef NEWSGRAPH_RELATIONS_EVENT_DATE_H_
#define NEWSGRAPH_RELATIONS_EVENT_DATE_H_

#include <string>
#include <string_view>

namespace newsgraph::relations {

// The event's day as YYYY-MM-DD, or "" when the sentence names none that
// can be placed. `story_date` is YYYY-MM-DD or empty; `planned` is true for
// an event the sentence puts in the future (modality planned).
std::string EventDate(std::string_view sentence, std::string_view story_date, bool planned);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_EVENT_DATE_H_
