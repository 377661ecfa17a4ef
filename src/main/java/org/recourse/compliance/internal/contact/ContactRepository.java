package org.recourse.compliance.internal.contact;

import java.util.List;
import org.recourse.compliance.Contact;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

  List<Contact> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId);
}
