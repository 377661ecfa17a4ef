package org.recourse.reporting;

import static org.recourse.reporting.LedgerPass.creditorFilter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.recourse.complaint.ComplaintCategory;
import org.recourse.reporting.FigureTable.Chart;
import org.recourse.reporting.FigureTable.Rate;
import org.recourse.reporting.FigureTable.Series;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of recovery, each computed when asked from Recourse's own records (the ledger, the contact log, the
 * arrangements and their installments, the legal referrals), per creditor and per placement month (the cohort), with
 * its definition. Money collected is always net: payments less their reversals and less refunds.
 */
@Service
public class RecoveryFigures {

  /** The placement month of an account, as a month number (year * 12 + month) that sorts and subtracts. */
  private static final String PLACED_MONTH = LedgerPass.PLACED_MONTH;
  private static final String COLLECTED_KINDS = LedgerPass.COLLECTED_KINDS;

  /** The aging buckets of an open balance, by days since the debtor's delinquency. */
  static final List<String> BUCKETS = List.of("0–180 days", "181–365 days", "1–2 years", "2–3 years",
      "over 3 years");

  private final NamedParameterJdbcTemplate jdbc;
  private final LedgerBook ledger;
  private final Clock clock;

  RecoveryFigures(NamedParameterJdbcTemplate jdbc, LedgerBook ledger, Clock clock) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The scope of a month for a creditor (or all, when null), today by the business clock. */
  public ReportScope scope(String creditor, YearMonth month) {
    return new ReportScope(creditor, month == null ? YearMonth.now(clock) : month, LocalDate.now(clock));
  }

  /** The creditors, code and name, to choose one by. */
  @Transactional(readOnly = true)
  public Map<String, String> creditors() {
    Map<String, String> creditors = new LinkedHashMap<>();
    jdbc.query("select code, name from creditor order by code", new MapSqlParameterSource(),
        row -> {
          creditors.put(row.getString(1), row.getString(2));
        });
    return creditors;
  }

  /** Every figure of the dashboard, in its order. */
  @Transactional(readOnly = true)
  public List<FigureTable> all(ReportScope scope) {
    LedgerPass.Groups pass = pass(scope);
    return List.of(liquidation(scope, pass), aging(scope, pass), rollRates(pass), rightPartyContact(scope),
        promisesKept(scope), plans(scope), settlements(scope), legalPipeline(scope), complaints(scope),
        collectors(scope));
  }

  /** One figure by its id, as the dashboard links it. */
  @Transactional(readOnly = true)
  public FigureTable figure(String id, ReportScope scope) {
    return switch (id) {
      case "liquidation" -> liquidation(scope);
      case "aging" -> aging(scope);
      case "roll-rates" -> rollRates(scope);
      case "right-party-contact" -> rightPartyContact(scope);
      case "promises" -> promisesKept(scope);
      case "plans" -> plans(scope);
      case "settlements" -> settlements(scope);
      case "legal" -> legalPipeline(scope);
      case "complaints" -> complaints(scope);
      case "collectors" -> collectors(scope);
      default -> throw new IllegalArgumentException("there is no figure " + id);
    };
  }

  /** What was collected of what was placed, by cohort and by months since placement. */
  @Transactional(readOnly = true)
  public FigureTable liquidation(ReportScope scope) {
    return liquidation(scope, pass(scope));
  }

