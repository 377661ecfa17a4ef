package org.recourse.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the ledger for the figures that need each account's balances: every account's opening, what it
 * collected up to each month since its placement, and its balance at the end of each of the last months, summed
 * into groups of accounts that share a cohort, an aging bucket at each of those days and whether they owed then.
 * Liquidation, aging and roll rates are read from the groups, so the ledger is read once for the three. The pass
 * runs over the node's copy of the ledger ({@link LedgerBook}), in long cents: a million entries in tens of
 * milliseconds, where the same sums in the database took three seconds.
 */
final class LedgerPass {

  /** The months since the placement month whose collections the liquidation shows. */
  static final int[] LIQUIDATION_MONTHS = {0, 1, 2, 3, 6, 9, 12};
  /** How many month ends back the roll rates go (and so, one more day: the balances' days). */
  static final int ROLL_MONTHS = 6;
  /** The aging buckets' upper bounds, in days since the debtor's delinquency. */
  static final int[] BUCKET_DAYS = {180, 365, 730, 1095};

  /** The placement month as the SQL figures group by it, in the database session's zone (the JVM's). */
  static final String PLACED_MONTH =
      "cast(extract(year from a.placed_at) * 12 + extract(month from a.placed_at) as integer)";
  static final String COLLECTED_KINDS = "('PAYMENT', 'REVERSAL', 'REFUND')";

  private LedgerPass() {
  }

  /**
   * Accounts alike: of one creditor and placement month (a month number, year * 12 + month), in the same aging
   * bucket at each day of {@link Groups#days} and owing (or not) on each; their number, opening balances,
   * collections (in all and by each of {@link #LIQUIDATION_MONTHS}) and balances on each day.
   */
  record Group(String creditor, int placedMonth, int[] bucket, boolean[] owing, long accounts, BigDecimal placed,
      BigDecimal collected, BigDecimal[] collectedBy, BigDecimal[] balance) {
  }

  /** The groups, and the days their buckets and balances stand on: the last {@link #ROLL_MONTHS} month ends, as of. */
  record Groups(LocalDate[] days, List<Group> groups) {
  }

