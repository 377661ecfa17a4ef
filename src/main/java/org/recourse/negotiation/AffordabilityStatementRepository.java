package org.recourse.negotiation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AffordabilityStatementRepository extends JpaRepository<AffordabilityStatement, Long> {

  Optional<AffordabilityStatement> findFirstByCollectionCaseIdOrderByIdDesc(long caseId);
}
