#include "relations/event_date.h"

#include <re2/re2.h>

#include <array>
#include <cstdlib>
#include <set>

#include "util/dates.h"

namespace newsgraph::relations {
namespace {

constexpr const char* kMonth =
    "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return util::FormatDay(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

// The story date in days, or false.
bool StoryDays(std::string_view date, long* days) {
  if (date.size() != 10) return false;
  const int y = std::atoi(std::string(date.substr(0, 4)).c_str());
  const int m = std::atoi(std::string(date.substr(5, 2)).c_str());
  const int d = std::atoi(std::string(date.substr(8, 2)).c_str());
  if (!util::ValidDay(y, m, d)) return false;
  *days = DaysFromCivil(y, m, d);
  return true;
}

// Month and day (and maybe year) as a date: without a year, the one nearest
// the story; "" without a story date then.
std::string MonthDay(int month, int day, int year, bool have_story, long story) {
  if (year > 0)
    return util::ValidDay(year, month, day) ? CivilFromDays(DaysFromCivil(year, month, day)) : "";
  if (!have_story) return "";
  const int story_year = std::atoi(CivilFromDays(story).substr(0, 4).c_str());
  std::string best;
  long best_gap = 0;
  for (int y = story_year - 1; y <= story_year + 1; ++y) {
    if (!util::ValidDay(y, month, day)) continue;
    const long days = DaysFromCivil(y, month, day);
    const long gap = std::labs(days - story);
    if (best.empty() || gap < best_gap) best = CivilFromDays(days), best_gap = gap;
  }
  return best;
}

}  // namespace

std::string EventDate(std::string_view sentence, std::string_view story_date, bool planned) {
  static const RE2 month_day(std::string(R"(\b)") + kMonth +
                             R"(\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?)");
  static const RE2 day_month(std::string(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") + kMonth +
                             R"(\b\.?(?:,?\s+(\d{4})\b)?)");
  static const RE2 weekday(
      R"((?i)\b(?:(last|next|this|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)");
  static const RE2 relative(R"((?i)\b(yesterday|today|tonight|tomorrow)\b)");
  // Words that put a weekday ahead even when the rules saw no plan ("is to
  // arrive on Sunday", "due to meet on Friday").
  static const RE2 future(
      R"((?i)\b(?:will|shall|is to|are to|was to|were to|due to|expected to|plans? to|scheduled to|set to)\b)");
  planned =
      planned || RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), future);
  long story = 0;
  const bool have_story = StoryDays(story_date, &story);

  // 1. Month and day.
  std::set<std::string> found;
  re2::StringPiece in(sentence.data(), sentence.size());
  std::string month, day, year;
  while (RE2::FindAndConsume(&in, month_day, &month, &day, &year)) {
    std::string d = MonthDay(util::MonthNumber(month), std::atoi(day.c_str()),
                             year.empty() ? 0 : std::atoi(year.c_str()), have_story, story);
    if (!d.empty()) found.insert(d);
    year.clear();
  }
  in = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&in, day_month, &day, &month, &year)) {
    std::string d = MonthDay(util::MonthNumber(month), std::atoi(day.c_str()),
                             year.empty() ? 0 : std::atoi(year.c_str()), have_story, story);
    if (!d.empty()) found.insert(d);
    year.clear();
  }
  if (found.size() == 1) return *found.begin();
  if (found.size() > 1 || !have_story) return "";

  // 2. A weekday. Day 0 (1970-01-01) was a Thursday: weekday index 3.
  in = re2::StringPiece(sentence.data(), sentence.size());
  std::string word, name;
  static constexpr std::array<const char*, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const long story_weekday = ((story % 7) + 7 + 3) % 7;  // 0 = Monday
  while (RE2::FindAndConsume(&in, weekday, &word, &name)) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    long target = 0;
    while (target < 7 && name != kDays[target]) ++target;
    const long back = (story_weekday - target + 7) % 7;   // days back to the latest such day
    const long ahead = (target - story_weekday + 7) % 7;  // days ahead to the next one
    long days;
    if (word == "last") {
      days = story - (back == 0 ? 7 : back);
    } else if (word == "next") {
      days = story + (ahead == 0 ? 7 : ahead);
    } else {
      days = planned ? story + ahead : story - back;
    }
    found.insert(CivilFromDays(days));
    word.clear();
  }
  if (found.size() == 1) return *found.begin();
  if (found.size() > 1) return "";

  // 3. Yesterday, today, tomorrow.
  in = re2::StringPiece(sentence.data(), sentence.size());
  while (RE2::FindAndConsume(&in, relative, &word)) {
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const long shift = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0;
    found.insert(CivilFromDays(story + shift));
  }
  return found.size() == 1 ? *found.begin() : "";
}

}  // namespace newsgraph::relations
