package org.recourse.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HoldRepository extends JpaRepository<Hold, Long> {

  List<Hold> findByCollectionCaseIdOrderByIdAsc(long caseId);
}
