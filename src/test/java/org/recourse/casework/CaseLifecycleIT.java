package org.recourse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whole cases on PostgreSQL, through the API and the tasks people complete: from placement to closure along the
 * main paths, with the job executor off so that each step runs when the test says, and time moved on the engine's
 * clock where the process waits for days.
 */
@SpringBootTest(properties = "recourse.it.schema=recourse_it")
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class CaseLifecycleIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  CollectionCases cases;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  org.springframework.context.ApplicationContext context;

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void runs_on_postgresql() {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("recourse_it");
  }

  @Test
  void a_plan_is_agreed_monitored_and_paid_off_by_payments_from_outside_and_the_case_closes_paid_in_full() throws Exception {
    String caseNumber = placeAndReachCollector("1200.00");
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_COLLECTION);
    String firstDue = LocalDate.now(ZoneId.of("America/New_York")).plusDays(7).toString();

    completeAs("collector", workTask(caseNumber), Map.of("outcome", "PLAN_REQUESTED", "planInstallments", 3,
        "planFrequency", "MONTHLY", "planFirstDate", firstDue, "notes", "Agreed on the phone"));
    confirmPlan(caseNumber);
    runJobs(caseNumber);

    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_ARRANGEMENT);
    assertThat(cases.require(caseNumber).getAssignedCollector()).isEqualTo("collector");
    // The form's fields were recorded and consumed: the spine keeps the routing facts only.
    var spine = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("collection-case").singleResult();
    assertThat(runtime.getVariables(spine.getId()).keySet()).containsExactlyInAnyOrder("priority", "queue",
        "contactOutcome", "contactAttemptsExhausted", "arrangementId", "negotiationOutcome", "validationPeriodOver");
    assertThat(activities(caseNumber)).contains("Gateway_AwaitInstallment");

    pay(caseNumber, "PLAN-1-" + caseNumber, "415.00").andExpect(status().isCreated())
        .andExpect(jsonPath("$.balance").value(820.00));
    pay(caseNumber, "PLAN-1-" + caseNumber, "415.00").andExpect(status().isOk())
        .andExpect(jsonPath("$.alreadyPosted").value(true)).andExpect(jsonPath("$.balance").value(820.00));
    runJobs(caseNumber);
    pay(caseNumber, "PLAN-2-" + caseNumber, "820.00").andExpect(status().isCreated())
        .andExpect(jsonPath("$.balance").value(0.00));
    runJobs(caseNumber);

    CollectionCase closed = cases.require(caseNumber);
    assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.getCloseReason()).isEqualTo(CloseReason.PAID_IN_FULL);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    mvc.perform(get("/api/cases/" + caseNumber).with(httpBasic("manager", "manager")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.balance").value(0.00))
        .andExpect(jsonPath("$.history[?(@.kind == 'ARRANGEMENT_AGREED')]").exists())
        .andExpect(jsonPath("$.history[?(@.kind == 'PAYMENT_POSTED')].actor").value(org.hamcrest.Matchers.hasItem("admin")));
  }

  @Test
  void a_task_form_is_served_the_case_facts_as_they_are_now_and_the_engine_stores_only_the_case_number()
      throws Exception {
    String caseNumber = placeAndReachCollector("1200.00");
    Task work = workTask(caseNumber);
    assertThat(work.getName()).isEqualTo("Work the account · " + caseNumber + " · Maria Lopez · $1,235.00");
    assertThat(jdbc.queryForMap("select type_, text_, text2_, bytearray_id_ from act_ru_variable"
        + " where task_id_ = ? and name_ = 'caseFacts'", work.getId()))
        .containsEntry("type_", "recourse-served-json").containsEntry("text_", caseNumber)
        .containsEntry("text2_", "caseFacts").containsEntry("bytearray_id_", null);

    pay(caseNumber, "SERVED-" + caseNumber, "200.00").andExpect(status().isCreated());

    // What Tasklist asks for when it opens the form (GET /task/{id}/form-variables, values not deserialized).
    var served = context.getBean(org.camunda.bpm.engine.FormService.class)
        .getTaskFormVariables(work.getId(), List.of("caseFacts"), false).getValueTyped("caseFacts");
    assertThat(served.getType().getName()).isEqualTo("json");
    String facts = ((org.camunda.bpm.engine.variable.value.SerializableValue) served).getValueSerialized();
    assertThat(facts).contains("\"caseNumber\":\"" + caseNumber + "\"", "\"balance\":\"$1,035.00\"",
        "\"phoneChoices\":[{", "payment posted");
  }

  @Test
  void missed_installments_default_the_plan_and_the_case_goes_from_final_demand_to_legal_and_closes_with_its_outcome()
      throws Exception {
    String caseNumber = placeAndReachCollector("1200.00");
    String firstDue = LocalDate.now(ZoneId.of("America/New_York")).plusDays(1).toString();
    completeAs("collector", workTask(caseNumber), Map.of("outcome", "PLAN_REQUESTED", "planInstallments", 3,
        "planFrequency", "WEEKLY", "planFirstDate", firstDue));
    confirmPlan(caseNumber);
    runJobs(caseNumber);

    // Two installments pass unpaid, each judged after its grace period.
    for (int week = 0; week < 2; week++) {
      moveClock(Duration.ofDays(14));
      runJobs(caseNumber);
    }
    // A first default goes back to the collector to arrange again; the debtor refuses.
    completeAs("collector", workTask(caseNumber), Map.of("outcome", "REFUSES", "notes", "Will not pay any more"));
    runJobs(caseNumber);
    // No demand inside the validation period: the case waits for the day after it.
    assertThat(activities(caseNumber)).contains("Timer_ValidationPeriodOver");
    LocalDate periodEnds = cases.require(caseNumber).getValidationPeriodEnds();
    assertThat(periodEnds).isAfter(LocalDate.now(ZoneId.of("America/New_York")));
    ClockUtil.setCurrentTime(java.util.Date.from(periodEnds.plusDays(1).atStartOfDay(ZoneId.of("America/New_York"))
        .toInstant().plusSeconds(60)));
    runJobs(caseNumber);
    assertThat(activities(caseNumber)).contains("Timer_FinalDemandPeriodOver");
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.FINAL_DEMAND);
    // The final demand goes out with the day's print batch: legal eligibility asks that it was sent.
    new org.recourse.support.ReferralDriver(context).postLetters(caseNumber);

    // Past the day the demand asks payment by: 30 days from its date, the next mailing day.
    moveClock(Duration.ofDays(35));
    runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.LEGAL);
    Task approval = singleTask(caseNumber);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveReferral");
    assertThat(visibleTo("collector", caseNumber)).isEmpty();
    // Legal works the referral process by a grant on it (security.WorkGrants): it reads the manager's approval
    // there, and cannot take or complete it (EngineRestAccessTest).
    assertThat(visibleTo("legal", caseNumber)).containsExactly("Task_ApproveReferral");
    completeAs("manager", approval, Map.of("approval", "APPROVED"));
    runJobs(caseNumber);
    Task review = singleTask(caseNumber);
    assertThat(visibleTo("collector", caseNumber)).isEmpty();
    assertThat(visibleTo("legal", caseNumber)).containsExactly("Task_ReviewReferral");

    completeAs("legal", review, Map.of("review", "ACCEPT"));
    completeAs("legal", singleTask(caseNumber), Map.of("court", "Travis County Justice Court", "courtCaseNumber",
        "J5-CV-1", "filedOn", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("America/New_York"))
            .toString()));
    pay(caseNumber, "LEGAL-" + caseNumber, cases.balance(caseNumber).toPlainString()).andExpect(status().isCreated());
    runJobs(caseNumber);

    CollectionCase closed = cases.require(caseNumber);
    assertThat(closed.getCloseReason()).isEqualTo(CloseReason.LEGAL_PAID_IN_FULL);
    // The default cancelled the installment still to come; the payment at legal leaves the defaulted plan as it was.
    assertThat(jdbc.queryForList("select i.status from installment i join arrangement a on a.id = i.arrangement_id "
        + "where a.case_id = ? order by seq", String.class, closed.getId()))
        .containsExactly("MISSED", "MISSED", "CANCELLED");
    // Every letter the case reached, once each, in order, and the court packet.
    assertThat(jdbc.queryForList("select kind from document where case_id = ? order by created_at, id", String.class,
        closed.getId())).containsExactly("validation-notice", "plan-agreement", "installment-reminder", "plan-default",
            "final-demand", "court-packet", "court-packet-parts", "paid-in-full");
  }

  @Test
  void a_settlement_beyond_authority_needs_another_manager_and_once_paid_closes_the_case_as_settled() throws Exception {
    String caseNumber = placeAndReachCollector("2000.00");
    String due = LocalDate.now(ZoneId.of("America/New_York")).plusDays(10).toString();

    // A manager takes the call and proposes 40 % off: beyond a collector's authority.
    completeAs("manager", workTask(caseNumber), Map.of("outcome", "SETTLEMENT_REQUESTED",
        "settlementAmount", 1221.00, "settlementDate", due));
    Task approval = singleTask(caseNumber);
    assertThat(approval.getTaskDefinitionKey()).isEqualTo("Task_ApproveSettlement");
    // Collectors work the negotiation by a grant on it: they read the approval, and cannot take or complete it.
    assertThat(visibleTo("collector", caseNumber)).containsExactly("Task_ApproveSettlement");

    // Four eyes: the proposer may not approve.
    assertThatThrownBy(() -> completeAs("manager", approval, Map.of("decision", "APPROVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("another approver must decide");
    completeAs("manager2", approval, Map.of("decision", "APPROVE", "decisionNote", "Hardship documented"));
    runJobs(caseNumber);
    // The approved offer goes to the debtor in writing; the manager who proposed it records the acceptance.
    Task answer = singleTask(caseNumber);
    assertThat(answer.getTaskDefinitionKey()).isEqualTo("Task_RecordOfferAnswer");
    assertThat(answer.getAssignee()).isEqualTo("manager");
    completeAs("manager", answer, Map.of("debtorAnswer", "ACCEPTED"));
    runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getStatus()).isEqualTo(CaseStatus.IN_ARRANGEMENT);

    pay(caseNumber, "SETTLE-" + caseNumber, "1221.00").andExpect(status().isCreated());
    runJobs(caseNumber);

    CollectionCase closed = cases.require(caseNumber);
    assertThat(closed.getCloseReason()).isEqualTo(CloseReason.SETTLED);
    assertThat(cases.balance(caseNumber)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void a_refusal_in_the_form_is_explained_and_nothing_is_recorded() {
    String caseNumber = placeAndReachCollector("500.00");
    Task work = workTask(caseNumber);

    assertThatThrownBy(() -> completeAs("collector", work, Map.of("outcome", "PROMISE_TO_PAY",
        "promiseAmount", 900, "promiseDate", LocalDate.now().plusDays(3).toString())))
        .hasMessageContaining("more than the balance of $535.00");
    assertThatThrownBy(() -> completeAs("collector", work, Map.of("outcome", "PLAN_REQUESTED",
        "planInstallments", 60, "planFrequency", "WEEKLY", "planFirstDate", LocalDate.now().plusDays(3).toString())))
        .hasMessageContaining("between 2 and 36 installments");

    assertThat(tasks.createTaskQuery().taskId(work.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from arrangement a join collection_case c on c.id = a.case_id "
        + "where c.case_number = ?", Integer.class, caseNumber)).isZero();
  }

  @Test
  void a_recall_closes_the_case_wherever_it_stands_and_a_second_recall_is_a_conflict() throws Exception {
    String caseNumber = placeAndReachCollector("750.00");

    mvc.perform(post("/api/cases/" + caseNumber + "/recall").with(httpBasic("manager", "manager"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Account sold to another agency\"}"))
        .andExpect(status().isAccepted());
    runJobs(caseNumber);
    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.RECALLED);

    mvc.perform(post("/api/cases/" + caseNumber + "/recall").with(httpBasic("manager", "manager"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"again\"}"))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/cases/" + caseNumber + "/recall").with(httpBasic("manager", "manager"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
  }

  @Test
  void unanswered_attempts_lead_to_a_trace_and_an_unlocated_debtor_closes_the_case_as_uncollectable() {
    String caseNumber = placeAndReachCollector("640.00");
    for (int attempt = 1; attempt <= 5; attempt++) {
      completeAs("collector", workTask(caseNumber), Map.of("outcome", "NO_CONTACT", "notes", "attempt " + attempt));
      if (attempt < 5) {
        moveClock(Duration.ofDays(3));
        runJobs(caseNumber);
      }
    }
    Task trace = singleTask(caseNumber);
    assertThat(trace.getTaskDefinitionKey()).isEqualTo("Task_TraceDebtor");
    assertThatThrownBy(() -> completeAs("collector", trace, Map.of("located", true)))
        .hasMessageContaining("needs the new phone number or address");

    completeAs("collector", trace, Map.of("located", false, "notes", "Skip-trace sources exhausted"));
    runJobs(caseNumber);

    assertThat(cases.require(caseNumber).getCloseReason()).isEqualTo(CloseReason.UNCOLLECTABLE);
  }

  // ---------------------------------------------------------------------------------------------------------------

  private String placeAndReachCollector(String amount) {
    try {
      String location = mvc.perform(post("/api/accounts").with(httpBasic("admin", "admin"))
              .contentType(MediaType.APPLICATION_JSON).content(TestData.placementJson(TestData.accountNumber(), amount)))
          .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
      String caseNumber = location.substring(location.lastIndexOf('/') + 1);
      runJobs(caseNumber);
      return caseNumber;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private org.springframework.test.web.servlet.ResultActions pay(String caseNumber, String reference, String amount)
      throws Exception {
    return mvc.perform(post("/api/payments").with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"caseNumber": "%s", "reference": "%s", "amount": %s, "receivedOn": "%s"}
            """.formatted(caseNumber, reference, amount, LocalDate.now(ZoneId.of("America/New_York")))));
  }

  /** Runs every job of the case that is due now, until none is left. */
  private void runJobs(String caseNumber) {
    for (int round = 0; round < 50; round++) {
      List<String> ids = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
          .map(pi -> pi.getId()).toList();
      if (ids.isEmpty()) {
        return;
      }
      List<Job> due = management.createJobQuery().processInstanceIds(new java.util.HashSet<>(ids)).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs of " + caseNumber + " keep coming");
  }

  /** The collector reads the plan's schedule to the debtor, who agrees to it. */
  private void confirmPlan(String caseNumber) {
    Task confirm = singleTask(caseNumber);
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo("Task_ConfirmPlan");
    completeAs("collector", confirm, Map.of("debtorAnswer", "ACCEPTED"));
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + by.toMillis()));
  }

  private List<String> activities(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .flatMap(pi -> runtime.getActiveActivityIds(pi.getId()).stream()).toList();
  }

  private Task workTask(String caseNumber) {
    Task task = singleTask(caseNumber);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_WorkAccount");
    return task;
  }

  private Task singleTask(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  /** The tasks of a case that a user sees, with the engine's authorization checks on. */
  private List<String> visibleTo(String user, String caseNumber) {
    identity.setAuthentication(user, TestData.groupsOf(user));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
          .map(Task::getTaskDefinitionKey).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void completeAs(String user, Task task, Map<String, Object> form) {
    identity.setAuthentication(user, TestData.groupsOf(user));
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }
}
