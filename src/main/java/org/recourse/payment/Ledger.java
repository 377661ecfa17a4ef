package org.recourse.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.recourse.payment.internal.LedgerEntryRepository;
import org.recourse.payment.internal.PaymentSettings;
import org.recourse.payment.internal.PostingOutcome;
import org.recourse.payment.internal.ReversalReason;
import org.recourse.platform.ConflictException;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only ledger of each account. Every balance, and each of its parts (principal, interest, fees), is a
 * sum of entries; nothing else holds money. Credits are applied to the parts in the configured allocation order
 * under a lock on the account's ledger, so that two payments for one account never pay the same part twice.
 */
@Service
public class Ledger {

  private final LedgerEntryRepository entries;
  private final PaymentSettings settings;
  private final Clock clock;

  Ledger(LedgerEntryRepository entries, PaymentSettings settings, Clock clock) {
    this.entries = entries;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Opens the ledger of a newly placed account: the amount owed on the itemization date, then what was added and
   * credited between that date and placement (12 CFR 1006.34(c)(2)(viii)). Returns the entries, in their order.
   */
  @Transactional
  public List<LedgerEntry> open(long accountId, OpeningBalance opening, String actor) {
    List<LedgerEntry> lines = new ArrayList<>(4);
    Instant now = clock.instant();
    BalanceParts owed = BalanceParts.of(BalancePart.PRINCIPAL, opening.itemizationAmount());
    lines.add(new LedgerEntry(accountId, LedgerEntryKind.ITEMIZATION, owed, opening.itemizationDate(), null,
        "Amount owed on the itemization date", now, actor));
    LocalDate placedOn = LocalDate.now(clock);
    if (opening.interest().signum() > 0) {
      BalanceParts interest = BalanceParts.of(BalancePart.INTEREST, opening.interest());
      owed = owed.plus(interest);
      lines.add(new LedgerEntry(accountId, LedgerEntryKind.INTEREST, interest, placedOn, null,
          "Interest since the itemization date", now, actor));
    }
    if (opening.fees().signum() > 0) {
      BalanceParts fees = BalanceParts.of(BalancePart.FEES, opening.fees());
      owed = owed.plus(fees);
      lines.add(new LedgerEntry(accountId, LedgerEntryKind.FEE, fees, placedOn, null,
          "Fees since the itemization date", now, actor));
    }
    if (opening.paymentsAndCredits().signum() > 0) {
      lines.add(new LedgerEntry(accountId, LedgerEntryKind.PRIOR_CREDIT,
          settings.allocationOrder().apply(owed, cents(opening.paymentsAndCredits())), placedOn, null,
          "Payments and credits since the itemization date", now, actor));
    }
    entries.saveAll(lines);
    return List.copyOf(lines);
  }

  /** What is owed: the sum of the entries. Below zero when more was paid than owed (a credit balance). */
  @Transactional(readOnly = true)
  public BigDecimal balance(long accountId) {
    return entries.balance(accountId);
  }

  /** The balances of some accounts, in one query; an account without entries is not in the map (it owes nothing). */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> balances(Collection<Long> accountIds) {
    Map<Long, BigDecimal> balances = new HashMap<>();
    entries.parts(accountIds).forEach(account -> balances.put(account.accountId(),
        account.principal().add(account.interest()).add(account.fees())));
    return balances;
  }

  /** The balance by its parts; they add up to {@link #balance}. */
  @Transactional(readOnly = true)
  public BalanceParts parts(long accountId) {
    return partsOf(List.of(accountId)).get(accountId);
  }

  /** Payments received on or after a date, e.g. since an arrangement was agreed; a reversed payment is not counted. */
  @Transactional(readOnly = true)
  public BigDecimal paidSince(long accountId, LocalDate since) {
    return entries.paidSince(accountId, since);
  }

  /** The account's itemization, as every letter, the court packet and the API state it. */
  @Transactional(readOnly = true)
  public StatementOfAccount statement(long accountId) {
    return StatementOfAccount.of(entries(accountId));
  }

  @Transactional(readOnly = true)
  public List<LedgerEntry> entries(long accountId) {
    return entries.findByAccountIdOrderByEffectiveDateAscIdAsc(accountId);
  }

  /**
   * Posts a payment once. The same reference again is a no-op that says so; the same reference with another
   * account or amount is refused, since it cannot be the same payment.
   */
  @Transactional
  public PaymentPosting postPayment(long accountId, Payment payment, String actor) {
    PostingOutcome outcome = post(List.of(new PaymentOrder(accountId, payment, null)), actor).get(0);
    if (outcome instanceof PostingOutcome.Posted posted) {
      return posted.posting();
    }
    throw new PaymentReferenceConflictException(payment.reference());
  }

  /** Charges interest or a fee, owed from today. */
  @Transactional
  public LedgerEntry charge(long accountId, LedgerEntryKind kind, BigDecimal amount, String description, String actor) {
    BalancePart part = switch (kind) {
      case INTEREST -> BalancePart.INTEREST;
      case FEE -> BalancePart.FEES;
      default -> throw new IllegalArgumentException("only interest and fees are charged after placement, not " + kind);
    };
    requirePositive(amount);
    return entries.save(new LedgerEntry(accountId, kind, BalanceParts.of(part, cents(amount)),
        LocalDate.now(clock), null, description, clock.instant(), actor));
  }

  /**
   * Writes off or corrects an amount: negative lowers what is owed, applied to the parts in the allocation order
   * (a settlement's discount), positive raises the principal. A write-off of more than is owed is refused: it would
   * turn into a credit balance that nobody paid.
   */
  @Transactional
  public LedgerEntry adjust(long accountId, BigDecimal amount, String reason, String actor) {
    BigDecimal change = cents(amount);
    if (change.signum() >= 0) {
      return adjust(accountId, BalancePart.PRINCIPAL, change, reason, actor);
    }
    lock(List.of(accountId));
    BalanceParts now = parts(accountId);
    BigDecimal owed = BigDecimal.ZERO;
    for (BalancePart part : BalancePart.values()) {
      owed = owed.add(now.get(part).max(BigDecimal.ZERO));
    }
    if (change.negate().compareTo(owed) > 0) {
      throw new IllegalArgumentException("a write-off of " + Money.usd(change.negate()) + " is more than the "
          + Money.usd(owed) + " owed");
    }
    return entries.save(new LedgerEntry(accountId, LedgerEntryKind.ADJUSTMENT,
        settings.allocationOrder().apply(now, change.negate()), LocalDate.now(clock), null, reason, clock.instant(),
        actor));
  }

  /** Writes off (negative) or corrects (positive) one part; a part is never written below zero. */
  @Transactional
  public LedgerEntry adjust(long accountId, BalancePart part, BigDecimal amount, String reason, String actor) {
    BigDecimal change = cents(amount);
    if (change.signum() == 0) {
      throw new IllegalArgumentException("an adjustment of nothing is no adjustment");
    }
    if (change.signum() < 0) {
      lock(List.of(accountId));
      BigDecimal owed = parts(accountId).get(part).max(BigDecimal.ZERO);
      if (change.negate().compareTo(owed) > 0) {
        throw new IllegalArgumentException("a write-off of " + Money.usd(change.negate()) + " is more than the "
            + Money.usd(owed) + " of " + part.name().toLowerCase() + " owed");
      }
    }
    return entries.save(new LedgerEntry(accountId, LedgerEntryKind.ADJUSTMENT,
        BalanceParts.of(part, change), LocalDate.now(clock), null, reason, clock.instant(), actor));
  }

  /**
   * Posts payments in the caller's transaction, in order: one lock, one look-up of references and one read of the
   * balances for all of them. A reference already posted for the same account and amount (before, or earlier in
   * this batch) is reported as posted before; one used for anything else is refused. The entries are flushed
   * before this returns, so that a reference another node posted meanwhile fails here, on the unique key.
   */
  @Transactional
  List<PostingOutcome> post(List<PaymentOrder> orders, String actor) {
    if (orders.isEmpty()) {
      return List.of();
    }
    Set<Long> accountIds = new HashSet<>();
    Set<String> references = new HashSet<>();
    for (PaymentOrder order : orders) {
      requirePositive(order.payment().amount());
      accountIds.add(order.accountId());
      references.add(order.payment().reference());
    }
    lock(accountIds);
    Map<String, LedgerEntry> byReference = new HashMap<>();
    entries.findByReferenceIn(references).forEach(entry -> byReference.put(entry.getReference(), entry));
    Map<Long, BalanceParts> balances = partsOf(accountIds);
    Instant now = clock.instant();
    List<LedgerEntry> created = new ArrayList<>();
    List<PostingOutcome> outcomes = new ArrayList<>(orders.size());
    for (PaymentOrder order : orders) {
      Payment payment = order.payment();
      BigDecimal amount = cents(payment.amount());
      LedgerEntry before = byReference.get(payment.reference());
      if (before != null) {
        boolean samePayment = before.getKind() == LedgerEntryKind.PAYMENT
            && before.getAccountId() == order.accountId()
            && before.getAmount().negate().compareTo(amount) == 0;
        outcomes.add(samePayment
            ? new PostingOutcome.Posted(new PaymentPosting(before, true, balances.get(order.accountId()).total()))
            : new PostingOutcome.ReferenceConflict(payment.reference(), before));
        continue;
      }
      BalanceParts owed = balances.get(order.accountId());
      BalanceParts applied = settings.allocationOrder().apply(owed, amount);
      LedgerEntry entry = new LedgerEntry(order.accountId(), LedgerEntryKind.PAYMENT, applied,
          payment.receivedOn(), payment.reference(), payment.description(), now, actor)
          .postedBy(order.paymentFileId());
      created.add(entry);
      byReference.put(payment.reference(), entry);
      BalanceParts after = owed.plus(applied);
      balances.put(order.accountId(), after);
      outcomes.add(new PostingOutcome.Posted(new PaymentPosting(entry, false, after.total())));
    }
    entries.saveAll(created);
    entries.flush();
    return outcomes;
  }

  /**
   * Undoes a payment: a REVERSAL entry that owes again exactly the parts the payment paid. Once: a payment already
   * reversed comes back with its reversal and nothing changes. Only payments are reversed.
   */
  @Transactional
  Reversal reverse(String reference, ReversalReason reason, String note, String reversalReference, String actor) {
    LedgerEntry payment = entries.findByReference(reference)
        .orElseThrow(() -> new NoSuchElementException("there is no payment with reference " + reference));
    if (payment.getKind() != LedgerEntryKind.PAYMENT) {
      throw new ConflictException("reference", "reference " + reference + " is a "
          + payment.getKind().name().toLowerCase() + ", not a payment; only payments are reversed");
    }
    lock(List.of(payment.getAccountId()));
    var done = entries.findReversalOf(payment.getId());
    if (done.isPresent()) {
      return new Reversal(payment, done.get(), true, entries.balance(payment.getAccountId()));
    }
    if (reversalReference != null && entries.findByReference(reversalReference).isPresent()) {
      throw new ConflictException("reversalReference", "reference " + reversalReference + " is already used");
    }
    String description = reasonText(reason) + (note == null || note.isBlank() ? "" : ": " + note.strip());
    LedgerEntry reversal = entries.saveAndFlush(LedgerEntry.reversalOf(payment, reason, reversalReference,
        description, LocalDate.now(clock), clock.instant(), actor));
    return new Reversal(payment, reversal, false, entries.balance(payment.getAccountId()));
  }

  /**
   * Pays back part of a credit balance: a REFUND entry raising the principal (where the credit is held) towards
   * zero. The caller holds the ledger's lock and has checked the credit; the refund's own reference keeps it once.
   */
  @Transactional
  LedgerEntry refund(long accountId, long refundId, BigDecimal amount, String description, String actor) {
    requirePositive(amount);
    return entries.saveAndFlush(new LedgerEntry(accountId, LedgerEntryKind.REFUND,
        BalanceParts.of(BalancePart.PRINCIPAL, cents(amount)), LocalDate.now(clock), "REFUND-" + refundId,
        description, clock.instant(), actor));
  }

  /** Locks the ledgers of these accounts until the transaction ends (see {@link LedgerEntryRepository#lock}). */
  @Transactional
  void lock(Collection<Long> accountIds) {
    Set<Long> sorted = new TreeSet<>(accountIds);
    Set<Long> locked = new HashSet<>();
    entries.lock(sorted).forEach(id -> locked.add(id.longValue()));
    if (!locked.containsAll(sorted)) {
      throw new IllegalStateException("not every account of " + sorted + " has an opened ledger");
    }
  }

  private Map<Long, BalanceParts> partsOf(Collection<Long> accountIds) {
    Map<Long, BalanceParts> parts = new HashMap<>();
    accountIds.forEach(id -> parts.put(id, BalanceParts.ZERO));
    entries.parts(accountIds).forEach(row -> parts.put(row.accountId(), row.parts()));
    return parts;
  }

  private static String reasonText(ReversalReason reason) {
    return switch (reason) {
      case RETURNED -> "Payment returned";
      case CHARGEBACK -> "Payment charged back";
      case ERROR -> "Payment posted in error";
    };
  }

  private static void requirePositive(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("an amount must be more than zero, not " + amount);
    }
  }

  private static BigDecimal cents(BigDecimal amount) {
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(amount + " is not an amount in cents", e);
    }
  }

  /** A payment to post on an account; from a payment file when {@code paymentFileId} is set. */
  record PaymentOrder(long accountId, Payment payment, Long paymentFileId) {
  }

  /** A payment and the entry that undid it; {@code alreadyReversed} when it had been undone before. */
  record Reversal(LedgerEntry payment, LedgerEntry reversal, boolean alreadyReversed, BigDecimal balanceAfter) {
  }
}
