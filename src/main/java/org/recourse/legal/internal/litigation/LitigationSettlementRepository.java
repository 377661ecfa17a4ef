package org.recourse.legal.internal.litigation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LitigationSettlementRepository extends JpaRepository<LitigationSettlement, Long> {

  List<LitigationSettlement> findByReferralIdOrderByIdAsc(long referralId);

  Optional<LitigationSettlement> findFirstByReferralIdAndStatusOrderByIdDesc(long referralId,
      LitigationSettlement.Status status);
}
