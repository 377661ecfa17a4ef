package org.recourse.correspondence.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.internal.OutboxMail;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  /** E-mails due whose letter, if they carry one, is rendered. */
  @Query("""
      select m.id from OutboxMail m where m.status = 'PENDING' and m.nextAttemptAt <= :now
        and (m.documentId is null or exists
          (select d.id from Document d where d.id = m.documentId and d.renderedAt is not null))
      order by m.id""")
  List<Long> due(Instant now, Limit limit);

  /** Claims one e-mail for one dispatcher: exactly one of two racing nodes changes the row. */
  @Modifying
  @Query("""
      update OutboxMail m set m.status = 'SENDING', m.claimedBy = :node, m.claimedAt = :now,
        m.attempts = m.attempts + 1, m.version = m.version + 1
      where m.id = :id and m.status = 'PENDING'""")
  int claim(long id, String node, Instant now);

  List<OutboxMail> findByStatusInOrderByIdAsc(Collection<OutboxStatus> statuses);

  List<OutboxMail> findByCaseIdOrderByIdAsc(long caseId);
}
