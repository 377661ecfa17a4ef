package org.recourse.legal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HearingRepository extends JpaRepository<Hearing, Long> {

  List<Hearing> findByReferralIdOrderByHearingAtAsc(long referralId);
}
