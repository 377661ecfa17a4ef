package org.recourse.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a figure covers: one creditor (by code) or all, and the month reported, whose activity the monthly figures
 * count; balances and outcomes stand as of its last day, or today while it runs.
 */
public record ReportScope(String creditor, YearMonth month, LocalDate today) {

  public ReportScope {
    creditor = creditor == null || creditor.isBlank() ? null : creditor.strip();
  }

  /** The day balances stand on: the month's last day, or today while it runs. */
  public LocalDate asOf() {
    LocalDate end = month.atEndOfMonth();
    return end.isAfter(today) ? today : end;
  }
}
