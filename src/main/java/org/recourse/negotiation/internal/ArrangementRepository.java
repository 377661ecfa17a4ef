package org.recourse.negotiation.internal;

import java.util.List;
import org.recourse.negotiation.internal.Arrangement;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArrangementRepository extends JpaRepository<Arrangement, Long> {

  @Query("select distinct a from Arrangement a left join fetch a.installments where a.caseId = ?1 "
      + "order by a.id desc")
  List<Arrangement> ofCase(long caseId);
}
