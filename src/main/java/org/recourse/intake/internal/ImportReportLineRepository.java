package org.recourse.intake.internal;

import java.util.stream.Stream;
import org.recourse.intake.internal.ImportReportLine;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportReportLineRepository extends JpaRepository<ImportReportLine, Long> {

  @Query("select l from ImportReportLine l where l.portfolioImport.id = ?1 order by l.lineNumber, l.id")
  Page<ImportReportLine> findByImportIdOrderByLineNumberAscIdAsc(long importId, Pageable page);

  @Query("select l from ImportReportLine l where l.portfolioImport.id = ?1 order by l.lineNumber, l.id")
  Stream<ImportReportLine> streamByImportIdOrderByLineNumberAscIdAsc(long importId);
}
