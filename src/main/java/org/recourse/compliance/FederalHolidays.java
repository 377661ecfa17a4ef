package org.recourse.compliance;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Business days as Regulation F counts them: not a Saturday, a Sunday or a US federal legal public holiday
 * (5 USC 6103(a)), the weekday on which a weekend holiday is observed included. The holidays come from jollyday,
 * with the federal calendar in {@code holidays/us-federal.xml}.
 */
@Component
public class FederalHolidays {

  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> observedByYear = new ConcurrentHashMap<>();

  public FederalHolidays() {
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(
        Objects.requireNonNull(FederalHolidays.class.getResource("/holidays/us-federal.xml"), "us-federal.xml")));
  }

  /** Whether the day is a federal holiday or the day one is observed. */
  public boolean isHoliday(LocalDate day) {
    // A holiday of next year can be observed this year: New Year's Day on a Saturday is observed on 31 December.
    return observed(day.getYear()).contains(day) || observed(day.getYear() + 1).contains(day);
  }

  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** The {@code count}-th business day after {@code day} (the day itself not counted). */
  public LocalDate businessDaysAfter(LocalDate day, int count) {
    LocalDate current = day;
    for (int counted = 0; counted < count; ) {
      current = current.plusDays(1);
      if (isBusinessDay(current)) {
        counted++;
      }
    }
    return current;
  }

  private Set<LocalDate> observed(int year) {
    return observedByYear.computeIfAbsent(year, y -> holidays.getHolidays(Year.of(y)).stream()
        .flatMap(holiday -> Stream.concat(Stream.of(holiday.getDate()), holiday.getObservedDate().stream()))
        .collect(Collectors.toUnmodifiableSet()));
  }
}
