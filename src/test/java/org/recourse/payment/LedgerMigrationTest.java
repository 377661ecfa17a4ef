package org.recourse.payment;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** V6__ledger on H2, the embedded default: legacy ledgers get their parts. */
class LedgerMigrationTest {

  @Test
  void entries_recorded_before_the_parts_existed_get_the_parts_the_default_order_gives_them() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:ledger-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");

    LedgerMigration.migrateLegacyLedgers(h2, flyway -> flyway);
  }
}