  private FigureTable liquidation(ReportScope scope, LedgerPass.Groups pass) {
    int[] months = LedgerPass.LIQUIDATION_MONTHS;
    Map<Cohort, long[]> accounts = new TreeMap<>();
    Map<Cohort, BigDecimal> placed = new TreeMap<>();
    Map<Cohort, BigDecimal> collected = new HashMap<>();
    Map<Cohort, BigDecimal[]> collectedBy = new HashMap<>();
    for (LedgerPass.Group group : pass.groups()) {
      Cohort cohort = new Cohort(group.creditor(), group.placedMonth());
      accounts.computeIfAbsent(cohort, c -> new long[1])[0] += group.accounts();
      placed.merge(cohort, group.placed(), BigDecimal::add);
      collected.merge(cohort, group.collected(), BigDecimal::add);
      BigDecimal[] by = collectedBy.computeIfAbsent(cohort, c -> zeros(months.length));
      for (int m = 0; m < months.length; m++) {
        by[m] = by[m].add(group.collectedBy()[m]);
      }
    }
    int reported = LedgerPass.monthNumber(YearMonth.from(scope.asOf()));
    int oldest = placed.keySet().stream().mapToInt(c -> reported - c.month()).max().orElse(0);
    List<Integer> shown = new ArrayList<>();
    for (int m = 0; m < months.length && months[m] <= oldest; m++) {
      shown.add(m);
    }
    List<String> columns = new ArrayList<>(List.of("Creditor", "Placed in", "Accounts", "Placed", "Collected",
        "Liquidation"));
    shown.forEach(m -> columns.add("By month " + months[m]));
    List<List<Object>> rows = new ArrayList<>();
    List<String> labels = shown.stream().map(m -> String.valueOf(months[m])).toList();
    List<Series> series = new ArrayList<>();
    for (Map.Entry<Cohort, BigDecimal> cohort : placed.entrySet()) {
      int age = reported - cohort.getKey().month();
      BigDecimal total = collected.get(cohort.getKey());
      BigDecimal[] by = collectedBy.get(cohort.getKey());
      List<Object> row = new ArrayList<>(List.of(cohort.getKey().creditor(), cohort.getKey().label(),
          accounts.get(cohort.getKey())[0], money(cohort.getValue()), money(total), Rate.of(total, cohort.getValue())));
      List<BigDecimal> line = new ArrayList<>();
      for (int m : shown) {
        boolean reached = months[m] <= age;
        row.add(reached ? Rate.of(by[m], cohort.getValue()) : "");
        line.add(reached ? Rate.of(by[m], cohort.getValue()).fraction() : null);
      }
      rows.add(row);
      series.add(new Series(cohort.getKey().creditor() + " " + cohort.getKey().label(), line));
    }
    return new FigureTable("liquidation", "Liquidation by placement month",
        "Collected ÷ placed. Placed: the balance the ledger opened with (the amount owed on the itemization date, "
            + "the interest and fees since, less the payments and credits since). Collected: payments less reversals "
            + "and refunds, by their effective date, up to " + scope.asOf() + ". \"By month n\": what was collected "
            + "up to the end of the n-th calendar month after the placement month (month 0 is the placement month "
            + "itself).",
        columns, rows, new Chart("line", "Months since the placement month", "Collected ÷ placed", true, labels,
            series));
  }

  /** The open balance by how long the debtor has been delinquent. */
  @Transactional(readOnly = true)
  public FigureTable aging(ReportScope scope) {
    return aging(scope, pass(scope));
  }

  private FigureTable aging(ReportScope scope, LedgerPass.Groups pass) {
    int asOf = LedgerPass.ROLL_MONTHS;
    Map<Cohort, BigDecimal[]> balances = new TreeMap<>();
    Map<Cohort, long[]> counts = new TreeMap<>();
    for (LedgerPass.Group group : pass.groups()) {
      if (group.owing()[asOf]) {
        Cohort cohort = new Cohort(group.creditor(), group.placedMonth());
        BigDecimal[] sums = balances.computeIfAbsent(cohort, c -> zeros(BUCKETS.size()));
        sums[group.bucket()[asOf]] = sums[group.bucket()[asOf]].add(group.balance()[asOf]);
        counts.computeIfAbsent(cohort, c -> new long[1])[0] += group.accounts();
      }
    }
    List<String> columns = new ArrayList<>(List.of("Creditor", "Placed in", "Open accounts"));
    columns.addAll(BUCKETS);
    columns.add("Open balance");
    List<List<Object>> rows = new ArrayList<>();
    Map<String, BigDecimal[]> byCreditor = new TreeMap<>();
    for (Map.Entry<Cohort, BigDecimal[]> cohort : balances.entrySet()) {
      List<Object> row = new ArrayList<>(List.of(cohort.getKey().creditor(), cohort.getKey().label(),
          counts.get(cohort.getKey())[0]));
      BigDecimal total = BigDecimal.ZERO;
      BigDecimal[] sums = byCreditor.computeIfAbsent(cohort.getKey().creditor(), c -> zeros(BUCKETS.size()));
      for (int b = 0; b < BUCKETS.size(); b++) {
        row.add(money(cohort.getValue()[b]));
        total = total.add(cohort.getValue()[b]);
        sums[b] = sums[b].add(cohort.getValue()[b]);
      }
      row.add(money(total));
      rows.add(row);
    }
    List<Series> series = byCreditor.entrySet().stream()
        .map(c -> new Series(c.getKey(), List.of(c.getValue()).stream().map(RecoveryFigures::money).toList()))
        .toList();
    return new FigureTable("aging", "Aging of the open balance",
        "The balance owed on " + scope.asOf() + " (the sum of the ledger's entries effective by then) of every "
            + "account that owes, by days from the debtor's delinquency date to that day.",
        columns, rows, new Chart("bar", "Days since delinquency", "Open balance ($)", false, BUCKETS, series));
  }

