package org.recourse.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.DatedAmount;
import org.recourse.account.UsState;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.internal.ComplianceSettings;
import org.recourse.compliance.internal.LimitationClock;
import org.recourse.payment.Ledger;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.LedgerEntryKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each debt becomes time-barred (12 CFR 1006.26): the debtor's state's period from the configured table,
 * counted from the date that state's clock starts on, and moved by payments where the state says a payment revives
 * the debt. Derived whenever asked, never stored, so a correction of the table applies to every case at once. The
 * processes ask {@code ${limitationPeriods.timeBarred(execution.processBusinessKey)}} before a demand or a referral.
 */
@Service("limitationPeriods")
public class LimitationPeriods {

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final ComplianceSettings settings;
  private final Clock clock;

  LimitationPeriods(CollectionCases cases, AccountRegistry accounts, Ledger ledger, ComplianceSettings settings,
      Clock clock) {
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.settings = settings;
    this.clock = clock;
  }

  /** A debt's limitation, as the court packet and the collector's form show it. */
  public record Limitation(UsState state, String statute, int years, LimitationClock clockStarts,
      boolean paymentRevives, LocalDate startDate, String startedBy, LocalDate expiresOn, boolean timeBarred,
      boolean disclosureRequired) {
  }

  @Transactional(readOnly = true)
  public Limitation of(String caseNumber) {
    CollectionCase subject = cases.require(caseNumber);
    return of(accounts.summary(subject.getAccountId()), ledger.entries(subject.getAccountId()), LocalDate.now(clock));
  }

  /** Whether the case's debt is past its limitation period today: then it is never demanded under threat of suit. */
  @Transactional(readOnly = true)
  public boolean timeBarred(String caseNumber) {
    return of(caseNumber).timeBarred();
  }

  /** The limitation of a debt from its account and ledger, on {@code today}. */
  public Limitation of(AccountSummary account, List<LedgerEntry> entries, LocalDate today) {
    LocalDate lastPaid = entries.stream()
        .filter(entry -> entry.getKind() == LedgerEntryKind.PAYMENT)
        .map(LedgerEntry::getEffectiveDate)
        .max(Comparator.naturalOrder()).orElse(null);
    return compute(settings.limitationFor(account.state()), account, lastPaid, today);
  }

  /**
   * The rule itself: the period's clock starts on the date its state names (the delinquency date, the charge-off,
   * or the last payment the creditor recorded); where a payment revives the debt, the last payment posted here
   * starts it again.
   */
  static Limitation compute(ComplianceSettings.LimitationPeriod period, AccountSummary account, LocalDate lastPaid,
      LocalDate today) {
    LocalDate start = account.delinquencyDate();
    String startedBy = "the delinquency date";
    switch (period.getClockStarts()) {
      case DELINQUENCY -> {
      }
      case CHARGE_OFF -> {
        if (account.chargeOff() != null) {
          start = account.chargeOff().date();
          startedBy = "the charge-off date";
        }
      }
      case LAST_PAYMENT_OR_DELINQUENCY -> {
        DatedAmount last = account.lastPayment();
        if (last != null && last.date().isAfter(start)) {
          start = last.date();
          startedBy = "the last payment before placement";
        }
      }
    }
    if (period.isPaymentRevives() && lastPaid != null && lastPaid.isAfter(start)) {
      start = lastPaid;
      startedBy = "the last payment";
    }
    LocalDate expires = start.plusYears(period.getYears());
    boolean barred = today.isAfter(expires);
    return new Limitation(account.state(), period.getStatute(), period.getYears(), period.getClockStarts(),
        period.isPaymentRevives(), start, startedBy, expires, barred, barred && period.isTimeBarredDisclosure());
  }
}
