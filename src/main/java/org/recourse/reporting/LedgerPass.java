package org.recourse.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One pass over the ledger for the figures that need each account's balances: every account's opening, what it
 * collected up to each month since its placement, and its balance at the end of each of the last months, summed
 * by the database into groups of accounts that share a cohort, an aging bucket at each of those days and whether
 * they owed then. Liquidation, aging and roll rates are read from the groups, so the ledger is read once for the
 * three, and only the groups (a few thousand rows for 100,000 accounts) leave the database. The accounts' own
 * columns are worked out once per account ({@code offset 0} keeps the database from working them out again for each
 * of an account's entries).
 */
final class LedgerPass {

  /** The months since the placement month whose collections the liquidation shows. */
  static final int[] LIQUIDATION_MONTHS = {0, 1, 2, 3, 6, 9, 12};
  /** How many month ends back the roll rates go (and so, one more day: the balances' days). */
  static final int ROLL_MONTHS = 6;
  /** The aging buckets' upper bounds, in days since the debtor's delinquency. */
  static final int[] BUCKET_DAYS = {180, 365, 730, 1095};

  static final String PLACED_MONTH =
      "cast(extract(year from a.placed_at) * 12 + extract(month from a.placed_at) as integer)";
  static final String COLLECTED_KINDS = "('PAYMENT', 'REVERSAL', 'REFUND')";

  private LedgerPass() {
  }

  /**
   * Accounts alike: of one creditor and placement month (a month number, year * 12 + month), in the same aging
   * bucket at each day of {@link #days} and owing (or not) on each; their number, opening balances, collections
   * (in all and by each of {@link #LIQUIDATION_MONTHS}) and balances on each day.
   */
  record Group(String creditor, int placedMonth, int[] bucket, boolean[] owing, long accounts, BigDecimal placed,
      BigDecimal collected, BigDecimal[] collectedBy, BigDecimal[] balance) {
  }

  /** The groups, and the days their buckets and balances stand on: the last {@link #ROLL_MONTHS} month ends, as of. */
  record Groups(LocalDate[] days, List<Group> groups) {
  }

  /** The groups of the scope; {@code params} carry {@code asOf}, {@code end} and {@code creditor} as the figures'. */
  static Groups read(NamedParameterJdbcTemplate jdbc, ReportScope scope, MapSqlParameterSource params) {
    LocalDate asOf = scope.asOf();
    LocalDate[] days = new LocalDate[ROLL_MONTHS + 1];
    for (int k = 0; k <= ROLL_MONTHS; k++) {
      LocalDate end = scope.month().minusMonths(ROLL_MONTHS - k).atEndOfMonth();
      days[k] = end.isAfter(asOf) ? asOf : end;
    }
    StringBuilder balances = new StringBuilder();
    StringBuilder outer = new StringBuilder();
    for (int k = 0; k <= ROLL_MONTHS; k++) {
      params.addValue("day" + k, days[k]);
      balances.append(",\n sum(case when l.effective_date <= :day").append(k).append(" then l.amount else 0 end) as b")
          .append(k);
      outer.append(", ").append(bucketCase(params, days[k], "_" + k)).append(" as k").append(k)
          .append(", case when t.b").append(k).append(" > 0 then 1 else 0 end as o").append(k);
    }
    StringBuilder collected = new StringBuilder();
    StringBuilder cutoffs = new StringBuilder();
    for (int m : LIQUIDATION_MONTHS) {
      // Sums of the (negative) collected amounts: the Java side turns them round.
      collected.append(",\n sum(case when l.kind in ").append(COLLECTED_KINDS)
          .append(" and l.effective_date <= :asOf and l.effective_date < p.c").append(m)
          .append(" then l.amount else 0 end) as c").append(m);
      // The first day after "month m since placement".
      cutoffs.append(", cast(date_trunc('month', a.placed_at) + interval '").append(m + 1)
          .append("' month as date) as c").append(m);
    }
    String sql = """
        select code, placed_month, %s, count(*), sum(placed), sum(collected), %s, %s
        from (
          select cr.code, %s as placed_month%s, t.*
          from (
            select l.account_id,
                   sum(case when l.recorded_at = p.opened then l.amount else 0 end) as placed,
                   sum(case when l.kind in %s and l.effective_date <= :asOf then l.amount else 0 end) as collected%s%s
            from ledger_entry l
            join (select a.id, i.recorded_at as opened%s
                  from account a
                  join creditor cr on cr.id = a.creditor_id
                  join ledger_entry i on i.account_id = a.id and i.kind = 'ITEMIZATION'
                  where a.placed_at < :end%s
                  offset 0) p on p.id = l.account_id
            group by l.account_id) t
          join account a on a.id = t.account_id
          join creditor cr on cr.id = a.creditor_id) g
        group by code, placed_month, %s""".formatted(
        columns("k", "o"), sums("c", LIQUIDATION_MONTHS), sums("b", range(ROLL_MONTHS + 1)),
        PLACED_MONTH, outer, COLLECTED_KINDS, balances, collected, cutoffs, creditorFilter(scope), columns("k", "o"));
    List<Group> groups = new ArrayList<>();
    int n = ROLL_MONTHS + 1;
    int liquidation = LIQUIDATION_MONTHS.length;
    jdbc.query(sql, params, row -> {
      int[] bucket = new int[n];
      boolean[] owing = new boolean[n];
      for (int k = 0; k < n; k++) {
        bucket[k] = row.getInt(3 + 2 * k);
        owing[k] = row.getInt(4 + 2 * k) == 1;
      }
      int at = 3 + 2 * n;
      long accounts = row.getLong(at);
      BigDecimal placed = row.getBigDecimal(at + 1);
      BigDecimal collectedInAll = row.getBigDecimal(at + 2).negate();
      BigDecimal[] collectedBy = new BigDecimal[liquidation];
      for (int m = 0; m < liquidation; m++) {
        collectedBy[m] = row.getBigDecimal(at + 3 + m).negate();
      }
      BigDecimal[] balance = new BigDecimal[n];
      for (int k = 0; k < n; k++) {
        balance[k] = row.getBigDecimal(at + 3 + liquidation + k);
      }
      groups.add(new Group(row.getString(1), row.getInt(2), bucket, owing, accounts, placed, collectedInAll,
          collectedBy, balance));
    });
    return new Groups(days, groups);
  }

  /** The condition on {@code cr.code} that keeps a scope's creditor, or none for all. */
  static String creditorFilter(ReportScope scope) {
    return scope.creditor() == null ? "" : " and cr.code = :creditor";
  }

  /** A SQL case giving the bucket index of {@code a.delinquency_date} on {@code day}. */
  static String bucketCase(MapSqlParameterSource params, LocalDate day, String suffix) {
    StringBuilder sql = new StringBuilder("case");
    for (int b = 0; b < BUCKET_DAYS.length; b++) {
      String name = "bucket" + b + suffix;
      params.addValue(name, day.minusDays(BUCKET_DAYS[b]));
      sql.append(" when a.delinquency_date >= :").append(name).append(" then ").append(b);
    }
    return sql.append(" else ").append(BUCKET_DAYS.length).append(" end").toString();
  }

  static int monthNumber(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue();
  }

  private static String columns(String first, String second) {
    StringBuilder sql = new StringBuilder();
    for (int k = 0; k <= ROLL_MONTHS; k++) {
      sql.append(k == 0 ? "" : ", ").append(first).append(k).append(", ").append(second).append(k);
    }
    return sql.toString();
  }

  private static String sums(String prefix, int[] suffixes) {
    StringBuilder sql = new StringBuilder();
    for (int s : suffixes) {
      sql.append(sql.isEmpty() ? "" : ", ").append("sum(").append(prefix).append(s).append(")");
    }
    return sql.toString();
  }

  private static int[] range(int count) {
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      values[i] = i;
    }
    return values;
  }
}
