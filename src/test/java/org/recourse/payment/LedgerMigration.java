package org.recourse.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.recourse.payment.BalanceParts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database as the foundation left it (before V6__ledger), with ledgers of every shape, migrated: each entry
 * gets the parts it moved as if the default allocation order had applied it when it was recorded. Run on H2
 * ({@link LedgerMigrationTest}) and on PostgreSQL ({@link LedgerMigrationIT}).
 */
final class LedgerMigration {

  private static final Instant T0 = Instant.parse("2026-01-05T15:00:00Z");

  private LedgerMigration() {
  }

  static void migrateLegacyLedgers(DataSource dataSource, Function<FluentConfiguration, FluentConfiguration> where) {
    FluentConfiguration flyway = where.apply(Flyway.configure().dataSource(dataSource)
        .locations("classpath:db/migration").table("recourse_schema_history"));
    flyway.target("4").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into creditor (id, code, name, created_at) values (1, 'OLD', 'Old Bank', ?)", at(0));
    jdbc.update("insert into debtor (id, first_name, last_name, preferred_language, state_of_residence, created_at) "
        + "values (1, 'Ada', 'Old', 'en', 'TX', ?)", at(0));
    for (long account = 1; account <= 3; account++) {
      jdbc.update("insert into account (id, creditor_id, account_number, debtor_id, original_creditor, current_creditor,"
          + " product, currency, itemization_date_type, itemization_date, itemization_amount, delinquency_date, placed_at)"
          + " values (?, 1, ?, 1, 'Old Bank', 'Old Bank', 'CREDIT_CARD', 'USD', 'CHARGE_OFF', date '2025-06-30', 400.00,"
          + " date '2025-01-02', ?)", account, "OLD-" + account, at(0));
    }
    // Account 1: prior credits pay the fees and part of the interest; payments the rest, then more than is owed.
    entry(jdbc, 1, 1, "ITEMIZATION", "400.00", 0, null);
    entry(jdbc, 2, 1, "INTEREST", "12.50", 0, null);
    entry(jdbc, 3, 1, "FEE", "35.00", 0, null);
    entry(jdbc, 4, 1, "PRIOR_CREDIT", "-40.00", 0, null);
    entry(jdbc, 6, 1, "PAYMENT", "-500.00", 2, "OLD-PAY-2");
    entry(jdbc, 5, 1, "PAYMENT", "-20.00", 1, "OLD-PAY-1");
    // Account 2: a payment, then a settlement's write-off of the rest.
    entry(jdbc, 7, 2, "ITEMIZATION", "400.00", 0, null);
    entry(jdbc, 8, 2, "FEE", "35.00", 0, null);
    entry(jdbc, 9, 2, "PAYMENT", "-100.00", 1, "OLD-PAY-3");
    entry(jdbc, 10, 2, "ADJUSTMENT", "-335.00", 2, null);
    // Account 3: nothing paid.
    entry(jdbc, 11, 3, "ITEMIZATION", "400.00", 0, null);

    where.apply(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
        .table("recourse_schema_history")).load().migrate();

    assertThat(parts(jdbc, 4)).isEqualTo(LedgerAllocationTest.parts("0.00", "-5.00", "-35.00"));
    assertThat(parts(jdbc, 5)).isEqualTo(LedgerAllocationTest.parts("-12.50", "-7.50", "0.00"));
    assertThat(parts(jdbc, 6)).isEqualTo(LedgerAllocationTest.parts("-500.00", "0.00", "0.00"));
    assertThat(parts(jdbc, 1)).isEqualTo(LedgerAllocationTest.parts("400.00", "0.00", "0.00"));
    assertThat(parts(jdbc, 2)).isEqualTo(LedgerAllocationTest.parts("0.00", "12.50", "0.00"));
    assertThat(parts(jdbc, 3)).isEqualTo(LedgerAllocationTest.parts("0.00", "0.00", "35.00"));
    assertThat(parts(jdbc, 9)).isEqualTo(LedgerAllocationTest.parts("-65.00", "0.00", "-35.00"));
    assertThat(parts(jdbc, 10)).isEqualTo(LedgerAllocationTest.parts("-335.00", "0.00", "0.00"));
    assertThat(parts(jdbc, 11)).isEqualTo(LedgerAllocationTest.parts("400.00", "0.00", "0.00"));
    // Every balance still adds up, now by its parts too: account 1 is 112.50 in credit, account 2 settled.
    List<Map<String, Object>> balances = jdbc.queryForList("select account_id, sum(amount) as balance, "
        + "sum(principal) as principal, sum(interest) as interest, sum(fees) as fees from ledger_entry "
        + "group by account_id order by account_id");
    assertThat(balances).extracting(row -> new BigDecimal(row.get("balance").toString()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("-112.50"), new BigDecimal("0.00"), new BigDecimal("400.00"));
    assertThat(balances).extracting(row -> new BigDecimal(row.get("principal").toString()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("-112.50"), new BigDecimal("0.00"), new BigDecimal("400.00"));
    // From now on the database refuses an entry whose parts do not add up to its amount.
    assertThatThrownBy(() -> jdbc.update("insert into ledger_entry (id, account_id, kind, amount, principal, interest,"
        + " fees, effective_date, recorded_at, recorded_by) values (99, 3, 'PAYMENT', -10.00, -5.00, 0, 0,"
        + " date '2026-01-05', ?, 'test')", at(3))).isInstanceOf(DataIntegrityViolationException.class);
  }

  private static void entry(JdbcTemplate jdbc, long id, long account, String kind, String amount, int minutes,
      String reference) {
    jdbc.update("insert into ledger_entry (id, account_id, kind, amount, effective_date, reference, recorded_at,"
        + " recorded_by) values (?, ?, ?, ?, date '2026-01-05', ?, ?, 'foundation')", id, account, kind,
        new BigDecimal(amount), reference, at(minutes));
  }

  private static BalanceParts parts(JdbcTemplate jdbc, long entryId) {
    return jdbc.queryForObject("select principal, interest, fees from ledger_entry where id = ?",
        (rs, row) -> new BalanceParts(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), entryId);
  }

  private static Timestamp at(int minutes) {
    return Timestamp.from(T0.plusSeconds(60L * minutes));
  }
}
