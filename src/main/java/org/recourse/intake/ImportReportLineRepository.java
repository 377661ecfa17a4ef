package org.recourse.intake;

import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportReportLineRepository extends JpaRepository<ImportReportLine, Long> {

  Page<ImportReportLine> findByImportIdOrderByLineNumberAscIdAsc(long importId, Pageable page);

  Stream<ImportReportLine> streamByImportIdOrderByLineNumberAscIdAsc(long importId);
}
