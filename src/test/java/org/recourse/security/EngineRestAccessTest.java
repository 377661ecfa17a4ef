package org.recourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.support.CaseDriver;
import org.recourse.support.ReferralDriver;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's REST API is open to the same people as Tasklist: it keeps the same promises as Recourse's API. A
 * collector works the tasks offered to them and nothing else; nobody decides what they proposed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("h2test")
class EngineRestAccessTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  IdentityService identity;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  TaskService tasks;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  FilterService filters;
  @Autowired
  IdentitySetup setup;

  private ReferralDriver referral;
  private CaseDriver driver;

  /**
   * The engine REST API finds its engine by name in a registry of the JVM, where every test context's engine is
   * "default": the last started wins. This test's requests are for this context's engine.
   */
  @BeforeEach
  void engineRestUsesThisContextsEngine(@Autowired ProcessEngine engine) {
    ProcessEngines.registerProcessEngine(engine);
  }

  @BeforeEach
  void aWednesdayMorning() {
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2026, 3, 4).atTime(10, 0)
        .atZone(java.time.ZoneId.of("America/New_York")).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    referral = new ReferralDriver(context);
    driver = referral.cases();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void a_collector_works_their_own_task_and_cannot_take_or_hand_on_someone_elses() throws Exception {
    String caseNumber = referral.placed("1200.00");
    Task work = driver.task(caseNumber, "Task_WorkAccount");

    assertThat(call("collector2", "POST", "/task/" + work.getId() + "/claim", "{\"userId\": \"collector\"}"))
        .as("claiming for someone else").isEqualTo(403);
    assertThat(call("collector2", "POST", "/task/" + work.getId() + "/claim", "{\"userId\": \"collector2\"}"))
        .isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isEqualTo("collector2");

    assertThat(call("collector", "POST", "/task/" + work.getId() + "/claim", "{\"userId\": \"collector\"}"))
        .as("claiming a colleague's task").isEqualTo(409);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/unclaim", ""))
        .as("unclaiming a colleague's task").isEqualTo(403);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/assignee", "{\"userId\": \"collector\"}"))
        .as("reassigning it").isEqualTo(403);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/delegate", "{\"userId\": \"collector\"}"))
        .as("delegating it").isEqualTo(403);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": \"NO_ANSWER\"}}}")).as("completing it").isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(work.getId()).singleResult().getAssignee()).isEqualTo("collector2");

    // Their own task: what Tasklist does, and no more.
    assertThat(call("collector2", "GET", "/task/" + work.getId() + "/form-variables", null)).isEqualTo(200);
    assertThat(call("collector2", "POST", "/task/" + work.getId() + "/variables",
        "{\"modifications\": {\"contactOutcome\": {\"value\": \"PROMISE\"}}}")).as("setting variables").isEqualTo(403);
    assertThat(call("collector2", "PUT", "/task/" + work.getId() + "/variables/queue", "{\"value\": \"digital\"}"))
        .isEqualTo(403);
    assertThat(call("collector2", "POST", "/process-instance/" + work.getProcessInstanceId() + "/variables",
        "{\"modifications\": {\"queue\": {\"value\": \"digital\"}}}")).isEqualTo(403);
    assertThat(call("collector2", "POST", "/task/" + work.getId() + "/unclaim", "")).as("handing it back")
        .isEqualTo(204);
  }

  @Test
  void a_collector_cannot_decide_for_a_manager_correlate_messages_or_start_processes() throws Exception {
    String caseNumber = referral.placed("1200.00");
    String approval = settlementAwaitingApproval(caseNumber, "collector");

    assertThat(call("collector", "POST", "/task/" + approval + "/claim", "{\"userId\": \"collector\"}"))
        .isEqualTo(403);
    assertThat(call("collector", "POST", "/task/" + approval + "/complete",
        "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")).isEqualTo(403);
    assertThat(call("collector", "POST", "/task/" + approval + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(approval).count()).as("still waiting for a manager").isOne();

    for (String message : new String[] {"PaidInFull", "AccountRecalled"}) {
      assertThat(call("collector", "POST", "/message",
          "{\"messageName\": \"" + message + "\", \"businessKey\": \"" + caseNumber + "\"}")).as(message)
          .isEqualTo(403);
    }
    assertThat(driver.activities(caseNumber)).as("nothing correlated").contains("Task_ApproveSettlement");
    assertThat(call("collector", "POST", "/process-definition/key/collection-case/start",
        "{\"businessKey\": \"RC-9999998\"}")).isEqualTo(403);
    assertThat(call("collector", "POST", "/task/create", "{\"name\": \"A task of my own\"}")).isEqualTo(403);
  }

  @Test
  void a_collector_reads_nothing_of_a_case_with_legal() throws Exception {
    String caseNumber = referral.placed("2400.00");
    referral.toApproval(caseNumber);
    referral.approve(caseNumber);
    Task review = driver.task(caseNumber, "Task_ReviewReferral");
    String legalProcess = review.getProcessInstanceId();

    assertThat(call("legal", "GET", "/task/" + review.getId() + "/variables", null)).isEqualTo(200);
    assertThat(call("collector", "GET", "/task/" + review.getId() + "/variables", null)).isEqualTo(403);
    assertThat(call("collector", "GET", "/task/" + review.getId(), null)).isEqualTo(404);
    for (String query : new String[] {"/variable-instance?processInstanceIdIn=" + legalProcess,
        "/history/variable-instance?processInstanceId=" + legalProcess,
        "/history/process-instance?processInstanceId=" + legalProcess,
        "/history/task?processInstanceId=" + legalProcess,
        "/history/activity-instance?processInstanceId=" + legalProcess,
        "/history/detail?processInstanceId=" + legalProcess,
        "/task?processInstanceBusinessKey=" + caseNumber}) {
      Response answer = get("collector", query);
      assertThat(answer.status()).as(query).isEqualTo(200);
      assertThat(answer.body()).as(query).isEqualTo("[]");
    }
    assertThat(get("manager", "/history/variable-instance?processInstanceId=" + legalProcess).body())
        .as("a manager reads it").isNotEqualTo("[]");
  }

  @Test
  void the_proposer_of_a_settlement_or_a_referral_cannot_approve_it_through_the_engine() throws Exception {
    String settled = referral.placed("1200.00");
    String approval = settlementAwaitingApproval(settled, "manager");
    assertThat(call("manager", "POST", "/task/" + approval + "/claim", "{\"userId\": \"manager\"}")).isEqualTo(204);
    assertThat(call("manager", "POST", "/task/" + approval + "/submit-form",
        "{\"variables\": {\"decision\": {\"value\": \"APPROVE\"}}}")).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(approval).count()).isOne();

    String referred = referral.placed("2400.00");
    referral.toApproval(referred);
    driver.completeAs("manager2", driver.task(referred, "Task_ApproveReferral"),
        Map.of("approval", "SENT_BACK", "approvalNote", "Verify the debtor's employment first"));
    driver.runJobs(referred);
    driver.completeAs("manager", driver.task(referred, "Task_CompleteReferralWork"),
        Map.of("workDone", "Employer confirmed on the phone"));
    driver.runJobs(referred);
    Task decision = driver.task(referred, "Task_ApproveReferral");
    assertThat(call("manager", "POST", "/task/" + decision.getId() + "/submit-form",
        "{\"variables\": {\"approval\": {\"value\": \"APPROVED\"}}}")).isEqualTo(400);
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isOne();
    assertThat(call("manager2", "POST", "/task/" + decision.getId() + "/submit-form",
        "{\"variables\": {\"approval\": {\"value\": \"APPROVED\"}}}")).isEqualTo(204);
  }

  @Test
  void a_collectors_queue_is_read_by_a_grant_on_the_case_process_and_shows_only_what_is_offered_to_them()
      throws Exception {
    String caseNumber = referral.placed("1200.00");
    Task work = driver.task(caseNumber, "Task_WorkAccount");
    String approval = settlementAwaitingApproval(referral.placed("1200.00"), "collector");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(work.getId())
        .groupIdIn(Roles.COLLECTORS).count()).as("no authorization of its own").isZero();

    String groupsTasks = filters.createFilterQuery().filterName("My groups' tasks").singleResult().getId();
    String listed = send("collector", "POST", "/filter/" + groupsTasks + "/list?firstResult=0&maxResults=500",
        "{}").body();
    assertThat(listed).contains(work.getId()).doesNotContain(approval);
    assertThat(get("collector", "/task/" + approval).status()).as("read by the grant").isEqualTo(200);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/claim", "{\"userId\": \"collector\"}"))
        .isEqualTo(204);
    assertThat(call("collector", "POST", "/task/" + work.getId() + "/complete",
        "{\"variables\": {\"outcome\": {\"value\": \"REFUSES\"}, \"notes\": {\"value\": \"Says they will not pay\"}}}"))
        .isEqualTo(204);
  }

  @Test
  void task_authorizations_written_before_the_grant_are_removed_at_start() {
    Task work = driver.task(referral.placed("1200.00"), "Task_WorkAccount");
    Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    old.setGroupId(Roles.COLLECTORS);
    old.setResource(Resources.TASK);
    old.setResourceId(work.getId());
    old.addPermission(TaskPermissions.TASK_WORK);
    authorizations.saveAuthorization(old);
    String referred = referral.placed("2400.00");
    referral.toApproval(referred);
    driver.completeAs("manager", driver.task(referred, "Task_ApproveReferral"),
        Map.of("approval", "SENT_BACK", "approvalNote", "Verify the debtor's employment first"));
    driver.runJobs(referred);
    Task referralWork = driver.task(referred, "Task_CompleteReferralWork");

    setup.ensureAll();

    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(work.getId())
        .groupIdIn(Roles.COLLECTORS).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(referralWork.getId()).groupIdIn(Roles.COLLECTORS).count())
        .as("a referral's task is still authorized by itself").isOne();
  }

  /** A settlement beyond a collector's authority, proposed by {@code proposer}: its approval task's id. */
  private String settlementAwaitingApproval(String caseNumber, String proposer) throws Exception {
    HttpResponse<String> proposed = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/cases/" + caseNumber
            + "/arrangements"))
        .header("Authorization", basic(proposer)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"kind\": \"SETTLEMENT\", \"amount\": 617.50, \"firstDate\": \"2026-03-20\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    return driver.task(caseNumber, "Task_ApproveSettlement").getId();
  }

  private int call(String user, String method, String path, String body) throws IOException, InterruptedException {
    return send(user, method, path, body).status();
  }

  private Response get(String user, String path) throws IOException, InterruptedException {
    return send(user, "GET", path, null);
  }

  private Response send(String user, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/engine-rest" + path))
        .header("Authorization", basic(user)).header("Content-Type", "application/json");
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body());
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private record Response(int status, String body) {
  }
}
