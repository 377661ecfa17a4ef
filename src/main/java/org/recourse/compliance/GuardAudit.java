package org.recourse.compliance;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the guard's answers in a transaction of their own: a refusal is on record even when the action it refused
 * is rolled back. On PostgreSQL that transaction commits without waiting for its WAL flush (synchronous_commit off
 * for it alone): a decision stays on record if Recourse stops, and is lost only if the database server itself
 * crashes within a fraction of a second of it, while any later ordinary commit (the contact the decision allowed)
 * flushes it first. A decision is asked before every contact, so it must not cost a disk flush of its own.
 */
@Component
class GuardAudit {

  private final GuardDecisionRepository decisions;
  private final JdbcTemplate jdbc;
  private final boolean postgres;

  GuardAudit(GuardDecisionRepository decisions, JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.decisions = decisions;
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void keep(GuardDecision decision) {
    if (postgres) {
      jdbc.execute("set local synchronous_commit to off");
    }
    decisions.save(decision);
  }
}
