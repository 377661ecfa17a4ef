package org.recourse.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.recourse.account.ItemizationDateType;
import org.recourse.account.PhoneKind;
import org.recourse.account.Product;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CloseReason;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentRendering;
import org.recourse.correspondence.Documents;
import org.recourse.intake.internal.Placement;
import org.recourse.support.CaseDriver;
import org.recourse.support.EngineTest;
import org.recourse.support.TestData;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.internal.CaseFacts;
import org.recourse.casework.CollectionCase;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.PrintBatches;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Holds on the real engine: each one starts its work on the spine, stops what it must stop (contacts, letters, the
 * collector's work, the timers of monitoring), and lets it all go on once lifted; limitation periods and the
 * time-barred notice.
 */
@AutoConfigureMockMvc
class HoldsTest extends EngineTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  Documents documents;
  @Autowired
  DocumentRendering rendering;
  @Autowired
  PrintBatches printBatches;
  @Autowired
  CaseFacts caseFacts;
  @Autowired
  com.fasterxml.jackson.databind.ObjectMapper json;

  @Test
  void a_dispute_within_the_validation_period_stops_collection_until_the_verification_is_sent() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));

    hold(caseNumber, """
        {"kind": "DISPUTE", "disputeRequest": "VERIFICATION", "detail": "Says the balance includes a fee never agreed",
         "evidence": "Tear-off form received by post"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.withinValidationPeriod").value(true))
        .andExpect(jsonPath("$.pausesCollection").value(true));
    driver.runJobs(caseNumber);

    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "dispute-acknowledgement");
    call(caseNumber).andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("FDCPA-1692g(b)"));
    assertThatThrownBy(() -> driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"),
        Map.of("outcome", "PROMISE_TO_PAY", "promiseAmount", 100, "promiseDate", "2026-03-10")))
        .hasMessageContaining("Collection is on hold");
    assertThat(driver.task(caseNumber, "Task_WorkAccount")).isNotNull();

    driver.completeAs("collector", driver.task(caseNumber, "Task_VerifyDebt"),
        Map.of("verification", "VERIFIED", "notes", "Statement and agreement from the creditor"));
    driver.runJobs(caseNumber);

    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "dispute-acknowledgement", "verification");
    mvc.perform(get("/api/cases/{n}/holds", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(jsonPath("$[0].active").value(false))
        .andExpect(jsonPath("$[0].liftReason").value(containsString("Answered: Verification (in Spanish) dated")));
    call(caseNumber).andExpect(status().isCreated());
  }

  @Test
  void a_validation_notice_withheld_from_the_post_is_not_counted_as_sent_anywhere() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    assertThat(cases.require(caseNumber).getValidationPeriodEnds()).as("counted while it waits for the post")
        .isNotNull();
    hold(caseNumber, """
        {"kind": "DISPUTE", "disputeRequest": "VERIFICATION", "detail": "Says the fees were never agreed",
         "evidence": "Phone call"}""").andExpect(status().isCreated());
    driver.runJobs(caseNumber);
    rendering.renderPending();

    printBatches.cut("manager");

    Document notice = documents.ofCase(caseNumber).stream().filter(Document::isValidationNotice).findFirst()
        .orElseThrow();
    assertThat(notice.getStatus()).isEqualTo(DocumentStatus.WITHHELD);
    CollectionCase subject = cases.require(caseNumber);
    assertThat(subject.getValidationNoticeSentOn()).isNull();
    assertThat(subject.getValidationPeriodEnds()).isNull();
    assertThat(cases.history(subject)).extracting(CaseEvent::getDetail)
        .anyMatch(detail -> detail.startsWith("Validation notice not sent: FDCPA-1692g(b)"));
    assertThat(json.readTree(caseFacts.json(caseNumber)).path("validation").asText())
        .startsWith("not sent: FDCPA-1692g(b) — The debtor disputed the debt").doesNotContain("sent.;")
        .endsWith("no validation period runs until a notice goes out");
    assertThat(json.readTree(caseFacts.json(caseNumber)).path("history").get(0).path("when").asText())
        .as("a moment for staff: the business zone, named").isEqualTo("2026-03-04 10:00 EST");
    mvc.perform(get("/api/cases/{n}/legal-eligibility", caseNumber).with(httpBasic("manager", "manager")))
        .andExpect(jsonPath("$.reasons[*]").value(org.hamcrest.Matchers.hasItem(
            containsString("the validation notice has not been sent"))));
  }

  @Test
  void a_request_for_the_original_creditor_is_answered_with_the_name_and_address_found() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    hold(caseNumber, """
        {"kind": "DISPUTE", "disputeRequest": "ORIGINAL_CREDITOR", "evidence": "Letter of 3 March"}""")
        .andExpect(status().isCreated());
    driver.runJobs(caseNumber);

    assertThatThrownBy(() -> driver.completeAs("collector", driver.task(caseNumber, "Task_VerifyDebt"),
        Map.of("verification", "VERIFIED")))
        .hasMessageContaining("The original creditor's name is required");
    driver.completeAs("collector", driver.task(caseNumber, "Task_VerifyDebt"), Map.of("verification", "VERIFIED",
        "originalCreditorName", "First Mercantile Bank", "originalCreditorAddress", "200 Main St\nDallas, TX 75201"));
    driver.runJobs(caseNumber);
    rendering.renderPending();

    Document answer = documents.ofCase(caseNumber).stream().filter(d -> d.getKind().equals("original-creditor"))
        .findFirst().orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(documents.content(answer))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("First Mercantile Bank", "200 Main St",
          "Dallas, TX 75201");
    }
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
  }

  @Test
  void a_dispute_after_the_validation_period_is_worked_without_stopping_collection() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    CaseDriver.moveClock(Duration.ofDays(60));

    hold(caseNumber, """
        {"kind": "DISPUTE", "disputeRequest": "VERIFICATION", "evidence": "Call notes, written up"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.withinValidationPeriod").value(false))
        .andExpect(jsonPath("$.pausesCollection").value(false));
    driver.runJobs(caseNumber);

    assertThat(driver.task(caseNumber, "Task_VerifyDebt")).isNotNull();
    call(caseNumber).andExpect(status().isCreated());
  }

  @Test
  void bad_holds_are_refused_with_each_problem_named() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));

    hold(caseNumber, """
        {"kind": "BANKRUPTCY", "receivedOn": "2026-04-01", "evidence": " "}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("evidence")));
    hold(caseNumber, """
        {"kind": "BANKRUPTCY", "receivedOn": "2026-04-01", "evidence": "Notice of filing"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("receivedOn")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("detail")));
    hold(caseNumber, """
        {"kind": "DISPUTE", "evidence": "A letter"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("disputeRequest")));
    hold(caseNumber, """
        {"kind": "SURGERY", "evidence": "A letter"}""")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")));
    String bankruptcy = """
        {"kind": "BANKRUPTCY", "detail": "W.D. Tex. 26-10417, chapter 7", "evidence": "Notice of filing"}""";
    hold(caseNumber, bankruptcy).andExpect(status().isCreated());
    hold(caseNumber, bankruptcy).andExpect(status().isConflict());
    mvc.perform(post("/api/cases/{n}/holds", caseNumber).with(httpBasic("legal", "legal"))
            .contentType(MediaType.APPLICATION_JSON).content(bankruptcy))
        .andExpect(status().isForbidden());
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
    assertThat(driver.query(caseNumber).taskDefinitionKey("Task_FollowBankruptcy").count()).isOne();
  }

  @Test
  void a_bankruptcy_stops_everything_until_it_is_dismissed_and_a_discharge_closes_the_case() throws Exception {
    String dismissed = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    hold(dismissed, """
        {"kind": "BANKRUPTCY", "detail": "W.D. Tex. 26-10417, chapter 13", "evidence": "Notice of filing"}""")
        .andExpect(status().isCreated());
    call(dismissed).andExpect(jsonPath("$.rule").value("11-USC-362(a)"));
    mvc.perform(post("/api/cases/{n}/letters", dismissed).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"letter\":\"dispute-acknowledgement\"}"))
        .andExpect(status().isConflict());

    driver.completeAs("manager", driver.task(dismissed, "Task_FollowBankruptcy"),
        Map.of("bankruptcyOutcome", "DISMISSED", "notes", "Dismissed for failure to file schedules, 2026-04-20"));
    driver.runJobs(dismissed);
    call(dismissed).andExpect(status().isCreated());

    String discharged = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    hold(discharged, """
        {"kind": "BANKRUPTCY", "detail": "W.D. Tex. 26-10418, chapter 7", "evidence": "Notice of filing"}""")
        .andExpect(status().isCreated());
    driver.completeAs("manager", driver.task(discharged, "Task_FollowBankruptcy"),
        Map.of("bankruptcyOutcome", "DISCHARGED", "notes", "Discharge order of 2026-06-30"));
    driver.runJobs(discharged);
    assertThat(cases.require(discharged).getCloseReason()).isEqualTo(CloseReason.BANKRUPTCY_DISCHARGED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(discharged).count()).isZero();
  }

  @Test
  void a_deceased_debtor_is_contacted_only_through_the_named_representative() throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "400.00", null));
    hold(caseNumber, """
        {"kind": "DECEASED", "detail": "Obituary, Austin American-Statesman", "evidence": "Call from a relative"}""")
        .andExpect(status().isCreated());
    call(caseNumber).andExpect(jsonPath("$.rule").value("REGF-1006.6(a)(4)"));

    assertThatThrownBy(() -> driver.completeAs("collector", driver.task(caseNumber, "Task_FindRepresentative"),
        Map.of("estateOutcome", "NAMED", "representativeName", "Ana Lopez, executor",
            "representativeContact", "not a number")))
        .hasMessageContaining("phone or e-mail");
    driver.completeAs("collector", driver.task(caseNumber, "Task_FindRepresentative"),
        Map.of("estateOutcome", "NAMED", "representativeName", "Ana Lopez, executor",
            "representativeContact", "(512) 555-0199"));
    driver.runJobs(caseNumber);

    call(caseNumber).andExpect(status().isConflict());
    mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                {"channel": "CALL", "outbound": true, "result": "RIGHT_PARTY_CONTACT", "address": "+15125550199"}"""))
        .andExpect(status().isCreated());
  }

  @Test
  void a_dispute_while_a_plan_is_monitored_pauses_collection_and_it_resumes_after_verification_with_nothing_sent_between()
      throws Exception {
    String caseNumber = atTheCollector(TestData.placement(TestData.accountNumber(), "600.00", null));
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "PLAN_REQUESTED",
        "planInstallments", 3, "planFrequency", "MONTHLY", "planFirstDate", "2026-03-11"));
    driver.completeAs("collector", driver.task(caseNumber, "Task_ConfirmPlan"), Map.of("debtorAnswer", "ACCEPTED"));
    driver.runJobs(caseNumber);
    assertThat(driver.activities(caseNumber)).contains("Gateway_AwaitInstallment");

    hold(caseNumber, """
        {"kind": "DISPUTE", "disputeRequest": "VERIFICATION", "evidence": "Letter of 3 March"}""")
        .andExpect(status().isCreated());
    driver.runJobs(caseNumber);
    // The first installment falls due unpaid, and its grace period passes; then another day, and another.
    for (int day = 0; day < 3; day++) {
      CaseDriver.moveClock(Duration.ofDays(day == 0 ? 13 : 1));
      driver.runJobs(caseNumber);
    }
    assertThat(driver.activities(caseNumber)).contains("CallActivity_HoldBeforeJudging", "Gateway_AwaitLift")
        .doesNotContain("Task_JudgeInstallment");
    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "dispute-acknowledgement");

    driver.completeAs("collector", driver.task(caseNumber, "Task_VerifyDebt"), Map.of("verification", "VERIFIED"));
    driver.runJobs(caseNumber);

    assertThat(kinds(caseNumber)).containsExactly("validation-notice", "plan-agreement", "dispute-acknowledgement",
        "verification", "installment-reminder");
    List<Document> sent = documents.ofCase(caseNumber);
    assertThat(sent.get(4).getCreatedAt()).isAfterOrEqualTo(sent.get(3).getCreatedAt());
    assertThat(driver.activities(caseNumber)).contains("Gateway_AwaitInstallment");
  }

  @Test
  void the_limitation_period_is_shown_and_a_time_barred_california_debt_carries_the_notice() throws Exception {
    String caseNumber = atTheCollector(californian("2019-06-30", "2019-01-15", "2019-01-02"));
    rendering.renderPending();

    mvc.perform(get("/api/cases/{n}/limitation", caseNumber).with(httpBasic("collector", "collector")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CA"))
        .andExpect(jsonPath("$.years").value(4))
        .andExpect(jsonPath("$.startDate").value("2019-01-15"))
        .andExpect(jsonPath("$.expiresOn").value("2023-01-15"))
        .andExpect(jsonPath("$.timeBarred").value(true))
        .andExpect(jsonPath("$.disclosureRequired").value(true));
    Document notice = documents.ofCase(caseNumber).get(0);
    try (PDDocument pdf = Loader.loadPDF(documents.content(notice))) {
      assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Notice about the age of this debt.",
          "The law limits how long you can be sued on a debt.", "you will not be sued for it");
    }

    // Refused: the time-barred debt is closed rather than demanded under threat of suit.
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"), Map.of("outcome", "REFUSES"));
    driver.runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.TIME_BARRED);
    assertThat(kinds(caseNumber)).doesNotContain("final-demand");

    String recent = atTheCollector(californian("2025-06-30", "2025-01-15", "2025-01-02"));
    rendering.renderPending();
    try (PDDocument pdf = Loader.loadPDF(documents.content(documents.ofCase(recent).get(0)))) {
      assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("The law limits how long");
    }
  }

  private ResultActions hold(String caseNumber, String json) throws Exception {
    return mvc.perform(post("/api/cases/{n}/holds", caseNumber).with(httpBasic("collector", "collector"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions call(String caseNumber) throws Exception {
    return mvc.perform(post("/api/cases/{n}/contacts", caseNumber).with(httpBasic("collector", "collector"))
        .contentType(MediaType.APPLICATION_JSON).content("""
            {"channel": "CALL", "outbound": true, "result": "NO_ANSWER", "address": "+15125550147"}"""));
  }

  private List<String> kinds(String caseNumber) {
    return documents.ofCase(caseNumber).stream().map(Document::getKind).toList();
  }

  /** A Los Angeles debtor's charged-off card, with the given charge-off, last payment and delinquency dates. */
  private static Placement californian(String chargedOff, String lastPaid, String delinquent) {
    BigDecimal owed = new BigDecimal("950.00");
    return new Placement(TestData.CREDITOR, TestData.accountNumber(), "Test Creditor Bank", "Test Creditor Bank",
        Product.CREDIT_CARD, "USD", new Placement.Itemization(ItemizationDateType.CHARGE_OFF,
            LocalDate.parse(chargedOff), owed, null, null, null),
        LocalDate.parse(chargedOff), owed, LocalDate.parse(lastPaid), new BigDecimal("40.00"),
        LocalDate.parse(delinquent),
        new Placement.Debtor("Daniel", "Reyes", LocalDate.of(1979, 8, 14), "en",
            new Placement.Address("455 S Spring St", null, "Los Angeles", "CA", "90013"),
            List.of(new Placement.Phone("(213) 555-0147", PhoneKind.MOBILE)), List.of()));
  }
}
