package org.recourse.payment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.recourse.payment.Payment;
import org.recourse.platform.CsvFiles;
import org.recourse.platform.FieldProblem;

/**
 * The payment file format: UTF-8 CSV, a header row naming the columns below in any order (case does not matter),
 * one payment per row. Dates are yyyy-mm-dd or mm/dd/yyyy; amounts are plain decimals (1234.56), a $ sign and
 * thousands commas tolerated ($1,234.56). Problems are reported by column name.
 */
public final class PaymentCsv {

  static final int MAX_REFERENCE = 100;
  static final int MAX_DESCRIPTION = 200;
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000.00");

  public enum Column {
    CASE_NUMBER(true),
    REFERENCE(true),
    AMOUNT(true),
    RECEIVED_ON(true),
    DESCRIPTION(false);

    final boolean required;

    Column(boolean required) {
      this.required = required;
    }

    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final List<String> COLUMNS = Arrays.stream(Column.values()).map(Column::header).toList();
  private static final List<String> REQUIRED =
      Arrays.stream(Column.values()).filter(c -> c.required).map(Column::header).toList();

  private PaymentCsv() {
  }

  /** What is wrong with a header, by column: missing required columns, unknown or repeated ones. */
  public static List<FieldProblem> checkHeader(List<String> header) {
    CsvFiles.HeaderCheck check = CsvFiles.checkHeader(header, COLUMNS, REQUIRED);
    List<FieldProblem> problems = new ArrayList<>();
    check.unknown().forEach(name -> problems.add(new FieldProblem(name, "is not a column of payment files (they are "
        + String.join(", ", COLUMNS.stream().sorted().toList()) + ")")));
    check.repeated().forEach(name ->
        problems.add(new FieldProblem(name.toLowerCase(Locale.ROOT), "is a column that appears twice")));
    check.missing().forEach(column -> problems.add(new FieldProblem(column, "is a required column and is missing")));
    return problems;
  }

  /** A row read into a payment; cells that cannot be taken are reported by column and left empty. */
  public record Row(long lineNumber, String caseNumber, String reference, BigDecimal amount, LocalDate receivedOn,
      String description, List<FieldProblem> problems) {

    public Payment payment() {
      return new Payment(reference, amount, receivedOn, description);
    }
  }

  public static Row read(CSVRecord record, long lineNumber, LocalDate today) {
    CsvFiles.Cells cells = new CsvFiles.Cells(record);
    String caseNumber = cells.required(Column.CASE_NUMBER.header());
    String reference = cells.required(Column.REFERENCE.header());
    if (reference != null && reference.length() > MAX_REFERENCE) {
      cells.problem(Column.REFERENCE.header(), "is longer than " + MAX_REFERENCE + " characters");
    }
    BigDecimal amount = amount(cells);
    LocalDate receivedOn = cells.requiredDate(Column.RECEIVED_ON.header());
    if (receivedOn != null && receivedOn.isAfter(today)) {
      cells.problem(Column.RECEIVED_ON.header(), receivedOn + " is in the future");
    }
    String description = cells.text(Column.DESCRIPTION.header());
    if (description != null && description.length() > MAX_DESCRIPTION) {
      cells.problem(Column.DESCRIPTION.header(), "is longer than " + MAX_DESCRIPTION + " characters");
    }
    if (!record.isConsistent()) {
      cells.problem("row", "has " + record.size() + " cells where the header has "
          + record.getParser().getHeaderNames().size());
    }
    return new Row(lineNumber, caseNumber, reference, amount, receivedOn, description, cells.problems());
  }

  /** A payment's amount: more than zero, in cents, and not beyond what one payment can be. */
  private static BigDecimal amount(CsvFiles.Cells cells) {
    String column = Column.AMOUNT.header();
    BigDecimal amount = cells.requiredAmount(column, "1234.56 or $1,234.56");
    if (amount == null) {
      return null;
    }
    String value = cells.text(column);
    if (amount.signum() <= 0) {
      cells.problem(column, "'" + value + "' is not more than zero");
      return null;
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      cells.problem(column, "'" + value + "' has more than two decimals");
      return null;
    }
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      cells.problem(column, "'" + value + "' is more than 10,000,000.00");
      return null;
    }
    return amount.setScale(2);
  }
}
