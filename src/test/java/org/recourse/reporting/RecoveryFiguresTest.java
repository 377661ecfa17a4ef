package org.recourse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.platform.InputRejectedException;
import org.recourse.support.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every figure of the dashboard on a small book written here by hand, one creditor (KPI) of five accounts with their
 * ledgers, calls, promises, plans, a settlement, a referral and complaints, reported for February 2026 (as of its
 * last day). Each expected number is worked out in the comment beside it.
 */
@Transactional
class RecoveryFiguresTest extends EngineTest {

  private static final ReportScope FEBRUARY = new ReportScope("KPI", YearMonth.of(2026, 2), LocalDate.of(2026, 3, 4));

  @Autowired
  RecoveryFigures figures;
  @Autowired
  CollectorTargets targets;
  @Autowired
  MonthlyReport report;
  @Autowired
  JdbcTemplate jdbc;

  private long nextId = 990_000_000L;

  // The accounts: A1 and A2 and A4 and A5 placed in December 2025, A3 in February 2026.
  private long a1;
  private long a2;
  private long a3;
  private long a4;
  private long a5;

  @BeforeEach
  void book() {
    long creditor = id();
    jdbc.update("insert into creditor (id, code, name, created_at) values (?, 'KPI', 'KPI Test Bank', ?)", creditor,
        at(2025, 1, 1));
    a1 = account(creditor, LocalDate.of(2025, 12, 10), LocalDate.of(2025, 10, 1), "collector");
    a2 = account(creditor, LocalDate.of(2025, 12, 20), LocalDate.of(2024, 12, 1), "collector");
    a3 = account(creditor, LocalDate.of(2026, 2, 3), LocalDate.of(2025, 9, 15), null);
    a4 = account(creditor, LocalDate.of(2025, 12, 5), LocalDate.of(2025, 11, 1), "collector");
    a5 = account(creditor, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 8, 20), "collector2");

    // Placed: the entries recorded with the itemization. A1 1,000; A2 400 + 100 of fees; A3 2,000; A4 300; A5 1,000.
    opening(a1, LocalDate.of(2025, 12, 10), "ITEMIZATION", "1000.00");
    opening(a2, LocalDate.of(2025, 12, 20), "ITEMIZATION", "400.00");
    opening(a2, LocalDate.of(2025, 12, 20), "FEE", "100.00");
    opening(a3, LocalDate.of(2026, 2, 3), "ITEMIZATION", "2000.00");
    opening(a4, LocalDate.of(2025, 12, 5), "ITEMIZATION", "300.00");
    opening(a5, LocalDate.of(2025, 12, 1), "ITEMIZATION", "1000.00");

    entry(a1, "PAYMENT", "-200.00", LocalDate.of(2025, 12, 20));
    entry(a1, "PAYMENT", "-100.00", LocalDate.of(2026, 1, 15));
    entry(a1, "REVERSAL", "100.00", LocalDate.of(2026, 1, 20)); // the January payment came back
    entry(a1, "PAYMENT", "-300.00", LocalDate.of(2026, 2, 10));
    entry(a1, "PAYMENT", "-50.00", LocalDate.of(2026, 3, 2)); // after the month: counts nowhere
    entry(a2, "FEE", "50.00", LocalDate.of(2026, 1, 5)); // charged after placement: not placed
    entry(a2, "PAYMENT", "-500.00", LocalDate.of(2026, 2, 5));
    entry(a3, "PAYMENT", "-400.00", LocalDate.of(2026, 2, 10));
    entry(a3, "REFUND", "40.00", LocalDate.of(2026, 2, 20));
    entry(a4, "PAYMENT", "-180.00", LocalDate.of(2026, 1, 10)); // the settlement, paid
    entry(a4, "ADJUSTMENT", "-120.00", LocalDate.of(2026, 1, 10)); // and its discount written off
    entry(a5, "PAYMENT", "-100.00", LocalDate.of(2026, 2, 25)); // after its referral

