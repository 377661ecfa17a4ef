package org.recourse.casework;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseRepository extends JpaRepository<CollectionCase, Long> {

  Optional<CollectionCase> findByCaseNumber(String caseNumber);

  Optional<CollectionCase> findByAccountId(Long accountId);

  Page<CollectionCase> findByStatus(CaseStatus status, Pageable pageable);
}
