package org.recourse.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select coalesce(sum(e.amount), 0) from LedgerEntry e where e.account.id = ?1")
  BigDecimal balance(long accountId);

  @Query("""
      select coalesce(sum(-e.amount), 0) from LedgerEntry e
      where e.account.id = ?1 and e.kind = org.recourse.payment.LedgerEntryKind.PAYMENT and e.effectiveDate >= ?2""")
  BigDecimal paidSince(long accountId, LocalDate since);

  @Query("select e from LedgerEntry e where e.account.id = ?1 order by e.effectiveDate, e.id")
  List<LedgerEntry> findByAccountIdOrderByEffectiveDateAscIdAsc(long accountId);

  @Query("select e from LedgerEntry e where e.reference = ?1")
  Optional<LedgerEntry> findByReference(String reference);
}
