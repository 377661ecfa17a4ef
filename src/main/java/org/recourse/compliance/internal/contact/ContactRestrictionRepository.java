package org.recourse.compliance.internal.contact;

import java.util.List;
import org.recourse.compliance.ContactRestriction;
import org.recourse.compliance.internal.holds.HoldRepository;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRestrictionRepository extends JpaRepository<ContactRestriction, Long> {

  // A query string, so that Hibernate caches its plan (see HoldRepository).
  @Query("select r from ContactRestriction r where r.caseId = ?1 order by r.id")
  List<ContactRestriction> findByCaseIdOrderByIdAsc(long caseId);
}
