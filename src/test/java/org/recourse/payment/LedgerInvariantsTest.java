package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.payment.BalancePart;
import org.recourse.payment.BalanceParts;
import org.recourse.payment.internal.PaymentReversal;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Random sequences of charges, payments (partial, exact, overpaid, posted twice), reversals (some twice),
 * write-offs, corrections and refunds: after every step each balance is the sum of its entries and what the
 * steps added up to, its parts add up to it, and no part but principal is ever below zero. Seeded, so that a
 * failure comes back the same: -Dledger.seed=... replays it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
class LedgerInvariantsTest {

  private static final long SEED = Long.getLong("ledger.seed", 20_261_130L);
  private static final int STEPS = Integer.getInteger("ledger.steps", 600);

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
  PayableCases cases;

  private final Random random = new Random(SEED);
  private final Map<String, BigDecimal> expected = new HashMap<>();
  private final Map<String, List<Payment>> paid = new HashMap<>();

  @Test
  void after_any_sequence_of_steps_every_balance_is_its_entries_and_its_parts() {
    TestData.usersAndCreditors(identity, accounts);
    List<String> caseNumbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String caseNumber = Accounts.place(intake, cents(10_000 + random.nextInt(90_000)), cents(random.nextInt(3_000)),
          cents(random.nextInt(5_000)), i == 0 ? cents(random.nextInt(5_000)) : null);
      caseNumbers.add(caseNumber);
      expected.put(caseNumber, ledger.balance(accountOf(caseNumber)));
      paid.put(caseNumber, new ArrayList<>());
    }
    Map<String, Integer> steps = new HashMap<>();

