package org.recourse.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.platform.FieldProblem;

/**
 * The portfolio file format: UTF-8 CSV, a header row naming the columns below in any order, one account per row.
 * Dates are yyyy-mm-dd or mm/dd/yyyy; amounts are plain decimals (a $ sign and thousands commas are tolerated).
 * Problems are reported by column name.
 */
final class PortfolioCsv {

  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setIgnoreHeaderCase(true)
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();

  /** The columns; those marked required must be in the header (their cells may still be refused when empty). */
  enum Column {
    CREDITOR_CODE(true, "creditorCode"),
    ACCOUNT_NUMBER(true, "accountNumber"),
    ORIGINAL_CREDITOR(true, "originalCreditor"),
    CURRENT_CREDITOR(true, "currentCreditor"),
    PRODUCT(true, "product"),
    CURRENCY(false, "currency"),
    ITEMIZATION_DATE_TYPE(true, "itemization.dateType"),
    ITEMIZATION_DATE(true, "itemization.date"),
    ITEMIZATION_AMOUNT(true, "itemization.amount"),
    INTEREST_SINCE_ITEMIZATION(false, "itemization.interest"),
    FEES_SINCE_ITEMIZATION(false, "itemization.fees"),
    PAYMENTS_SINCE_ITEMIZATION(false, "itemization.paymentsAndCredits"),
    CHARGE_OFF_DATE(false, "chargeOffDate"),
    CHARGE_OFF_BALANCE(false, "chargeOffBalance"),
    LAST_PAYMENT_DATE(false, "lastPaymentDate"),
    LAST_PAYMENT_AMOUNT(false, "lastPaymentAmount"),
    DELINQUENCY_DATE(true, "delinquencyDate"),
    FIRST_NAME(true, "debtor.firstName"),
    LAST_NAME(true, "debtor.lastName"),
    DATE_OF_BIRTH(false, "debtor.dateOfBirth"),
    PREFERRED_LANGUAGE(false, "debtor.preferredLanguage"),
    ADDRESS_LINE1(true, "debtor.address.line1"),
    ADDRESS_LINE2(false, "debtor.address.line2"),
    CITY(true, "debtor.address.city"),
    STATE(true, "debtor.address.state"),
    POSTAL_CODE(true, "debtor.address.postalCode"),
    MOBILE_PHONE(false, null),
    HOME_PHONE(false, null),
    WORK_PHONE(false, null),
    EMAIL(false, "debtor.emails[0].address"),
    EMAIL_CONSENT(false, "debtor.emails[0].consentToEmail");

    final boolean required;
    /** The field of {@link Placement} the column fills, as {@link PlacementValidator} names it. */
    final String path;

    Column(boolean required, String path) {
      this.required = required;
      this.path = path;
    }

