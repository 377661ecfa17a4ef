package org.recourse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.Letters;
import org.recourse.correspondence.PrintBatches;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.payment.Payment;
import org.recourse.payment.Payments;
import org.recourse.payment.Refunds;
import org.recourse.platform.ClusterLocks;
import org.recourse.platform.FileRunStatus;
import org.recourse.security.IdentitySetup;
import org.recourse.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo ({@code --spring.profiles.active=demo}): one user per role, three creditors, and 36 accounts placed through
 * the real import. Two of them were placed months ago: the demo moves the engine's clock back, as the tests do, and
 * walks them to legal by the real path (the collector's call, the validation notice posted, its period over, the
 * final demand posted, its waiting period over), so that every date in their letters, history and court packet is
 * true; one referral is then approved by the manager and waits for legal, the other waits for the manager. The other
 * 34 are placed today, a dozen of them worked into varied states by the demo users (promises, plans, settlements
 * awaiting a manager, a dispute, a paid, an overpaid with a refund to approve, and a recalled case).
 */
@Component
@Profile("demo")
public class DemoData {

  private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final String PORTFOLIO = "demo/portfolio.csv";
  /** The two accounts walked to legal: placed {@link #REFERRED_AGO} before today. */
  private static final String REFERRED = "demo/referred.csv";
  private static final Period REFERRED_AGO = Period.ofDays(90);
  /** When the demo's collector calls in the past: a weekday afternoon in New York, morning on the Pacific coast. */
  private static final LocalTime OFFICE_HOURS = LocalTime.of(13, 0);
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  /** user id, group, first name, last name. The password of each is its user id. */
  private static final List<String[]> USERS = List.of(
      new String[] {"collector", Roles.COLLECTORS, "Colette", "Collins"},
      new String[] {"manager", Roles.MANAGERS, "Manuel", "Navarro"},
      new String[] {"legal", Roles.LEGAL, "Leah", "Gordon"},
      new String[] {"admin", Roles.ADMIN, "Ada", "Minter"});

  private static final java.math.BigDecimal OVERPAID = new java.math.BigDecimal("40.00");

  private final IdentityService identity;
  private final TaskService tasks;
  private final AccountRegistry accounts;
  private final AccountIntake intake;
  private final PortfolioImports imports;
  private final CollectionCases cases;
  private final Letters letters;
  private final Payments payments;
  private final Refunds refunds;
  private final CaseMessages messages;
  private final ClusterLocks locks;
  private final Clock clock;
  private volatile boolean stopping;
  private volatile Thread loader;
  private final Holds holds;
  private final Documents documents;
  private final PrintBatches printBatches;

