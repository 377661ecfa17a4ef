package org.recourse.portal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a debtor typed into one of the portal's forms, read field by field with nothing trusted: each field that is
 * wrong gets a problem, named by the field and worded by a message of the portal's (in the page's language), and the
 * form is refused whole. What was typed is kept to show again.
 */
public final class PortalForm {

  /** A field's problem: the message's key and its arguments. */
  public record Problem(String field, String key, List<Object> args) {
  }

  static final BigDecimal LARGEST_AMOUNT = new BigDecimal("9999999.99");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US)
      .withResolverStyle(ResolverStyle.STRICT);

  private final Map<String, String> typed;
  private final List<Problem> problems = new ArrayList<>();

  PortalForm(Map<String, String> typed) {
    this.typed = new HashMap<>(typed);
    this.typed.remove("_csrf");
  }

  Map<String, String> typed() {
    return typed;
  }

  List<Problem> problems() {
    return problems;
  }

  boolean refused() {
    return !problems.isEmpty();
  }

  void problem(String field, String key, Object... args) {
    problems.add(new Problem(field, key, List.of(args)));
  }

  private String raw(String field) {
    String value = typed.get(field);
    return value == null ? "" : value.strip();
  }

  boolean present(String field) {
    return !raw(field).isEmpty();
  }

  boolean checked(String field) {
    return "on".equals(raw(field)) || "true".equals(raw(field));
  }

  /** Free text up to {@code max} characters; null when empty and not required. */
  String text(String field, int max, boolean required) {
    String value = raw(field);
    if (value.isEmpty()) {
      if (required) {
        problem(field, "form.required");
      }
      return null;
    }
    if (value.length() > max) {
      problem(field, "form.too-long", max);
      return null;
    }
    return value;
  }

  /** Dollars and cents, more than nothing: "1,250", "$1250.00" and "1250.5" are all read. */
  BigDecimal amount(String field, boolean required) {
    String value = raw(field).replace("$", "").replace(",", "").strip();
    if (value.isEmpty()) {
      if (required) {
        problem(field, "form.required");
      }
      return null;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(value);
    } catch (NumberFormatException notANumber) {
      problem(field, "form.amount");
      return null;
    }
    if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(LARGEST_AMOUNT) > 0) {
      problem(field, "form.amount");
      return null;
    }
    return amount.setScale(2);
  }

  /** Dollars and cents, nothing (0) allowed: a budget's line. */
  BigDecimal amountOrZero(String field) {
    String value = raw(field).replace("$", "").replace(",", "").strip();
    if (value.isEmpty()) {
      problem(field, "form.required-or-zero");
      return null;
    }
    if (value.matches("0+(\\.0{1,2})?")) {
      return BigDecimal.ZERO.setScale(2);
    }
    return amount(field, true);
  }

  /** A date as Americans write it (3/15/2027) or as a date field sends it (2027-03-15). */
  LocalDate date(String field, boolean required) {
    String value = raw(field);
    if (value.isEmpty()) {
      if (required) {
        problem(field, "form.required");
      }
      return null;
    }
    try {
      return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, US_DATE);
    } catch (DateTimeParseException notADate) {
      problem(field, "form.date");
      return null;
    }
  }

  /** A clock time, 24-hour (13:30) as a time field sends it. */
  LocalTime time(String field) {
    String value = raw(field);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalTime.parse(value);
    } catch (DateTimeParseException notATime) {
      problem(field, "form.time");
      return null;
    }
  }

  Integer whole(String field, int min, int max) {
    String value = raw(field);
    if (value.isEmpty()) {
      problem(field, "form.required");
      return null;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // below
    }
    problem(field, "form.whole", min, max);
    return null;
  }

  <E extends Enum<E>> E choice(Class<E> type, String field) {
    String value = raw(field);
    if (!value.isEmpty()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value)) {
          return constant;
        }
      }
    }
    problem(field, "form.choose");
    return null;
  }
}
