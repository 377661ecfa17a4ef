package org.recourse.legal.internal.litigation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HearingRepository extends JpaRepository<Hearing, Long> {

  List<Hearing> findByReferralIdOrderByHearingAtAsc(long referralId);
}
