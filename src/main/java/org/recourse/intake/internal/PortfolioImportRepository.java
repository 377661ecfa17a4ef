package org.recourse.intake.internal;

import java.util.Collection;
import java.util.List;
import org.recourse.intake.PortfolioImport;
import org.recourse.platform.FileRunStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PortfolioImportRepository extends JpaRepository<PortfolioImport, Long> {

  List<PortfolioImport> findByStatusIn(Collection<FileRunStatus> statuses);
}
