package org.recourse.legal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnforcementRepository extends JpaRepository<Enforcement, Long> {

  List<Enforcement> findByReferralIdOrderByIdAsc(long referralId);
}
