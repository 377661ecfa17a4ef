package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.recourse.payment.LedgerAllocationTest.parts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.AccountIntake;
import org.recourse.payment.internal.AllocationOrder;
import org.recourse.payment.BalancePart;
import org.recourse.payment.BalanceParts;
import org.recourse.payment.internal.FourEyesException;
import org.recourse.payment.internal.PaymentReversal;
import org.recourse.payment.internal.PaymentSettings;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.internal.RefundDecided;
import org.recourse.payment.internal.RefundRequested;
import org.recourse.payment.internal.RefundStatus;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.platform.ConflictException;
import org.recourse.platform.InputRejectedException;
import org.recourse.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The ledger by its parts: allocation, overpayments and refunds, reversals, write-offs; each once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("h2test")
@RecordApplicationEvents
class LedgerTest {

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
  @Autowired
  PaymentSettings settings;
  @Autowired
  ApplicationEvents events;

  @BeforeEach
  void data() {
    TestData.usersAndCreditors(identity, accounts);
  }

  @Test
  void a_placement_opens_the_ledger_by_parts_with_its_prior_credits_applied_in_order() {
    long account = accountOf(Accounts.place(intake, "400.00", "12.50", "35.00", "40.00"));

    // 40.00 of prior credits paid the 35.00 of fees, then 5.00 of the interest.
    assertThat(ledger.parts(account)).isEqualTo(parts("400.00", "7.50", "0.00"));
    assertThat(ledger.balance(account)).isEqualByComparingTo("407.50");
    assertThat(ledger.entries(account)).extracting(LedgerEntry::getKind, LedgerEntry::getParts).containsExactly(
        tuple(LedgerEntryKind.ITEMIZATION, parts("400.00", "0.00", "0.00")),
        tuple(LedgerEntryKind.INTEREST, parts("0.00", "12.50", "0.00")),
        tuple(LedgerEntryKind.FEE, parts("0.00", "0.00", "35.00")),
        tuple(LedgerEntryKind.PRIOR_CREDIT, parts("0.00", "-5.00", "-35.00")));
  }

  @Test
  void partial_payments_pay_fees_then_interest_then_principal_and_each_entry_shows_how() {
    String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    long account = accountOf(caseNumber);

    PaymentPosting first = pay(caseNumber, "20.00");
    PaymentPosting second = pay(caseNumber, "20.00");
    PaymentPosting third = pay(caseNumber, "100.00");

    assertThat(first.entry().getParts()).isEqualTo(parts("0.00", "0.00", "-20.00"));
    assertThat(second.entry().getParts()).isEqualTo(parts("0.00", "-5.00", "-15.00"));
    assertThat(third.entry().getParts()).isEqualTo(parts("-92.50", "-7.50", "0.00"));
    assertThat(third.balanceAfter()).isEqualByComparingTo("307.50");
    assertThat(ledger.parts(account)).isEqualTo(parts("307.50", "0.00", "0.00"));
    assertThat(ledger.balance(account)).isEqualByComparingTo(sumOfEntries(account));
  }

  @Test
  void the_configured_allocation_order_applies_to_each_payment() {
    String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    settings.setAllocationOrder(List.of(BalancePart.INTEREST, BalancePart.PRINCIPAL, BalancePart.FEES));
    try {
      assertThat(pay(caseNumber, "40.00").entry().getParts()).isEqualTo(parts("-27.50", "-12.50", "0.00"));
      assertThat(pay(caseNumber, "400.00").entry().getParts()).isEqualTo(parts("-372.50", "0.00", "-27.50"));
    } finally {
      settings.setAllocationOrder(AllocationOrder.DEFAULT.parts());
    }
    assertThat(ledger.parts(accountOf(caseNumber))).isEqualTo(parts("0.00", "0.00", "7.50"));
  }