    String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** mm/dd/yyyy as spreadsheets write it (3/5/2025 too), strictly: 02/30/2025 is refused, never moved. */
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);
  /** 1234.56, 1,234.56 or $1,234.56: commas only between groups of three digits. */
  private static final Pattern AMOUNT = Pattern.compile("\\$?\\s*-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Map<String, Column> BY_PATH = Arrays.stream(Column.values())
      .filter(c -> c.path != null)
      .collect(Collectors.toMap(c -> c.path, c -> c));

  private PortfolioCsv() {
  }

  /** What is wrong with a header: missing required columns, unknown or repeated ones. Empty when it is fine. */
  static List<String> checkHeader(List<String> header) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> known = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.toSet());
    List<String> unknown = new ArrayList<>();
    for (String name : header) {
      String normalized = name.trim().toLowerCase(Locale.ROOT);
      if (!seen.add(normalized)) {
        problems.add("column '" + name + "' appears twice");
      }
      if (!known.contains(normalized)) {
        unknown.add(name);
      }
    }
    List<String> missing = Arrays.stream(Column.values())
        .filter(c -> c.required && !seen.contains(c.header()))
        .map(Column::header)
        .toList();
    if (!missing.isEmpty()) {
      problems.add("missing required column(s): " + String.join(", ", missing));
    }
    if (!unknown.isEmpty()) {
      problems.add("unknown column(s): " + String.join(", ", unknown) + " (the columns are documented in the README)");
    }
    return problems;
  }

  /** A row read into a placement; cells that could not be read are reported and left empty. */
  record Row(long lineNumber, Placement placement, List<FieldProblem> unreadable, Map<String, String> columnOfPath) {

    /** A validator's problem, named by the file's column rather than the API's field. */
    FieldProblem inColumns(FieldProblem problem) {
      String column = columnOfPath.get(problem.field());
      if (column == null) {
        Column byPath = BY_PATH.get(problem.field());
        column = byPath == null ? problem.field() : byPath.header();
      }
      return new FieldProblem(column, problem.message());
    }
  }

  static Row read(CSVRecord record, long lineNumber) {
    Cells cells = new Cells(record);
    List<Placement.Phone> phones = new ArrayList<>();
    Map<String, String> phoneColumns = new LinkedHashMap<>();
    addPhone(cells, Column.MOBILE_PHONE, PhoneKind.MOBILE, phones, phoneColumns);
    addPhone(cells, Column.HOME_PHONE, PhoneKind.HOME, phones, phoneColumns);
    addPhone(cells, Column.WORK_PHONE, PhoneKind.WORK, phones, phoneColumns);
    String email = cells.text(Column.EMAIL);
    Boolean consent = cells.flag(Column.EMAIL_CONSENT);
    List<Placement.Email> emails = email == null ? List.of() : List.of(new Placement.Email(email, consent));

    Placement placement = new Placement(
        cells.text(Column.CREDITOR_CODE),
        cells.text(Column.ACCOUNT_NUMBER),
        cells.text(Column.ORIGINAL_CREDITOR),
        cells.text(Column.CURRENT_CREDITOR),
        cells.choice(Column.PRODUCT, Product.class),
        cells.text(Column.CURRENCY),
        new Placement.Itemization(
            cells.choice(Column.ITEMIZATION_DATE_TYPE, ItemizationDateType.class),
            cells.date(Column.ITEMIZATION_DATE),
            cells.amount(Column.ITEMIZATION_AMOUNT),
            cells.amount(Column.INTEREST_SINCE_ITEMIZATION),
            cells.amount(Column.FEES_SINCE_ITEMIZATION),
            cells.amount(Column.PAYMENTS_SINCE_ITEMIZATION)),
        cells.date(Column.CHARGE_OFF_DATE),
        cells.amount(Column.CHARGE_OFF_BALANCE),
        cells.date(Column.LAST_PAYMENT_DATE),
        cells.amount(Column.LAST_PAYMENT_AMOUNT),
        cells.date(Column.DELINQUENCY_DATE),
        new Placement.Debtor(
            cells.text(Column.FIRST_NAME),
            cells.text(Column.LAST_NAME),
            cells.date(Column.DATE_OF_BIRTH),
            cells.text(Column.PREFERRED_LANGUAGE),
            new Placement.Address(cells.text(Column.ADDRESS_LINE1), cells.text(Column.ADDRESS_LINE2),
                cells.text(Column.CITY), cells.text(Column.STATE), cells.text(Column.POSTAL_CODE)),
            phones,
            emails));
    if (!record.isConsistent()) {
      cells.problems.add(new FieldProblem("row", "has " + record.size() + " cells where the header has "
          + record.getParser().getHeaderNames().size()));
    }
    return new Row(lineNumber, placement, cells.problems, phoneColumns);
  }

  private static void addPhone(Cells cells, Column column, PhoneKind kind, List<Placement.Phone> phones,
      Map<String, String> columns) {
    String number = cells.text(column);
    if (number != null) {
      columns.put("debtor.phones[" + phones.size() + "].number", column.header());
      phones.add(new Placement.Phone(number, kind));
    }
  }

  /** Reads typed cells, noting each one that cannot be read. */
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

    <E extends Enum<E>> E choice(Column column, Class<E> type) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is not one of "
            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
      }
    }

    LocalDate date(Column column) {
      String value = text(column);
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
      String value = text(column);
      if (value == null) {
        return null;
      }
      if (!AMOUNT.matcher(value).matches()) {
        problems.add(new FieldProblem(column.header(), "'" + value + "' is not an amount (1234.56)"));
        return null;
      }
      return new BigDecimal(value.replace("$", "").replace(",", "").strip());
    }

    Boolean flag(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1":
          return true;
        case "false", "no", "n", "0":
          return false;
        default:
          problems.add(new FieldProblem(column.header(), "'" + value + "' is not yes or no"));
          return null;
      }
    }
  }
}
