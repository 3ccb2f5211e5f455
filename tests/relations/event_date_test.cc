// EventDate: the day a sentence says its event happens, from explicit dates,
// weekdays and yesterday/today/tomorrow relative to the story's date.
#include "relations/event_date.h"

#include <gtest/gtest.h>

namespace newsgraph::relations {
namespace {

// 2024-11-06 was a Wednesday.
constexpr const char* kWed = "2024-11-06";

TEST(EventDate, MonthAndDay) {
  EXPECT_EQ(EventDate("Borrell met Cho on November 4.", kWed, false), "2024-11-04");
  EXPECT_EQ(EventDate("They met on Nov. 4, 2023 in Seoul.", kWed, false), "2023-11-04");
  EXPECT_EQ(EventDate("The summit on 4th November ended.", kWed, false), "2024-11-04");
  EXPECT_EQ(EventDate("Talks resume on 12 Jan.", kWed, true), "2025-01-12");  // nearest the story
  EXPECT_EQ(EventDate("Talks ended on Dec 30.", "2025-01-02", false), "2024-12-30");
  EXPECT_EQ(EventDate("He succeeded her on May 2, 1997.", "", false),
            "1997-05-02");  // a full date needs no story
}

TEST(EventDate, Weekdays) {
  EXPECT_EQ(EventDate("Borrell met Cho on Monday.", kWed, false), "2024-11-04");
  EXPECT_EQ(EventDate("Borrell will meet Cho on Friday.", kWed, true), "2024-11-08");
  EXPECT_EQ(EventDate("They met last Wednesday.", kWed, false), "2024-10-30");
  EXPECT_EQ(EventDate("They meet next Wednesday.", kWed, true), "2024-11-13");
  EXPECT_EQ(EventDate("They met on Wednesday.", kWed, false), kWed);
  EXPECT_EQ(EventDate("ON SUNDAY, leaders met.", kWed, false), "2024-11-03");
  EXPECT_EQ(EventDate("He is to arrive in Tokyo on Sunday for talks.", kWed, false), "2024-11-10");
  EXPECT_EQ(EventDate("Leaders are expected to meet Friday.", kWed, false), "2024-11-08");
}

TEST(EventDate, RelativeWords) {
  EXPECT_EQ(EventDate("The minister visited Kyiv yesterday.", kWed, false), "2024-11-05");
  EXPECT_EQ(EventDate("Leaders meet today.", kWed, true), kWed);
  EXPECT_EQ(EventDate("Leaders meet tomorrow.", kWed, true), "2024-11-07");
  EXPECT_EQ(EventDate("Leaders meet tomorrow.", "2024-12-31", true), "2025-01-01");
}

TEST(EventDate, NothingToPlaceIsEmpty) {
  EXPECT_EQ(EventDate("Borrell met Cho.", kWed, false), "");
  EXPECT_EQ(EventDate("Borrell met Cho on Monday.", "", false), "");         // no story date
  EXPECT_EQ(EventDate("They met on Monday and Tuesday.", kWed, false), "");  // two days
  EXPECT_EQ(EventDate("Talks on March 3 and March 9.", kWed, false), "");
  EXPECT_EQ(EventDate("It may 4 times fail.", kWed, false), "");  // the verb
  EXPECT_EQ(EventDate("On February 30 nothing happened.", kWed, false), "");
  EXPECT_EQ(EventDate("Met on Monday.", "2024-13-01", false), "");  // a bad story date
}

}  // namespace
}  // namespace newsgraph::relations
