package org.recourse.account.internal;

import java.util.Optional;
import org.recourse.account.Creditor;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditorRepository extends JpaRepository<Creditor, Long> {

  Optional<Creditor> findByCode(String code);
}
