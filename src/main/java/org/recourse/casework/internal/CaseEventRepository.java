package org.recourse.casework.internal;

import java.util.List;
import org.recourse.casework.CaseEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  @Query("select e from CaseEvent e where e.collectionCase.id = ?1 order by e.occurredAt, e.id")
  List<CaseEvent> history(long caseId);
}