  @Test
  void an_overpayment_is_a_credit_balance_refunded_once_after_another_manager_approves() {
    String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    long account = accountOf(caseNumber);

    PaymentPosting overpaid = pay(caseNumber, "500.00");
    assertThat(overpaid.balanceAfter()).isEqualByComparingTo("-52.50");
    assertThat(ledger.parts(account)).isEqualTo(parts("-52.50", "0.00", "0.00"));
    assertThat(ledger.parts(account).creditBalance()).isEqualByComparingTo("52.50");

    assertThatThrownBy(() -> refunds.request(caseNumber, new BigDecimal("52.51"), "Overpaid", "collector"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("more than the credit balance of $52.50");
    Refund refund = refunds.request(caseNumber, new BigDecimal("50.00"), "Overpaid by bank transfer", "collector");
    assertThat(refund.getStatus()).isEqualTo(RefundStatus.PENDING);
    assertThatThrownBy(() -> refunds.request(caseNumber, new BigDecimal("2.51"), "The rest", "collector"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("less the $50.00 already requested");
    assertThat(events.stream(RefundRequested.class))
        .containsExactly(new RefundRequested(caseNumber, refund.getId(), new BigDecimal("50.00"), "collector"));

    assertThatThrownBy(() -> refunds.decide(refund.getId(), true, null, "collector"))
        .isInstanceOf(FourEyesException.class);
    assertThatThrownBy(() -> refunds.decide(refund.getId(), false, " ", "manager"))
        .isInstanceOf(InputRejectedException.class)
        .satisfies(e -> assertThat(((InputRejectedException) e).problems()).extracting("field").containsExactly("note"));
    assertThat(ledger.balance(account)).isEqualByComparingTo("-52.50");

    Refund approved = refunds.decide(refund.getId(), true, "Confirmed with the bank", "manager");

    assertThat(approved.getStatus()).isEqualTo(RefundStatus.APPROVED);
    assertThat(approved.getDecidedBy()).isEqualTo("manager");
    assertThat(ledger.balance(account)).isEqualByComparingTo("-2.50");
    assertThat(ledger.parts(account)).isEqualTo(parts("-2.50", "0.00", "0.00"));
    assertThatThrownBy(() -> refunds.decide(refund.getId(), true, null, "manager2"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already approved by manager");
    List<LedgerEntry> refundEntries = ledger.entries(account).stream()
        .filter(entry -> entry.getKind() == LedgerEntryKind.REFUND).toList();
    assertThat(refundEntries).singleElement().satisfies(entry -> {
      assertThat(entry.getAmount()).isEqualByComparingTo("50.00");
      assertThat(entry.getId()).isEqualTo(approved.getEntryId());
    });
    assertThat(events.stream(RefundDecided.class)).containsExactly(new RefundDecided(caseNumber, refund.getId(),
        new BigDecimal("50.00"), true, "manager", "Confirmed with the bank", new BigDecimal("-2.50")));
  }

  @Test
  void nothing_is_refunded_where_nothing_was_overpaid() {
    String caseNumber = Accounts.place(intake, "400.00", null, "35.00", null);

    assertThatThrownBy(() -> refunds.request(caseNumber, new BigDecimal("1.00"), "Goodwill", "collector"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("has no credit balance");
    assertThatThrownBy(() -> refunds.request("RC-9999999", new BigDecimal("1.00"), "Goodwill", "collector"))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void a_rejected_refund_leaves_the_ledger_alone_and_says_why() {
    String caseNumber = Accounts.place(intake, "100.00", null, null, null);
    long account = accountOf(caseNumber);
    pay(caseNumber, "130.00");
    Refund refund = refunds.request(caseNumber, new BigDecimal("30.00"), "Overpaid", "manager");

    Refund rejected = refunds.decide(refund.getId(), false, "The debtor asked us to keep it for the next account",
        "manager2");

    assertThat(rejected.getStatus()).isEqualTo(RefundStatus.REJECTED);
    assertThat(rejected.getEntryId()).isNull();
    assertThat(ledger.balance(account)).isEqualByComparingTo("-30.00");
    // The credit is free again for another request.
    assertThat(refunds.request(caseNumber, new BigDecimal("30.00"), "Asked again", "collector").getStatus())
        .isEqualTo(RefundStatus.PENDING);
  }

  @Test
  void a_reversal_owes_again_exactly_the_parts_its_payment_paid() {
    String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    long account = accountOf(caseNumber);
    PaymentPosting returned = pay(caseNumber, "40.00");
    pay(caseNumber, "100.00");
    assertThat(ledger.parts(account)).isEqualTo(parts("307.50", "0.00", "0.00"));

    PaymentReversal reversal = payments.reverse(returned.entry().getReference(), ReversalReason.RETURNED,
        "NSF", "RET-" + returned.entry().getReference(), "manager");

    assertThat(reversal.alreadyReversed()).isFalse();
    assertThat(reversal.reversal().getParts()).isEqualTo(parts("0.00", "5.00", "35.00"));
    assertThat(reversal.reversal().getReversesId()).isEqualTo(returned.entry().getId());
    assertThat(ledger.parts(account)).isEqualTo(parts("307.50", "5.00", "35.00"));
    assertThat(reversal.balanceAfter()).isEqualByComparingTo("347.50");
    assertThat(ledger.balance(account)).isEqualByComparingTo(sumOfEntries(account));
    assertThat(events.stream(PaymentReversed.class)).containsExactly(new PaymentReversed(caseNumber, account,
        returned.entry().getReference(), new BigDecimal("40.00"), new BigDecimal("347.50"), "manager"));
    // What an arrangement counts as paid leaves the returned payment out.
    assertThat(ledger.paidSince(account, LocalDate.now().minusDays(1))).isEqualByComparingTo("100.00");
  }

  @Test
  void a_payment_is_reversed_once_and_only_payments_are_reversed() {
    String caseNumber = Accounts.place(intake, "100.00", null, null, null);
    long account = accountOf(caseNumber);
    PaymentPosting payment = pay(caseNumber, "60.00");
    String reference = payment.entry().getReference();
    PaymentReversal first = payments.reverse(reference, ReversalReason.CHARGEBACK, null, "CB-" + reference, "manager");

    PaymentReversal again = payments.reverse(reference, ReversalReason.CHARGEBACK, null, null, "manager2");

    assertThat(again.alreadyReversed()).isTrue();
    assertThat(again.reversal().getId()).isEqualTo(first.reversal().getId());
    assertThat(ledger.balance(account)).isEqualByComparingTo("100.00");
    assertThat(events.stream(PaymentReversed.class)).hasSize(1);
    assertThatThrownBy(() -> payments.reverse("CB-" + reference, ReversalReason.ERROR, null, null, "manager"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is a reversal, not a payment");
    assertThatThrownBy(() -> payments.reverse("NO-SUCH-" + reference, ReversalReason.ERROR, null, null, "manager"))
        .isInstanceOf(NoSuchElementException.class);

    pay(caseNumber, "130.00");
    Refund refund = refunds.decide(refunds.request(caseNumber, new BigDecimal("30.00"), "Overpaid", "collector")
        .getId(), true, null, "manager");
    assertThatThrownBy(() -> payments.reverse("REFUND-" + refund.getId(), ReversalReason.ERROR, null, null, "manager"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("is a refund, not a payment");
    assertThat(ledger.balance(account)).isEqualByComparingTo("0.00");
  }

  @Test
  void the_same_payment_posted_twice_is_posted_and_announced_once_and_its_reference_is_its_own() {
    String caseNumber = Accounts.place(intake, "100.00", null, null, null);
    Payment payment = new Payment("ACH-TWICE-" + caseNumber, new BigDecimal("25.00"), LocalDate.now(), null);

    PaymentPosting first = payments.receive(caseNumber, payment, "manager");
    PaymentPosting second = payments.receive(caseNumber, payment, "manager");

    assertThat(first.alreadyPosted()).isFalse();
    assertThat(second.alreadyPosted()).isTrue();
    assertThat(second.entry().getId()).isEqualTo(first.entry().getId());
    assertThat(second.balanceAfter()).isEqualByComparingTo("75.00");
    assertThat(events.stream(PaymentReceived.class)).containsExactly(new PaymentReceived(caseNumber,
        accountOf(caseNumber), payment.reference(), new BigDecimal("25.00"), new BigDecimal("75.00"), "manager"));
    assertThatThrownBy(() -> payments.receive(caseNumber, new Payment(payment.reference(), new BigDecimal("26.00"),
        LocalDate.now(), null), "manager")).isInstanceOf(PaymentReferenceConflictException.class);
    String other = Accounts.place(intake, "100.00", null, null, null);
    assertThatThrownBy(() -> payments.receive(other, payment, "manager"))
        .isInstanceOf(PaymentReferenceConflictException.class);
  }

  @Test
  void a_write_off_never_takes_a_part_below_zero_and_a_settlement_write_off_clears_every_part() {
    String caseNumber = Accounts.place(intake, "400.00", "12.50", "35.00", null);
    long account = accountOf(caseNumber);

    assertThatThrownBy(() -> ledger.adjust(account, BalancePart.FEES, new BigDecimal("-35.01"), "Fee waived", "manager"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$35.00 of fees owed");
    assertThat(ledger.adjust(account, BalancePart.FEES, new BigDecimal("-35.00"), "Fee waived", "manager").getParts())
        .isEqualTo(parts("0.00", "0.00", "-35.00"));
    assertThat(ledger.adjust(account, BalancePart.INTEREST, new BigDecimal("2.00"), "Interest corrected", "manager")
        .getParts()).isEqualTo(parts("0.00", "2.00", "0.00"));
    assertThat(ledger.parts(account)).isEqualTo(parts("400.00", "14.50", "0.00"));

    assertThatThrownBy(() -> ledger.adjust(account, new BigDecimal("-414.51"), "Settled", "system"))
        .isInstanceOf(IllegalArgumentException.class);
    ledger.adjust(account, ledger.balance(account).negate(), "Settlement satisfied", "system");

    assertThat(ledger.parts(account)).isEqualTo(BalanceParts.ZERO);
    assertThat(ledger.balance(account)).isEqualByComparingTo("0.00");
  }

  @Test
  void interest_and_fees_charged_later_are_their_own_parts() {
    String caseNumber = Accounts.place(intake, "100.00", null, null, null);
    long account = accountOf(caseNumber);

    ledger.charge(account, LedgerEntryKind.INTEREST, new BigDecimal("1.25"), "Interest for March", "system");
    ledger.charge(account, LedgerEntryKind.FEE, new BigDecimal("15.00"), "Returned payment fee", "system");

    assertThat(ledger.parts(account)).isEqualTo(parts("100.00", "1.25", "15.00"));
    assertThatThrownBy(() -> ledger.charge(account, LedgerEntryKind.PAYMENT, BigDecimal.TEN, "no", "system"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private PaymentPosting pay(String caseNumber, String amount) {
    return payments.receive(caseNumber, new Payment("PAY-" + System.nanoTime(), new BigDecimal(amount),
        LocalDate.now(), null), "manager");
  }

  private long accountOf(String caseNumber) {
    return cases.find(caseNumber).orElseThrow().accountId();
  }

  private BigDecimal sumOfEntries(long account) {
    return ledger.entries(account).stream().map(LedgerEntry::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
