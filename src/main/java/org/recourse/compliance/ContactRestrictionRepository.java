package org.recourse.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRestrictionRepository extends JpaRepository<ContactRestriction, Long> {

  List<ContactRestriction> findByCollectionCaseIdOrderByIdAsc(long caseId);
}
