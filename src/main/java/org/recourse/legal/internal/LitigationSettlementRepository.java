package org.recourse.legal.internal;

import java.util.List;
import java.util.Optional;
import org.recourse.legal.internal.LitigationSettlement;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LitigationSettlementRepository extends JpaRepository<LitigationSettlement, Long> {

  List<LitigationSettlement> findByReferralIdOrderByIdAsc(long referralId);

  Optional<LitigationSettlement> findFirstByReferralIdAndStatusOrderByIdDesc(long referralId,
      LitigationSettlement.Status status);
}
