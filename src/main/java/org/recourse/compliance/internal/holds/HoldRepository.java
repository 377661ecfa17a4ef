package org.recourse.compliance.internal.holds;

import java.util.List;
import org.recourse.compliance.Hold;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HoldRepository extends JpaRepository<Hold, Long> {

  // Written as a query, not derived from the name: Hibernate caches the plan of a query string, but builds a derived
  // query's SQL again on every call, and this one runs for every case the engine moves.
  @Query("select h from Hold h where h.caseId = ?1 order by h.id")
  List<Hold> findByCaseIdOrderByIdAsc(long caseId);
}
