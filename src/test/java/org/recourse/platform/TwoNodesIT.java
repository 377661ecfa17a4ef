package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementOutcome;
import org.recourse.intake.PortfolioImports;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
import org.recourse.payment.Payments;
import org.recourse.reporting.RecoveryFigures;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Recourse nodes, each with its job executor, against one PostgreSQL schema, as in docker/compose-cluster.yml:
 * what both do at once happens once, and nothing is lost.
 */
class TwoNodesIT {

  private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;
  /** The SMTP server both nodes send through. */
  private static GreenMail smtp;

  @BeforeAll
  static void startTwoNodes() {
    // E-mail leaves only at hours the debtor may be contacted (08:00-21:00 local): the nodes' clock runs from noon
    // today, whatever the hour the test runs at.
    ClockUtil.offset(LocalDate.now(CENTRAL).atTime(12, 0).atZone(CENTRAL).toInstant().toEpochMilli()
        - System.currentTimeMillis());
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    nodeA = node("node-a");
    nodeB = node("node-b");
    TestData.usersAndCreditors(nodeA.getBean(IdentityService.class), nodeA.getBean(AccountRegistry.class));
  }

  @AfterAll
  static void stopNodes() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
    ClockUtil.reset();
  }

  private static ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .profiles("pgtest")
        // Command-line arguments, so that they override the profiles' configuration files.
        .run("--recourse.it.schema=recourse_it_cluster",
            "--server.port=0",
            "--camunda.bpm.process-engine-name=" + name,
            "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--recourse.intake.staging-dir=target/it-imports/cluster",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--recourse.correspondence.mail-poll-initial-delay=PT1S",
            "--recourse.correspondence.mail-poll-every=PT1S");
  }

  @Test
  void a_portfolio_split_over_two_nodes_reaches_the_collector_once_per_account_with_one_notice_each() throws Exception {
    int accounts = 60;
    StringBuilder first = new StringBuilder(PORTFOLIO_HEADER);
    StringBuilder second = new StringBuilder(PORTFOLIO_HEADER);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      String number = TestData.accountNumber();
      numbers.add(number);
      // Each node is sent two thirds of the file, so a third of the accounts are placed by both at once.
      if (i < 40) {
        first.append('\n').append(row(number));
      }
      if (i >= 20) {
        second.append('\n').append(row(number));
      }
    }
    var a = nodeA.getBean(PortfolioImports.class).submit("a.csv", stream(first), "admin");
    var b = nodeB.getBean(PortfolioImports.class).submit("b.csv", stream(second), "admin");
    await().atMost(Duration.ofSeconds(90)).until(() ->
        nodeA.getBean(PortfolioImports.class).get(a.getId()).getStatus() == FileRunStatus.COMPLETED
            && nodeB.getBean(PortfolioImports.class).get(b.getId()).getStatus() == FileRunStatus.COMPLETED);
    var importA = nodeA.getBean(PortfolioImports.class).get(a.getId());
    var importB = nodeB.getBean(PortfolioImports.class).get(b.getId());
    assertThat(importA.getRowsDone() + importB.getRowsDone()).isEqualTo(accounts);
    assertThat(importA.getRowsAlreadyDone() + importB.getRowsAlreadyDone()).isEqualTo(20);

    JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
    String in = "('" + String.join("','", numbers) + "')";
    await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForObject(
        "select count(*) from collection_case c join account a on a.id = c.id where c.status = 'IN_COLLECTION' "
            + "and a.account_number in " + in, Integer.class) == accounts);

    assertThat(jdbc.queryForObject("select count(*) from account where account_number in " + in, Integer.class))
        .isEqualTo(accounts);
    // One validation notice and one collector task per case, although both nodes' job executors ran.
    assertThat(jdbc.queryForList("select count(*) from case_event e join account a on a.id = e.case_id "
        + "where e.kind = 'NOTICE_RECORDED' and a.account_number in " + in + " group by e.case_id", Integer.class))
        .hasSize(accounts).containsOnly(1);
    assertThat(jdbc.queryForList("select count(*) from document d join account a on a.id = d.case_id "
        + "where d.kind = 'validation-notice' and a.account_number in " + in + " group by d.case_id", Integer.class))
        .hasSize(accounts).containsOnly(1);
    // Each notice e-mailed once, although both nodes' dispatchers ran over the same outbox.
    await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject("select count(*) from outbox_mail m "
        + "join account a on a.id = m.case_id where m.status = 'SENT' and a.account_number in " + in,
        Integer.class) == accounts);
    Thread.sleep(2_000);
    List<String> recipients = new ArrayList<>();
    for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
      recipients.add(message.getAllRecipients()[0].toString());
    }
    assertThat(recipients).doesNotHaveDuplicates()
        .containsAll(numbers.stream().map(TwoNodesIT::email).toList());
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task t "
        + "join act_ru_execution e on e.id_ = t.proc_inst_id_ join collection_case c on c.case_number = e.business_key_ "
        + "join account a on a.id = c.id where t.task_def_key_ = 'Task_WorkAccount' and a.account_number in " + in,
        Integer.class)).isEqualTo(accounts);
  }

  @Test
  void the_same_account_placed_on_both_nodes_at_once_becomes_one_case() throws Exception {
    String number = TestData.accountNumber();
    Placement placement = TestData.placement(number, "730.00");

    List<Object> outcomes = race(
        () -> placeOrReportRace(nodeA, placement),
        () -> placeOrReportRace(nodeB, placement));

    assertThat(outcomes).hasSize(2).hasAtLeastOneElementOfType(PlacementOutcome.Placed.class);
    assertThat(nodeA.getBean(JdbcTemplate.class)
        .queryForObject("select count(*) from account where account_number = ?", Integer.class, number)).isEqualTo(1);
  }

  @Test
  void the_same_payment_posted_on_both_nodes_at_once_is_posted_once() throws Exception {
    PlacementOutcome placed = nodeA.getBean(AccountIntake.class)
        .place(TestData.placement(TestData.accountNumber(), "500.00"), "admin");
    String caseNumber = ((PlacementOutcome.Placed) placed).caseNumber();
    Payment payment = new Payment("RACE-" + caseNumber, new BigDecimal("120.00"), LocalDate.now(), null);

    List<Object> postings = race(
        () -> nodeA.getBean(Payments.class).receive(caseNumber, payment, "admin"),
        () -> nodeB.getBean(Payments.class).receive(caseNumber, payment, "admin"));

    assertThat(postings).extracting(p -> ((PaymentPosting) p).alreadyPosted()).containsExactlyInAnyOrder(true, false);
    assertThat(postings).extracting(p -> ((PaymentPosting) p).balanceAfter())
        .allSatisfy(balance -> assertThat((BigDecimal) balance).isEqualByComparingTo("415.00"));
    assertThat(nodeA.getBean(JdbcTemplate.class).queryForObject(
        "select count(*) from ledger_entry where reference = ?", Integer.class, payment.reference())).isEqualTo(1);
  }

  @Test
  void each_nodes_figures_take_in_every_payment_committed_on_either_node_whatever_order_they_commit_in()
      throws Exception {
    String first = placedCase(nodeA);
    String second = placedCase(nodeB);
    // Both nodes hold their copy of the ledger from here.
    assertFiguresMatchTheLedger();

    // A payment on node B whose transaction stays open while node A posts and commits a later one.
    BigDecimal before = collectedInTheLedger();
    CountDownLatch posted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    Future<?> slow = thread.submit(() -> new TransactionTemplate(nodeB.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(status -> {
          nodeB.getBean(Payments.class).receive(first, payment("SLOW-" + first, "40.00"), "admin");
          flush(nodeB);
          // Node B's own figures count its uncommitted payment, in its transaction.
          assertThat(collectedOnTheFigures(nodeB)).isEqualByComparingTo(before.add(new BigDecimal("40.00")));
          posted.countDown();
          waitFor(release);
        }));
    try {
      waitFor(posted);
      nodeA.getBean(Payments.class).receive(second, payment("FAST-" + second, "25.00"), "admin");
      // The later payment is seen at once; the open one is not, on either node.
      assertFiguresMatchTheLedger();
    } finally {
      release.countDown();
      slow.get();
      thread.shutdown();
    }
    // Committed after a later one: both nodes take it in.
    assertFiguresMatchTheLedger();

    // A payment rolled back is forgotten, by the node that read it in its own transaction too.
    BigDecimal committed = collectedInTheLedger();
    new TransactionTemplate(nodeA.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      nodeA.getBean(Payments.class).receive(second, payment("UNDONE-" + second, "60.00"), "admin");
      flush(nodeA);
      assertThat(collectedOnTheFigures(nodeA)).isEqualByComparingTo(committed.add(new BigDecimal("60.00")));
      status.setRollbackOnly();
    });
    assertFiguresMatchTheLedger();
    assertThat(collectedInTheLedger()).isEqualByComparingTo(before.add(new BigDecimal("65.00")));
  }

  private static String placedCase(ConfigurableApplicationContext node) {
    return ((PlacementOutcome.Placed) node.getBean(AccountIntake.class)
        .place(TestData.placement(TestData.accountNumber(), "500.00"), "admin")).caseNumber();
  }

  /** Writes the transaction's entries to the database now, as the transaction's own reads then see them. */
  private static void flush(ConfigurableApplicationContext node) {
    EntityManagerFactoryUtils.getTransactionalEntityManager(node.getBean(EntityManagerFactory.class)).flush();
  }

  private static Payment payment(String reference, String amount) {
    // Effective on the figures' day, so that they count it.
    return new Payment(reference, new BigDecimal(amount),
        nodeA.getBean(RecoveryFigures.class).scope(TestData.CREDITOR, null).asOf(), null);
  }

  private static void assertFiguresMatchTheLedger() {
    BigDecimal committed = collectedInTheLedger();
    assertThat(collectedOnTheFigures(nodeA)).as("node A").isEqualByComparingTo(committed);
    assertThat(collectedOnTheFigures(nodeB)).as("node B").isEqualByComparingTo(committed);
  }

  /** The test creditor's collections in all, as the liquidation figure adds them up on the node. */
  private static BigDecimal collectedOnTheFigures(ConfigurableApplicationContext node) {
    RecoveryFigures figures = node.getBean(RecoveryFigures.class);
    return figures.liquidation(figures.scope(TestData.CREDITOR, null)).rows().stream()
        .map(row -> (BigDecimal) row.get(4)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The same, summed by the database from what is committed: effective by the figures' day. */
  private static BigDecimal collectedInTheLedger() {
    LocalDate asOf = nodeA.getBean(RecoveryFigures.class).scope(TestData.CREDITOR, null).asOf();
    return nodeA.getBean(JdbcTemplate.class).queryForObject("select coalesce(-sum(l.amount), 0) from ledger_entry l "
        + "join account a on a.id = l.account_id join creditor cr on cr.id = a.creditor_id "
        + "where cr.code = ? and l.kind in ('PAYMENT', 'REVERSAL', 'REFUND') and l.effective_date <= ?",
        BigDecimal.class, TestData.CREDITOR, asOf);
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** A duplicate placement that lost the race on the unique key reports the existing case, as the API does. */
  private static Object placeOrReportRace(ConfigurableApplicationContext node, Placement placement) {
    AccountIntake intake = node.getBean(AccountIntake.class);
    try {
      return intake.place(placement, "admin");
    } catch (DataIntegrityViolationException raced) {
      return new PlacementOutcome.Duplicate(intake.existingCase(placement.creditorCode(), placement.accountNumber())
          .orElseThrow());
    }
  }

  @SafeVarargs
  private static List<Object> race(Callable<Object>... contenders) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(contenders.length);
    CyclicBarrier start = new CyclicBarrier(contenders.length);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> contender : contenders) {
        futures.add(pool.submit(() -> {
          start.await();
          return contender.call();
        }));
      }
      List<Object> results = new ArrayList<>();
      for (Future<Object> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static ByteArrayInputStream stream(StringBuilder csv) {
    return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static final String PORTFOLIO_HEADER = "creditor_code,account_number,original_creditor,current_creditor,"
      + "product,itemization_date_type,itemization_date,itemization_amount,charge_off_date,charge_off_balance,"
      + "delinquency_date,first_name,last_name,address_line1,city,state,postal_code,mobile_phone,email,email_consent";

  private static String row(String number) {
    return String.join(",", TestData.CREDITOR, number, "Test Creditor Bank", "Test Creditor Bank", "CREDIT_CARD",
        "CHARGE_OFF", "2025-06-30", "640.00", "2025-06-30", "640.00", "2025-01-10", "Ann", "Lee", "1 Main St",
        "Austin", "TX", "78701", "(512) 555-0142", email(number), "yes");
  }

  private static String email(String accountNumber) {
    return accountNumber.toLowerCase(java.util.Locale.ROOT) + "@example.com";
  }
}
