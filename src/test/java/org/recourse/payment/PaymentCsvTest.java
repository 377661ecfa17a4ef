package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recourse.payment.internal.PaymentCsv;
import org.recourse.platform.CsvFiles;
import org.recourse.platform.FieldProblem;

class PaymentCsvTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void columns_come_in_any_order_and_any_case_with_us_dates_and_dollar_amounts() throws IOException {
    PaymentCsv.Row row = read("Amount,RECEIVED_ON,reference,Case_Number\n\"$1,234.56\",3/9/2026,ACH-1,RC-0000051");

    assertThat(row.problems()).isEmpty();
    assertThat(row.caseNumber()).isEqualTo("RC-0000051");
    assertThat(row.reference()).isEqualTo("ACH-1");
    assertThat(row.amount()).isEqualTo(new BigDecimal("1234.56"));
    assertThat(row.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(row.description()).isNull();
  }

  @Test
  void each_bad_cell_is_named_by_its_column() throws IOException {
    String header = "case_number,reference,amount,received_on,description\n";
    assertThat(problems(read(header + "RC-1,A,abc,2026-03-01,"))).containsExactly("amount: 'abc' is not an amount (1234.56 or $1,234.56)");
    assertThat(problems(read(header + "RC-1,A,0.00,2026-03-01,"))).containsExactly("amount: '0.00' is not more than zero");
    assertThat(problems(read(header + "RC-1,A,-5.00,2026-03-01,"))).containsExactly("amount: '-5.00' is not more than zero");
    assertThat(problems(read(header + "RC-1,A,10.005,2026-03-01,"))).containsExactly("amount: '10.005' has more than two decimals");
    assertThat(problems(read(header + "RC-1,A,10.00,2026-03-11,"))).containsExactly("received_on: 2026-03-11 is in the future");
    assertThat(problems(read(header + "RC-1,A,10.00,02/30/2026,")))
        .containsExactly("received_on: '02/30/2026' is not a date (yyyy-mm-dd or mm/dd/yyyy)");
    assertThat(problems(read(header + ",,10.00,2026-03-01,")))
        .containsExactly("case_number: is required", "reference: is required");
    assertThat(problems(read(header + "RC-1,A,10.00,2026-03-01,x,extra")))
        .containsExactly("row: has 6 cells where the header has 5");
  }

  @Test
  void a_header_without_a_required_column_is_named_column_by_column() {
    List<FieldProblem> problems = PaymentCsv.checkHeader(List.of("Case_Number", "amount", "memo", "amount"));

    assertThat(problems).extracting(p -> p.field() + ": " + p.message()).containsExactly(
        "memo: is not a column of payment files (they are amount, case_number, description, received_on, reference)",
        "amount: is a column that appears twice",
        "reference: is a required column and is missing",
        "received_on: is a required column and is missing");
    assertThat(PaymentCsv.checkHeader(List.of(" REFERENCE", "case_number", "received_on", "amount"))).isEmpty();
  }

  private static PaymentCsv.Row read(String csv) throws IOException {
    try (CSVParser parser = CsvFiles.FORMAT.parse(new StringReader(csv))) {
      CSVRecord record = parser.iterator().next();
      return PaymentCsv.read(record, 2, TODAY);
    }
  }

  private static List<String> problems(PaymentCsv.Row row) {
    return row.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
  }
}
