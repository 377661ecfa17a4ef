package org.recourse.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.internal.IntakeSettings;
import org.recourse.intake.internal.PortfolioImportRepository;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Portfolio files: good rows placed, bad rows reported by line with every reason, nothing half-written. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class PortfolioImportTest {

  static final String HEADER = "creditor_code,account_number,original_creditor,current_creditor,product,"
      + "itemization_date_type,itemization_date,itemization_amount,fees_since_itemization,charge_off_date,"
      + "charge_off_balance,delinquency_date,first_name,last_name,address_line1,city,state,postal_code,mobile_phone,"
      + "email,email_consent";

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObjectMapper json;
  @Autowired
  PortfolioImports imports;
  @Autowired
  PortfolioImportRepository importRepository;
  @Autowired
  IntakeSettings settings;
  @Autowired
  TransactionTemplate transaction;

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  static String row(String accountNumber, String amount, String delinquencyDate, String phone) {
    return String.join(",", "TST", accountNumber, "Test Creditor Bank", "Test Creditor Bank", "credit card",
        "CHARGE_OFF", "2025-06-30", amount, "35.00", "2025-06-30", amount, delinquencyDate, "James", "Carter",
        "\"48 Beacon St, Apt 2\"", "Boston", "MA", "02108", phone, "james.carter@example.com", "yes");
  }

  @Test
  void good_rows_are_placed_and_bad_rows_come_back_by_line_with_every_reason() throws Exception {
    String placedBefore = TestData.accountNumber();
    mvc.perform(post("/api/accounts").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
        .content(TestData.placementJson(placedBefore, "500.00"))).andExpect(status().isCreated());
    String a = TestData.accountNumber();
    String b = TestData.accountNumber();
    String c = TestData.accountNumber();
    String csv = String.join("\n",
        HEADER,                                                          // line 1
        row(a, "1200.00", "2025-01-10", "(617) 555-0101"),               // line 2: placed
        row(TestData.accountNumber(), "abc", "2025-01-10", "555-12"),    // line 3: bad amount and phone
        row(b, "80.50", "01/10/2025", ""),                               // line 4: placed (US date, no phone)
        row(TestData.accountNumber(), "700.00", "2999-01-01", "(617) 555-0102"), // line 5: future date
        row(a, "1200.00", "2025-01-10", "(617) 555-0101"),               // line 6: same account as line 2
        row(placedBefore, "500.00", "2025-01-10", "(617) 555-0103"),     // line 7: placed earlier over the API
        row(c, "\"$2,500.00\"", "2025-01-10", "617.555.0104"));          // line 8: placed
    int casesBefore = countCases();

    JsonNode done = submitAndWait(csv);

    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("recordsRead").asLong()).isEqualTo(7);
    assertThat(done.get("placed").asLong()).isEqualTo(3);
    assertThat(done.get("alreadyPlaced").asLong()).isEqualTo(2);
    assertThat(done.get("rejected").asLong()).isEqualTo(2);
    assertThat(countCases()).isEqualTo(casesBefore + 3);

    JsonNode report = json.readTree(mvc.perform(get(done.get("report").asText()).with(httpBasic("manager", "manager"))
        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    List<String> lines = new ArrayList<>();
    report.get("content").forEach(line -> lines.add(line.get("line").asLong() + " " + line.get("kind").asText() + " "
        + line.get("column").asText() + ": " + line.get("message").asText()));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("3 REJECTED itemization_amount: 'abc' is not an amount"))
        .anySatisfy(l -> assertThat(l).startsWith("3 REJECTED mobile_phone: '555-12' is not"))
        .anySatisfy(l -> assertThat(l).startsWith("5 REJECTED delinquency_date: 2999-01-01 is in the future"))
        .anySatisfy(l -> assertThat(l).startsWith("6 DUPLICATE account_number: already placed as case RC-"))
        .anySatisfy(l -> assertThat(l).startsWith("7 DUPLICATE account_number: already placed as case RC-"));
    assertThat(lines).noneMatch(l -> l.startsWith("2 ") || l.startsWith("4 ") || l.startsWith("8 "));
    // The unreadable amount is reported once, not again as missing.
    assertThat(lines.stream().filter(l -> l.startsWith("3 ") && l.contains("itemization_amount"))).hasSize(1);

    mvc.perform(get(done.get("report").asText()).with(httpBasic("manager", "manager")).accept("text/csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("text/csv")))
        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
            .startsWith("line,kind,column,message")
            .contains("5,REJECTED,delinquency_date,2999-01-01 is in the future"));
  }

  @Test
  void a_file_without_the_required_columns_is_refused_whole_and_places_nothing() throws Exception {
    int casesBefore = countCases();
    String csv = "creditor_code,account_number,amount\nTST,X-1,100.00\n";

    JsonNode done = submitAndWait(csv);

    assertThat(done.get("status").asText()).isEqualTo("FAILED");
    assertThat(done.get("failure").asText())
        .contains("missing required column(s): original_creditor, current_creditor, product")
        .contains("unknown column(s): amount");
    assertThat(done.get("placed").asLong()).isZero();
    assertThat(countCases()).isEqualTo(casesBefore);
  }

  @Test
  void a_malformed_file_keeps_the_rows_before_the_break_and_says_where_it_broke() throws Exception {
    String a = TestData.accountNumber();
    String csv = String.join("\n", HEADER,
        row(a, "300.00", "2025-01-10", "(617) 555-0105"),
        row(TestData.accountNumber(), "300.00", "2025-01-10", "(617) 555-0106").replace("\"48 Beacon St, Apt 2\"",
            "\"48 Beacon St"),
        row(TestData.accountNumber(), "300.00", "2025-01-10", "(617) 555-0107"));

    JsonNode done = submitAndWait(csv);

    assertThat(done.get("status").asText()).isEqualTo("FAILED");
    assertThat(done.get("failure").asText()).contains("could not be read after line 2").contains("rows before it were placed");
    assertThat(done.get("placed").asLong()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from account where account_number = ?", Integer.class, a)).isEqualTo(1);
  }

  @Test
  void an_empty_upload_is_refused() throws Exception {
    mvc.perform(multipart("/api/portfolios").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
  }

  @Test
  void chunks_placed_side_by_side_place_every_account_once_and_report_an_account_number_twice_in_the_file()
      throws Exception {
    int chunkSize = settings.getChunkSize();
    int parallel = settings.getParallelChunks();
    settings.setChunkSize(2);
    settings.setParallelChunks(3);
    try {
      List<String> numbers = new java.util.ArrayList<>();
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 0; i < 11; i++) {
        numbers.add(TestData.accountNumber());
        csv.append('\n').append(row(numbers.get(i), "100.00", "2025-01-10", ""));
      }
      // The first account again, in another chunk than its first row.
      csv.append('\n').append(row(numbers.get(0), "100.00", "2025-01-10", ""));

      JsonNode done = submitAndWait(csv.toString());

      assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
      assertThat(done.get("recordsRead").asLong()).isEqualTo(12);
      assertThat(done.get("placed").asLong()).isEqualTo(11);
      assertThat(done.get("alreadyPlaced").asLong()).isEqualTo(1);
      for (String number : numbers) {
        assertThat(jdbc.queryForObject("select count(*) from account where account_number = ?", Integer.class,
            number)).as(number).isEqualTo(1);
      }
      // Whichever of the two rows' chunks committed first placed the account; the other row is the duplicate.
      JsonNode report = json.readTree(mvc.perform(get(done.get("report").asText())
          .with(httpBasic("manager", "manager")).accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString()).get("content");
      assertThat(report).hasSize(1);
      assertThat(report.get(0).get("kind").asText()).isEqualTo("DUPLICATE");
      assertThat(report.get(0).get("line").asLong()).isIn(2L, 13L);
    } finally {
      settings.setChunkSize(chunkSize);
      settings.setParallelChunks(parallel);
    }
  }

  @Test
  void an_import_whose_node_stopped_is_resumed_after_its_committed_rows_and_places_each_row_once() throws Exception {
    List<String> numbers = List.of(TestData.accountNumber(), TestData.accountNumber(), TestData.accountNumber(),
        TestData.accountNumber(), TestData.accountNumber());
    // The node had committed the chunk of the first two rows and, beside it, the chunk of the fourth when it stopped.
    String committed = String.join("\n", HEADER, row(numbers.get(0), "100.00", "2025-01-10", ""),
        row(numbers.get(1), "100.00", "2025-01-10", ""), row(numbers.get(3), "100.00", "2025-01-10", ""));
    assertThat(submitAndWait(committed).get("placed").asLong()).isEqualTo(3);
    StringBuilder whole = new StringBuilder(HEADER);
    numbers.forEach(number -> whole.append('\n').append(row(number, "100.00", "2025-01-10", "")));
    PortfolioImport interrupted = transaction.execute(status -> importRepository.save(
        new PortfolioImport("portfolio.csv", "admin", Instant.now().minus(Duration.ofMinutes(10)))));
    Files.createDirectories(settings.getStagingDir());
    Files.writeString(settings.getStagingDir().resolve(interrupted.getId() + ".csv"), whole);
    jdbc.update("update portfolio_import set status = 'RUNNING', records_read = 3, records_placed = 3, "
        + "heartbeat_at = ?, owner = 'a-node-that-died' where id = ?",
        java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), interrupted.getId());
    jdbc.update("insert into file_run_chunk (file_kind, file_id, first_row, row_count) values"
        + " ('portfolio import', ?, 0, 2), ('portfolio import', ?, 3, 1)", interrupted.getId(), interrupted.getId());

    imports.resumeAbandoned();

    await().atMost(Duration.ofSeconds(30)).until(() -> imports.get(interrupted.getId()).getStatus() == FileRunStatus.COMPLETED);
    PortfolioImport resumed = imports.get(interrupted.getId());
    assertThat(resumed.getRowsRead()).isEqualTo(5);
    assertThat(resumed.getRowsDone()).isEqualTo(5);
    assertThat(resumed.getRowsAlreadyDone()).isZero();
    for (String number : numbers) {
      assertThat(jdbc.queryForObject("select count(*) from account where account_number = ?", Integer.class, number))
          .as(number).isEqualTo(1);
    }
    assertThat(Files.exists(settings.getStagingDir().resolve(interrupted.getId() + ".csv"))).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from file_run_chunk where file_kind = 'portfolio import'"
        + " and file_id = ?", Integer.class, interrupted.getId())).as("a finished file's committed rows are forgotten").isZero();
  }

  private JsonNode submitAndWait(String csv) throws Exception {
    String location = mvc.perform(multipart("/api/portfolios")
            .file(new MockMultipartFile("file", "portfolio.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isAccepted())
        .andReturn().getResponse().getHeader("Location");
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      String status = view(location).get("status").asText();
      return status.equals("COMPLETED") || status.equals("FAILED");
    });
    return view(location);
  }

  private JsonNode view(String location) throws Exception {
    return json.readTree(mvc.perform(get(location).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private int countCases() {
    return jdbc.queryForObject("select count(*) from collection_case", Integer.class);
  }
}
