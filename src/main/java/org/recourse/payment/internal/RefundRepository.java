package org.recourse.payment.internal;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import org.recourse.payment.internal.Refund;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RefundRepository extends JpaRepository<Refund, Long> {

  @Query("""
      select coalesce(sum(r.amount), 0) from Refund r
      where r.accountId = ?1 and r.status = org.recourse.payment.internal.RefundStatus.PENDING""")
  BigDecimal pendingAmount(long accountId);

  /** The refund, locked until the transaction ends: two managers deciding it at once decide one after the other. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from Refund r where r.id = ?1")
  Optional<Refund> findForDecision(long refundId);

  Page<Refund> findByStatus(RefundStatus status, Pageable page);

  Page<Refund> findByCaseNumber(String caseNumber, Pageable page);

  Page<Refund> findByAccountIdIn(Collection<Long> accountIds, Pageable page);

  Page<Refund> findByStatusAndAccountIdIn(RefundStatus status, Collection<Long> accountIds, Pageable page);

  Page<Refund> findByAccountIdNotIn(Collection<Long> accountIds, Pageable page);

  Page<Refund> findByStatusAndAccountIdNotIn(RefundStatus status, Collection<Long> accountIds, Pageable page);
}
