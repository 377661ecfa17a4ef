package org.recourse.negotiation.internal;

import java.util.Optional;
import org.recourse.negotiation.internal.AffordabilityStatement;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AffordabilityStatementRepository extends JpaRepository<AffordabilityStatement, Long> {

  Optional<AffordabilityStatement> findFirstByCaseIdOrderByIdDesc(long caseId);
}
