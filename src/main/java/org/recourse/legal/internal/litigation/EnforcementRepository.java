package org.recourse.legal.internal.litigation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnforcementRepository extends JpaRepository<Enforcement, Long> {

  List<Enforcement> findByReferralIdOrderByIdAsc(long referralId);
}
