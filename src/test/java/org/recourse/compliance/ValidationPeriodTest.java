package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValidationPeriodTest {

  private final FederalHolidays holidays = new FederalHolidays();
  private final ValidationPeriod period = new ValidationPeriod(holidays);

  @ParameterizedTest(name = "sent {0}: received {1}, period ends {2} ({3})")
  @CsvSource({
      "2026-03-02, 2026-03-09, 2026-04-08, a plain week: Tuesday to the next Monday",
      "2026-03-06, 2026-03-13, 2026-04-12, sent on a Friday: the weekend is not counted",
      "2026-03-07, 2026-03-13, 2026-04-12, sent on a Saturday: counting starts on Monday",
      "2026-11-23, 2026-12-01, 2026-12-31, Thanksgiving inside the five days",
      "2026-10-09, 2026-10-19, 2026-11-18, Columbus Day, a federal holiday jollyday lists for the states only",
      "2026-06-30, 2026-07-08, 2026-08-07, Independence Day on a Saturday is observed on Friday 3 July",
      "2022-06-16, 2022-06-24, 2022-07-24, Juneteenth on a Sunday is observed on Monday 20 June",
      "2021-12-27, 2022-01-04, 2022-02-03, New Year's Day 2022 on a Saturday is observed on Friday 31 December 2021",
      "2026-12-23, 2026-12-31, 2027-01-30, Christmas on a Friday, the period running into the next year",
      "2024-02-26, 2024-03-04, 2024-04-03, a leap year's 29 February counts as a business day"
  })
  void receiptAndEndDate(LocalDate sent, LocalDate receipt, LocalDate end, String why) {
    assertThat(period.assumedReceipt(sent)).as(why).isEqualTo(receipt);
    assertThat(period.endDate(sent)).as(why).isEqualTo(end);
  }

  @Test
  void federalHolidaysAndTheirObservedDays() {
    assertThat(holidays.isHoliday(LocalDate.of(2026, 7, 3))).as("4 July 2026 observed").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 31))).as("1 January 2022 observed").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2021, 12, 24))).as("25 December 2021 observed").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 19))).as("Martin Luther King Jr. Day 2026").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 2, 16))).as("Washington's Birthday 2026").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 25))).as("Memorial Day 2026").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 9, 7))).as("Labor Day 2026").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 11))).as("Veterans Day 2026").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24))).as("Christmas Eve is not a federal holiday").isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 27))).as("the Friday after Thanksgiving is not").isFalse();
    assertThat(holidays.isBusinessDay(LocalDate.of(2026, 7, 4))).as("a Saturday").isFalse();
  }
}
