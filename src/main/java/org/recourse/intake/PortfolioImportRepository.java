package org.recourse.intake;

import java.util.Collection;
import java.util.List;
import org.recourse.platform.FileRunStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioImportRepository extends JpaRepository<PortfolioImport, Long> {

  List<PortfolioImport> findByStatusIn(Collection<FileRunStatus> statuses);
}
