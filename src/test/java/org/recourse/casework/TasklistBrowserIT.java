package org.recourse.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo, used in a real browser (headless Chromium) as the README tells a newcomer to: the collector works a
 * case in Tasklist, the settlement it proposes lands in the manager's list and nobody else's, the manager approves
 * it; the collector arranges a plan and confirms it, answers a dispute; a manager approves a refund; the legal team
 * finds its referrals in its own list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"recourse.it.schema=recourse_it_browser", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"pgtest", "demo"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class TasklistBrowserIT {

  private static Tasklist tasklist;

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  CollectionCases cases;
  @Autowired
  org.recourse.correspondence.Documents documents;
  @Autowired
  org.recourse.legal.internal.referral.LegalReferrals referrals;
  @Autowired
  org.recourse.compliance.Holds holds;
  @Autowired
  org.recourse.compliance.ContactGuard guard;
  @Autowired
  org.recourse.payment.Payments payments;
  @Autowired
  org.recourse.payment.Refunds refunds;
  @Autowired
  org.recourse.account.AccountRegistry accounts;

  @BeforeAll
  static void noBrowserYet() {
    tasklist = null;
  }

  @AfterAll
  static void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  private Tasklist browser() {
    if (tasklist == null) {
      tasklist = new Tasklist(port);
    }
    return tasklist;
  }

  /** The demo is ready: its two legal referrals, one with legal and one with a manager (or approved by a test since). */
  private void awaitDemoPortfolio() {
    await().atMost(Duration.ofMinutes(3)).until(() ->
        tasks.createTaskQuery().taskDefinitionKey("Task_ReviewReferral").count()
            + tasks.createTaskQuery().taskDefinitionKey("Task_ApproveReferral").count() == 2
            && tasks.createTaskQuery().taskDefinitionKey("Task_ReviewReferral").count() >= 1
            && tasks.createTaskQuery().taskDefinitionKey("Task_ApproveSettlement").count() >= 2
            && tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").count() >= 20);
  }

  @Test
  void a_collector_works_a_case_and_the_settlement_goes_to_a_manager_who_approves_it() {
    awaitDemoPortfolio();
    Task work = tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").taskUnassigned()
        .orderByTaskPriority().desc().list().get(0);
    String caseNumber = work.getName().split(" · ")[1];
    CollectionCase subject = cases.require(caseNumber);
    BigDecimal balance = cases.balance(caseNumber);

    Tasklist collector = browser().signIn("collector");
    assertThat(collector.headerActions()).as("cases start from placements, tasks from the processes").isEmpty();
    assertThat(collector.filters()).contains("My tasks", "My groups' tasks", "Queue: early-stage")
        .doesNotContain("Settlement approvals", "Legal referrals");
    assertThat(collector.openFilter("My groups' tasks").taskNames())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(name).matches("(Work the account|Trace the debtor) · RC-\\d{7} · .+ · \\$[\\d,.]+"));

    collector.openTaskById(work.getId());
    assertThat(collector.formText()).contains(caseNumber).contains("Balance $")
        .contains("Outcome of this contact").contains("Recent history")
        .contains("Validation notice: dated").contains("the validation period ends");
    BigDecimal offer = balance.multiply(new BigDecimal("0.55")).setScale(2, RoundingMode.HALF_UP);
    String due = LocalDate.now(ZoneId.of("America/New_York")).plusDays(7).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    // The debtor called in (an inbound call is logged whatever the hour; an outbound one is asked of the guard).
    collector.claim()
        .choose("The debtor called us")
        .selectFirst("Field_PhoneCalled")
        .choose("Settlement requested")
        .type("Field_SettlementAmount", balance.add(BigDecimal.TEN).toPlainString())
        .type("Field_SettlementDate", due)
        .type("Field_Notes", "Lump sum from a tax refund")
        .complete();
    // Refused with its reason, and nothing recorded: the task is still open.
    assertThat(collector.errors()).anySatisfy(error -> assertThat(error).contains("A settlement is for less than the balance"));
    assertThat(collector.errors()).as("in the person's words").noneSatisfy(error -> assertThat(error)
        .contains("ENGINE-"));
    assertThat(tasks.createTaskQuery().taskId(work.getId()).count()).isEqualTo(1);

    collector.type("Field_SettlementAmount", offer.toPlainString()).complete();
    assertThat(collector.errors()).isEmpty();

    Task approval = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ApproveSettlement").singleResult(),
        found -> found != null);
    assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("managers");
    assertThat(collector.openFilter("My groups' tasks").taskNames()).noneMatch(name -> name.contains(caseNumber));

    Tasklist manager = browser().signIn("manager");
    assertThat(manager.openFilter("Settlement approvals").taskNames())
        .anyMatch(name -> name.startsWith("Approve settlement · " + caseNumber));
    manager.openTask(caseNumber);
    assertThat(manager.formText()).contains("Settlement offer").contains("Proposed by collector")
        .contains("The alternatives").contains("A payment plan:").contains("Legal action:");
    manager.claim().choose("Approve the settlement").type("Field_DecisionNote", "Offer within policy").complete();
    assertThat(manager.errors()).isEmpty();

    // The offer goes to the debtor in writing; the collector who proposed it records their answer.
    Task answer = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_RecordOfferAnswer").singleResult(),
        found -> found != null);
    assertThat(answer.getAssignee()).isEqualTo("collector");
    Tasklist back = browser().signIn("collector");
    assertThat(back.openFilter("My tasks").taskNames())
        .anyMatch(name -> name.startsWith("Record the debtor's answer to the offer · " + caseNumber));
    back.openTaskById(answer.getId());
    assertThat(back.formText()).contains("The settlement offer").contains("stands until");
    back.choose("The debtor accepts the offer").complete();
    assertThat(back.errors()).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> cases.require(caseNumber).getStatus() == CaseStatus.IN_ARRANGEMENT);
    // The call is in the contact log once: the refused first try left nothing behind.
    assertThat(guard.contacts(caseNumber)).singleElement().satisfies(call -> {
      assertThat(call.isOutbound()).isFalse();
      assertThat(call.getResult()).isEqualTo(org.recourse.compliance.ContactResult.RIGHT_PARTY_CONTACT);
      assertThat(call.getRecordedBy()).isEqualTo("collector");
      // The number was chosen from the debtor's own, which the form was served among the case facts.
      assertThat(call.getAddress()).isIn(accounts.summary(subject.getAccountId()).phones().stream()
          .map(org.recourse.account.AccountSummary.Phone::e164).toList());
    });
    assertThat(cases.history(subject)).extracting(CaseEvent::getKind)
        .contains(CaseEventKind.CONTACT_OUTCOME, CaseEventKind.ARRANGEMENT_PROPOSED, CaseEventKind.ARRANGEMENT_APPROVED,
            CaseEventKind.ARRANGEMENT_AGREED);
    // The agreement is in writing: the settlement agreement letter exists beside the validation notice.
    assertThat(documents.ofCase(caseNumber)).extracting(org.recourse.correspondence.Document::getKind)
        .contains("validation-notice", "settlement-offer", "settlement-agreement");
  }

  @Test
  void a_collector_arranges_a_plan_and_confirms_it_with_the_debtor() {
    awaitDemoPortfolio();
    Task work = tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").taskUnassigned()
        .orderByTaskPriority().asc().list().get(0);
    String caseNumber = work.getName().split(" · ")[1];
    LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
    DateTimeFormatter typed = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    String first = today.plusDays(7).format(typed);

    Tasklist collector = browser().signIn("collector");
    collector.openTaskById(work.getId());
    collector.claim()
        .choose("No call (in writing or in person)")
        .choose("Payment plan requested")
        .type("Field_PlanInstallments", "6")
        .select("Field_PlanFrequency", "month")
        .type("Field_PlanFirstDate", today.plusDays(60).format(typed))
        .type("Field_Notes", "Six monthly installments offered on the call")
        .complete();
    // Refused with its reason, and nothing recorded: the task is still open.
    assertThat(collector.errors()).anySatisfy(error -> assertThat(error).contains("days ahead"));
    assertThat(tasks.createTaskQuery().taskId(work.getId()).count()).isEqualTo(1);
    collector.type("Field_PlanFirstDate", first).complete();
    assertThat(collector.errors()).isEmpty();

    // The debtor hears the schedule; the collector who proposed it records the answer.
    Task confirm = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ConfirmPlan").singleResult(),
        found -> found != null);
    assertThat(confirm.getAssignee()).isEqualTo("collector");
    assertThat(collector.openFilter("My tasks").taskNames())
        .anyMatch(name -> name.startsWith("Confirm the plan with the debtor · " + caseNumber));
    collector.openTaskById(confirm.getId());
    assertThat(collector.formText()).contains("in 6 monthly installments")
        .contains("1 " + today.plusDays(7) + " $");
    collector.choose("The debtor agrees to the plan").type("Field_AnswerNotes", "Schedule read out").complete();
    assertThat(collector.errors()).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> cases.require(caseNumber).getStatus() == CaseStatus.IN_ARRANGEMENT);
    assertThat(documents.ofCase(caseNumber)).extracting(org.recourse.correspondence.Document::getKind)
        .contains("plan-agreement");
  }

  @Test
  void a_collector_answers_a_dispute_and_collection_resumes() {
    awaitDemoPortfolio();
    // The demo's dispute, within the validation period: collection waits for the verification.
    Task verify = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("Task_VerifyDebt").singleResult(), found -> found != null);
    String caseNumber = verify.getName().split(" · ")[1];
    assertThat(holds.pausesCollection(caseNumber)).isTrue();

    Tasklist collector = browser().signIn("collector");
    collector.openTaskById(verify.getId());
    assertThat(collector.formText()).contains("Says the late fees were never agreed");
    collector.claim().choose("The debt is verified: send the answer")
        .type("Field_VerifyNotes", "Signed agreement and fee schedule from the creditor").complete();
    assertThat(collector.errors()).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> !holds.pausesCollection(caseNumber));
    await().atMost(Duration.ofSeconds(30)).until(() -> documents.ofCase(caseNumber).stream()
        .anyMatch(document -> document.getKind().equals("verification")));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_WorkAccount")
        .count()).isEqualTo(1);
  }

  @Test
  void a_manager_approves_a_refund_someone_else_asked_for() {
    awaitDemoPortfolio();
    Task work = tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").taskUnassigned()
        .orderByTaskPriority().asc().list().get(1);
    String caseNumber = work.getName().split(" · ")[1];
    BigDecimal overpaid = cases.balance(caseNumber).add(new BigDecimal("40.00"));
    payments.receive(caseNumber, new org.recourse.payment.Payment("BROWSER-" + caseNumber, overpaid,
        LocalDate.now(ZoneId.of("America/New_York")), "Paid twice by the bank"), "admin");
    var refund = refunds.request(caseNumber, new BigDecimal("40.00"), "Overpaid by bank error", "admin");
    Task approval = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ApproveRefund").singleResult(),
        found -> found != null);

    Tasklist collector = browser().signIn("collector");
    assertThat(collector.filters()).doesNotContain("Refund approvals");
    Tasklist manager = browser().signIn("manager");
    assertThat(manager.openFilter("Refund approvals").taskNames())
        .anyMatch(name -> name.startsWith("Approve the refund · " + caseNumber));
    manager.openTaskById(approval.getId());
    assertThat(manager.formText()).contains("$40.00").contains("Overpaid by bank error");
    manager.claim().choose("Approve the refund").type("Field_RefundNote", "Bank confirms the double payment")
        .complete();
    assertThat(manager.errors()).isEmpty();

    await().atMost(Duration.ofSeconds(30)).until(() -> refunds.get(refund.getId()).getStatus()
        == org.recourse.payment.internal.RefundStatus.APPROVED);
    assertThat(refunds.get(refund.getId()).getDecidedBy()).isEqualTo("manager");
  }

  @Test
  void the_legal_team_sees_its_referrals_and_nobody_else_does() {
    awaitDemoPortfolio();

    Tasklist legal = browser().signIn("legal");
    assertThat(legal.filters()).contains("Legal referrals").doesNotContain("Queue: early-stage");
    assertThat(legal.openFilter("Legal referrals").taskNames()).isNotEmpty()
        .allSatisfy(name -> assertThat(name).startsWith("Review the referral · RC-"));
    assertThat(legal.openFilter("My groups' tasks").taskNames()).allSatisfy(name -> assertThat(name).startsWith("Review the referral"));

    Tasklist collector = browser().signIn("collector");
    assertThat(collector.openFilter("My groups' tasks").taskNames()).noneMatch(name -> name.startsWith("Review the referral"));
  }

  @Test
  void a_manager_approves_a_referral_and_the_legal_team_opens_it_and_downloads_its_court_packet() {
    awaitDemoPortfolio();
    Task approval = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("Task_ApproveReferral").singleResult(), found -> found != null);
    String caseNumber = approval.getName().split(" · ")[1];

    Tasklist collector = browser().signIn("collector");
    assertThat(collector.filters()).doesNotContain("Referral approvals", "Legal referrals");
    assertThat(collector.openFilter("My groups' tasks").taskNames()).noneMatch(name -> name.contains(caseNumber));

    Tasklist manager = browser().signIn("manager");
    assertThat(manager.openFilter("Referral approvals").taskNames())
        .anyMatch(name -> name.startsWith("Approve the referral · " + caseNumber));
    manager.openTask(caseNumber);
    assertThat(manager.formText()).contains("Legal referral").contains("Eligible for suit")
        .contains("The final demand went out on").contains("Expected recovery $");
    manager.claim().choose("Approve the referral to legal").type("Field_ApprovalNote", "Worth a suit").complete();
    assertThat(manager.errors()).isEmpty();

    // The job executor makes the packet and delivers the referral; the legal team finds it in its list.
    Task review = await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_ReviewReferral").singleResult(),
        found -> found != null);
    var packet = documents.ofCase(caseNumber, referrals.latest(caseNumber).orElseThrow().getPacketDocumentId());
    Tasklist legal = browser().signIn("legal");
    assertThat(legal.openFilter("Legal referrals").taskNames())
        .anyMatch(name -> name.startsWith("Review the referral · " + caseNumber));
    legal.openTaskById(review.getId());
    assertThat(legal.formText()).contains("Download the court packet").contains("Approved by manager")
        .contains("Worth a suit");
    String link = legal.linkInForm("Download the court packet");
    assertThat(link).endsWith("/api/cases/" + caseNumber + "/documents/" + packet.getId());
    org.recourse.support.Chromium.Fetched downloaded = legal.fetch(link);
    assertThat(downloaded.status()).isEqualTo(200);
    assertThat(downloaded.sha256()).as("the packet byte for byte").isEqualTo(packet.getSha256());
    assertThat(downloaded.bytes()).isEqualTo(packet.getSizeBytes().longValue());

    // With the same session, the legal user reads the referred case and none other; a collector's session reads all.
    String unreferred = tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").list().get(0).getName()
        .split(" · ")[1];
    assertThat(legal.fetch("/api/cases/" + caseNumber).status()).isEqualTo(200);
    assertThat(legal.fetch("/api/cases/" + unreferred).status()).isEqualTo(403);
    assertThat(legal.fetch("/api/cases/" + unreferred + "/documents").status()).isEqualTo(403);
    assertThat(legal.openFilter("My groups' tasks").taskNames()).noneMatch(name -> name.contains(unreferred));
    Tasklist again = browser().signIn("collector");
    assertThat(again.fetch("/api/cases/" + unreferred).status()).isEqualTo(200);
  }
  @Test
  void the_work_form_says_when_it_opens_what_the_contact_guard_allows_now() {
    awaitDemoPortfolio();
    // A case nothing stops contact on and nobody has called yet: the hours are the guard's only question.
    Task work = tasks.createTaskQuery().taskDefinitionKey("Task_WorkAccount").taskUnassigned().list().stream()
        .filter(task -> {
          String number = task.getName().split(" · ")[1];
          return !holds.pausesCollection(number) && guard.restrictions(number).isEmpty()
              && guard.contacts(number).isEmpty();
        })
        .findFirst().orElseThrow();
    String caseNumber = work.getName().split(" · ")[1];
    var account = accounts.summary(cases.require(caseNumber).getAccountId());
    ZoneId home = org.recourse.compliance.StateTimeZones.of(account.state()).get(0);

    Instant before = Instant.now();
    Tasklist collector = browser().signIn("collector");
    collector.openTaskById(work.getId());
    String form = collector.formText();
    Instant after = Instant.now();
    System.out.println("Screenshot: " + collector.screenshot("work-form-contact-now"));

    assertThat(form).contains("What the contact guard allows now").contains("Ways to reach the debtor")
        .contains("calls placed in the last seven days (REGF-1006.14(b)(2)(i))").contains("0 of at most 7");
    assertThat(form).containsAnyOf(debtorsTime(home, before), debtorsTime(home, after));
    assertThat(form).containsAnyOf(asOf(home, before), asOf(home, after));
    assertThat(form).containsPattern("Letter\\s+allowed");
    for (var phone : account.phones()) {
      String number = org.recourse.account.PhoneNumbers.display(phone.e164());
      Boolean inHours = withinHours(org.recourse.compliance.StateTimeZones.candidates(account.state(), phone.e164()),
          before, after);
      if (inHours == null) {
        continue; // the debtor's hour turned while the form opened
      }
      assertThat(form).containsPattern("Call " + java.util.regex.Pattern.quote(number) + " \\(\\w+\\)\\s+"
          + (inHours ? "allowed" : "refused\\s+REGF-1006\\.6\\(b\\)\\(1\\)\\(i\\): It is .*\\s+calls allowed from .*\\d\\d:00"));
    }
  }

  @Test
  void only_whoever_may_start_a_process_or_create_a_task_sees_the_buttons() {
    awaitDemoPortfolio();
    assertThat(browser().signIn("legal").headerActions()).isEmpty();
    assertThat(browser().signIn("admin").headerActions()).containsExactlyInAnyOrder("Start process", "Create task");
  }

  @Test
  void the_court_packet_opens_in_a_new_tab_from_the_legal_task_claimed_or_not() {
    awaitDemoPortfolio();
    Task review = tasks.createTaskQuery().taskDefinitionKey("Task_ReviewReferral").taskUnassigned().list().get(0);
    String caseNumber = review.getName().split(" · ")[1];
    var packet = documents.ofCase(caseNumber, referrals.latest(caseNumber).orElseThrow().getPacketDocumentId());
    String packetPath = "/api/cases/" + caseNumber + "/documents/" + packet.getId();

    Tasklist legal = browser().signIn("legal");
    legal.openTaskById(review.getId());
    assertThat(legal.claimable()).isTrue();
    System.out.println("Screenshot: " + legal.screenshot("legal-review-unclaimed"));
    Tasklist.Opened unclaimed = legal.followLinkInForm("Download the court packet");
    assertOpensThePacket(unclaimed, packetPath, packet.getSizeBytes());
    // Tasklist stayed where it was, the task still unclaimed.
    assertThat(legal.claimable()).isTrue();
    assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();

    try {
      assertOpensThePacket(legal.claim().followLinkInForm("Download the court packet"), packetPath,
          packet.getSizeBytes());
    } finally {
      tasks.setAssignee(review.getId(), null); // the demo's referral is back with the team for the other tests
    }
  }

  private static void assertOpensThePacket(Tasklist.Opened opened, String packetPath, long bytes) {
    assertThat(opened.tabsAfter()).as("tabs").isEqualTo(opened.tabsBefore() + 1);
    assertThat(opened.url()).endsWith(packetPath);
    assertThat(opened.status()).isEqualTo(200);
    assertThat(opened.mediaType()).isEqualTo("application/pdf");
    assertThat(opened.bytes()).isEqualTo(bytes);
  }

  /** "06:29 PST (America/Los_Angeles)" */
  /** The debtor's time as the form opens with it: their home zone first, then any other zone they may be in. */
  private static String debtorsTime(ZoneId zone, Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm zzz", java.util.Locale.US).format(at.atZone(zone)) + " (" + zone.getId();
  }

  private static String asOf(ZoneId zone, Instant at) {
    return "as of " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone)) + " debtor's time";
  }

  /** Whether both moments are within 08:00–21:00 in every zone (true), outside it in one (false), or neither. */
  private static Boolean withinHours(java.util.Set<ZoneId> zones, Instant before, Instant after) {
    boolean first = zones.stream().allMatch(zone -> inHours(before.atZone(zone).toLocalTime()));
    boolean second = zones.stream().allMatch(zone -> inHours(after.atZone(zone).toLocalTime()));
    return first == second ? first : null;
  }

  private static boolean inHours(java.time.LocalTime time) {
    return !time.isBefore(java.time.LocalTime.of(8, 0)) && time.isBefore(java.time.LocalTime.of(21, 0));
  }
}