    for (int step = 0; step < STEPS; step++) {
      String caseNumber = caseNumbers.get(random.nextInt(caseNumbers.size()));
      String done = step(caseNumber, step);
      steps.merge(done, 1, Integer::sum);
      check(caseNumber, "seed " + SEED + ", step " + step + " (" + done + ")");
    }
    caseNumbers.forEach(caseNumber -> check(caseNumber, "seed " + SEED + ", at the end"));
    // The sequence went everywhere: overpaid, refunded, reversed, written off.
    assertThat(steps.keySet()).as("kinds of step taken").contains("charge", "partial payment", "overpayment",
        "payment again", "reversal", "reversal again", "write-off", "correction", "refund");
  }

  private String step(String caseNumber, int step) {
    long account = accountOf(caseNumber);
    BalanceParts parts = ledger.parts(account);
    BigDecimal balance = parts.total();
    int dice = random.nextInt(100);
    if (dice < 12) {
      BigDecimal amount = money(1, 5_000);
      ledger.charge(account, random.nextBoolean() ? LedgerEntryKind.INTEREST : LedgerEntryKind.FEE, amount,
          "Charged in step " + step, "system");
      add(caseNumber, amount);
      return "charge";
    }
    if (dice < 45) {
      boolean over = random.nextInt(4) == 0 || balance.signum() <= 0;
      BigDecimal amount = over ? balance.max(BigDecimal.ZERO).add(money(1, 20_000))
          : money(1, Math.max(1, balance.movePointRight(2).intValue()));
      Payment payment = new Payment("INV-" + caseNumber + "-" + step, amount, LocalDate.now(), null);
      PaymentPosting posting = payments.receive(caseNumber, payment, "manager");
      assertThat(posting.alreadyPosted()).isFalse();
      paid.get(caseNumber).add(payment);
      add(caseNumber, amount.negate());
      return over ? "overpayment" : "partial payment";
    }
    if (dice < 52 && !paid.get(caseNumber).isEmpty()) {
      Payment again = pick(paid.get(caseNumber));
      assertThat(payments.receive(caseNumber, again, "manager").alreadyPosted()).isTrue();
      return "payment again";
    }
    if (dice < 65 && !paid.get(caseNumber).isEmpty()) {
      Payment returned = pick(paid.get(caseNumber));
      PaymentReversal reversal = payments.reverse(returned.reference(),
          ReversalReason.values()[random.nextInt(ReversalReason.values().length)], "step " + step, null, "manager");
      if (reversal.alreadyReversed()) {
        return "reversal again";
      }
      add(caseNumber, returned.amount());
      return "reversal";
    }
    if (dice < 75) {
      BalancePart part = BalancePart.values()[random.nextInt(BalancePart.values().length)];
      BigDecimal owed = parts.get(part);
      if (owed.signum() > 0 && random.nextBoolean()) {
        BigDecimal amount = money(1, owed.movePointRight(2).intValue()).negate();
        ledger.adjust(account, part, amount, "Written off in step " + step, "manager");
        add(caseNumber, amount);
        return "write-off";
      }
      BigDecimal amount = money(1, 2_000);
      ledger.adjust(account, part, amount, "Corrected in step " + step, "manager");
      add(caseNumber, amount);
      return "correction";
    }
    if (dice < 90 && parts.creditBalance().signum() > 0) {
      BigDecimal amount = money(1, parts.creditBalance().movePointRight(2).intValue());
      Refund refund = refunds.request(caseNumber, amount, "Overpaid (step " + step + ")", "collector");
      boolean approve = random.nextInt(5) > 0;
      refunds.decide(refund.getId(), approve, approve ? null : "Kept for step " + step, "manager");
      if (approve) {
        add(caseNumber, amount);
        return "refund";
      }
      return "refund rejected";
    }
    if (balance.signum() > 0 && random.nextInt(3) == 0) {
      BigDecimal amount = money(1, balance.movePointRight(2).intValue()).negate();
      ledger.adjust(account, amount, "Settlement write-off in step " + step, "system");
      add(caseNumber, amount);
      return "write-off";
    }
    return "nothing";
  }

  private void check(String caseNumber, String where) {
    long account = accountOf(caseNumber);
    List<LedgerEntry> entries = ledger.entries(account);
    BigDecimal sum = entries.stream().map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal balance = ledger.balance(account);
    BalanceParts parts = ledger.parts(account);

    assertThat(balance).as("balance = sum of entries, " + where).isEqualByComparingTo(sum);
    assertThat(balance).as("balance = what the steps added up to, " + where).isEqualByComparingTo(expected.get(caseNumber));
    assertThat(parts.total()).as("principal + interest + fees = balance, " + where).isEqualByComparingTo(balance);
    assertThat(parts.interest().signum()).as("interest never below zero, " + where).isGreaterThanOrEqualTo(0);
    assertThat(parts.fees().signum()).as("fees never below zero, " + where).isGreaterThanOrEqualTo(0);
    assertThat(parts.creditBalance()).as("credit balance, " + where)
        .isEqualByComparingTo(balance.signum() < 0 ? balance.negate() : BigDecimal.ZERO);
    Map<Long, LedgerEntry> byId = new HashMap<>();
    Map<Long, Integer> reversals = new HashMap<>();
    for (LedgerEntry entry : entries) {
      byId.put(entry.getId(), entry);
      assertThat(entry.getParts().total()).as("entry " + entry.getId() + " adds up, " + where)
          .isEqualByComparingTo(entry.getAmount());
      assertThat(entry.getAmount().scale()).as("to the cent, " + where).isEqualTo(2);
    }
    for (LedgerEntry entry : entries) {
      if (entry.getKind() == LedgerEntryKind.REVERSAL) {
        assertThat(entry.getParts()).as("reversal " + entry.getId() + " undoes its payment exactly, " + where)
            .isEqualTo(byId.get(entry.getReversesId()).getParts().negate());
        assertThat(reversals.merge(entry.getReversesId(), 1, Integer::sum)).as("reversed once, " + where).isEqualTo(1);
      }
    }
  }

  private void add(String caseNumber, BigDecimal amount) {
    expected.merge(caseNumber, amount, BigDecimal::add);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Between {@code minCents} and {@code maxCents} cents. */
  private BigDecimal money(int minCents, int maxCents) {
    return BigDecimal.valueOf(minCents + (long) random.nextInt(Math.max(1, maxCents - minCents + 1)), 2);
  }

  private static String cents(int cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private long accountOf(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().accountId();
  }
}
