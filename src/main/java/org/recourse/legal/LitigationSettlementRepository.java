package org.recourse.legal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LitigationSettlementRepository extends JpaRepository<LitigationSettlement, Long> {

  List<LitigationSettlement> findByReferralIdOrderByIdAsc(long referralId);

  Optional<LitigationSettlement> findFirstByReferralIdAndStatusOrderByIdDesc(long referralId,
      LitigationSettlement.Status status);
}
