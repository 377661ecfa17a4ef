package org.recourse.negotiation;

import java.time.LocalDate;

/** How often a plan's installments fall due. */
public enum Frequency {
  WEEKLY,
  FORTNIGHTLY,
  MONTHLY;

  /** The due date of the installment {@code index} (0 for the first). Monthly dates keep the first date's day. */
  public LocalDate dueDate(LocalDate first, int index) {
    return switch (this) {
      case WEEKLY -> first.plusWeeks(index);
      case FORTNIGHTLY -> first.plusWeeks(2L * index);
      case MONTHLY -> first.plusMonths(index);
    };
  }
}
