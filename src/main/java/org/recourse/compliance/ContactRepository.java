package org.recourse.compliance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

  List<Contact> findByCollectionCaseIdOrderByOccurredAtDescIdDesc(long caseId);
}
