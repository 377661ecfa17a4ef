package org.recourse.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
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
 *
 * <p>A field that is wrong is noted, not thrown: its read gives null, the listener reads on, adds the problems only it
 * can see with {@link #problem}, and calls {@link #refuseIfAnyProblem} before it records anything, so that the person
 * learns everything wrong with the form at once.
 */
public final class TaskForm {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  private TaskForm(VariableScope scope) {
    this.scope = scope;
  }

  public static TaskForm of(VariableScope scope) {
    return new TaskForm(scope);
  }

  /** Notes a problem the listener found beyond a field's own checks (a rule between fields, say). */
  public void problem(String sentence) {
    problems.add(sentence);
  }

  /** Refuses the form with every problem noted so far; called before anything is recorded. */
  public void refuseIfAnyProblem() {
    if (!problems.isEmpty()) {
      throw new TaskRefusal(problems);
    }
  }

  /** Removes the form's fields from the process once they have been read and recorded. */
  public void consume(Collection<String> fieldKeys) {
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
      return wrong(label + " is longer than " + maxLength + " characters.");
    }
    return text.isEmpty() ? null : text;
  }

  public String requiredText(String key, String label, int maxLength) {
    return isPresent(key) ? optionalText(key, label, maxLength) : wrong(label + " is required.");
  }

  public <E extends Enum<E>> E requiredChoice(String key, Class<E> choices, String label) {
    String value = requiredText(key, label, 64);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(choices, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return wrong(label + ": '" + value + "' is not one of the choices.");
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
    if (amount == null) {
      return null;
    }
    if (amount.signum() <= 0) {
      return wrong(label + " must be greater than zero.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return wrong(label + " has more than two decimals.");
    }
    return amount.setScale(2);
  }

  /** An amount that may be left out (null) or be zero, never negative, with at most two decimals. */
  public BigDecimal optionalAmount(String key, String label) {
    if (!isPresent(key)) {
      return null;
    }
    BigDecimal amount = requiredDecimal(key, label);
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      return wrong(label + " cannot be negative.");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      return wrong(label + " has more than two decimals.");
    }
    return amount.setScale(2);
  }

  /** An amount that may be left out, then zero: costs, interest, a cost of living the debtor does not have. */
  public BigDecimal amountOrZero(String key, String label) {
    BigDecimal amount = optionalAmount(key, label);
    return amount == null && !isPresent(key) ? BigDecimal.ZERO.setScale(2) : amount;
  }

  public Integer optionalWholeNumber(String key, String label) {
    return isPresent(key) ? requiredWholeNumber(key, label) : null;
  }

  public Integer requiredWholeNumber(String key, String label) {
    BigDecimal number = requiredDecimal(key, label);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      return wrong(label + " must be a whole number.");
    }
  }

  public LocalDate requiredDate(String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value instanceof String s && s.isBlank()) {
      return wrong(label + " is required.");
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      // Date pickers send yyyy-MM-dd; an ISO date-time is cut to its date.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      return wrong(label + ": '" + text + "' is not a date (yyyy-mm-dd).");
    }
  }

  /** A time of day as a time picker sends it, "09:30" (a zone or offset after it is ignored). */
  public LocalTime requiredTime(String key, String label) {
    String text = requiredText(key, label, 40);
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
    } catch (DateTimeParseException e) {
      return wrong(label + ": '" + text + "' is not a time of day (hh:mm).");
    }
  }

  private BigDecimal requiredDecimal(String key, String label) {
    Object value = scope.getVariable(key);
    if (value == null || value instanceof String s && s.isBlank()) {
      return wrong(label + " is required.");
    }
    try {
      if (value instanceof Double || value instanceof Float) {
        return BigDecimal.valueOf(((Number) value).doubleValue());
      }
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return wrong(label + ": '" + value + "' is not a number.");
    }
  }

  /** Notes what is wrong with a field; the field reads as null. */
  private <T> T wrong(String problem) {
    problems.add(problem);
    return null;
  }
}
