package org.recourse.legal.internal;

import java.util.List;
import org.recourse.legal.internal.Enforcement;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnforcementRepository extends JpaRepository<Enforcement, Long> {

  List<Enforcement> findByReferralIdOrderByIdAsc(long referralId);
}
