package org.recourse.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Money as people read it. Amounts stay BigDecimal with two decimals everywhere else. */
public final class Money {

  /** One format per currency, copied for each use (a format is not thread-safe; a copy costs less than a lookup). */
  private static final Map<Currency, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  private Money() {
  }

  public static String format(BigDecimal amount, Currency currency) {
    NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(currency, Money::formatOf).clone();
    return format.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  private static NumberFormat formatOf(Currency currency) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(currency);
    return format;
  }

  public static String usd(BigDecimal amount) {
    return format(amount, Currency.getInstance("USD"));
  }
}
