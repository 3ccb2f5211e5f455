// Calendar helpers shared by the date readers: feed dates
// (pipeline/internal/feed.h), dates in file names (pipeline/ingest.h), the days
// sentences name (relations/event_date.h), gazetteer start/end dates, the
// store's checks and --from/--to.
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

// Whether `s` is a day written YYYY-MM-DD that exists ("2024-02-29" yes,
// "2023-02-29" and "2024-13-45" no). Documents, evidence and --from/--to
// are checked with it.
bool IsDay(std::string_view s);

// Whether `s` is YYYY, YYYY-MM or YYYY-MM-DD with a month and day that
// exist (gazetteer start and end dates, --from/--to before they are
// completed).
bool IsDate(std::string_view s);

// The last day of month `m` (1-12) of year `y`: 28 to 31.
int LastDay(int y, int m);

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_DATES_H_
