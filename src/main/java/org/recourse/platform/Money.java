package org.recourse.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as people read it. Amounts stay BigDecimal with two decimals everywhere else. */
public final class Money {

  private Money() {
  }

  public static String format(BigDecimal amount, Currency currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(currency);
    return format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  public static String usd(BigDecimal amount) {
    return format(amount, Currency.getInstance("USD"));
  }
}
