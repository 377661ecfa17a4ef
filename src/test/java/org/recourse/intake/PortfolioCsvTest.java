package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementValidator;
import org.recourse.intake.internal.PortfolioCsv;
import org.recourse.platform.CsvFiles;
import org.recourse.platform.FieldProblem;

class PortfolioCsvTest {

  /** A complete, valid row, by column; tests change or drop cells. */
  private static Map<String, String> validCells() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("creditor_code", "NWB");
    cells.put("account_number", "4000123412341234");
    cells.put("original_creditor", "Northwind Bank");
    cells.put("current_creditor", "Northwind Bank");
    cells.put("product", "credit card");
    cells.put("currency", "USD");
    cells.put("itemization_date_type", "CHARGE_OFF");
    cells.put("itemization_date", "2025-07-15");
    cells.put("itemization_amount", "2450.00");
    cells.put("interest_since_itemization", "0");
    cells.put("fees_since_itemization", "25.00");
    cells.put("payments_since_itemization", "100.00");
    cells.put("charge_off_date", "2025-07-15");
    cells.put("charge_off_balance", "2450.00");
    cells.put("last_payment_date", "2024-12-20");
    cells.put("last_payment_amount", "75.00");
    cells.put("delinquency_date", "2025-01-15");
    cells.put("first_name", "Maria");
    cells.put("last_name", "Lopez");
    cells.put("date_of_birth", "1980-04-02");
    cells.put("preferred_language", "es");
    cells.put("address_line1", "1200 Congress Ave");
    cells.put("address_line2", "");
    cells.put("city", "Austin");
    cells.put("state", "TX");
    cells.put("postal_code", "78701");
    cells.put("mobile_phone", "(512) 555-0147");
    cells.put("home_phone", "");
    cells.put("work_phone", "");
    cells.put("email", "maria.lopez@example.com");
    cells.put("email_consent", "yes");
    return cells;
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /** A CSV of a header and one row holding the cells. */
  private static String csvOf(Map<String, String> cells) {
    return String.join(",", cells.keySet()) + "\n"
        + String.join(",", cells.values().stream().map(PortfolioCsvTest::quoted).toList()) + "\n";
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    try (CSVParser parser = CsvFiles.FORMAT.parse(new StringReader(csv))) {
      return parser.getRecords();
    }
  }

  private static List<String> headerOf(String csv) throws IOException {
    try (CSVParser parser = CsvFiles.FORMAT.parse(new StringReader(csv))) {
      return parser.getHeaderNames();
    }
  }

  private static PortfolioCsv.Row readOnlyRow(String csv) throws IOException {
    List<CSVRecord> records = records(csv);
    assertThat(records).hasSize(1);
    return PortfolioCsv.read(records.get(0), 2);
  }

  private static PortfolioCsv.Row readOnlyRow(Map<String, String> cells) throws IOException {
    return readOnlyRow(csvOf(cells));
  }

  // --- the header ---------------------------------------------------------------------------------------------

  @Test
  void complete_header_has_no_problems() throws IOException {
    assertThat(PortfolioCsv.checkHeader(headerOf(csvOf(validCells())))).isEmpty();
  }

  @Test
  void header_of_required_columns_only_has_no_problems() {
    List<String> required = List.of("creditor_code", "account_number", "original_creditor", "current_creditor",
        "product", "itemization_date_type", "itemization_date", "itemization_amount", "delinquency_date",
        "first_name", "last_name", "address_line1", "city", "state", "postal_code");
    assertThat(PortfolioCsv.checkHeader(required)).isEmpty();
  }

  @Test
  void header_missing_required_columns_names_them_all() throws IOException {
    Map<String, String> cells = validCells();
    cells.remove("account_number");
    cells.remove("itemization_amount");
    cells.remove("postal_code");
    cells.remove("email"); // optional: not reported
    assertThat(PortfolioCsv.checkHeader(headerOf(csvOf(cells))))
        .containsExactly("missing required column(s): account_number, itemization_amount, postal_code");
  }