  /**
   * The groups of the scope's accounts: of its creditor (or all), placed before {@code end}, with an itemization.
   * An account's opening (placed) is the sum of the entries recorded with its itemization; collected amounts are
   * those of payments, reversals and refunds effective by the scope's day (negative in the ledger: turned round
   * here); the cutoff of "month m since placement" is the first day after it; the placement month is read in
   * {@code zone}, as the database session reads it for the other figures.
   */
  static Groups read(LedgerBook.Entries book, ReportScope scope, Instant end, ZoneId zone) {
    LocalDate asOf = scope.asOf();
    int n = ROLL_MONTHS + 1;
    int liquidation = LIQUIDATION_MONTHS.length;
    LocalDate[] days = new LocalDate[n];
    int[] dayNumbers = new int[n];
    for (int k = 0; k < n; k++) {
      LocalDate monthEnd = scope.month().minusMonths(ROLL_MONTHS - k).atEndOfMonth();
      days[k] = monthEnd.isAfter(asOf) ? asOf : monthEnd;
      dayNumbers[k] = (int) days[k].toEpochDay();
    }
    int asOfDay = (int) asOf.toEpochDay();
    int accounts = book.accounts;
    int wanted = book.creditorIndex(scope.creditor());
    long[] opened = new long[accounts];
    Arrays.fill(opened, Long.MIN_VALUE);
    for (int i = 0; i < book.count; i++) {
      if (book.kind[i] == LedgerBook.ITEMIZATION) {
        opened[book.account[i]] = book.recorded[i];
      }
    }
    long endMicros = end.getEpochSecond() * 1_000_000 + end.getNano() / 1000;
    boolean[] in = new boolean[accounts];
    int[] placedMonth = new int[accounts];
    int[] cutoffs = new int[accounts * liquidation];
    Map<Integer, int[]> cutoffsByMonth = new HashMap<>();
    for (int a = 0; a < accounts; a++) {
      in[a] = opened[a] != Long.MIN_VALUE && book.ofCreditor(a, wanted) && book.placedAt[a] < endMicros;
      if (in[a]) {
        YearMonth placed = YearMonth.from(Instant.EPOCH.plus(book.placedAt[a], ChronoUnit.MICROS).atZone(zone));
        placedMonth[a] = monthNumber(placed);
        int[] firstDaysAfter = cutoffsByMonth.computeIfAbsent(placedMonth[a], month -> {
          int[] cut = new int[liquidation];
          for (int m = 0; m < liquidation; m++) {
            cut[m] = (int) placed.plusMonths(LIQUIDATION_MONTHS[m] + 1L).atDay(1).toEpochDay();
          }
          return cut;
        });
        System.arraycopy(firstDaysAfter, 0, cutoffs, a * liquidation, liquidation);
      }
    }
    long[] placed = new long[accounts];
    long[] collected = new long[accounts];
    long[] collectedBy = new long[accounts * liquidation];
    long[] balance = new long[accounts * n];
    for (int i = 0; i < book.count; i++) {
      int a = book.account[i];
      if (!in[a]) {
        continue;
      }
      long cents = book.cents[i];
      int day = book.day[i];
      if (book.recorded[i] == opened[a]) {
        placed[a] += cents;
      }
      if (book.kind[i] == LedgerBook.COLLECTED && day <= asOfDay) {
        collected[a] += cents;
        for (int m = 0; m < liquidation; m++) {
          if (day < cutoffs[a * liquidation + m]) {
            collectedBy[a * liquidation + m] += cents;
          }
        }
      }
      for (int k = 0; k < n; k++) {
        if (day <= dayNumbers[k]) {
          balance[a * n + k] += cents;
        }
      }
    }
    int[][] bucketFrom = new int[n][BUCKET_DAYS.length];
    for (int k = 0; k < n; k++) {
      for (int b = 0; b < BUCKET_DAYS.length; b++) {
        bucketFrom[k][b] = dayNumbers[k] - BUCKET_DAYS[b];
      }
    }
    // Per group: accounts, placed, collected, collected by each month, balance on each day.
    Map<GroupKey, long[]> sums = new HashMap<>();
    int width = 3 + liquidation + n;
    for (int a = 0; a < accounts; a++) {
      if (!in[a]) {
        continue;
      }
      long shape = 0;
      for (int k = 0; k < n; k++) {
        shape = shape << 4 | (long) bucket(book.delinquency[a], bucketFrom[k]) << 1
            | (balance[a * n + k] > 0 ? 1 : 0);
      }
      long[] group = sums.computeIfAbsent(new GroupKey(book.creditor[a], placedMonth[a], shape),
          key -> new long[width]);
      group[0]++;
      group[1] += placed[a];
      group[2] += collected[a];
      for (int m = 0; m < liquidation; m++) {
        group[3 + m] += collectedBy[a * liquidation + m];
      }
      for (int k = 0; k < n; k++) {
        group[3 + liquidation + k] += balance[a * n + k];
      }
    }
    List<Group> groups = new ArrayList<>(sums.size());
    sums.forEach((key, group) -> {
      int[] bucket = new int[n];
      boolean[] owing = new boolean[n];
      for (int k = 0; k < n; k++) {
        int bits = (int) (key.shape() >> 4 * (n - 1 - k)) & 0xF;
        bucket[k] = bits >> 1;
        owing[k] = (bits & 1) == 1;
      }
      BigDecimal[] by = new BigDecimal[liquidation];
      for (int m = 0; m < liquidation; m++) {
        by[m] = BigDecimal.valueOf(-group[3 + m], 2);
      }
      BigDecimal[] balances = new BigDecimal[n];
      for (int k = 0; k < n; k++) {
        balances[k] = BigDecimal.valueOf(group[3 + liquidation + k], 2);
      }
      groups.add(new Group(book.creditorCodes.get(key.creditor()), key.placedMonth(), bucket, owing, group[0],
          BigDecimal.valueOf(group[1], 2), BigDecimal.valueOf(-group[2], 2), by, balances));
    });
    return new Groups(days, groups);
  }

  /**
   * What each account of the creditor (or all) collected, net, by entries effective from {@code first} to
   * {@code last}; accounts by id, amounts in cents as collected (positive).
   */
  static Map<Long, Long> collected(LedgerBook.Entries book, String creditorCode, LocalDate first, LocalDate last) {
    int wanted = book.creditorIndex(creditorCode);
    Map<Long, Long> collected = new HashMap<>();
    int from = (int) first.toEpochDay();
    int to = (int) last.toEpochDay();
    for (int i = 0; i < book.count; i++) {
      int a = book.account[i];
      if (book.kind[i] == LedgerBook.COLLECTED && book.day[i] >= from && book.day[i] <= to
          && book.ofCreditor(a, wanted)) {
        collected.merge(book.id[a], -book.cents[i], Long::sum);
      }
    }
    return collected;
  }

  /** The aging bucket of a delinquency day on a day whose buckets begin on {@code from} (newest first). */
  private static int bucket(int delinquency, int[] from) {
    for (int b = 0; b < from.length; b++) {
      if (delinquency >= from[b]) {
        return b;
      }
    }
    return from.length;
  }

  private record GroupKey(int creditor, int placedMonth, long shape) {
  }

  /** The condition on {@code cr.code} that keeps a scope's creditor, or none for all. */
  static String creditorFilter(ReportScope scope) {
    return scope.creditor() == null ? "" : " and cr.code = :creditor";
  }

  static int monthNumber(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue();
  }
}