    // Calls of February: outbound A1 no answer, A1 talked, A5 voicemail, A5 refused, A3 no answer. Not counted as
    // calls: A1's inbound call, A1's outbound call of January, a text to A3 sent by the system.
    contact(a1, "CALL", true, "NO_ANSWER", at(2026, 2, 2), "collector");
    contact(a1, "CALL", true, "RIGHT_PARTY_CONTACT", at(2026, 2, 3), "collector");
    contact(a1, "CALL", false, "RIGHT_PARTY_CONTACT", at(2026, 2, 4), "collector");
    contact(a1, "CALL", true, "RIGHT_PARTY_CONTACT", at(2026, 1, 20), "collector");
    contact(a5, "CALL", true, "VOICEMAIL", at(2026, 2, 10), "collector2");
    contact(a5, "CALL", true, "REFUSED", at(2026, 2, 11), "collector2");
    contact(a3, "CALL", true, "NO_ANSWER", at(2026, 2, 15), "collector");
    contact(a3, "TEXT", true, "SENT", at(2026, 2, 16), "system");

    // Promises: kept (A1, $200), broken (A2), partly kept (A5, taken in February by collector2), one still to come
    // (A1, taken in February by collector), one made after the month (not counted).
    arrangement(a1, "PROMISE", "COMPLETED", "200.00", "1000.00", at(2025, 12, 15), "collector");
    arrangement(a2, "PROMISE", "BROKEN", "100.00", "500.00", at(2026, 1, 10), "collector");
    arrangement(a5, "PROMISE", "PARTIALLY_KEPT", "300.00", "1000.00", at(2026, 2, 1), "collector2");
    arrangement(a1, "PROMISE", "AGREED", "100.00", "500.00", at(2026, 2, 20), "collector");
    arrangement(a2, "PROMISE", "BROKEN", "50.00", "50.00", at(2026, 3, 1), "collector");

    // Plans: A2 agreed, one installment paid and one caught up; A5 defaulted, two missed; A1 completed; A3 one agreed
    // and not yet due, one only proposed (not counted).
    long p1 = arrangement(a2, "PLAN", "AGREED", "400.00", "550.00", at(2026, 1, 12), "collector");
    installment(p1, 1, "PAID");
    installment(p1, 2, "CURED");
    long p2 = arrangement(a5, "PLAN", "DEFAULTED", "800.00", "1000.00", at(2025, 12, 10), "collector2");
    installment(p2, 1, "MISSED");
    installment(p2, 2, "MISSED");
    long p3 = arrangement(a1, "PLAN", "COMPLETED", "100.00", "800.00", at(2025, 12, 28), "collector");
    installment(p3, 1, "PAID");
    long p5 = arrangement(a3, "PLAN", "AGREED", "1000.00", "1600.00", at(2026, 2, 22), "collector");
    installment(p5, 1, "DUE");
    arrangement(a3, "PLAN", "PROPOSED", "900.00", "1600.00", at(2026, 2, 21), "collector");

    // Settlements: A4's paid ($180 of $300); one approved and not yet paid (not counted).
    arrangement(a4, "SETTLEMENT", "COMPLETED", "180.00", "300.00", at(2026, 1, 3), "collector");
    arrangement(a2, "SETTLEMENT", "AGREED", "300.00", "550.00", at(2026, 2, 26), "collector");

    // Legal: A5 eligible, referred on 12 February, suit filed on the 20th; A2 found not eligible.
    referral(a5, true, at(2026, 2, 12), LocalDate.of(2026, 2, 20));
    referral(a2, false, null, null);

    // Complaints: A1 about the amount, answered on time in February; A5 about calls, open and past its due day;
    // A2 about the amount, received in January and answered late in February.
    complaint(a1, "WRONG_AMOUNT", at(2026, 2, 3), at(2026, 2, 19), at(2026, 2, 10));
    complaint(a5, "COMMUNICATION_TACTICS", at(2026, 2, 5), at(2026, 2, 21), null);
    complaint(a2, "WRONG_AMOUNT", at(2026, 1, 10), at(2026, 1, 26), at(2026, 2, 2));

