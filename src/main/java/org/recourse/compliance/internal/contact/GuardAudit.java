package org.recourse.compliance.internal.contact;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the guard's answers. A refusal is kept in a transaction of its own, so that it is on record even when the
 * action it refused is rolled back; on PostgreSQL that transaction commits without waiting for its WAL flush
 * (synchronous_commit off for it alone): the refusal stays on record if Recourse stops, and is lost only if the
 * database server itself crashes within a fraction of a second of it. An allowance is kept with the action it
 * allowed, in the caller's transaction: the letter, the call, the e-mail and the decision that let it go are on
 * record together or not at all. A decision is asked before every contact, so it must not cost a commit of its own.
 */
@Component
public class GuardAudit {

  private final GuardDecisionRepository decisions;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final boolean postgres;

  GuardAudit(GuardDecisionRepository decisions, JdbcTemplate jdbc, DataSource dataSource,
      PlatformTransactionManager transactions) throws SQLException {
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  public void keep(GuardDecision decision) {
    if (decision.isAllowed()) {
      decisions.save(decision);
      return;
    }
    ownTransaction.executeWithoutResult(status -> {
      if (postgres) {
        jdbc.execute("set local synchronous_commit to off");
      }
      decisions.save(decision);
    });
  }
}
