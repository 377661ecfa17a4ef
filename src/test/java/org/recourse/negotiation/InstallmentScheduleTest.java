package org.recourse.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.InstallmentSchedule;

class InstallmentScheduleTest {

  private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

  private static BigDecimal sum(List<ScheduledInstallment> schedule) {
    return schedule.stream().map(ScheduledInstallment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static List<BigDecimal> amounts(List<ScheduledInstallment> schedule) {
    return schedule.stream().map(ScheduledInstallment::amount).toList();
  }

  private static List<LocalDate> dates(List<ScheduledInstallment> schedule) {
    return schedule.stream().map(ScheduledInstallment::dueDate).toList();
  }

  @Test
  void one_hundred_in_three_gives_two_of_33_33_and_a_last_of_33_34() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("100.00"), 3, Frequency.MONTHLY, FIRST);
    assertThat(amounts(schedule)).containsExactly(
        new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
    assertThat(sum(schedule)).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void one_thousand_and_one_cent_in_seven_adds_up_to_the_cent() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("1000.01"), 7, Frequency.WEEKLY, FIRST);
    assertThat(schedule).hasSize(7);
    assertThat(amounts(schedule).subList(0, 6)).containsOnly(new BigDecimal("142.85"));
    assertThat(schedule.get(6).amount()).isEqualTo(new BigDecimal("142.91"));
    assertThat(sum(schedule)).isEqualTo(new BigDecimal("1000.01"));
  }

  @Test
  void five_cents_in_two_gives_two_cents_and_three_cents() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("0.05"), 2, Frequency.WEEKLY, FIRST);
    assertThat(amounts(schedule)).containsExactly(new BigDecimal("0.02"), new BigDecimal("0.03"));
  }

  @Test
  void an_even_split_has_no_remainder() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("1200.00"), 12, Frequency.MONTHLY, FIRST);
    assertThat(amounts(schedule)).hasSize(12).containsOnly(new BigDecimal("100.00"));
  }

  @Test
  void a_total_without_decimals_is_split_in_cents() {
    List<ScheduledInstallment> schedule = InstallmentSchedule.evenly(new BigDecimal("10"), 3, Frequency.WEEKLY, FIRST);
    assertThat(amounts(schedule)).containsExactly(
        new BigDecimal("3.33"), new BigDecimal("3.33"), new BigDecimal("3.34"));
  }

  @Test
  void a_single_installment_is_the_whole_total_on_the_first_date() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("2450.17"), 1, Frequency.MONTHLY, FIRST);
    assertThat(schedule).containsExactly(new ScheduledInstallment(FIRST, new BigDecimal("2450.17")));
  }

  @Test
  void installments_always_add_up_to_the_total_to_the_cent() {
    Random random = new Random(20261120L);
    for (int run = 0; run < 5_000; run++) {
      BigDecimal total = BigDecimal.valueOf(1 + random.nextInt(100_000_000), 2); // 0.01 .. 1,000,000.00
      int count = 1 + random.nextInt(60);
      List<ScheduledInstallment> schedule = InstallmentSchedule.evenly(total, count, Frequency.MONTHLY, FIRST);
      String what = total + " in " + count;

      assertThat(schedule).as(what).hasSize(count);
      assertThat(sum(schedule)).as(what).isEqualByComparingTo(total);
      BigDecimal regular = schedule.get(0).amount();
      BigDecimal last = schedule.get(count - 1).amount();
      assertThat(amounts(schedule).subList(0, count - 1)).as(what).allSatisfy(a -> assertThat(a).isEqualTo(regular));
      assertThat(regular.scale()).as(what).isEqualTo(2);
      assertThat(last.stripTrailingZeros().scale()).as(what).isLessThanOrEqualTo(2);
      // the regular installment is the total divided by the count, rounded down to the cent
      assertThat(regular.multiply(BigDecimal.valueOf(count))).as(what).isLessThanOrEqualTo(total);
      assertThat(regular.add(new BigDecimal("0.01")).multiply(BigDecimal.valueOf(count))).as(what)
          .isGreaterThan(total);
      // so the last one carries the remainder: less than one cent per installment more
      BigDecimal remainder = last.subtract(regular);
      assertThat(remainder).as(what).isGreaterThanOrEqualTo(BigDecimal.ZERO)
          .isLessThan(new BigDecimal("0.01").multiply(BigDecimal.valueOf(count)));
    }
  }

  @Test
  void fewer_than_one_installment_is_refused() {
    assertThatThrownBy(() -> InstallmentSchedule.evenly(new BigDecimal("100.00"), 0, Frequency.WEEKLY, FIRST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a schedule has at least one installment");
    assertThatThrownBy(() -> InstallmentSchedule.evenly(new BigDecimal("100.00"), -3, Frequency.WEEKLY, FIRST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- due dates ----------------------------------------------------------------------------------------------

  @Test
  void weekly_installments_fall_due_every_seven_days() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("40.00"), 4, Frequency.WEEKLY, LocalDate.of(2026, 12, 24));
    assertThat(dates(schedule)).containsExactly(
        LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 7), LocalDate.of(2027, 1, 14));
  }

  @Test
  void fortnightly_installments_fall_due_every_fourteen_days() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("30.00"), 3, Frequency.FORTNIGHTLY, LocalDate.of(2027, 2, 20));
    assertThat(dates(schedule)).containsExactly(
        LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 20));
  }

  @Test
  void monthly_installments_keep_the_day_of_the_month() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("30.00"), 3, Frequency.MONTHLY, LocalDate.of(2026, 11, 15));
    assertThat(dates(schedule)).containsExactly(
        LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 15));
  }

  @Test
  void monthly_from_january_31_falls_on_the_last_of_february_then_back_on_the_31st() {
    List<ScheduledInstallment> schedule =
        InstallmentSchedule.evenly(new BigDecimal("40.00"), 4, Frequency.MONTHLY, LocalDate.of(2027, 1, 31));
    assertThat(dates(schedule)).containsExactly(
        LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30));
  }

  @Test
  void monthly_from_january_31_of_a_leap_year_falls_on_february_29() {
    assertThat(Frequency.MONTHLY.dueDate(LocalDate.of(2028, 1, 31), 1)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Frequency.MONTHLY.dueDate(LocalDate.of(2028, 1, 31), 2)).isEqualTo(LocalDate.of(2028, 3, 31));
  }

  @Test
  void due_date_of_the_first_installment_is_the_first_date() {
    LocalDate first = LocalDate.of(2027, 1, 31);
    for (Frequency frequency : Frequency.values()) {
      assertThat(frequency.dueDate(first, 0)).as(frequency.name()).isEqualTo(first);
    }
  }

  @Test
  void due_dates_match_java_time_arithmetic() {
    LocalDate first = LocalDate.of(2026, 8, 31);
    for (int i = 0; i < 30; i++) {
      assertThat(Frequency.WEEKLY.dueDate(first, i)).isEqualTo(first.plusDays(7L * i));
      assertThat(Frequency.FORTNIGHTLY.dueDate(first, i)).isEqualTo(first.plusDays(14L * i));
      assertThat(Frequency.MONTHLY.dueDate(first, i)).isEqualTo(first.plusMonths(i));
    }
  }
}
