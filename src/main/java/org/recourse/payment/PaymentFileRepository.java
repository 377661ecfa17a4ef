package org.recourse.payment;

import java.util.Collection;
import java.util.List;
import org.recourse.platform.FileRunStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentFileRepository extends JpaRepository<PaymentFile, Long> {

  List<PaymentFile> findByStatusIn(Collection<FileRunStatus> statuses);
}