    targets.set("collector", YearMonth.of(2026, 2), new BigDecimal("1000.00"), "manager");
    targets.set("collector", YearMonth.of(2026, 1), new BigDecimal("5000.00"), "manager");
    targets.set("collector", YearMonth.of(2026, 2), new BigDecimal("1000.00"), "manager"); // set again: replaced
  }

  @Test
  void liquidation_is_collected_over_placed_by_cohort_and_months_since_placement() {
    FigureTable liquidation = figures.liquidation(FEBRUARY);
    // The oldest cohort is two months old: the columns go to month 2.
    assertThat(liquidation.columns()).containsExactly("Creditor", "Placed in", "Accounts", "Placed", "Collected",
        "Liquidation", "By month 0", "By month 1", "By month 2");
    // December: placed 1,000 + 500 + 300 + 1,000 = 2,800. Collected: A1 200 - 0 (100 back) + 300 = 500, A2 500,
    // A4 180, A5 100 = 1,280 (45.7%). By December's end 200 (7.1%); by January's 200 + 180 = 380 (13.6%).
    // February: placed 2,000, collected 400 - 40 = 360 (18.0%); too young for months 1 and 2.
    assertThat(text(liquidation)).containsExactly(
        List.of("KPI", "2025-12", "4", "$2,800.00", "$1,280.00", "45.7%", "7.1%", "13.6%", "45.7%"),
        List.of("KPI", "2026-02", "1", "$2,000.00", "$360.00", "18.0%", "18.0%", "", ""));
    assertThat(liquidation.chart().labels()).containsExactly("0", "1", "2");
    assertThat(liquidation.chart().series().get(1).values()).containsExactly(new BigDecimal("0.1800"), null, null);
  }

  @Test
  void aging_buckets_the_open_balance_by_days_since_delinquency() {
    // On 28 February: A1 owes 500 (150 days), A5 900 (192 days), A2 50 (454 days); A4 owes nothing; A3 1,640
    // (166 days).
    assertThat(text(figures.aging(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "3", "$500.00", "$900.00", "$50.00", "$0.00", "$0.00", "$1,450.00"),
        List.of("KPI", "2026-02", "1", "$1,640.00", "$0.00", "$0.00", "$0.00", "$0.00", "$1,640.00"));
  }

  @Test
  void roll_rates_follow_each_bucket_balance_from_one_month_end_to_the_next() {
    // End of December to end of January, from 0–180 days: A1 800 (stayed), A4 300 (paid off: resolved), A5 1,000
    // (164 days: stayed) of 2,100; from 1–2 years: A2 500 (stayed). A3 was not placed yet.
    // End of January to end of February, from 0–180 days: A1 800 (stayed), A5 1,000 (192 days: rolled) of 1,800;
    // from 1–2 years: A2 550 (stayed).
    assertThat(text(figures.rollRates(FEBRUARY))).containsExactly(
        List.of("2026-01", "0–180 days", "$2,100.00", "0.0%", "85.7%", "14.3%"),
        List.of("2026-01", "1–2 years", "$500.00", "0.0%", "100.0%", "0.0%"),
        List.of("2026-02", "0–180 days", "$1,800.00", "55.6%", "44.4%", "0.0%"),
        List.of("2026-02", "1–2 years", "$550.00", "0.0%", "100.0%", "0.0%"));
  }

  @Test
  void right_party_contact_is_conversations_over_outbound_calls_of_the_month() {
    // December: A1 and A5 called 4 times, talked twice (A1's conversation, A5's refusal). February: A3 once, no.
    assertThat(text(figures.rightPartyContact(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "2", "4", "2", "50.0%"),
        List.of("KPI", "2026-02", "1", "1", "0", "0.0%"));
  }

  @Test
  void promises_kept_are_over_promises_judged() {
    // December's: 4 made by the month's end, 3 judged (kept, broken, partly kept), 1 kept for $200.
    assertThat(text(figures.promisesKept(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "4", "3", "1", "$200.00", "33.3%"));
  }

  @Test
  void plans_cure_over_plans_behind_and_default_over_plans_agreed() {
    // December: 3 agreed (A2, A5, A1), 1 completed, 2 fell behind (A2 caught up, A5 missed), 1 cured, 1 defaulted.
    // February: A3's one agreed plan, not yet due; the proposed one is not a plan yet.
    assertThat(text(figures.plans(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "3", "1", "2", "1", "50.0%", "1", "33.3%"),
        List.of("KPI", "2026-02", "1", "0", "0", "0", "–", "0", "0.0%"));
  }

  @Test
  void the_settlement_discount_is_over_the_balance_when_proposed() {
    assertThat(text(figures.settlements(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "1", "$300.00", "$180.00", "$120.00", "40.0%"));
  }

  @Test
  void the_legal_pipeline_counts_cases_by_stage_and_what_referred_cases_recovered() {
    // A5 eligible, referred and filed, no judgment; $100 paid after its referral. A2 was assessed and not eligible.
    assertThat(text(figures.legalPipeline(FEBRUARY))).containsExactly(
        List.of("KPI", "2025-12", "1", "1", "1", "0", "$100.00"));
  }

  @Test
  void complaints_are_counted_received_open_late_and_answered_on_time() {
    assertThat(text(figures.complaints(FEBRUARY))).containsExactly(
        List.of("KPI", "Communication tactics (calls, times, frequency)", "1", "1", "1", "0", "–"),
        List.of("KPI", "Wrong amount or written notification about the debt", "1", "0", "0", "2", "50.0%"));
  }

  @Test
  void each_collector_is_measured_against_the_target_set_for_the_month() {
    // collector: February's contacts on A1 (3) and A3 (1) = 2 cases, 4 contacts; 1 promise (A1's of the 20th);
    // collected on the cases assigned to them in February: A1 300 + A2 500 = 800 of a 1,000 target (set twice).
    // collector2: A5, 2 contacts, 1 promise, 100 collected, no target. The system's text is nobody's.
    List<List<String>> rows = text(figures.collectors(FEBRUARY));
    assertThat(rows).contains(
        List.of("collector", "2", "4", "1", "$800.00", "$1,000.00", "80.0%"),
        List.of("collector2", "1", "2", "1", "$100.00", "", ""));
    assertThat(rows).extracting(row -> row.get(0)).doesNotContain("system");
  }

  @Test
  void a_target_needs_a_collector_a_month_and_an_amount_of_zero_or_more() {
    assertThatThrownBy(() -> targets.set(" ", null, new BigDecimal("-5"), "manager"))
        .isInstanceOfSatisfying(InputRejectedException.class, rejected -> assertThat(rejected.problems())
            .extracting(problem -> problem.field()).containsExactlyInAnyOrder("collector", "month", "amount"));
  }

  @Test
  void a_table_exports_as_csv_with_plain_numbers_and_fractions() {
    assertThat(FigureCsv.of(figures.liquidation(FEBRUARY)).lines()).containsExactly(
        "Creditor,Placed in,Accounts,Placed,Collected,Liquidation,By month 0,By month 1,By month 2",
        "KPI,2025-12,4,2800.00,1280.00,0.4571,0.0714,0.1357,0.4571",
        "KPI,2026-02,1,2000.00,360.00,0.1800,0.1800,,");
  }

  @Test
  void the_monthly_report_is_a_pdf_of_every_figure_with_its_definition() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(report.pdf(FEBRUARY))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Monthly management report, 2026-02").contains("KPI")
          .contains("Balances and outcomes as of 2026-02-28");
      for (FigureTable figure : figures.all(FEBRUARY)) {
        assertThat(text).contains(figure.title());
      }
      assertThat(text).contains("$2,800.00").contains("45.7%").contains("Collected ÷ placed");
    }
  }

  private List<List<String>> text(FigureTable figure) {
    return figure.rows().stream().map(row -> row.stream().map(FigureCells::text).toList()).toList();
  }

  private long id() {
    return nextId++;
  }

  private static OffsetDateTime at(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(LocalTime.NOON).atZone(EASTERN).toOffsetDateTime();
  }

  private long account(long creditor, LocalDate placed, LocalDate delinquent, String collector) {
    long debtor = id();
    jdbc.update("insert into debtor (id, first_name, last_name, preferred_language, state_of_residence, created_at)"
        + " values (?, 'Kay', 'Piper', 'en', 'OH', ?)", debtor, at(placed.getYear(), placed.getMonthValue(),
        placed.getDayOfMonth()));
    long account = id();
    OffsetDateTime placedAt = placed.atTime(LocalTime.NOON).atZone(EASTERN).toOffsetDateTime();
    jdbc.update("insert into account (id, creditor_id, account_number, debtor_id, original_creditor, current_creditor,"
        + " product, currency, itemization_date_type, itemization_date, itemization_amount, delinquency_date,"
        + " placed_at) values (?, ?, ?, ?, 'KPI Test Bank', 'KPI Test Bank', 'CREDIT_CARD', 'USD', 'CHARGE_OFF',"
        + " ?, 0, ?, ?)", account, creditor, "KPI-" + account, debtor, delinquent.plusDays(60), delinquent, placedAt);
    jdbc.update("insert into collection_case (id, case_number, status, assigned_collector, contact_attempts,"
        + " opened_at, version) values (?, ?, 'IN_COLLECTION', ?, 0, ?, 0)", account, "RC-K" + (account % 1_000_000),
        collector, placedAt);
    return account;
  }

  /** An entry of the ledger's opening, recorded with the itemization at placement. */
  private void opening(long account, LocalDate placed, String kind, String amount) {
    ledger(account, kind, amount, placed, placed.atTime(LocalTime.NOON).atZone(EASTERN).toOffsetDateTime());
  }

  private void entry(long account, String kind, String amount, LocalDate effective) {
    ledger(account, kind, amount, effective, effective.atTime(15, 0).atZone(EASTERN).toOffsetDateTime());
  }

  private void ledger(long account, String kind, String amount, LocalDate effective, OffsetDateTime recorded) {
    jdbc.update("insert into ledger_entry (id, account_id, kind, amount, principal, interest, fees, effective_date,"
        + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, 0, 0, ?, ?, 'test')", id(), account, kind,
        new BigDecimal(amount), new BigDecimal(amount), effective, recorded);
  }

  private void contact(long account, String channel, boolean outbound, String result, OffsetDateTime at,
      String by) {
    jdbc.update("insert into contact (id, case_id, channel, outbound, result, occurred_at, recorded_by)"
        + " values (?, ?, ?, ?, ?, ?, ?)", id(), account, channel, outbound, result, at, by);
  }

  private long arrangement(long account, String kind, String status, String total, String balance,
      OffsetDateTime proposed, String by) {
    long id = id();
    jdbc.update("insert into arrangement (id, case_id, kind, status, total_amount, balance_at_proposal, proposed_by,"
        + " proposed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", id, account, kind, status,
        new BigDecimal(total), new BigDecimal(balance), by, proposed);
    return id;
  }

  private void installment(long arrangement, int seq, String status) {
    jdbc.update("insert into installment (id, arrangement_id, seq, due_date, amount, status) values (?, ?, ?, ?, 100,"
        + " ?)", id(), arrangement, seq, LocalDate.of(2026, 1, 1).plusMonths(seq), status);
  }

  private void referral(long account, boolean eligible, OffsetDateTime delivered, LocalDate filed) {
    jdbc.update("insert into legal_referral (id, case_id, process_instance_id, status, created_at, assessed_at,"
        + " eligible, failed_conditions, eligibility_reasons, balance, minimum_balance, expected_recovery,"
        + " delivered_at, suit_filed_on, version) values (?, ?, ?, 'REFERRED', ?, ?, ?, '', '', 1000, 1000, 150, ?,"
        + " ?, 0)", id(), account, "kpi-" + account, at(2026, 2, 11), at(2026, 2, 11), eligible, delivered, filed);
  }

  private void complaint(long account, String category, OffsetDateTime recorded, OffsetDateTime due,
      OffsetDateTime answered) {
    jdbc.update("insert into complaint (id, case_id, case_number, received_via, category, summary, received_on,"
        + " due_at, assignee, status, recorded_by, recorded_at, answered_at, version)"
        + " values (?, ?, 'RC-K', 'PHONE', ?, 'summary', ?, ?, 'collector', ?, 'collector', ?, ?, 0)", id(), account,
        category, recorded.toLocalDate(), due, answered == null ? "OPEN" : "ANSWERED", recorded, answered);
  }
}
