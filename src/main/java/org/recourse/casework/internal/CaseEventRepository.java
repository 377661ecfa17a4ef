package org.recourse.casework.internal;

import java.util.List;
import org.recourse.casework.CaseEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  /**
   * In the order things happened; at the same moment, the placement first (its event is written once the process it
   * starts has decided the strategy, after what the start itself records).
   */
  @Query("select e from CaseEvent e where e.collectionCase.id = ?1 order by e.occurredAt,"
      + " case when e.kind = org.recourse.casework.CaseEventKind.PLACED then 0 else 1 end, e.id")
  List<CaseEvent> history(long caseId);
}
