package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recourse.payment.LedgerAllocationTest.parts;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.payment.internal.PaymentReversal;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Posting on PostgreSQL with two threads at once, as two requests or two nodes would: the same payment is posted
 * once, payments of one account are applied one after the other, a payment is reversed once and a refund paid
 * once. The unique keys and the ledger's lock decide; the loser finds the winner's work.
 */
@SpringBootTest(properties = "recourse.it.schema=recourse_it_ledger")
@ActiveProfiles("pgtest")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PaymentPostingIT {

  private static final int ROUNDS = 10;

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
  Refunds refunds;
  @Autowired
  PaymentFiles files;
  @Autowired
  PayableCases cases;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  @Test
  void the_same_payment_posted_by_two_threads_at_once_is_posted_and_announced_once() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String caseNumber = Accounts.place(intake, "500.00", null, "35.00", null);
      Payment payment = new Payment("RACE-" + caseNumber, new BigDecimal("120.00"), LocalDate.now(), null);

      List<PaymentPosting> postings = race(
          () -> payments.receive(caseNumber, payment, "manager"),
          () -> payments.receive(caseNumber, payment, "manager2"));

      assertThat(postings).extracting(PaymentPosting::alreadyPosted).containsExactlyInAnyOrder(false, true);
      assertThat(postings).extracting(p -> p.entry().getId()).containsOnly(postings.get(0).entry().getId());
      assertThat(postings).allSatisfy(p -> assertThat(p.balanceAfter()).isEqualByComparingTo("415.00"));
      assertThat(jdbc.queryForObject("select count(*) from ledger_entry where reference = ?", Integer.class,
          payment.reference())).isEqualTo(1);
      // The case heard of it once (its history records each PaymentReceived).
      assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ? and kind = 'PAYMENT_POSTED'",
          Integer.class, accountOf(caseNumber))).isEqualTo(1);
    }
  }

  @Test
  void one_reference_sent_for_two_cases_at_once_is_posted_for_one_and_refused_for_the_other() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String first = Accounts.place(intake, "500.00", null, null, null);
      String second = Accounts.place(intake, "500.00", null, null, null);
      Payment payment = new Payment("TWICE-" + first, new BigDecimal("80.00"), LocalDate.now(), null);

      List<Object> outcomes = raceOrRefusal(
          () -> payments.receive(first, payment, "manager"),
          () -> payments.receive(second, payment, "manager"));

      assertThat(outcomes).hasAtLeastOneElementOfType(PaymentPosting.class)
          .hasAtLeastOneElementOfType(PaymentReferenceConflictException.class);
      assertThat(ledger.balance(accountOf(first)).add(ledger.balance(accountOf(second))))
          .isEqualByComparingTo("920.00");
    }
  }

  @Test
  void two_payments_of_one_account_at_once_are_applied_one_after_the_other() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
      long account = accountOf(caseNumber);

      List<PaymentPosting> postings = race(
          () -> payments.receive(caseNumber, new Payment("A-" + caseNumber, new BigDecimal("30.00"), LocalDate.now(),
              null), "manager"),
          () -> payments.receive(caseNumber, new Payment("B-" + caseNumber, new BigDecimal("30.00"), LocalDate.now(),
              null), "manager"));

      // Had both read the same balance, each would have paid 30.00 of the 35.00 of fees.
      assertThat(postings).extracting(p -> p.entry().getParts()).containsExactlyInAnyOrder(
          parts("0.00", "0.00", "-30.00"), parts("-12.50", "-12.50", "-5.00"));
      assertThat(ledger.parts(account)).isEqualTo(parts("387.50", "0.00", "0.00"));
    }
  }

  @Test
  void a_payment_reversed_by_two_threads_at_once_is_reversed_once() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
      String reference = "REV-" + caseNumber;
      payments.receive(caseNumber, new Payment(reference, new BigDecimal("100.00"), LocalDate.now(), null), "manager");

      List<PaymentReversal> reversals = race(
          () -> payments.reverse(reference, ReversalReason.RETURNED, null, null, "manager"),
          () -> payments.reverse(reference, ReversalReason.CHARGEBACK, null, null, "manager2"));

      assertThat(reversals).extracting(PaymentReversal::alreadyReversed).containsExactlyInAnyOrder(false, true);
      assertThat(ledger.parts(accountOf(caseNumber))).isEqualTo(parts("400.00", "12.50", "35.00"));
    }
  }

  @Test
  void a_refund_approved_by_two_managers_at_once_is_paid_once() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String caseNumber = Accounts.place(intake, "100.00", null, null, null);
      payments.receive(caseNumber, new Payment("OVER-" + caseNumber, new BigDecimal("150.00"), LocalDate.now(), null),
          "manager");
      long refundId = refunds.request(caseNumber, new BigDecimal("50.00"), "Overpaid", "collector").getId();

      List<Object> outcomes = raceOrRefusal(
          () -> refunds.decide(refundId, true, null, "manager"),
          () -> refunds.decide(refundId, true, null, "manager2"));

      assertThat(outcomes).hasAtLeastOneElementOfType(Refund.class)
          .hasAtLeastOneElementOfType(ConflictException.class);
      assertThat(ledger.balance(accountOf(caseNumber))).isEqualByComparingTo("0.00");
      assertThat(jdbc.queryForObject("select count(*) from ledger_entry where reference = ?", Integer.class,
          "REFUND-" + refundId)).isEqualTo(1);
    }
  }

  @Test
  void a_payment_file_and_the_api_posting_the_same_payments_post_each_once() throws Exception {
    List<String> caseNumbers = new ArrayList<>();
    StringBuilder csv = new StringBuilder("case_number,reference,amount,received_on");
    String today = LocalDate.now(ZoneId.of("America/New_York")).toString();
    for (int i = 0; i < 40; i++) {
      String caseNumber = Accounts.place(intake, "300.00", null, "20.00", null);
      caseNumbers.add(caseNumber);
      csv.append('\n').append(String.join(",", caseNumber, "FILE-" + caseNumber, "25.00", today));
    }
    PaymentFile file = files.submit("race.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        "manager");
    for (String caseNumber : caseNumbers) {
      payments.receive(caseNumber, new Payment("FILE-" + caseNumber, new BigDecimal("25.00"),
          LocalDate.parse(today), null), "manager2");
    }
    await().atMost(Duration.ofSeconds(60))
        .until(() -> files.get(file.getId()).getStatus() == FileRunStatus.COMPLETED);

    PaymentFile done = files.get(file.getId());
    assertThat(done.getRowsDone() + done.getRowsAlreadyDone()).isEqualTo(40);
    assertThat(done.getRowsRejected()).isZero();
    for (String caseNumber : caseNumbers) {
      assertThat(ledger.parts(accountOf(caseNumber))).isEqualTo(parts("295.00", "0.00", "0.00"));
      assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ? and kind = 'PAYMENT_POSTED'",
          Integer.class, accountOf(caseNumber))).isEqualTo(1);
    }
  }

  private long accountOf(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().accountId();
  }

  @SafeVarargs
  private static <T> List<T> race(Callable<T>... contenders) throws Exception {
    List<T> results = new ArrayList<>();
    for (Object outcome : raceOrRefusal(contenders)) {
      if (outcome instanceof Exception failed) {
        throw failed;
      }
      @SuppressWarnings("unchecked")
      T result = (T) outcome;
      results.add(result);
    }
    return results;
  }

  /** Runs the contenders at once; each comes back with its result, or with the business refusal it met. */
  @SafeVarargs
  private static List<Object> raceOrRefusal(Callable<?>... contenders) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(contenders.length);
    CyclicBarrier start = new CyclicBarrier(contenders.length);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<?> contender : contenders) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            return contender.call();
          } catch (ConflictException | OptimisticLockingFailureException refused) {
            return refused;
          }
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
}
