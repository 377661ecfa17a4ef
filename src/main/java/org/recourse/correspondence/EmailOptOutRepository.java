package org.recourse.correspondence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmailOptOutRepository extends JpaRepository<EmailOptOut, String> {

  @Query("select o.address from EmailOptOut o where o.address in ?1")
  List<String> findOptedOut(Collection<String> addresses);
}
