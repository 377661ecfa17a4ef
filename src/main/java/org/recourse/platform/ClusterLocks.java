package org.recourse.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets one node at a time do a piece of one-off work, such as creating groups and filters at start-up: the work
 * runs in a transaction that holds a row lock in {@code cluster_lock}, so a second node waits and then finds it
 * done.
 */
@Component
public class ClusterLocks {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  ClusterLocks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  public <T> T withLock(String name, Supplier<T> work) {
    return transaction.execute(status -> {
      var locked = jdbc.queryForList("select name from cluster_lock where name = ? for update", String.class, name);
      if (locked.isEmpty()) {
        throw new IllegalStateException("no cluster lock named " + name);
      }
      return work.get();
    });
  }
}
