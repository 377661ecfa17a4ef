package org.recourse.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a person submitted on a task form, with the form's labels in every refusal. Form fields arrive as
 * JSON values: numbers as Integer, Long or Double, dates as "yyyy-MM-dd" strings.
 *
 * <p>Tasklist writes submitted fields into the process instance. They are the listener's input, not the case's
 * state: once read and recorded in Recourse's tables, {@link #consume} removes them in the same transaction, so
 * the engine keeps only the routing facts the listener sets, and the next task on the case opens with an empty
 * form.
 */
public final class TaskForm {

  private final VariableScope scope;

  private TaskForm(VariableScope scope) {
    this.scope = scope;
  }

  public static TaskForm of(VariableScope scope) {
    return new TaskForm(scope);
  }

  /** Removes the form's fields from the process once they have been read and recorded. */
  public void consume(java.util.Collection<String> fieldKeys) {
    fieldKeys.forEach(scope::removeVariable);
  }

  public boolean isPresent(String key) {
    Object value = scope.getVariable(key);
    return value != null && !(value instanceof String text && text.isBlank());
  }

  public String optionalText(String key, String label, int maxLength) {
    Object value = scope.getVariable(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    if (text.length() > maxLength) {
      throw new TaskRefusal(label + " is longer than " + maxLength + " characters.");
    }
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String key, String label, int maxLength) {
    String text = optionalText(key, label, maxLength);
    if (text == null) {
      throw new TaskRefusal(label + " is required.");
    }
    return text;
  }

  public <E extends Enum<E>> E requiredChoice(String key, Class<E> choices, String label) {
    String value = requiredText(key, label, 64);
    try {
      return Enum.valueOf(choices, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TaskRefusal(label + ": '" + value + "' is not one of the choices.");
    }
  }

  public boolean flag(String key) {
    Object value = scope.getVariable(key);
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return Boolean.parseBoolean(value.toString());
  }

  /** A positive amount of money with at most two decimals. */
  public BigDecimal requiredAmount(String key, String label) {
    BigDecimal amount = requiredDecimal(key, label);
    if (amount.signum() <= 0) {
      throw new TaskRefusal(label + " must be greater than zero.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new TaskRefusal(label + " has more than two decimals.");
    }
    return amount.setScale(2);
  }

  /** An amount that may be left out (null) or be zero, never negative, with at most two decimals. */
  public BigDecimal optionalAmount(String key, String label) {
    if (!isPresent(key)) {
      return null;
    }
    BigDecimal amount = requiredDecimal(key, label);
    if (amount.signum() < 0) {
      throw new TaskRefusal(label + " cannot be negative.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new TaskRefusal(label + " has more than two decimals.");
    }
    return amount.setScale(2);
  }

  /** An amount that may be left out, then zero: costs, interest, a cost of living the debtor does not have. */
  public BigDecimal amountOrZero(String key, String label) {
    BigDecimal amount = optionalAmount(key, label);
    return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
  }

  public Integer optionalWholeNumber(String key, String label) {
    return isPresent(key) ? requiredWholeNumber(key, label) : null;
  }

  public int requiredWholeNumber(String key, String label) {
    BigDecimal number = requiredDecimal(key, label);
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new TaskRefusal(label + " must be a whole number.");
    }
  }

  public LocalDate requiredDate(String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new TaskRefusal(label + " is required.");
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      // Date pickers send yyyy-MM-dd; an ISO date-time is cut to its date.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new TaskRefusal(label + ": '" + text + "' is not a date (yyyy-mm-dd).");
    }
  }

  /** A time of day as a time picker sends it, "09:30" (a zone or offset after it is ignored). */
  public LocalTime requiredTime(String key, String label) {
    String text = requiredText(key, label, 40);
    try {
      return LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
    } catch (DateTimeParseException e) {
      throw new TaskRefusal(label + ": '" + text + "' is not a time of day (hh:mm).");
    }
  }

  private BigDecimal requiredDecimal(String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new TaskRefusal(label + " is required.");
    }
    try {
      if (value instanceof Double || value instanceof Float) {
        return BigDecimal.valueOf(((Number) value).doubleValue());
      }
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new TaskRefusal(label + ": '" + value + "' is not a number.");
    }
  }
}
