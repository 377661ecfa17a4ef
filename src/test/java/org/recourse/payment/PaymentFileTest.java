package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.payment.internal.PaymentFileRepository;
import org.recourse.payment.internal.PaymentSettings;
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

/**
 * Payment files: good rows posted (each heard by its case once), bad rows reported by line and column, a file
 * posted again changes nothing, a file cut off resumes after its last committed row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class PaymentFileTest {

  static final String HEADER = "case_number,reference,amount,received_on,description";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  AccountIntake intake;
  @Autowired
  Ledger ledger;
  @Autowired
  Payments payments;
  @Autowired
  PayableCases cases;
  @Autowired
  PaymentFiles files;
  @Autowired
  PaymentFileRepository fileRepository;
  @Autowired
  PaymentSettings settings;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TransactionTemplate transaction;

  private final String today = LocalDate.now(ZoneId.of("America/New_York")).toString();

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  @AfterEach
  void usualChunks() {
    settings.setChunkSize(250);
  }

  @Test
  void good_rows_are_posted_and_each_bad_row_comes_back_with_its_line_and_column() throws Exception {
    // Four rows per transaction, so that the file's own repeated reference lies in another chunk.
    settings.setChunkSize(4);
    String a = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    String b = Accounts.place(intake, "2000.00", null, null, null);
    String tag = a.substring(3);
    payments.receive(a, new Payment("API-1-" + tag, new BigDecimal("10.00"), LocalDate.now(), null), "manager");
    payments.receive(a, new Payment("API-2-" + tag, new BigDecimal("20.00"), LocalDate.now(), null), "manager");
    String usDate = LocalDate.parse(today).minusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    String csv = String.join("\n",
        HEADER,                                                        // line 1
        row(a, "F-1-" + tag, "100.00", today, "Bank transfer"),       // line 2: posted
        row("RC-9999999", "F-2-" + tag, "10.00", today, ""),          // line 3: no such case
        row(a, "F-3-" + tag, "abc", today, ""),                       // line 4: not an amount
        row(a, "F-4-" + tag, "0.00", today, ""),                      // line 5: zero
        row(a, "F-5-" + tag, "10.00", "2999-01-01", ""),              // line 6: in the future
        row(a, "API-1-" + tag, "15.00", today, ""),                   // line 7: the reference of another payment
        row(a, "API-2-" + tag, "20.00", today, ""),                   // line 8: posted before over the API
        row(a, "F-1-" + tag, "100.00", today, ""),                    // line 9: repeats line 2, two chunks on
        row(b, "F-6-" + tag, "\"$1,234.56\"", usDate, "Check 1001"),  // line 10: posted
        row(b, "F-7-" + tag, "-5.00", today, ""));                    // line 11: negative
    BigDecimal balanceA = balance(a);
    int postedEventsA = postedEvents(a);

    JsonNode done = submitAndWait(csv);

    assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("rowsRead").asLong()).isEqualTo(10);
    assertThat(done.get("posted").asLong()).isEqualTo(2);
    assertThat(done.get("alreadyPosted").asLong()).isEqualTo(1);
    assertThat(done.get("rejected").asLong()).isEqualTo(7);
    assertThat(balance(a)).isEqualByComparingTo(balanceA.subtract(new BigDecimal("100.00")));
    assertThat(balance(b)).isEqualByComparingTo("765.44");
    // Each posted row reached its case once (the case's history records every PaymentReceived).
    assertThat(postedEvents(a)).isEqualTo(postedEventsA + 1);
    assertThat(postedEvents(b)).isEqualTo(1);

    List<String> lines = reportLines(done);
    assertThat(lines).containsExactly(
        "3 REJECTED case_number: there is no case RC-9999999",
        "4 REJECTED amount: 'abc' is not an amount (1234.56 or $1,234.56)",
        "5 REJECTED amount: '0.00' is not more than zero",
        "6 REJECTED received_on: 2999-01-01 is in the future",
        "7 REJECTED reference: reference API-1-" + tag + " was already posted for another case or amount",
        "8 ALREADY_POSTED reference: already posted on " + today + "; nothing changed",
        "9 REJECTED reference: reference F-1-" + tag + " appears earlier in this file; this row is not posted",
        "11 REJECTED amount: '-5.00' is not more than zero");

    mvc.perform(get(done.get("report").asText()).with(httpBasic("manager", "manager")).accept("text/csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", containsString("text/csv")))
        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
            .startsWith("line,kind,column,reference,message")
            .contains("6,REJECTED,received_on,F-5-" + tag + ",2999-01-01 is in the future"));
  }

  @Test
  void a_file_posted_again_changes_nothing() throws Exception {
    String a = Accounts.place(intake, "400.00", null, "35.00", null);
    String tag = a.substring(3);
    String csv = String.join("\n", HEADER,
        row(a, "G-1-" + tag, "50.00", today, ""),
        row(a, "G-2-" + tag, "60.00", today, ""),
        row(a, "G-1-" + tag, "50.00", today, ""),
        row(a, "G-3-" + tag, "x", today, ""));
    JsonNode first = submitAndWait(csv);
    assertThat(first.get("posted").asLong()).isEqualTo(2);
    assertThat(first.get("rejected").asLong()).isEqualTo(2);
    BigDecimal balance = balance(a);
    int entries = ledger.entries(accountOf(a)).size();
    int events = postedEvents(a);

    JsonNode again = submitAndWait(csv);

    assertThat(again.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(again.get("posted").asLong()).isZero();
    assertThat(again.get("alreadyPosted").asLong()).isEqualTo(2);
    assertThat(again.get("rejected").asLong()).isEqualTo(2);
    assertThat(balance(a)).isEqualByComparingTo(balance).isEqualByComparingTo("325.00");
    assertThat(ledger.entries(accountOf(a))).hasSize(entries);
    assertThat(postedEvents(a)).isEqualTo(events);
    assertThat(reportLines(first)).containsExactly(
        "4 REJECTED reference: reference G-1-" + tag + " appears earlier in this file (line 2); this row is not posted",
        "5 REJECTED amount: 'x' is not an amount (1234.56 or $1,234.56)");
    assertThat(reportLines(again)).startsWith(
        "2 ALREADY_POSTED reference: already posted on " + today + " from payment file " + first.get("id").asLong()
            + "; nothing changed");
  }

  @Test
  void a_file_without_a_required_column_is_refused_at_once_naming_it() throws Exception {
    long filesBefore = fileRepository.count();

    mvc.perform(multipart("/api/payment-files")
            .file(new MockMultipartFile("file", "payments.csv", "text/csv",
                "Case_Number,Reference,Amount\nRC-0000001,X-1,10.00\n".getBytes(StandardCharsets.UTF_8)))
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("received_on"))
        .andExpect(jsonPath("$.errors[0].message").value("is a required column and is missing"));
    mvc.perform(multipart("/api/payment-files")
            .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    mvc.perform(multipart("/api/payment-files")
            .file(new MockMultipartFile("file", "p.csv", "text/csv", (HEADER + "\n").getBytes(StandardCharsets.UTF_8)))
            .with(httpBasic("collector", "collector")))
        .andExpect(status().isForbidden());

    assertThat(fileRepository.count()).isEqualTo(filesBefore);
    try (var staged = Files.list(settings.getStagingDir())) {
      assertThat(staged.filter(path -> path.getFileName().toString().startsWith("upload-"))).isEmpty();
    }
  }

  @Test
  void a_file_whose_node_stopped_is_resumed_after_its_last_committed_row_and_posts_each_row_once() throws Exception {
    String a = Accounts.place(intake, "900.00", null, null, null);
    String tag = a.substring(3);
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      rows.add(row(a, "H-" + i + "-" + tag, "10.00", today, ""));
    }
    // The node had committed the first two rows when it stopped.
    assertThat(submitAndWait(HEADER + "\n" + rows.get(0) + "\n" + rows.get(1)).get("posted").asLong()).isEqualTo(2);
    PaymentFile interrupted = transaction.execute(status -> fileRepository.save(
        new PaymentFile("payments.csv", "manager", Instant.now().minus(Duration.ofMinutes(10)))));
    Files.createDirectories(settings.getStagingDir());
    Files.writeString(settings.getStagingDir().resolve(interrupted.getId() + ".csv"),
        HEADER + "\n" + String.join("\n", rows));
    jdbc.update("update payment_file set status = 'RUNNING', rows_read = 2, rows_posted = 2, heartbeat_at = ?, "
        + "owner = 'a-node-that-died' where id = ?", Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))),
        interrupted.getId());
    // The chunk it had committed: the first two rows.
    jdbc.update("insert into file_run_chunk (file_kind, file_id, first_row, row_count) values ('payment file', ?, 0, 2)",
        interrupted.getId());

    files.resumeAbandoned();

    await().atMost(Duration.ofSeconds(30))
        .until(() -> files.get(interrupted.getId()).getStatus() == FileRunStatus.COMPLETED);
    PaymentFile resumed = files.get(interrupted.getId());
    assertThat(resumed.getRowsRead()).isEqualTo(5);
    assertThat(resumed.getRowsDone()).isEqualTo(5);
    assertThat(resumed.getRowsAlreadyDone()).isZero();
    for (int i = 1; i <= 5; i++) {
      assertThat(jdbc.queryForObject("select count(*) from ledger_entry where reference = ?", Integer.class,
          "H-" + i + "-" + tag)).isEqualTo(1);
    }
    assertThat(balance(a)).isEqualByComparingTo("850.00");
    assertThat(Files.exists(settings.getStagingDir().resolve(interrupted.getId() + ".csv"))).isFalse();
  }

  static String row(String caseNumber, String reference, String amount, String receivedOn, String description) {
    return String.join(",", caseNumber, reference, amount, receivedOn, description);
  }

  private JsonNode submitAndWait(String csv) throws Exception {
    String location = mvc.perform(multipart("/api/payment-files")
            .file(new MockMultipartFile("file", "payments.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .with(httpBasic("manager", "manager")))
        .andExpect(status().isAccepted())
        .andReturn().getResponse().getHeader("Location");
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      String status = view(location).get("status").asText();
      return status.equals("COMPLETED") || status.equals("FAILED");
    });
    return view(location);
  }

  private JsonNode view(String location) throws Exception {
    return json.readTree(mvc.perform(get(location).with(httpBasic("collector", "collector")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private List<String> reportLines(JsonNode file) throws Exception {
    JsonNode report = json.readTree(mvc.perform(get(file.get("report").asText()).with(httpBasic("manager", "manager"))
        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    List<String> lines = new ArrayList<>();
    report.get("content").forEach(line -> lines.add(line.get("line").asLong() + " " + line.get("kind").asText() + " "
        + line.get("column").asText() + ": " + line.get("message").asText()));
    return lines;
  }

  private long accountOf(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().accountId();
  }

  private BigDecimal balance(String caseNumber) {
    return ledger.balance(accountOf(caseNumber));
  }

  private int postedEvents(String caseNumber) {
    return jdbc.queryForObject("select count(*) from case_event where case_id = ? and kind = 'PAYMENT_POSTED'",
        Integer.class, accountOf(caseNumber));
  }
}
