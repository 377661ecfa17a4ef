package org.recourse.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CreditorRepository extends JpaRepository<Creditor, Long> {

  Optional<Creditor> findByCode(String code);
}
