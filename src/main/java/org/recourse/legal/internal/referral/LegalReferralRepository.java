package org.recourse.legal.internal.referral;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LegalReferralRepository extends JpaRepository<LegalReferral, Long> {

  /** The values the queries below compare with, as JPQL names them. */
  String APPROVED = "org.recourse.legal.internal.referral.ReferralDecision.APPROVED";
  String RETURNED = "org.recourse.legal.internal.referral.ReferralStatus.RETURNED";

  Optional<LegalReferral> findByProcessInstanceId(String processInstanceId);

  Optional<LegalReferral> findFirstByCaseIdOrderByIdDesc(long caseId);

  List<LegalReferral> findByCaseIdOrderByIdAsc(long caseId);

  /** Whether a manager ever approved a referral of the case: then the legal team may see it. */
  boolean existsByCaseIdAndDecision(long caseId, ReferralDecision decision);

  @Query("select distinct r.caseId from LegalReferral r where r.decision = ?1")
  List<Long> caseIdsWithDecision(ReferralDecision decision);

  /** The cases with the legal team: a referral approved and not returned to collections. */
  @Query("select distinct r.caseId from LegalReferral r where r.decision = " + APPROVED
      + " and r.status <> " + RETURNED)
  List<Long> caseIdsWithLegal();

  @Query("select count(r) > 0 from LegalReferral r where r.caseId = ?1 and r.decision = " + APPROVED
      + " and r.status <> " + RETURNED)
  boolean withLegal(long caseId);
}
