package org.recourse.correspondence;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmailOptOutRepository extends JpaRepository<EmailOptOut, String> {
}
