package org.recourse.negotiation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArrangementRepository extends JpaRepository<Arrangement, Long> {

  List<Arrangement> findByCaseIdOrderByIdDesc(long caseId);
}