  DemoData(IdentityService identity, TaskService tasks, AccountRegistry accounts, AccountIntake intake,
      PortfolioImports imports, CollectionCases cases, Letters letters, Payments payments, Refunds refunds,
      CaseMessages messages, ClusterLocks locks, Clock clock, Holds holds, Documents documents,
      PrintBatches printBatches) {
    this.identity = identity;
    this.tasks = tasks;
    this.accounts = accounts;
    this.intake = intake;
    this.imports = imports;
    this.cases = cases;
    this.letters = letters;
    this.payments = payments;
    this.refunds = refunds;
    this.messages = messages;
    this.locks = locks;
    this.clock = clock;
    this.holds = holds;
    this.documents = documents;
    this.printBatches = printBatches;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(IdentitySetup.ORDER + 10)
  public void onStart() {
    locks.withLock("demo-data", () -> {
      USERS.forEach(this::user);
      accounts.registerCreditor("NWB", "Northwind Bank");
      accounts.registerCreditor("CCU", "Contoso Credit Union");
      accounts.registerCreditor("FAB", "Fabrikam Auto Finance");
      return null;
    });
    StringBuilder banner = new StringBuilder("\n\n  Recourse demo is up: http://localhost:8080/camunda/app/tasklist/\n  Sign in as (password = user name):\n");
    USERS.forEach(u -> banner.append(String.format("    %-10s %s%n", u[0], u[1])));
    banner.append("  API: http://localhost:8080/swagger-ui.html (HTTP Basic, same users)\n");
    LOG.info(banner.toString());
    if (cases.list(null, PageRequest.of(0, 1)).isEmpty()) {
      loader = new Thread(this::loadPortfolio, "demo-portfolio");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /** Whether the demo portfolio is still being placed and worked (in the background, after the start). */
  public boolean loading() {
    Thread running = loader;
    return running != null && running.isAlive();
  }

  /**
   * Ctrl-C while the portfolio loads: the loader stops at its next wait, before the engine and the database go, and
   * is waited for (never interrupted: an interrupt closes H2's file under it).
   */
  @EventListener(ContextClosedEvent.class)
  void stopLoading() throws InterruptedException {
    stopping = true;
    Thread running = loader;
    if (running != null && running.isAlive()) {
      running.join(STOP_PATIENCE.toMillis());
    }
  }

  private void user(String[] spec) {
    String id = spec[0];
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(spec[2]);
      user.setLastName(spec[3]);
      user.setEmail(id + "@recourse.example");
      user.setPassword(id);
      identity.saveUser(user);
      identity.createMembership(id, spec[1]);
      if (Roles.ADMIN.equals(spec[1])) {
        identity.createMembership(id, Groups.CAMUNDA_ADMIN);
      }
    }
  }

  private void loadPortfolio() {
    try {
      LocalDate today = LocalDate.now(clock);
      // Before anything else is placed: while the clock is moved, the job executor works these two cases only.
      walkToLegal(today);
      if (place(PORTFOLIO)) {
        workSomeCases();
        LOG.info("Demo portfolio ready: work-account tasks wait in the collectors' queues, settlement approvals "
            + "for the manager, referrals for legal.");
      }
    } catch (IOException | RuntimeException e) {
      if (stopping) {
        LOG.info("The demo stopped while its portfolio was loading; delete ./data for the whole demo at the next start");
      } else {
        LOG.error("The demo portfolio could not be loaded", e);
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** Places a portfolio file through the real import; whether it was placed. */
  private boolean place(String file) throws IOException {
    try (InputStream csv = new ClassPathResource(file).getInputStream()) {
      PortfolioImport submitted = imports.submit(file.substring(file.lastIndexOf('/') + 1), csv, "admin");
      PortfolioImport done = await("the demo file " + file, () -> {
        PortfolioImport now = imports.get(submitted.getId());
        return now.getStatus() == FileRunStatus.COMPLETED || now.getStatus() == FileRunStatus.FAILED ? now : null;
      });
      if (done.getStatus() == FileRunStatus.FAILED) {
        LOG.error("The demo file {} was not placed: {}", file, done.getFailure());
        return false;
      }
      LOG.info("Demo file {}: {} placed, {} rejected", file, done.getRowsDone(), done.getRowsRejected());
      return true;
    }
  }

  /**
   * Two refusals taken to legal by the real path, on the engine's clock moved back to their placement and forward
   * through their validation period and final demand, then back to now.
   */
  private void walkToLegal(LocalDate today) throws IOException {
    LocalDate placedOn = weekday(today.minus(REFERRED_AGO));
    travelTo(placedOn);
    if (!place(REFERRED)) {
      return;
    }
    List<String> referred = new ArrayList<>();
    for (String account : List.of("FAB-04962-3366", "NWB-04999-3457")) {
      caseOf(account).ifPresent(caseNumber -> {
        String phone = accounts.summary(cases.require(caseNumber).getAccountId()).phones().get(0).e164();
        completeWork(account, Map.of("outcome", "REFUSES", "call", "OUTBOUND", "phoneCalled", phone,
            "notes", "Says they will not pay and hung up"));
        referred.add(caseNumber);
      });
    }
    postOnTheirDate(referred, "validation-notice");

    LocalDate periodOver = referred.stream().map(caseNumber -> cases.require(caseNumber).getValidationPeriodEnds())
        .max(LocalDate::compareTo).orElseThrow().plusDays(1);
    travelTo(weekday(periodOver));
    LocalDate demandDated = postOnTheirDate(referred, "final-demand");

    travelTo(weekday(letters.payBy(demandDated).plusDays(1)));
    referred.forEach(caseNumber -> await("the referral approval of " + caseNumber, () -> task(caseNumber,
        "Task_ApproveReferral")));
    // The first is approved by the manager: the legal team finds it with its court packet; the other waits for them.
    String approved = referred.get(0);
    as("manager", Roles.MANAGERS, () -> tasks.complete(task(approved, "Task_ApproveReferral").getId(),
        Map.of("approval", "APPROVED", "approvalNote", "Refused on the phone and to the final demand; employed, "
            + "no dispute: worth a suit")));
    await("the legal review of " + approved, () -> task(approved, "Task_ReviewReferral"));
    ClockUtil.reset();
  }

  /**
   * Waits for the cases' letters of that kind to be laid out, then posts them on the date they bear, as the mail
   * house would; returns that date.
   */
  private LocalDate postOnTheirDate(List<String> caseNumbers, String kind) {
    LocalDate dated = null;
    for (String caseNumber : caseNumbers) {
      Document letter = await("the " + kind + " of " + caseNumber, () -> documents.ofCase(caseNumber).stream()
          .filter(d -> d.getKind().equals(kind) && d.isRendered()).findFirst().orElse(null));
      dated = dated == null || letter.getLetterDate().isAfter(dated) ? letter.getLetterDate() : dated;
    }
    travelTo(dated);
    LocalDate postedOn = dated;
    printBatches.cut("admin").ifPresent(batch -> printBatches.confirm(batch.getId(), postedOn, "admin"));
    return dated;
  }

  private void travelTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(OFFICE_HOURS).atZone(clock.getZone()).toInstant()));
  }

  private static LocalDate weekday(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  /** A dozen accounts taken further, as the demo users would: each step goes through the real task or API. */
  private void workSomeCases() {
    LocalDate today = LocalDate.now(clock);
    String date = today.plusDays(10).toString();
    completeWork("NWB-04777-2911", Map.of("outcome", "PROMISE_TO_PAY", "promiseAmount", 500, "promiseDate", date,
        "notes", "Will pay from next paycheck"));
    completeWork("CCU-04814-3002", Map.of("outcome", "PLAN_REQUESTED", "planInstallments", 6,
        "planFrequency", "MONTHLY", "planFirstDate", date, "notes", "Six monthly installments agreed on the call"));
    complete("CCU-04814-3002", "Task_ConfirmPlan", Map.of("debtorAnswer", "ACCEPTED",
        "notes", "Schedule read out; the debtor agreed"));
    completeWork("FAB-04851-3093", Map.ofEntries(Map.entry("outcome", "SETTLEMENT_REQUESTED"),
        Map.entry("settlementAmount", 1980), Map.entry("settlementDate", date), Map.entry("monthlyIncome", 3200),
        Map.entry("fixedCosts", 2150), Map.entry("flexibleCosts", 420), Map.entry("otherDebts", 310),
        Map.entry("notes", "Offers a lump sum from a tax refund, asks for 40 % off")));
    completeWork("NWB-04888-3184", Map.of("outcome", "SETTLEMENT_REQUESTED", "settlementAmount", 5990,
        "settlementDate", date, "notes", "Lump sum from a family loan"));
    completeWork("CCU-04925-3275", Map.of("outcome", "SETTLEMENT_REQUESTED", "settlementAmount", 6600,
        "settlementDate", date, "notes", "Small discount, within the collector's authority"));
    completeWork("CCU-05036-3548", Map.of("outcome", "NO_CONTACT", "notes", "Voicemail left"));
    completeWork("FAB-05073-3639", Map.of("outcome", "WRONG_PARTY", "notes", "Number belongs to someone else"));
    // A dispute within the validation period: a collector verifies the debt while collection waits.
    caseOf("FAB-05184-3912").ifPresent(caseNumber -> holds.place(caseNumber, new Holds.NewHold(HoldKind.DISPUTE,
        today, DisputeRequest.VERIFICATION, "Says the late fees were never agreed", "Tear-off form received by post"),
        "collector"));
    caseOf("NWB-05110-3730").ifPresent(caseNumber -> payments.receive(caseNumber,
        new Payment("DEMO-PAY-" + caseNumber, cases.balance(caseNumber), today, "Paid by bank transfer"), "admin"));
    caseOf("CCU-05147-3821").ifPresent(caseNumber -> {
      await("the first task of " + caseNumber, () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
          .singleResult());
      messages.recall(caseNumber, "The creditor sold the account", "admin");
    });
    // Overpaid by a bank transfer: the collector asks for the difference back, and a manager finds it to approve.
    caseOf("NWB-05221-4003").ifPresent(caseNumber -> {
      payments.receive(caseNumber, new Payment("DEMO-PAY-" + caseNumber, cases.balance(caseNumber)
          .add(OVERPAID), today, "Paid by bank transfer, 40.00 more than owed"), "admin");
      refunds.request(caseNumber, OVERPAID, "Paid 40.00 more than the balance by bank transfer", "collector");
    });
  }

  private void completeWork(String accountNumber, Map<String, Object> form) {
    complete(accountNumber, "Task_WorkAccount", form);
  }

  private void complete(String accountNumber, String taskKey, Map<String, Object> form) {
    caseOf(accountNumber).ifPresent(caseNumber -> {
      Task task = await(taskKey + " of " + caseNumber, () -> task(caseNumber, taskKey));
      as("collector", Roles.COLLECTORS, () -> tasks.complete(task.getId(), form));
    });
  }

  private Task task(String caseNumber, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
  }

  /** Acts as the demo user would in Tasklist: the engine knows who they are. */
  private void as(String user, String group, Runnable work) {
    identity.setAuthentication(user, List.of(group));
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private java.util.Optional<String> caseOf(String accountNumber) {
    return intake.existingCase(accountNumber.substring(0, 3), accountNumber);
  }

  private <T> T await(String what, Supplier<T> probe) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (stopping) {
        throw new IllegalStateException("the application is stopping");
      }
      T found = probe.get();
      if (found != null) {
        return found;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new IllegalStateException("the demo gave up waiting for " + what);
  }

}
