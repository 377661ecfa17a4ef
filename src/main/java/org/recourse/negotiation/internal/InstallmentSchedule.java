package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.ScheduledInstallment;

/** Splits an amount into installments that add up to it exactly, to the cent. */
public final class InstallmentSchedule {

  private InstallmentSchedule() {
  }

  /** Equal installments rounded down to the cent; the last one carries the remainder. */
  public static List<ScheduledInstallment> evenly(BigDecimal total, int count, Frequency frequency, LocalDate first) {
    if (count < 1) {
      throw new IllegalArgumentException("a schedule has at least one installment");
    }
    BigDecimal regular = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    BigDecimal last = total.subtract(regular.multiply(BigDecimal.valueOf(count - 1L)));
    List<ScheduledInstallment> schedule = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      schedule.add(new ScheduledInstallment(frequency.dueDate(first, i), i == count - 1 ? last : regular));
    }
    return schedule;
  }
}