  /** How the open balance moved between aging buckets from one month's end to the next. */
  @Transactional(readOnly = true)
  public FigureTable rollRates(ReportScope scope) {
    return rollRates(pass(scope));
  }

  private FigureTable rollRates(LedgerPass.Groups pass) {
    int months = LedgerPass.ROLL_MONTHS;
    LocalDate[] days = pass.days();
    // For each month: balance that was open in each bucket at the month before's end, and where it is now.
    BigDecimal[][] from = new BigDecimal[months][];
    BigDecimal[][] rolled = new BigDecimal[months][];
    BigDecimal[][] resolved = new BigDecimal[months][];
    for (int k = 0; k < months; k++) {
      from[k] = zeros(BUCKETS.size());
      rolled[k] = zeros(BUCKETS.size());
      resolved[k] = zeros(BUCKETS.size());
    }
    for (LedgerPass.Group group : pass.groups()) {
      for (int k = 1; k <= months; k++) {
        // Placed by the month before's end (a month end: placed in that month or before), and owing then.
        if (group.placedMonth() > LedgerPass.monthNumber(YearMonth.from(days[k - 1])) || !group.owing()[k - 1]) {
          continue;
        }
        int bucket = group.bucket()[k - 1];
        BigDecimal before = group.balance()[k - 1];
        from[k - 1][bucket] = from[k - 1][bucket].add(before);
        if (!group.owing()[k]) {
          resolved[k - 1][bucket] = resolved[k - 1][bucket].add(before);
        } else if (group.bucket()[k] > bucket) {
          rolled[k - 1][bucket] = rolled[k - 1][bucket].add(before);
        }
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<List<BigDecimal>> lines = new ArrayList<>();
    BUCKETS.forEach(b -> lines.add(new ArrayList<>()));
    for (int k = 0; k < months; k++) {
      String month = YearMonth.from(days[k + 1]).toString();
      labels.add(month);
      for (int b = 0; b < BUCKETS.size(); b++) {
        Rate roll = Rate.of(rolled[k][b], from[k][b]);
        lines.get(b).add(roll.fraction());
        if (from[k][b].signum() > 0) {
          BigDecimal stayed = from[k][b].subtract(rolled[k][b]).subtract(resolved[k][b]);
          rows.add(List.of(month, BUCKETS.get(b), money(from[k][b]), roll, Rate.of(stayed, from[k][b]),
              Rate.of(resolved[k][b], from[k][b])));
        }
      }
    }
    List<Series> series = new ArrayList<>();
    for (int b = 0; b < BUCKETS.size() - 1; b++) {
      series.add(new Series("from " + BUCKETS.get(b), lines.get(b)));
    }
    return new FigureTable("roll-rates", "Roll rates between aging buckets",
        "Of the balance open in a bucket at the end of the month before (balance above zero), the share that is in "
            + "an older bucket at the month's end and still owing (rolled), in the same bucket (stayed), or paid, "
            + "settled or written down to nothing (resolved); weighted by that balance. Buckets as in the aging.",
        List.of("Month", "From bucket", "Open at the month before's end", "Rolled", "Stayed", "Resolved"), rows,
        new Chart("line", "Month", "Rolled to an older bucket", true, labels, series));
  }

  /** Calls that reached the debtor, of the calls placed in the month. */
  @Transactional(readOnly = true)
  public FigureTable rightPartyContact(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    List<List<Object>> rows = new ArrayList<>();
    jdbc.query("""
        select cr.code, %s, count(*),
               sum(case when c.result in ('RIGHT_PARTY_CONTACT', 'REFUSED') then 1 else 0 end),
               count(distinct c.case_id)
        from contact c join account a on a.id = c.case_id join creditor cr on cr.id = a.creditor_id
        where c.channel = 'CALL' and c.outbound = true and c.occurred_at >= :monthStart and c.occurred_at < :end %s
        group by cr.code, %s
        order by 1, 2""".formatted(PLACED_MONTH, creditorFilter(scope), PLACED_MONTH), params, row -> {
          long calls = row.getLong(3);
          long reached = row.getLong(4);
          rows.add(List.of(row.getString(1), label(row.getInt(2)), row.getLong(5), calls, reached,
              Rate.of(reached, calls)));
        });
    return new FigureTable("right-party-contact", "Right-party contact rate",
        "Outbound calls in " + scope.month() + " that reached the debtor and became a conversation about the debt "
            + "(right-party contact, or the debtor refusing) ÷ all outbound calls placed in the month, from the "
            + "contact log.",
        List.of("Creditor", "Placed in", "Accounts called", "Calls", "Right-party contacts", "Rate"), rows,
        cohortBars(rows, 5, "Right-party contacts ÷ calls", true));
  }

  /** Promises to pay kept, of those whose date has been judged. */
  @Transactional(readOnly = true)
  public FigureTable promisesKept(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    List<List<Object>> rows = new ArrayList<>();
    jdbc.query("""
        select cr.code, %s, count(*),
               sum(case when ar.status in ('COMPLETED', 'BROKEN', 'PARTIALLY_KEPT') then 1 else 0 end),
               sum(case when ar.status = 'COMPLETED' then 1 else 0 end),
               sum(case when ar.status = 'COMPLETED' then ar.total_amount else 0 end)
        from arrangement ar join account a on a.id = ar.case_id join creditor cr on cr.id = a.creditor_id
        where ar.kind = 'PROMISE' and ar.proposed_at < :end %s
        group by cr.code, %s
        order by 1, 2""".formatted(PLACED_MONTH, creditorFilter(scope), PLACED_MONTH), params, row -> {
          long judged = row.getLong(4);
          long kept = row.getLong(5);
          rows.add(List.of(row.getString(1), label(row.getInt(2)), row.getLong(3), judged, kept,
              money(row.getBigDecimal(6)), Rate.of(kept, judged)));
        });
    return new FigureTable("promises", "Promise-kept rate",
        "Promises to pay kept in full ÷ promises whose date has come and been judged (kept, partly kept or broken), "
            + "of the promises made up to " + scope.asOf() + ", as they stand now.",
        List.of("Creditor", "Placed in", "Promises made", "Judged", "Kept", "Amount kept", "Rate"), rows,
        cohortBars(rows, 6, "Kept ÷ judged", true));
  }

  /** Payment plans that fell behind and caught up, and plans that defaulted. */
  @Transactional(readOnly = true)
  public FigureTable plans(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    List<List<Object>> rows = new ArrayList<>();
    jdbc.query("""
        select cr.code, %s, count(*),
               sum(case when exists (select 1 from installment i where i.arrangement_id = ar.id
                                     and i.status in ('MISSED', 'SHORT', 'CURED')) then 1 else 0 end),
               sum(case when exists (select 1 from installment i where i.arrangement_id = ar.id
                                     and i.status = 'CURED') then 1 else 0 end),
               sum(case when ar.status = 'DEFAULTED' then 1 else 0 end),
               sum(case when ar.status = 'COMPLETED' then 1 else 0 end)
        from arrangement ar join account a on a.id = ar.case_id join creditor cr on cr.id = a.creditor_id
        where ar.kind = 'PLAN' and ar.status in ('AGREED', 'COMPLETED', 'DEFAULTED', 'ENDED') and ar.proposed_at < :end %s
        group by cr.code, %s
        order by 1, 2""".formatted(PLACED_MONTH, creditorFilter(scope), PLACED_MONTH), params, row -> {
          long agreed = row.getLong(3);
          long behind = row.getLong(4);
          long cured = row.getLong(5);
          long defaulted = row.getLong(6);
          rows.add(List.of(row.getString(1), label(row.getInt(2)), agreed, row.getLong(7), behind, cured,
              Rate.of(cured, behind), defaulted, Rate.of(defaulted, agreed)));
        });
    return new FigureTable("plans", "Payment plans: cure and default",
        "Of the plans agreed with the debtor up to " + scope.asOf() + ": cure rate = plans with an installment "
            + "caught up after it was missed or short ÷ plans that fell behind (an installment missed, short or "
            + "caught up); default rate = plans defaulted ÷ plans agreed.",
        List.of("Creditor", "Placed in", "Plans agreed", "Completed", "Fell behind", "Cured", "Cure rate",
            "Defaulted", "Default rate"), rows, cohortBars(rows, 8, "Defaulted ÷ agreed", true));
  }

  /** The discount given in the settlements paid. */
  @Transactional(readOnly = true)
  public FigureTable settlements(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    List<List<Object>> rows = new ArrayList<>();
    jdbc.query("""
        select cr.code, %s, count(*), sum(ar.balance_at_proposal), sum(ar.total_amount)
        from arrangement ar join account a on a.id = ar.case_id join creditor cr on cr.id = a.creditor_id
        where ar.kind = 'SETTLEMENT' and ar.status = 'COMPLETED' and ar.proposed_at < :end %s
        group by cr.code, %s
        order by 1, 2""".formatted(PLACED_MONTH, creditorFilter(scope), PLACED_MONTH), params, row -> {
          BigDecimal owed = row.getBigDecimal(4);
          BigDecimal paid = row.getBigDecimal(5);
          BigDecimal discount = owed.subtract(paid);
          rows.add(List.of(row.getString(1), label(row.getInt(2)), row.getLong(3), money(owed), money(paid),
              money(discount), Rate.of(discount, owed)));
        });
    return new FigureTable("settlements", "Settlement discount given",
        "Of the settlements paid in full: the balance owed when each was proposed, the amount it settled for, and "
            + "the discount (the difference) ÷ that balance.",
        List.of("Creditor", "Placed in", "Settlements paid", "Balance owed", "Settled for", "Discount",
            "Discount rate"), rows, cohortBars(rows, 6, "Discount ÷ balance", true));
  }

  /** Cases on their way through the legal referral, and what they recovered. */
  @Transactional(readOnly = true)
  public FigureTable legalPipeline(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    Map<Cohort, List<Object>> cohorts = new TreeMap<>();
    jdbc.query("""
        select cr.code, %s,
               count(distinct case when r.eligible then r.case_id end),
               count(distinct case when r.delivered_at is not null then r.case_id end),
               count(distinct case when r.suit_filed_on is not null then r.case_id end),
               count(distinct case when r.judgment_on is not null then r.case_id end)
        from legal_referral r join account a on a.id = r.case_id join creditor cr on cr.id = a.creditor_id
        where r.created_at < :end %s
        group by cr.code, %s""".formatted(PLACED_MONTH, creditorFilter(scope), PLACED_MONTH), params, row -> {
          cohorts.put(new Cohort(row.getString(1), row.getInt(2)), new ArrayList<>(List.of(row.getLong(3),
              row.getLong(4), row.getLong(5), row.getLong(6), money(BigDecimal.ZERO))));
        });
    jdbc.query("""
        select code, placed_month, sum(amount) from (
          select cr.code, %s as placed_month, -l.amount as amount
          from ledger_entry l join account a on a.id = l.account_id join creditor cr on cr.id = a.creditor_id
          join (select case_id, min(delivered_at) as delivered_at from legal_referral
                where delivered_at is not null group by case_id) r on r.case_id = a.id
          where l.kind in %s and l.effective_date >= cast(r.delivered_at as date) and l.effective_date <= :asOf
            and r.delivered_at < :end %s) p
        group by code, placed_month""".formatted(PLACED_MONTH, COLLECTED_KINDS, creditorFilter(scope)), params, row -> {
          List<Object> cells = cohorts.get(new Cohort(row.getString(1), row.getInt(2)));
          if (cells != null) {
            cells.set(4, money(row.getBigDecimal(3)));
          }
        });
    List<List<Object>> rows = new ArrayList<>();
    cohorts.forEach((cohort, cells) -> {
      List<Object> row = new ArrayList<>(List.of(cohort.creditor(), cohort.label()));
      row.addAll(cells);
      rows.add(row);
    });
    List<String> stages = List.of("Eligible", "Referred", "Suit filed", "Judgment");
    Map<String, BigDecimal[]> byCreditor = new TreeMap<>();
    for (List<Object> row : rows) {
      BigDecimal[] sums = byCreditor.computeIfAbsent((String) row.get(0), c -> zeros(stages.size()));
      for (int s = 0; s < stages.size(); s++) {
        sums[s] = sums[s].add(BigDecimal.valueOf((Long) row.get(2 + s)));
      }
    }
    return new FigureTable("legal", "Legal pipeline",
        "Cases by how far their legal referral went, up to " + scope.asOf() + ": found eligible by the "
            + "eligibility decision, referred (the court packet delivered to the legal team), suit filed, judgment "
            + "entered; recovered: money collected on referred cases from the day of their referral.",
        List.of("Creditor", "Placed in", "Eligible", "Referred", "Suit filed", "Judgment", "Recovered"), rows,
        new Chart("bar", "Stage", "Cases", false, stages, byCreditor.entrySet().stream()
            .map(c -> new Series(c.getKey(), List.of(c.getValue()))).toList()));
  }

  /** Debtors' complaints: received in the month, open now, late, and answered within the period or not. */
  @Transactional(readOnly = true)
  public FigureTable complaints(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    List<List<Object>> rows = new ArrayList<>();
    jdbc.query("""
        select cr.code, k.category,
               sum(case when k.recorded_at >= :monthStart and k.recorded_at < :end then 1 else 0 end),
               sum(case when k.status <> 'ANSWERED' or k.answered_at >= :end then 1 else 0 end),
               sum(case when (k.status <> 'ANSWERED' or k.answered_at >= :end) and k.due_at < :end then 1 else 0 end),
               sum(case when k.answered_at >= :monthStart and k.answered_at < :end then 1 else 0 end),
               sum(case when k.answered_at >= :monthStart and k.answered_at < :end and k.answered_at > k.due_at
                        then 1 else 0 end)
        from complaint k join account a on a.id = k.case_id join creditor cr on cr.id = a.creditor_id
        where k.recorded_at < :end %s
        group by cr.code, k.category
        order by 1, 2""".formatted(creditorFilter(scope)), params, row -> {
          long answered = row.getLong(6);
          rows.add(List.of(row.getString(1), ComplaintCategory.valueOf(row.getString(2)).label(), row.getLong(3),
              row.getLong(4), row.getLong(5),
              answered, Rate.of(answered - row.getLong(7), answered)));
        });
    return new FigureTable("complaints", "Complaints",
        "From the complaint log, by creditor and what the complaint is about: received in " + scope.month()
            + "; open on " + scope.asOf() + " (not answered by then) and of those past the day their answer was "
            + "due; answered in the month, and the share of those answered by their due day.",
        List.of("Creditor", "About", "Received", "Open", "Open and late", "Answered", "Answered on time"), rows,
        countBars(rows, 3, "What the complaint is about", "Complaints open"));
  }

  /** Each collector's month: cases worked, contacts, promises, money collected against the target. */
  @Transactional(readOnly = true)
  public FigureTable collectors(ReportScope scope) {
    MapSqlParameterSource params = params(scope);
    Map<String, Object[]> people = new TreeMap<>();
    Function<String, Object[]> person = name -> people.computeIfAbsent(name,
        n -> new Object[] {0L, 0L, 0L, BigDecimal.ZERO, null});
    jdbc.query("""
        select c.recorded_by, count(distinct c.case_id), count(*)
        from contact c join account a on a.id = c.case_id join creditor cr on cr.id = a.creditor_id
        where c.occurred_at >= :monthStart and c.occurred_at < :end and c.recorded_by <> 'system' %s
        group by c.recorded_by""".formatted(creditorFilter(scope)), params, row -> {
          Object[] cells = person.apply(row.getString(1));
          cells[0] = row.getLong(2);
          cells[1] = row.getLong(3);
        });
    jdbc.query("""
        select ar.proposed_by, count(*)
        from arrangement ar join account a on a.id = ar.case_id join creditor cr on cr.id = a.creditor_id
        where ar.kind = 'PROMISE' and ar.proposed_at >= :monthStart and ar.proposed_at < :end
          and ar.proposed_by <> 'system' %s
        group by ar.proposed_by""".formatted(creditorFilter(scope)), params,
        row -> {
          person.apply(row.getString(1))[2] = row.getLong(2);
        });
    Map<Long, Long> collectedCents = ledger.read(book -> LedgerPass.collected(book, scope.creditor(),
        scope.month().atDay(1), scope.asOf()));
    Map<String, long[]> byCollector = new TreeMap<>();
    jdbc.query("select id, assigned_collector from collection_case where assigned_collector is not null", params,
        row -> {
          Long cents = collectedCents.get(row.getLong(1));
          if (cents != null) {
            byCollector.computeIfAbsent(row.getString(2), c -> new long[1])[0] += cents;
          }
        });
    byCollector.forEach((name, cents) -> person.apply(name)[3] = BigDecimal.valueOf(cents[0], 2));
    jdbc.query("select collector, amount from collector_target where target_month = :monthFirst", params,
        row -> {
          person.apply(row.getString(1))[4] = money(row.getBigDecimal(2));
        });
    List<List<Object>> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<BigDecimal> collected = new ArrayList<>();
    List<BigDecimal> targets = new ArrayList<>();
    people.forEach((name, cells) -> {
      BigDecimal target = (BigDecimal) cells[4];
      BigDecimal money = (BigDecimal) cells[3];
      rows.add(java.util.Arrays.asList(name, cells[0], cells[1], cells[2], money, target == null ? "" : target,
          target == null ? "" : Rate.of(money, target)));
      labels.add(name);
      collected.add(money);
      targets.add(target);
    });
    return new FigureTable("collectors", "Collectors against their targets",
        "For " + scope.month() + ", per person: cases worked (cases with a contact they recorded), contacts "
            + "recorded, promises to pay taken, and money collected (net, by effective date) on the cases assigned "
            + "to them, against the month's target a manager set; attainment = collected ÷ target.",
        List.of("Collector", "Cases worked", "Contacts", "Promises", "Collected", "Target", "Attainment"), rows,
        new Chart("bar", "Collector", "Collected and target ($)", false, labels,
            List.of(new Series("Collected", collected), new Series("Target", targets))));
  }

  /** The ledger's pass for the scope, over this node's copy of the ledger brought up to date. */
  private LedgerPass.Groups pass(ReportScope scope) {
    Instant end = scope.asOf().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    return ledger.read(book -> LedgerPass.read(book, scope, end, ZoneId.systemDefault()));
  }

  private MapSqlParameterSource params(ReportScope scope) {
    LocalDate asOf = scope.asOf();
    MapSqlParameterSource params = new MapSqlParameterSource()
        .addValue("asOf", asOf)
        .addValue("end", asOf.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
        .addValue("monthFirst", scope.month().atDay(1))
        .addValue("monthStart", scope.month().atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
    if (scope.creditor() != null) {
      params.addValue("creditor", scope.creditor());
    }
    return params;
  }

  /** Bars of one rate column per cohort. */
  private static Chart cohortBars(List<List<Object>> rows, int column, String axis, boolean percent) {
    List<String> labels = rows.stream().map(r -> r.get(0) + " " + r.get(1)).toList();
    List<BigDecimal> values = rows.stream().map(r -> r.get(column) instanceof Rate rate ? rate.fraction() : null)
        .toList();
    return new Chart("bar", "Creditor and placement month", axis, percent, labels, List.of(new Series(axis, values)));
  }

  /** Bars of one count column: a bar per row's second cell (what it is about), a series per creditor. */
  private static Chart countBars(List<List<Object>> rows, int column, String labelAxis, String axis) {
    List<String> labels = rows.stream().map(r -> (String) r.get(1)).distinct().toList();
    Map<String, BigDecimal[]> byCreditor = new TreeMap<>();
    for (List<Object> row : rows) {
      byCreditor.computeIfAbsent((String) row.get(0), c -> zeros(labels.size()))[labels.indexOf((String) row.get(1))] =
          BigDecimal.valueOf((Long) row.get(column));
    }
    return new Chart("bar", labelAxis, axis, false, labels, byCreditor.entrySet().stream()
        .map(c -> new Series(c.getKey(), List.of(c.getValue()))).toList());
  }

  private static BigDecimal[] zeros(int size) {
    BigDecimal[] zeros = new BigDecimal[size];
    java.util.Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }

  private static BigDecimal money(BigDecimal amount) {
    return (amount == null ? BigDecimal.ZERO : amount).setScale(2, java.math.RoundingMode.HALF_EVEN);
  }

  private static String label(int monthNumber) {
    return YearMonth.of((monthNumber - 1) / 12, (monthNumber - 1) % 12 + 1).toString();
  }

  /** Accounts of one creditor placed in one month. */
  private record Cohort(String creditor, int month) implements Comparable<Cohort> {

    String label() {
      return RecoveryFigures.label(month);
    }

    @Override
    public int compareTo(Cohort other) {
      int byCreditor = creditor.compareTo(other.creditor);
      return byCreditor != 0 ? byCreditor : Integer.compare(month, other.month);
    }
  }
}
