package org.recourse.correspondence.internal;

import java.util.List;
import org.recourse.correspondence.PrintBatch;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrintBatchRepository extends JpaRepository<PrintBatch, Long> {

  List<PrintBatch> findAllByOrderByIdDesc();
}
