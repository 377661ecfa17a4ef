package org.recourse.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.recourse.account.AccountRegistry;
import org.recourse.account.ContactDetails;
import org.recourse.casework.CollectionCases;
import org.recourse.complaint.Complaints;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactResult;
import org.recourse.demo.DemoData;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.Workspace;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Recourse's own pages on the demo, in headless Chromium: a collector finds a case by the number a debtor calls
 * from, reads that calling is not allowed now and why, records the debtor's call and a complaint; a manager opens
 * the dashboard on the demo portfolio, exports a table and downloads the month's report. Shares the demo (and its
 * schema) with the Tasklist browser test: the same configuration, so the same application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"recourse.it.schema=recourse_it_browser", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"pgtest", "demo"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {

  private static Workspace browser;
  /** The case the collector recorded a complaint on, which the manager then finds waiting for its answer. */
  private static String complainedOf;

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  DemoData demo;
  @Autowired
  CollectionCases cases;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  ContactGuard guard;
  @Autowired
  Complaints complaints;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private Workspace browser() {
    if (browser == null) {
      browser = new Workspace(port);
    }
    return browser;
  }

  @Test
  @Order(1)
  void a_collector_finds_a_case_by_phone_sees_why_a_call_is_refused_and_records_a_call_and_a_complaint() {
    // A case of the demo in early collection, the one with the least priority (the Tasklist test takes the most),
    // once the demo has worked its own.
    await().atMost(Duration.ofMinutes(3)).until(() -> !demo.loading());
    List<Task> work = await().atMost(Duration.ofMinutes(1)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("Task_WorkAccount").taskUnassigned().orderByTaskPriority().asc().list(),
        found -> found.size() >= 20);
    String caseNumber = work.get(0).getName().split(" · ")[1];
    long caseId = cases.require(caseNumber).getId();
    ContactDetails.Phone phone = accounts.contactDetails(caseId).phones().stream()
        .filter(p -> !p.wrongNumber()).findFirst().orElseThrow();
    // Earlier today the debtor called and talked: Regulation F lets nobody call them again for seven days.
    guard.record(caseNumber, ContactChannel.CALL, false, ContactResult.RIGHT_PARTY_CONTACT, phone.e164(),
        "Asked for the itemization", "manager");

    Workspace collector = browser().signIn("collector");
    assertThat(collector.navigation()).contains("Find a case", "Tasklist").doesNotContain("Dashboard");
    String typed = phone.display(); // as the caller ID shows it, e.g. (512) 555-0147
    List<String> hits = collector.search(typed);
    assertThat(hits).as("found by " + typed).anySatisfy(hit -> assertThat(hit).contains(caseNumber).contains("phone"));
    collector.openHit(caseNumber);
    List<Workspace.GuardRow> calls = collector.guard().stream().filter(row -> row.way().startsWith("Call")).toList();
    assertThat(calls).as("a way to call each number on file").isNotEmpty().allSatisfy(row -> {
      assertThat(row.allowed()).isFalse();
      // At night in the debtor's time zone the hour forbids the call before the seven days are reached.
      assertThat(row.rule()).satisfiesAnyOf(
          rule -> assertThat(rule).contains("1006.14(b)(2)(ii)"),
          rule -> assertThat(rule).contains("1006.6(b)(1)(i)").containsPattern("It is (2[1-3]|0[0-7]):"));
      assertThat(row.lifts()).isNotBlank();
    });
    assertThat(collector.section("reach")).contains("Debtor's local time");
    System.out.println("Screenshot: " + collector.screenshot("workspace-case-call-refused"));

    collector.recordInboundCall(phone.e164(), "right party contact", "Debtor called back about the letter");
    assertThat(collector.done()).contains("Inbound call recorded");
    assertThat(collector.section("contacts")).contains("Debtor called back about the letter");

    // Refused with the field named, and nothing recorded.
    collector.recordComplaint("by phone", null, "Says the interest was added twice");
    assertThat(collector.refused()).contains("About");
    assertThat(complaints.ofCase(caseNumber)).isEmpty();

    collector.recordComplaint("by phone", "Wrong amount or written notification about the debt",
        "Says the interest was added twice");
    assertThat(collector.done()).contains("Complaint recorded");
    assertThat(collector.section("complaints")).contains("Says the interest was added twice").contains("open");
    Task answer = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(caseNumber).taskDefinitionKey("Task_AnswerComplaint").singleResult(),
        found -> found != null);
    assertThat(answer.getAssignee()).isEqualTo(complaints.ofCase(caseNumber).get(0).getAssignee());
    complainedOf = caseNumber;
    System.out.println("Screenshot: " + collector.screenshotWhole("workspace-case-complaint"));

    // The same rule everywhere: a collector never reaches a legal case, from the search or its address.
    String legalCase = tasks.createTaskQuery().taskDefinitionKey("Task_ReviewReferral").list().stream()
        .findFirst().map(task -> task.getName().split(" · ")[1]).orElseThrow();
    assertThat(collector.search(legalCase)).isEmpty();
    collector.open("/workspace/cases/" + legalCase);
    assertThat(collector.mainText()).contains("Not yours to see");
  }

  @Test
  @Order(2)
  void a_manager_reads_the_dashboard_of_the_demo_portfolio_exports_a_table_and_downloads_the_report()
      throws IOException {
    await().atMost(Duration.ofMinutes(3)).until(() -> !demo.loading());
    Workspace manager = browser().signIn("manager");
    manager.openDashboard();
    assertThat(manager.chartsDrawn()).as("Chart.js drew the figures' charts").isGreaterThanOrEqualTo(5);
    String liquidation = manager.section("liquidation");
    assertThat(liquidation).contains("Collected ÷ placed").contains("NWB").contains("FAB").contains("CCU");
    assertThat(manager.section("aging")).contains("0–180 days").contains("over 3 years");
    assertThat(manager.section("legal")).contains("Referred");
    assertThat(manager.section("collectors")).contains("attainment = collected ÷ target");
    manager.setTarget("collector", "abc");
    assertThat(manager.refused()).contains("Target ($)").contains("is not an amount of dollars");
    assertThat(manager.value("target-collector")).as("what was typed stays").isEqualTo("collector");
    manager.setTarget("collector", "2,500");
    assertThat(manager.done()).contains("Target of collector");
    assertThat(manager.section("collectors")).contains("$2,500.00");
    if (complainedOf != null) {
      assertThat(manager.section("open-complaints")).contains(complainedOf)
          .contains("Wrong amount or written notification about the debt");
      assertThat(manager.section("complaints")).contains("Wrong amount or written notification about the debt");
    }
    System.out.println("Screenshot: " + manager.screenshotWhole("workspace-dashboard"));

    Workspace.Download csv = manager.download(manager.link("Export Aging of the open balance as CSV"));
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.mediaType()).startsWith("text/csv");
    assertThat(csv.disposition()).contains("attachment").contains("aging-");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get("Creditor")).isIn("CCU", "FAB", "NWB"));
    assertThat(rows).allSatisfy(row -> assertThat(row.get("Open balance")).matches("\\d+\\.\\d{2}"));

    Workspace.Download report = manager.download(manager.link("Monthly report (PDF)"));
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.mediaType()).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(report.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Monthly management report").contains("Liquidation by placement month")
          .contains("Aging of the open balance").contains("Collectors against their targets");
      long charts = 0;
      for (var page : pdf.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            charts++;
          }
        }
      }
      assertThat(charts).as("the dashboard's charts, drawn in the report").isGreaterThanOrEqualTo(5);
    }
  }
}
