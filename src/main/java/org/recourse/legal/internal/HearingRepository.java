package org.recourse.legal.internal;

import java.util.List;
import org.recourse.legal.internal.Hearing;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HearingRepository extends JpaRepository<Hearing, Long> {

  List<Hearing> findByReferralIdOrderByHearingAtAsc(long referralId);
}
