package org.recourse.casework;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(long caseId);

  List<CaseEvent> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId, Pageable pageable);
}
