package org.recourse.reporting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger as the figures read it, held in this node's memory: per entry its account, kind, amount, effective day
 * and when it was recorded; per account its creditor, placement and delinquency. An entry takes 25 bytes. The ledger is append-only (an entry is never changed or deleted), so the copy is kept current by
 * reading what was written since it last looked, on every read, inside the reader's own transaction.
 *
 * <p>What "since" means is the writing transaction, not the entry's id: ids come from a sequence in blocks, and two
 * nodes' transactions commit in any order. On PostgreSQL every entry carries the id of the transaction that wrote it
 * ({@code tx}); a snapshot's {@code xmin} is the oldest transaction still running, so every entry of a transaction
 * below it is committed and visible, or never will be. Entries below the horizon are kept; entries at or above it
 * (still running when last looked, the reader's own uncommitted ones among them) are read again on every read and
 * never kept, so a rolled-back entry is forgotten and a late commit is found. On another database (the embedded H2
 * of the demo and the tests, one node and a small book) every read reads every entry.
 */
@Component
class LedgerBook {

  static final byte OTHER = 0;
  static final byte ITEMIZATION = 1;
  static final byte COLLECTED = 2;

  private static final int ACCOUNT_BATCH = 1_000;

  private final NamedParameterJdbcTemplate jdbc;
  /** Streams the entries rather than holding a million rows at once. */
  private final JdbcTemplate reader;
  private final boolean postgres;

  /** Every transaction below this one has its entries in {@link #entries}' first {@code kept} rows. */
  private long horizon;
  private final Entries entries = new Entries();
  private final Map<Long, Integer> accountIndex = new HashMap<>();

  LedgerBook(NamedParameterJdbcTemplate jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    this.reader = new JdbcTemplate(dataSource);
    reader.setFetchSize(10_000);
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  /**
   * Brings the copy up to what the current transaction sees and hands it to {@code reading}, which must not keep it:
   * the entries after the kept ones are this read's only.
   */
  synchronized <T> T read(Function<Entries, T> reading) {
    long visibleFrom = postgres
        ? jdbc.getJdbcTemplate().queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
            Long.class)
        : 0;
    int keptBefore = entries.kept;
    entries.count = keptBefore;
    List<Long> unknown = new ArrayList<>();
    try {
      // The horizon is written into the statement (a number of ours, not input): planned for its value, the
      // tail of a few new entries is read by the index, where a plan made once for any value would scan it all.
      String sql = postgres
          ? "select account_id, kind, cast(amount * 100 as bigint), effective_date, recorded_at, tx from ledger_entry"
              + " where tx >= " + horizon
          : "select account_id, kind, cast(amount * 100 as bigint), effective_date, recorded_at, 0 from ledger_entry";
      reader.query(sql, (ResultSet row) -> {
        long account = row.getLong(1);
        byte kind = kind(row.getString(2));
        long cents = row.getLong(3);
        int day = (int) row.getObject(4, LocalDate.class).toEpochDay();
        long recorded = micros(row.getTimestamp(5));
        long tx = row.getLong(6);
        Integer index = accountIndex.get(account);
        if (index == null) {
          index = entries.addAccount(account);
          accountIndex.put(account, index);
          unknown.add(account);
        }
        entries.add(index, kind, cents, day, recorded);
        if (tx < visibleFrom) {
          // Settled: into the kept part, ahead of this read's own rows.
          entries.swap(entries.kept++, entries.count - 1);
        }
      });
      describe(unknown);
    } catch (RuntimeException failed) {
      // Nothing of a failed read stays: its entries are read again next time, its accounts described again.
      entries.kept = keptBefore;
      entries.count = keptBefore;
      unknown.forEach(accountIndex::remove);
      throw failed;
    }
    if (visibleFrom > horizon) {
      horizon = visibleFrom;
    }
    return reading.apply(entries);
  }

  /** Reads the creditor, placement and delinquency of accounts new to the copy. */
  private void describe(List<Long> accounts) {
    if (accounts.isEmpty()) {
      return;
    }
    String columns = "select a.id, cr.code, a.placed_at, a.delinquency_date from account a"
        + " join creditor cr on cr.id = a.creditor_id";
    if (accounts.size() > ACCOUNT_BATCH) {
      jdbc.getJdbcTemplate().query(columns, (ResultSet row) -> {
        describe(row);
      });
      return;
    }
    jdbc.query(columns + " where a.id in (:ids)", new MapSqlParameterSource("ids", accounts), (ResultSet row) -> {
      describe(row);
    });
  }

  private void describe(ResultSet row) throws SQLException {
    Integer index = accountIndex.get(row.getLong(1));
    if (index != null) {
      LocalDate delinquency = row.getObject(4, LocalDate.class);
      entries.describe(index, row.getString(2), micros(row.getTimestamp(3)),
          delinquency == null ? Integer.MIN_VALUE : (int) delinquency.toEpochDay());
    }
  }

  private static byte kind(String kind) {
    return switch (kind) {
      case "ITEMIZATION" -> ITEMIZATION;
      case "PAYMENT", "REVERSAL", "REFUND" -> COLLECTED;
      default -> OTHER;
    };
  }

  private static long micros(Timestamp timestamp) {
    return Math.floorDiv(timestamp.getTime(), 1000) * 1_000_000 + timestamp.getNanos() / 1000;
  }

  /**
   * The entries, by column: {@code count} rows, the first {@code kept} of them settled. Accounts by index, each
   * with its id, its creditor (an index into {@link #creditorCodes}, -1 until described), placement instant
   * (microseconds since the epoch) and delinquency day.
   */
  static final class Entries {

    int count;
    int kept;
    int[] account = new int[1024];
    byte[] kind = new byte[1024];
    long[] cents = new long[1024];
    int[] day = new int[1024];
    long[] recorded = new long[1024];

    int accounts;
    long[] id = new long[256];
    int[] creditor = new int[256];
    long[] placedAt = new long[256];
    int[] delinquency = new int[256];
    final List<String> creditorCodes = new ArrayList<>();

    /** For {@link #ofCreditor}: every creditor, or one no account has. */
    static final int ANY_CREDITOR = -1;
    static final int NO_CREDITOR = -2;

    /** The index {@link #ofCreditor} takes for a creditor's code, or {@link #ANY_CREDITOR} for none. */
    int creditorIndex(String code) {
      if (code == null) {
        return ANY_CREDITOR;
      }
      int known = creditorCodes.indexOf(code);
      return known < 0 ? NO_CREDITOR : known;
    }

    /** Whether an account is described and of the creditor ({@link #creditorIndex}). */
    boolean ofCreditor(int accountAt, int creditorAt) {
      return creditor[accountAt] >= 0 && (creditorAt == ANY_CREDITOR || creditor[accountAt] == creditorAt);
    }

    void add(int accountAt, byte entryKind, long amount, int effective, long recordedAt) {
      if (count == account.length) {
        int size = count * 2;
        account = Arrays.copyOf(account, size);
        kind = Arrays.copyOf(kind, size);
        cents = Arrays.copyOf(cents, size);
        day = Arrays.copyOf(day, size);
        recorded = Arrays.copyOf(recorded, size);
      }
      account[count] = accountAt;
      kind[count] = entryKind;
      cents[count] = amount;
      day[count] = effective;
      recorded[count] = recordedAt;
      count++;
    }

    void swap(int i, int j) {
      if (i == j) {
        return;
      }
      int a = account[i];
      account[i] = account[j];
      account[j] = a;
      byte k = kind[i];
      kind[i] = kind[j];
      kind[j] = k;
      long c = cents[i];
      cents[i] = cents[j];
      cents[j] = c;
      int d = day[i];
      day[i] = day[j];
      day[j] = d;
      long r = recorded[i];
      recorded[i] = recorded[j];
      recorded[j] = r;
    }

    int addAccount(long accountId) {
      if (accounts == creditor.length) {
        int size = accounts * 2;
        id = Arrays.copyOf(id, size);
        creditor = Arrays.copyOf(creditor, size);
        placedAt = Arrays.copyOf(placedAt, size);
        delinquency = Arrays.copyOf(delinquency, size);
      }
      id[accounts] = accountId;
      creditor[accounts] = -1;
      return accounts++;
    }

    void describe(int accountAt, String code, long placed, int delinquent) {
      int known = creditorCodes.indexOf(code);
      if (known < 0) {
        creditorCodes.add(code);
        known = creditorCodes.size() - 1;
      }
      creditor[accountAt] = known;
      placedAt[accountAt] = placed;
      delinquency[accountAt] = delinquent;
    }
  }
}
