package org.recourse.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.recourse.platform.FieldProblem;

/**
 * The payment file format: UTF-8 CSV, a header row naming the columns below in any order (case does not matter),
 * one payment per row. Dates are yyyy-mm-dd or mm/dd/yyyy; amounts are plain decimals (1234.56), a $ sign and
 * thousands commas tolerated ($1,234.56). Problems are reported by column name.
 */
final class PaymentCsv {

  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setIgnoreHeaderCase(true)
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      // A repeated column is reported by checkHeader, by name, rather than thrown by the parser.
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      .get();

  static final int MAX_REFERENCE = 100;
  static final int MAX_DESCRIPTION = 200;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

  enum Column {
    CASE_NUMBER(true),
    REFERENCE(true),
    AMOUNT(true),
    RECEIVED_ON(true),
    DESCRIPTION(false);

    final boolean required;

    Column(boolean required) {
      this.required = required;
    }

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** mm/dd/yyyy as spreadsheets write it (3/5/2025 too), strictly: 02/30/2025 is refused, never moved. */
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
  /** 1234.56, 1,234.56 or $1,234.56 (a minus sign is read, to be refused as such): commas between groups of three. */
  private static final Pattern AMOUNT = Pattern.compile("(-|\\$|-\\$|\\$-)?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  private PaymentCsv() {
  }

  /** What is wrong with a header, by column: missing required columns, unknown or repeated ones. */
  static List<FieldProblem> checkHeader(List<String> header) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> known = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.toSet());
    for (String name : header) {
      String normalized = name.trim().toLowerCase(Locale.ROOT);
      if (!seen.add(normalized)) {
        problems.add(new FieldProblem(normalized, "is a column that appears twice"));
      } else if (!known.contains(normalized)) {
        problems.add(new FieldProblem(name.trim(), "is not a column of payment files (they are "
            + String.join(", ", known.stream().sorted().toList()) + ")"));
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !seen.contains(column.header())) {
        problems.add(new FieldProblem(column.header(), "is a required column and is missing"));
      }
    }
    return problems;
  }

  /** A row read into a payment; cells that cannot be taken are reported by column and left empty. */
  record Row(long lineNumber, String caseNumber, String reference, BigDecimal amount, LocalDate receivedOn,
      String description, List<FieldProblem> problems) {

    Payment payment() {
      return new Payment(reference, amount, receivedOn, description);
    }
  }

  static Row read(CSVRecord record, long lineNumber, LocalDate today) {
    Cells cells = new Cells(record);
    String caseNumber = cells.required(Column.CASE_NUMBER);
    String reference = cells.required(Column.REFERENCE);
    if (reference != null && reference.length() > MAX_REFERENCE) {
      cells.problems.add(new FieldProblem(Column.REFERENCE.header(), "is longer than " + MAX_REFERENCE + " characters"));
    }
    BigDecimal amount = cells.amount(Column.AMOUNT);
    LocalDate receivedOn = cells.date(Column.RECEIVED_ON);
    if (receivedOn != null && receivedOn.isAfter(today)) {
      cells.problems.add(new FieldProblem(Column.RECEIVED_ON.header(), receivedOn + " is in the future"));
    }
    String description = cells.text(Column.DESCRIPTION);
    if (description != null && description.length() > MAX_DESCRIPTION) {
      cells.problems.add(new FieldProblem(Column.DESCRIPTION.header(),
          "is longer than " + MAX_DESCRIPTION + " characters"));
    }
    if (!record.isConsistent()) {
      cells.problems.add(new FieldProblem("row", "has " + record.size() + " cells where the header has "
          + record.getParser().getHeaderNames().size()));
    }
    return new Row(lineNumber, caseNumber, reference, amount, receivedOn, description, cells.problems);
  }

  /** Reads typed cells, noting each one that cannot be taken. */
  private static final class Cells {
    final CSVRecord record;
    final List<FieldProblem> problems = new ArrayList<>();

    Cells(CSVRecord record) {
      this.record = record;
    }

    String text(Column column) {
      if (!record.isMapped(column.header()) || !record.isSet(column.header())) {
        return null;
      }
      String value = record.get(column.header());
      return value == null || value.isBlank() ? null : value.trim();
    }

    String required(Column column) {
      String value = text(column);
      if (value == null) {
        problems.add(new FieldProblem(column.header(), "is required"));
      }
      return value;
    }

    LocalDate date(Column column) {
      String value = required(column);
      if (value == null) {
        return null;
      }
      try {
        return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is not a date (yyyy-mm-dd or mm/dd/yyyy)"));
        return null;
      }
    }

    BigDecimal amount(Column column) {
      String value = required(column);
      if (value == null) {
        return null;
      }
      if (!AMOUNT.matcher(value).matches()) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is not an amount (1234.56 or $1,234.56)"));
        return null;
      }
      BigDecimal amount = new BigDecimal(value.replace("$", "").replace(",", "").replaceAll("\\s", ""));
      if (amount.signum() <= 0) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is not more than zero"));
        return null;
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' has more than two decimals"));
        return null;
      }
      if (amount.compareTo(MAX_AMOUNT) > 0) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is more than 10,000,000.00"));
        return null;
      }
      return amount.setScale(2);
    }
  }
}
