package org.recourse.correspondence.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EmailOptOutRepository extends JpaRepository<EmailOptOut, String> {
}
