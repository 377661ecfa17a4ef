package org.recourse.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only ledger of each account. Every balance is the sum of its entries; nothing else holds money.
 */
@Service
public class Ledger {

  private final LedgerEntryRepository entries;
  private final AccountRegistry accounts;
  private final Clock clock;

  Ledger(LedgerEntryRepository entries, AccountRegistry accounts, Clock clock) {
    this.entries = entries;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Opens the ledger of a newly placed account: the amount owed on the itemization date, then what was added and
   * credited between that date and placement (12 CFR 1006.34(c)(2)(viii)).
   */
  @Transactional
  public void open(long accountId, OpeningBalance opening, String actor) {
    List<LedgerEntry> lines = new ArrayList<>(4);
    var now = clock.instant();
    Account account = accounts.reference(accountId);
    lines.add(new LedgerEntry(account, LedgerEntryKind.ITEMIZATION, opening.itemizationAmount(),
        opening.itemizationDate(), null, "Amount owed on the itemization date", now, actor));
    LocalDate placedOn = LocalDate.now(clock);
    if (opening.interest().signum() > 0) {
      lines.add(new LedgerEntry(account, LedgerEntryKind.INTEREST, opening.interest(), placedOn, null,
          "Interest since the itemization date", now, actor));
    }
    if (opening.fees().signum() > 0) {
      lines.add(new LedgerEntry(account, LedgerEntryKind.FEE, opening.fees(), placedOn, null,
          "Fees since the itemization date", now, actor));
    }
    if (opening.paymentsAndCredits().signum() > 0) {
      lines.add(new LedgerEntry(account, LedgerEntryKind.PRIOR_CREDIT, opening.paymentsAndCredits().negate(),
          placedOn, null, "Payments and credits since the itemization date", now, actor));
    }
    entries.saveAll(lines);
  }

  @Transactional(readOnly = true)
  public BigDecimal balance(long accountId) {
    return entries.balance(accountId);
  }

  /** Payments received on or after a date, e.g. since an arrangement was agreed. */
  @Transactional(readOnly = true)
  public BigDecimal paidSince(long accountId, LocalDate since) {
    return entries.paidSince(accountId, since);
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
    var existing = entries.findByReference(payment.reference());
    if (existing.isPresent()) {
      LedgerEntry posted = existing.get();
      if (!Objects.equals(posted.getAccountId(), accountId)
          || posted.getAmount().negate().compareTo(payment.amount()) != 0) {
        throw new PaymentReferenceConflictException(payment.reference());
      }
      return new PaymentPosting(posted, true, entries.balance(accountId));
    }
    LedgerEntry entry = entries.saveAndFlush(new LedgerEntry(accounts.reference(accountId), LedgerEntryKind.PAYMENT,
        payment.amount().negate(), payment.receivedOn(), payment.reference(), payment.description(),
        clock.instant(), actor));
    return new PaymentPosting(entry, false, entries.balance(accountId));
  }

  /** Writes off or corrects an amount: negative lowers what is owed. */
  @Transactional
  public LedgerEntry adjust(long accountId, BigDecimal amount, String reason, String actor) {
    return entries.save(new LedgerEntry(accounts.reference(accountId), LedgerEntryKind.ADJUSTMENT, amount, LocalDate.now(clock), null,
        reason, clock.instant(), actor));
  }
}
