package org.recourse.compliance;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

  List<Contact> findByCollectionCaseIdAndOccurredAtAfter(long caseId, Instant after);

  List<Contact> findByCollectionCaseIdOrderByOccurredAtDescIdDesc(long caseId);
}
