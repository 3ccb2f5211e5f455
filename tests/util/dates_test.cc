#include "util/dates.h"

#include <gtest/gtest.h>

namespace newsgraph::util {
namespace {

TEST(Dates, DaysThatExist) {
  EXPECT_TRUE(ValidDay(2024, 2, 29));  // leap year
  EXPECT_FALSE(ValidDay(2023, 2, 29));
  EXPECT_FALSE(ValidDay(1900, 2, 29));  // century, not a leap year
  EXPECT_TRUE(ValidDay(2000, 2, 29));   // ... unless divisible by 400
  EXPECT_FALSE(ValidDay(2024, 4, 31));
  EXPECT_FALSE(ValidDay(2024, 13, 1));
  EXPECT_FALSE(ValidDay(2024, 1, 0));
}

TEST(Dates, IsDayNeedsAFullDayThatExists) {
  EXPECT_TRUE(IsDay("2024-02-29"));
  EXPECT_FALSE(IsDay("2024-02-31"));
  EXPECT_FALSE(IsDay("2024-13-45"));
  EXPECT_FALSE(IsDay("2024-02"));
  EXPECT_FALSE(IsDay("2024/02/01"));
  EXPECT_FALSE(IsDay("２０２４-02-01"));
  EXPECT_FALSE(IsDay(""));
}

TEST(Dates, IsDateTakesYearsAndMonthsToo) {
  EXPECT_TRUE(IsDate("2024"));
  EXPECT_TRUE(IsDate("2024-02"));
  EXPECT_TRUE(IsDate("2024-02-29"));
  EXPECT_FALSE(IsDate("2024-00"));
  EXPECT_FALSE(IsDate("2024-13"));
  EXPECT_FALSE(IsDate("2023-02-29"));
  EXPECT_FALSE(IsDate("24"));
  EXPECT_FALSE(IsDate("2024-1-01"));
}

TEST(Dates, LastDayOfTheMonth) {
  EXPECT_EQ(LastDay(2024, 2), 29);
  EXPECT_EQ(LastDay(2023, 2), 28);
  EXPECT_EQ(LastDay(2024, 4), 30);
  EXPECT_EQ(LastDay(2024, 12), 31);
}

TEST(Dates, MonthNamesAndFormatting) {
  EXPECT_EQ(MonthNumber("Nov"), 11);
  EXPECT_EQ(MonthNumber("september"), 9);
  EXPECT_EQ(MonthNumber("Sept"), 9);
  EXPECT_EQ(MonthNumber("Movember"), 0);
  EXPECT_EQ(FormatDay(987, 3, 4), "0987-03-04");
}

}  // namespace
}  // namespace newsgraph::util
