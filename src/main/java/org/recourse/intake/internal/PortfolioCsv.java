package org.recourse.intake.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.platform.CsvFiles;
import org.recourse.platform.FieldProblem;

/**
 * The portfolio file format: UTF-8 CSV, a header row naming the columns below in any order, one account per row.
 * Dates are yyyy-mm-dd or mm/dd/yyyy; amounts are plain decimals (a $ sign and thousands commas are tolerated).
 * Problems are reported by column name.
 */
public final class PortfolioCsv {

  /** The columns; those marked required must be in the header (their cells may still be refused when empty). */
  public enum Column {
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

    public String header() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Map<String, Column> BY_PATH = Arrays.stream(Column.values())
      .filter(c -> c.path != null)
      .collect(Collectors.toMap(c -> c.path, c -> c));

  private PortfolioCsv() {
  }

  private static final String AMOUNT_EXAMPLE = "1234.56";
  private static final List<String> COLUMNS = Arrays.stream(Column.values()).map(Column::header).toList();
  private static final List<String> REQUIRED =
      Arrays.stream(Column.values()).filter(c -> c.required).map(Column::header).toList();

  /** What is wrong with a header: missing required columns, unknown or repeated ones. Empty when it is fine. */
  public static List<String> checkHeader(List<String> header) {
    CsvFiles.HeaderCheck check = CsvFiles.checkHeader(header, COLUMNS, REQUIRED);
    List<String> problems = new ArrayList<>();
    check.repeated().forEach(name -> problems.add("column '" + name + "' appears twice"));
    if (!check.missing().isEmpty()) {
      problems.add("missing required column(s): " + String.join(", ", check.missing()));
    }
    if (!check.unknown().isEmpty()) {
      problems.add("unknown column(s): " + String.join(", ", check.unknown())
          + " (the columns are documented in the README)");
    }
    return problems;
  }

  /** A row read into a placement; cells that could not be read are reported and left empty. */
  public record Row(long lineNumber, Placement placement, List<FieldProblem> unreadable, Map<String,
      String> columnOfPath) {

    /** A validator's problem, named by the file's column rather than the API's field. */
    public FieldProblem inColumns(FieldProblem problem) {
      String column = columnOfPath.get(problem.field());
      if (column == null) {
        Column byPath = BY_PATH.get(problem.field());
        column = byPath == null ? problem.field() : byPath.header();
      }
      return new FieldProblem(column, problem.message());
    }
  }

  public static Row read(CSVRecord record, long lineNumber) {
    CsvFiles.Cells cells = new CsvFiles.Cells(record);
    List<Placement.Phone> phones = new ArrayList<>();
    Map<String, String> phoneColumns = new LinkedHashMap<>();
    addPhone(cells, Column.MOBILE_PHONE, PhoneKind.MOBILE, phones, phoneColumns);
    addPhone(cells, Column.HOME_PHONE, PhoneKind.HOME, phones, phoneColumns);
    addPhone(cells, Column.WORK_PHONE, PhoneKind.WORK, phones, phoneColumns);
    String email = cells.text(Column.EMAIL.header());
    Boolean consent = cells.flag(Column.EMAIL_CONSENT.header());
    List<Placement.Email> emails = email == null ? List.of() : List.of(new Placement.Email(email, consent));

    Placement placement = new Placement(
        cells.text(Column.CREDITOR_CODE.header()),
        cells.text(Column.ACCOUNT_NUMBER.header()),
        cells.text(Column.ORIGINAL_CREDITOR.header()),
        cells.text(Column.CURRENT_CREDITOR.header()),
        cells.choice(Column.PRODUCT.header(), Product.class),
        cells.text(Column.CURRENCY.header()),
        new Placement.Itemization(
            cells.choice(Column.ITEMIZATION_DATE_TYPE.header(), ItemizationDateType.class),
            cells.date(Column.ITEMIZATION_DATE.header()),
            cells.amount(Column.ITEMIZATION_AMOUNT.header(), AMOUNT_EXAMPLE),
            cells.amount(Column.INTEREST_SINCE_ITEMIZATION.header(), AMOUNT_EXAMPLE),
            cells.amount(Column.FEES_SINCE_ITEMIZATION.header(), AMOUNT_EXAMPLE),
            cells.amount(Column.PAYMENTS_SINCE_ITEMIZATION.header(), AMOUNT_EXAMPLE)),
        cells.date(Column.CHARGE_OFF_DATE.header()),
        cells.amount(Column.CHARGE_OFF_BALANCE.header(), AMOUNT_EXAMPLE),
        cells.date(Column.LAST_PAYMENT_DATE.header()),
        cells.amount(Column.LAST_PAYMENT_AMOUNT.header(), AMOUNT_EXAMPLE),
        cells.date(Column.DELINQUENCY_DATE.header()),
        new Placement.Debtor(
            cells.text(Column.FIRST_NAME.header()),
            cells.text(Column.LAST_NAME.header()),
            cells.date(Column.DATE_OF_BIRTH.header()),
            cells.text(Column.PREFERRED_LANGUAGE.header()),
            new Placement.Address(
                cells.text(Column.ADDRESS_LINE1.header()),
                cells.text(Column.ADDRESS_LINE2.header()),
                cells.text(Column.CITY.header()),
                cells.text(Column.STATE.header()),
                cells.text(Column.POSTAL_CODE.header())),
            phones,
            emails));
    if (!record.isConsistent()) {
      cells.problem("row", "has " + record.size() + " cells where the header has "
          + record.getParser().getHeaderNames().size());
    }
    return new Row(lineNumber, placement, cells.problems(), phoneColumns);
  }

  private static void addPhone(CsvFiles.Cells cells, Column column, PhoneKind kind, List<Placement.Phone> phones,
      Map<String, String> columns) {
    String number = cells.text(column.header());
    if (number != null) {
      columns.put("debtor.phones[" + phones.size() + "].number", column.header());
      phones.add(new Placement.Phone(number, kind));
    }
  }
}
