// Calendar helpers shared by the date readers: feed dates
// (pipeline/feed.h), dates in file names (pipeline/ingest.h) and the days
// sentences name (relations/event_date.h).
#ifndef NEWSGRAPH_UTIL_DATES_H_
#define NEWSGRAPH_UTIL_DATES_H_

#include <string>
#include <string_view>

namespace newsgraph::util {

// Whether day `d` of month `m` (1-12) exists in year `y`, leap years counted.
bool ValidDay(int y, int m, int d);

// 1-12 for an English month name or its first three letters ("Nov",
// "november", "Sept"), any case; 0 for anything else.
int MonthNumber(std::string_view name);

// "YYYY-MM-DD".
std::string FormatDay(int y, int m, int d);

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_DATES_H_
