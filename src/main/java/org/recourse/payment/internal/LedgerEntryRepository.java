package org.recourse.payment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.Payments;
import org.recourse.payment.BalanceParts;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.accountId = ?1")
  BigDecimal balance(long accountId);

  /** The parts of the balances of some accounts, one query for a whole chunk of payments. */
  @Query("""
      select new org.recourse.payment.internal.LedgerEntryRepository$AccountParts(e.accountId,
          coalesce(sum(e.principal), 0), coalesce(sum(e.interest), 0), coalesce(sum(e.fees), 0))
      from LedgerEntry e where e.accountId in ?1 group by e.accountId""")
  List<AccountParts> parts(Collection<Long> accountIds);

  /** Payments received on or after a date, less those of them that were reversed since. */
  @Query("""
      select coalesce(sum(-e.amount), 0) from LedgerEntry e left join e.reverses paid
      where e.accountId = ?1
        and ((e.kind = org.recourse.payment.LedgerEntryKind.PAYMENT and e.effectiveDate >= ?2)
          or (e.kind = org.recourse.payment.LedgerEntryKind.REVERSAL and paid.effectiveDate >= ?2))""")
  BigDecimal paidSince(long accountId, LocalDate since);

  @Query("select e from LedgerEntry e where e.accountId = ?1 order by e.effectiveDate, e.id")
  List<LedgerEntry> findByAccountIdOrderByEffectiveDateAscIdAsc(long accountId);

  @Query("select e from LedgerEntry e where e.reference = ?1")
  Optional<LedgerEntry> findByReference(String reference);

  @Query("select e from LedgerEntry e where e.reference in ?1")
  List<LedgerEntry> findByReferenceIn(Collection<String> references);

  @Query("select e from LedgerEntry e where e.reverses.id = ?1")
  Optional<LedgerEntry> findReversalOf(long paymentId);

  /**
   * Locks the ledgers of some accounts until the transaction ends, always in the same order: credits read the
   * parts they pay, so two of them for one account must not interleave, on one node or on two. The account's
   * opening entry (its itemization, written once and never changed) stands for its ledger.
   */
  @Query(value = "select account_id from ledger_entry where kind = 'ITEMIZATION' and account_id in (:accounts) "
      + "order by account_id, id for update", nativeQuery = true)
  List<Number> lock(@Param("accounts") Collection<Long> accountIds);

  record AccountParts(long accountId, BigDecimal principal, BigDecimal interest, BigDecimal fees) {

    public BalanceParts parts() {
      return new BalanceParts(principal, interest, fees);
    }
  }
}
