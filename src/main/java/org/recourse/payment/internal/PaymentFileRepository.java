package org.recourse.payment.internal;

import java.util.Collection;
import java.util.List;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.platform.FileRunStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentFileRepository extends JpaRepository<PaymentFile, Long> {

  List<PaymentFile> findByStatusIn(Collection<FileRunStatus> statuses);
}
