package org.recourse.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.DocumentRendering;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.Letters;
import org.recourse.correspondence.PrintBatches;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.PlacementOutcome;
import org.springframework.context.ApplicationContext;

/**
 * Takes a case to its legal referral as time and the post would: the collector hears a refusal, the letters are laid
 * out and posted in confirmed print batches, the validation period and the final demand's waiting period pass on the
 * engine's clock. With the job executor off; the test runs the jobs.
 */
public final class ReferralDriver {

  private static final ZoneId BUSINESS = ZoneId.of("America/New_York");

  private final CaseDriver driver;
  private final AccountIntake intake;
  private final CollectionCases cases;
  private final DocumentRendering rendering;
  private final PrintBatches printBatches;
  private final Documents documents;
  private final Letters letters;

  public ReferralDriver(ApplicationContext context) {
    this.driver = new CaseDriver(context.getBean(RuntimeService.class), context.getBean(ManagementService.class),
        context.getBean(TaskService.class), context.getBean(IdentityService.class));
    this.intake = context.getBean(AccountIntake.class);
    this.cases = context.getBean(CollectionCases.class);
    this.rendering = context.getBean(DocumentRendering.class);
    this.printBatches = context.getBean(PrintBatches.class);
    this.documents = context.getBean(Documents.class);
    this.letters = context.getBean(Letters.class);
  }

  public CaseDriver cases() {
    return driver;
  }

  /** A Texas card debt of {@code amount} (+ 35.00 fees) placed without e-mail, at the collector's task. */
  public String placed(String amount) {
    String caseNumber = ((PlacementOutcome.Placed) intake.place(TestData.placement(TestData.accountNumber(), amount,
        null), "admin")).caseNumber();
    driver.runJobs(caseNumber);
    return caseNumber;
  }

  /**
   * Lays out the case's letters and posts them: a print batch cut and confirmed by the mail house. Where a renderer
   * runs in the background (on PostgreSQL), it may hold a letter of the case for a moment: the batch waits for it.
   */
  public void postLetters(String caseNumber) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (documents.ofCase(caseNumber).stream().anyMatch(d -> d.getStatus() == DocumentStatus.RENDERING)) {
      if (rendering.renderPending() == 0) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the letters of " + caseNumber + " were not rendered within 30 s");
        }
        sleep();
      }
    }
    printBatches.cut("manager").ifPresent(batch -> printBatches.confirm(batch.getId(), null, "manager"));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * From the collector's task to the manager's approval: a refusal, the validation period over, the final demand
   * posted, its waiting period over, and the eligibility checked.
   */
  public void toApproval(String caseNumber) {
    driver.completeAs("collector", driver.task(caseNumber, "Task_WorkAccount"),
        Map.of("outcome", "REFUSES", "notes", "Says they will not pay"));
    driver.runJobs(caseNumber);
    postLetters(caseNumber);
    LocalDate periodEnds = cases.require(caseNumber).getValidationPeriodEnds();
    Date after = Date.from(periodEnds.plusDays(1).atTime(10, 0).atZone(BUSINESS).toInstant());
    if (ClockUtil.getCurrentTime().before(after)) {
      ClockUtil.setCurrentTime(after);
    }
    driver.runJobs(caseNumber);
    postLetters(caseNumber);
    // The day after the one the final demand gives the debtor to pay by.
    LocalDate dated = documents.ofCase(caseNumber).stream().filter(d -> d.getKind().equals("final-demand"))
        .map(Document::getLetterDate).max(LocalDate::compareTo).orElseThrow();
    ClockUtil.setCurrentTime(Date.from(letters.payBy(dated).plusDays(1).atTime(10, 0).atZone(BUSINESS).toInstant()));
    driver.runJobs(caseNumber);
  }

  /** A manager approves the referral; the packet is made and the referral delivered to legal. */
  public void approve(String caseNumber) {
    driver.completeAs("manager", driver.task(caseNumber, "Task_ApproveReferral"),
        Map.of("approval", "APPROVED", "approvalNote", "Employment verified; no offer in 60 days"));
    driver.runJobs(caseNumber);
  }

  /** The legal team accepts the referral: the suit waits to be filed. */
  public void accept(String caseNumber) {
    driver.completeAs("legal", driver.task(caseNumber, "Task_ReviewReferral"), Map.of("review", "ACCEPT"));
    driver.runJobs(caseNumber);
  }

  public void complete(String user, String caseNumber, String taskKey, Map<String, Object> form) {
    driver.completeAs(user, driver.task(caseNumber, taskKey), form);
    driver.runJobs(caseNumber);
  }
}
