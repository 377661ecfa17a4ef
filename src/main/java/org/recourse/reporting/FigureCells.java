package org.recourse.reporting;

import java.math.BigDecimal;
import java.util.List;
import org.recourse.platform.Money;

/** How a figure's cells are written for people: amounts in dollars, rates as percentages, counts as they are. */
public final class FigureCells {

  private FigureCells() {
  }

  public static String text(Object cell) {
    if (cell instanceof BigDecimal amount) {
      return Money.usd(amount);
    }
    return cell == null ? "" : cell.toString();
  }

  /** Which columns hold numbers (to set them right), judged by the first row. */
  public static boolean[] numeric(FigureTable figure) {
    boolean[] numeric = new boolean[figure.columns().size()];
    for (List<Object> row : figure.rows()) {
      for (int c = 0; c < numeric.length && c < row.size(); c++) {
        Object cell = row.get(c);
        numeric[c] |= cell instanceof Number || cell instanceof FigureTable.Rate;
      }
    }
    return numeric;
  }
}
