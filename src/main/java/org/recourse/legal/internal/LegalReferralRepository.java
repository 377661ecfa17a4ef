package org.recourse.legal.internal;

import java.util.List;
import java.util.Optional;
import org.recourse.legal.internal.LegalReferral;
import org.recourse.legal.internal.ReferralDecision;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LegalReferralRepository extends JpaRepository<LegalReferral, Long> {

  Optional<LegalReferral> findByProcessInstanceId(String processInstanceId);

  Optional<LegalReferral> findFirstByCaseIdOrderByIdDesc(long caseId);

  List<LegalReferral> findByCaseIdOrderByIdAsc(long caseId);

  /** Whether a manager ever approved a referral of the case: then the legal team may see it. */
  boolean existsByCaseIdAndDecision(long caseId, ReferralDecision decision);

  @Query("select distinct r.caseId from LegalReferral r where r.decision = ?1")
  List<Long> caseIdsWithDecision(ReferralDecision decision);

  /** The cases with the legal team: a referral approved and not returned to collections. */
  @Query("select distinct r.caseId from LegalReferral r where r.decision = org.recourse.legal.internal."
      + "ReferralDecision.APPROVED and r.status <> org.recourse.legal.internal.ReferralStatus.RETURNED")
  List<Long> caseIdsWithLegal();

  @Query("select count(r) > 0 from LegalReferral r where r.caseId = ?1 and r.decision = org.recourse."
      + "legal.internal.ReferralDecision.APPROVED and r.status <> org.recourse.legal.internal.ReferralStatus.RETURNED")
  boolean withLegal(long caseId);
}
