package org.recourse.payment;

import org.junit.jupiter.api.Test;
import org.recourse.support.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V6__ledger on PostgreSQL, as production runs it: legacy ledgers get their parts. */
class LedgerMigrationIT {

  private static final String SCHEMA = "recourse_it_ledger_migration";

  @Test
  void entries_recorded_before_the_parts_existed_get_the_parts_the_default_order_gives_them() {
    DriverManagerDataSource postgres = new DriverManagerDataSource(PostgresTestDatabase.jdbcUrl(),
        PostgresTestDatabase.user(), PostgresTestDatabase.password());
    JdbcTemplate admin = new JdbcTemplate(postgres);
    admin.execute("drop schema if exists " + SCHEMA + " cascade");
    admin.execute("create schema " + SCHEMA);
    DriverManagerDataSource inSchema = new DriverManagerDataSource(PostgresTestDatabase.jdbcUrl()
        + (PostgresTestDatabase.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
        PostgresTestDatabase.user(), PostgresTestDatabase.password());

    LedgerMigration.migrateLegacyLedgers(inSchema, flyway -> flyway.schemas(SCHEMA).defaultSchema(SCHEMA));
  }
}
