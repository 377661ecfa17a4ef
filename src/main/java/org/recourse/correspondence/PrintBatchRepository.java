package org.recourse.correspondence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrintBatchRepository extends JpaRepository<PrintBatch, Long> {

  List<PrintBatch> findAllByOrderByIdDesc();
}
