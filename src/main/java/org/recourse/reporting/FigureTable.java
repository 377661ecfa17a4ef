package org.recourse.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One figure of the dashboard: its table (each cell a {@link String}, a count as {@link Long}, an amount of money as
 * {@link BigDecimal} or a {@link Rate}), the definition written beside it, and the chart drawn from it.
 */
public record FigureTable(String id, String title, String definition, List<String> columns, List<List<Object>> rows,
    Chart chart) {

  /** A share, kept as the fraction it is (0.25) and written as a percentage (25.0%); none when nothing to divide. */
  public record Rate(BigDecimal fraction) {

    public static Rate of(BigDecimal part, BigDecimal whole) {
      return whole == null || whole.signum() == 0 ? new Rate(null)
          : new Rate(part.divide(whole, 4, RoundingMode.HALF_EVEN));
    }

    public static Rate of(long part, long whole) {
      return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    @Override
    public String toString() {
      return fraction == null ? "–" : fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%";
    }
  }

  /**
   * What to draw: a line or bar chart over {@code labels} (what {@code labelAxis} names), one series each, the values
   * up {@code valueAxis}; {@code percent} for rates.
   */
  public record Chart(String kind, String labelAxis, String valueAxis, boolean percent, List<String> labels,
      List<Series> series) {
  }

  /** One line or set of bars; a null value is a gap (a cohort too young for the month). */
  public record Series(String name, List<BigDecimal> values) {
  }
}