  @Test
  void empty_header_names_every_required_column() {
    List<String> problems = PortfolioCsv.checkHeader(List.of());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).isEqualTo("missing required column(s): creditor_code, account_number, "
        + "original_creditor, current_creditor, product, itemization_date_type, itemization_date, itemization_amount, "
        + "delinquency_date, first_name, last_name, address_line1, city, state, postal_code");
  }

  @Test
  void unknown_column_is_reported() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("shoe_size", "42");
    assertThat(PortfolioCsv.checkHeader(headerOf(csvOf(cells)))).singleElement().asString()
        .startsWith("unknown column(s): shoe_size");
  }

  @Test
  void repeated_column_is_reported() {
    List<String> header = new java.util.ArrayList<>(validCells().keySet());
    header.add("City");
    assertThat(PortfolioCsv.checkHeader(header)).containsExactly("column 'City' appears twice");
  }

  @Test
  void repeated_column_in_a_parsed_file_is_reported() throws IOException {
    String csv = String.join(",", validCells().keySet()) + ",city\n";
    assertThat(PortfolioCsv.checkHeader(headerOf(csv))).containsExactly("column 'city' appears twice");
  }

  @Test
  void header_case_does_not_matter() throws IOException {
    Map<String, String> cells = validCells();
    Map<String, String> shouting = new LinkedHashMap<>();
    cells.forEach((column, value) -> shouting.put(column.toUpperCase(), value));
    shouting.remove("CITY");
    shouting.put("City", "Austin");
    String csv = csvOf(shouting);
    assertThat(csv).startsWith("CREDITOR_CODE,ACCOUNT_NUMBER,");

    assertThat(PortfolioCsv.checkHeader(headerOf(csv))).isEmpty();
    PortfolioCsv.Row row = readOnlyRow(csv);
    assertThat(row.unreadable()).isEmpty();
    assertThat(row.placement().creditorCode()).isEqualTo("NWB");
    assertThat(row.placement().accountNumber()).isEqualTo("4000123412341234");
    assertThat(row.placement().debtor().address().postalCode()).isEqualTo("78701");
  }

  // --- reading a row ------------------------------------------------------------------------------------------

  @Test
  void valid_row_is_read_into_a_placement_the_validator_accepts() throws IOException {
    PortfolioCsv.Row row = readOnlyRow(validCells());

    assertThat(row.lineNumber()).isEqualTo(2);
    assertThat(row.unreadable()).isEmpty();
    Placement p = row.placement();
    assertThat(p.product()).isEqualTo(Product.CREDIT_CARD);
    assertThat(p.itemization().dateType()).isEqualTo(ItemizationDateType.CHARGE_OFF);
    assertThat(p.itemization().date()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(p.itemization().amount()).isEqualByComparingTo("2450.00");
    assertThat(p.itemization().fees()).isEqualByComparingTo("25.00");
    assertThat(p.chargeOffBalance()).isEqualByComparingTo("2450.00");
    assertThat(p.delinquencyDate()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(p.debtor().address().line2()).isNull();
    assertThat(p.debtor().emails()).containsExactly(new Placement.Email("maria.lopez@example.com", true));
    assertThat(p.debtor().phones()).containsExactly(new Placement.Phone("(512) 555-0147", PhoneKind.MOBILE));

    PlacementValidator validator = new PlacementValidator(java.time.Clock.fixed(
        java.time.Instant.parse("2026-11-20T15:00:00Z"), java.time.ZoneId.of("America/New_York")));
    assertThat(validator.validate(p)).isEmpty();
  }

  @Test
  void wrong_typed_cells_are_each_reported_by_column() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("itemization_amount", "abc");
    cells.put("itemization_date", "2025-13-45");
    cells.put("product", "GOLD_CARD");
    cells.put("email_consent", "maybe");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.unreadable()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
        "itemization_amount", "itemization_date", "product", "email_consent");
    assertThat(messageAt(row, "itemization_amount")).isEqualTo("'abc' is not an amount (1234.56)");
    assertThat(messageAt(row, "itemization_date")).isEqualTo("'2025-13-45' is not a date (yyyy-mm-dd or mm/dd/yyyy)");
    assertThat(messageAt(row, "product")).startsWith("'GOLD_CARD' is not one of CREDIT_CARD, PERSONAL_LOAN");
    assertThat(messageAt(row, "email_consent")).isEqualTo("'maybe' is not yes or no");

    Placement p = row.placement();
    assertThat(p.itemization().amount()).isNull();
    assertThat(p.itemization().date()).isNull();
    assertThat(p.product()).isNull();
    assertThat(p.debtor().emails()).singleElement().extracting(Placement.Email::consentToEmail).isNull();
  }

  @Test
  void unreadable_us_date_is_reported_by_column() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("delinquency_date", "13/01/2025");
    PortfolioCsv.Row row = readOnlyRow(cells);
    assertThat(row.unreadable()).containsExactly(
        new FieldProblem("delinquency_date", "'13/01/2025' is not a date (yyyy-mm-dd or mm/dd/yyyy)"));
    assertThat(row.placement().delinquencyDate()).isNull();
  }

  @Test
  void impossible_dates_are_refused_never_moved_to_another_day() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("delinquency_date", "02/30/2025");
    cells.put("itemization_date", "04/31/2025");
    cells.put("date_of_birth", "2025-02-30");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.unreadable()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("delinquency_date", "itemization_date", "date_of_birth");
    assertThat(row.placement().delinquencyDate()).isNull();
    assertThat(row.placement().itemization().date()).isNull();
  }

  @Test
  void us_dates_without_leading_zeros_are_read() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("delinquency_date", "3/5/2025");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.unreadable()).isEmpty();
    assertThat(row.placement().delinquencyDate()).isEqualTo(LocalDate.of(2025, 3, 5));
  }

  @Test
  void commas_are_only_read_as_thousands_separators() throws IOException {
    for (String amount : new String[] {"1,2,3", "12,34.00", "1.234,56", "12 34"}) {
      Map<String, String> cells = validCells();
      cells.put("itemization_amount", amount);
      PortfolioCsv.Row row = readOnlyRow(cells);

      assertThat(row.unreadable()).as(amount).containsExactly(
          new FieldProblem("itemization_amount", "'" + amount + "' is not an amount (1234.56)"));
    }
  }

  @Test
  void us_dates_and_dollar_amounts_are_read() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("itemization_date", "07/15/2025");
    cells.put("charge_off_date", "07/15/2025");
    cells.put("delinquency_date", "01/05/2025");
    cells.put("itemization_amount", "$1,234.56");
    cells.put("charge_off_balance", "$1,234.56");
    cells.put("fees_since_itemization", "$ 1,000");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.unreadable()).isEmpty();
    Placement p = row.placement();
    assertThat(p.itemization().date()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(p.chargeOffDate()).isEqualTo(LocalDate.of(2025, 7, 15));
    assertThat(p.delinquencyDate()).isEqualTo(LocalDate.of(2025, 1, 5));
    assertThat(p.itemization().amount()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(p.chargeOffBalance()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(p.itemization().fees()).isEqualByComparingTo("1000");
  }

  @Test
  void choices_accept_spaces_hyphens_and_any_case() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("product", "Personal-Loan");
    cells.put("itemization_date_type", "last statement");
    PortfolioCsv.Row row = readOnlyRow(cells);
    assertThat(row.unreadable()).isEmpty();
    assertThat(row.placement().product()).isEqualTo(Product.PERSONAL_LOAN);
    assertThat(row.placement().itemization().dateType()).isEqualTo(ItemizationDateType.LAST_STATEMENT);
  }

  @Test
  void email_consent_words_are_read() throws IOException {
    for (String no : List.of("no", "N", "false", "0")) {
      Map<String, String> cells = validCells();
      cells.put("email_consent", no);
      assertThat(readOnlyRow(cells).placement().debtor().emails().get(0).consentToEmail()).as(no).isFalse();
    }
    for (String yes : List.of("YES", "y", "True", "1")) {
      Map<String, String> cells = validCells();
      cells.put("email_consent", yes);
      assertThat(readOnlyRow(cells).placement().debtor().emails().get(0).consentToEmail()).as(yes).isTrue();
    }
  }

  @Test
  void empty_cells_are_read_as_missing() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("currency", "   ");
    cells.put("email", "");
    cells.put("mobile_phone", "");
    PortfolioCsv.Row row = readOnlyRow(cells);
    assertThat(row.unreadable()).isEmpty();
    assertThat(row.placement().currency()).isNull();
    assertThat(row.placement().debtor().emails()).isEmpty();
    assertThat(row.placement().debtor().phones()).isEmpty();
  }

  // --- phones -------------------------------------------------------------------------------------------------

  @Test
  void phone_columns_become_phones_in_mobile_home_work_order() throws IOException {
    Map<String, String> cells = validCells();
    cells.remove("mobile_phone");
    cells.remove("home_phone");
    cells.remove("work_phone");
    // columns in the file in another order than mobile, home, work
    cells.put("work_phone", "512-555-0103");
    cells.put("home_phone", "512-555-0102");
    cells.put("mobile_phone", "512-555-0101");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.placement().debtor().phones()).containsExactly(
        new Placement.Phone("512-555-0101", PhoneKind.MOBILE),
        new Placement.Phone("512-555-0102", PhoneKind.HOME),
        new Placement.Phone("512-555-0103", PhoneKind.WORK));
    assertThat(row.inColumns(new FieldProblem("debtor.phones[0].number", "x")).field()).isEqualTo("mobile_phone");
    assertThat(row.inColumns(new FieldProblem("debtor.phones[1].number", "x")).field()).isEqualTo("home_phone");
    assertThat(row.inColumns(new FieldProblem("debtor.phones[2].number", "x")).field()).isEqualTo("work_phone");
  }

  @Test
  void second_phone_is_the_home_phone_when_mobile_and_home_are_given() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("home_phone", "not a phone");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.placement().debtor().phones()).extracting(Placement.Phone::kind)
        .containsExactly(PhoneKind.MOBILE, PhoneKind.HOME);
    FieldProblem translated = row.inColumns(new FieldProblem("debtor.phones[1].number", "'not a phone' is bad"));
    assertThat(translated).isEqualTo(new FieldProblem("home_phone", "'not a phone' is bad"));
  }

  @Test
  void second_phone_is_the_work_phone_when_only_mobile_and_work_are_given() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("work_phone", "512-555-0103");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.placement().debtor().phones()).containsExactly(
        new Placement.Phone("(512) 555-0147", PhoneKind.MOBILE),
        new Placement.Phone("512-555-0103", PhoneKind.WORK));
    assertThat(row.inColumns(new FieldProblem("debtor.phones[1].number", "m")).field()).isEqualTo("work_phone");
  }

  @Test
  void first_phone_is_the_work_phone_when_only_work_is_given() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("mobile_phone", "");
    cells.put("work_phone", "512-555-0103");
    PortfolioCsv.Row row = readOnlyRow(cells);

    assertThat(row.placement().debtor().phones()).containsExactly(new Placement.Phone("512-555-0103", PhoneKind.WORK));
    assertThat(row.inColumns(new FieldProblem("debtor.phones[0].number", "m")).field()).isEqualTo("work_phone");
  }

  @Test
  void validator_problem_on_a_phone_is_reported_at_the_phone_column() throws IOException {
    Map<String, String> cells = validCells();
    cells.put("work_phone", "12");
    PortfolioCsv.Row row = readOnlyRow(cells);
    PlacementValidator validator = new PlacementValidator(java.time.Clock.fixed(
        java.time.Instant.parse("2026-11-20T15:00:00Z"), java.time.ZoneId.of("America/New_York")));

    List<FieldProblem> problems = validator.validate(row.placement());
    assertThat(problems).extracting(FieldProblem::field).containsExactly("debtor.phones[1].number");
    assertThat(problems.stream().map(row::inColumns).map(FieldProblem::field)).containsExactly("work_phone");
  }

  // --- translating validator paths ----------------------------------------------------------------------------

  @Test
  void validator_paths_are_translated_to_column_names() throws IOException {
    PortfolioCsv.Row row = readOnlyRow(validCells());
    assertThat(row.inColumns(new FieldProblem("itemization.amount", "must be greater than zero")))
        .isEqualTo(new FieldProblem("itemization_amount", "must be greater than zero"));
    assertThat(row.inColumns(new FieldProblem("itemization.paymentsAndCredits", "m")).field())
        .isEqualTo("payments_since_itemization");
    assertThat(row.inColumns(new FieldProblem("chargeOffDate", "m")).field()).isEqualTo("charge_off_date");
    assertThat(row.inColumns(new FieldProblem("debtor.address.postalCode", "m")).field()).isEqualTo("postal_code");
    assertThat(row.inColumns(new FieldProblem("debtor.address.line1", "m")).field()).isEqualTo("address_line1");
    assertThat(row.inColumns(new FieldProblem("debtor.preferredLanguage", "m")).field())
        .isEqualTo("preferred_language");
    assertThat(row.inColumns(new FieldProblem("debtor.emails[0].address", "m")).field()).isEqualTo("email");
  }

  @Test
  void paths_without_a_column_are_kept() throws IOException {
    PortfolioCsv.Row row = readOnlyRow(validCells());
    assertThat(row.inColumns(new FieldProblem("debtor.address", "is required")))
        .isEqualTo(new FieldProblem("debtor.address", "is required"));
    // only one phone in this row: no column for a second
    assertThat(row.inColumns(new FieldProblem("debtor.phones[1].number", "m")).field())
        .isEqualTo("debtor.phones[1].number");
  }

  // --- ragged rows --------------------------------------------------------------------------------------------

  @Test
  void row_with_fewer_cells_than_the_header_is_reported() throws IOException {
    Map<String, String> cells = validCells();
    String header = String.join(",", cells.keySet());
    String csv = header + "\nNWB,4000123412341234,Northwind Bank\n";
    PortfolioCsv.Row row = readOnlyRow(csv);

    assertThat(row.unreadable()).containsExactly(
        new FieldProblem("row", "has 3 cells where the header has " + cells.size()));
    assertThat(row.placement().creditorCode()).isEqualTo("NWB");
    assertThat(row.placement().accountNumber()).isEqualTo("4000123412341234");
    assertThat(row.placement().product()).isNull();
    assertThat(row.placement().debtor().address().city()).isNull();
  }

  private static String messageAt(PortfolioCsv.Row row, String column) {
    return row.unreadable().stream().filter(p -> p.field().equals(column)).findFirst()
        .map(FieldProblem::message).orElseThrow(() -> new AssertionError("no problem at " + column));
  }
}
