package org.recourse.compliance.internal.contact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardDecisionRepository extends JpaRepository<GuardDecision, Long> {

  List<GuardDecision> findByCaseIdOrderByDecidedAtDescIdDesc(long caseId);
}
