package org.recourse.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  List<Complaint> findByCaseNumberOrderByRecordedAtDesc(String caseNumber);

  List<Complaint> findByStatusInOrderByDueAt(List<ComplaintStatus> statuses);
}
