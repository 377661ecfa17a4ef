package org.recourse.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

  List<GuardDecision> findByCaseIdOrderByDecidedAtDescIdDesc(long caseId);
}
