// Datelines and bylines: the place, agency and date that open many news
// sentences ("SEOUL, Nov. 4 (Yonhap) --", "WASHINGTON (Reuters) -", "AFP -",
// "World News: Islamabad, Nov 9 :"). They are recognised with RE2 on the
// sentence's text. Both functions take the text from the sentence's first
// token and return byte lengths from there.
#ifndef NEWSGRAPH_TEXT_DATELINE_H_
#define NEWSGRAPH_TEXT_DATELINE_H_

#include <cstddef>
#include <string_view>

namespace newsgraph::text {

// The upper-case place that opens a dateline ("NEW DELHI" in "NEW DELHI,
// March 3 -", "LONDON" in "LONDON 1996-08-30", "WASHINGTON" in "WASHINGTON
// (Reuters) -"): its length, or 0 when the sentence does not open with one.
// The place names where the story was filed, not a government acting.
size_t DatelinePlaceLength(std::string_view sentence);

// Where the sentence proper begins after its datelines, bylines and labels:
// capitalised words, numbers, brackets, commas and dots (at most ten words)
// ended by a dash with a space before it or by a colon, when words follow;
// repeated, so a label and a dateline both go ("World News: Islamabad, Nov
// 9 : Pakistan said ..."). 0 when there is none.
size_t DatelineEnd(std::string_view sentence);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_DATELINE_H_
