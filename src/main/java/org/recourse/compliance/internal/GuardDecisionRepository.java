package org.recourse.compliance.internal;

import java.util.List;
import org.recourse.compliance.internal.GuardDecision;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

  List<GuardDecision> findByCaseIdOrderByDecidedAtDescIdDesc(long caseId);
}
