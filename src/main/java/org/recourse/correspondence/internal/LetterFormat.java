package org.recourse.correspondence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.account.Language;

/**
 * The {@code fmt} object templates format with: money, dates and percentages as a reader of the letter's language
 * in the United States writes them. Values arrive as the letter's stored JSON has them (numbers, ISO dates).
 */
public final class LetterFormat {

  /** A clock time as people write one: "8:00 a.m.", "8:00 p. m.", "8 pm", "20:00". */
  private static final Pattern CLOCK_TIME = Pattern.compile(
      "\\d{1,2}(?::\\d{2}(?:\\s?[ap]\\.?\\s?m\\.?)?|\\s?[ap]\\.?\\s?m\\.?)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private final Locale locale;
  private final Currency currency;
  private final DateTimeFormatter dates;

  public LetterFormat(Language language, Currency currency) {
    this.locale = language == Language.ES ? Locale.forLanguageTag("es-US") : Locale.US;
    this.currency = currency;
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  /** "$1,234.56"; a negative amount keeps its sign. */
  public String money(Object amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(currency);
    BigDecimal value = decimal(amount).setScale(2, RoundingMode.HALF_UP);
    String text = format.format(value.abs());
    return value.signum() < 0 ? "-" + text : text;
  }

  /** "March 5, 2026" or "5 de marzo de 2026". */
  public String date(Object day) {
    if (day == null) {
      return "";
    }
    LocalDate date = day instanceof LocalDate local ? local : LocalDate.parse(day.toString());
    return dates.format(date);
  }

  /** "20 %" or "12.5 %" from 20 or 12.5. */
  public String percent(Object value) {
    if (value == null) {
      return "";
    }
    BigDecimal number = decimal(value).stripTrailingZeros();
    if (number.scale() < 0) {
      number = number.setScale(0);
    }
    return NumberFormat.getNumberInstance(locale).format(number) + " %";
  }

  /**
   * {@code text} cut where its clock times begin and end, for a template to set each time on one line: the line
   * breaker otherwise breaks after any full stop, and "8:00 p. m." came out as "8:00 p." and "m." on the next line.
   */
  public List<Run> clockTimes(Object text) {
    List<Run> runs = new ArrayList<>();
    if (text == null) {
      return runs;
    }
    String value = text.toString();
    Matcher time = CLOCK_TIME.matcher(value);
    int from = 0;
    while (time.find()) {
      if (time.start() > from) {
        runs.add(new Run(value.substring(from, time.start()), false));
      }
      runs.add(new Run(time.group(), true));
      from = time.end();
    }
    if (from < value.length()) {
      runs.add(new Run(value.substring(from), false));
    }
    return runs;
  }

  /** A piece of text, and whether it is a clock time that must not be broken across lines. */
  public record Run(String text, boolean time) {
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }
}
