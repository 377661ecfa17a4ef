package org.recourse.correspondence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.recourse.account.Language;
import org.recourse.correspondence.LetterData.*;

/** Sample data for every letter, as the letter service builds it for a case. */
final class SampleLetters {

  static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 23);
  static final LocalDate VALIDATION_END = LocalDate.of(2026, 12, 31);

  private SampleLetters() {
  }

  static LetterData of(LetterKind kind, Language language) {
    LetterData data = new LetterData(
        new Letter(kind.template(), LETTER_DATE, "RC-0000042", language.code()),
        collector(language),
        new Party("Emily Schmidt", List.of("1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704")),
        new AccountFacts("Lakeside National Bank", "Lakeside National Bank", "Harbor Credit Partners", "****4821",
            "CREDIT_CARD", money("2187.45")));
    return data.with(facts(kind, 3));
  }

  /**
   * The letter at its longest: a long name and address, long creditor names, the time-barred notice, and
   * {@code rows} lines in its list where it has one (installments, payments or missed installments).
   */
  static LetterData longest(LetterKind kind, Language language, int rows) {
    LetterData data = new LetterData(
        new Letter(kind.template(), LETTER_DATE, "RC-0000042", language.code()),
        collector(language),
        new Party("María Guadalupe Hernández-Villaseñor de la Cruz",
            List.of("12500 North Riverside Parkway West", "Building 14, Apartment 1207-B", "c/o Alejandro Villaseñor",
                "Rancho Santa Margarita, CA 92688-1234")),
        new AccountFacts("First Commonwealth Federal Savings and Loan Association of the Midwest, N.A.",
            "First Commonwealth Federal Savings and Loan Association of the Midwest, N.A.",
            "Atlas Consolidated Receivables Acquisition Fund II Limited Partnership", "****4821", "CREDIT_CARD",
            money("15837.45")));
    Map<String, Object> facts = new LinkedHashMap<>(facts(kind, rows));
    facts.put("timeBarred", new TimeBarred("CA", LocalDate.of(2026, 6, 30)));
    return data.with(facts);
  }

  /** The collector as Recourse is configured out of the box, with its hours in the letter's language. */
  private static Collector collector(Language language) {
    CorrespondenceSettings.Collector configured = new CorrespondenceSettings.Collector();
    return new Collector(configured.getName(), configured.getAddressLines(), configured.getPhone(),
        configured.hours(language), configured.getWebsite(), configured.getEmail());
  }

  /** The kind's own facts, with {@code rows} installments (or payments, or missed installments) in its list. */
  private static Map<String, ?> facts(LetterKind kind, int rows) {
    Plan plan = plan(rows);
    return switch (kind) {
      case VALIDATION_NOTICE -> Map.of(
          "itemization", itemization(),
          "validation", new Validation(VALIDATION_END));
      case PROMISE_CONFIRMATION -> Map.of("promise", new Promise(money("250.00"), LocalDate.of(2026, 12, 4)));
      case PLAN_AGREEMENT -> Map.of("plan", plan);
      case SETTLEMENT_OFFER -> Map.of("settlement", new Settlement(money("1640.59"), money("2187.45"),
          money("546.86"), new BigDecimal("25"), LocalDate.of(2026, 12, 8),
          rows == 3 ? List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 8), money("1640.59")))
              : schedule(rows, money("1640.59"))));
      case SETTLEMENT_AGREEMENT -> Map.of("settlement", new Settlement(money("1640.59"), money("2187.45"),
          money("546.86"), new BigDecimal("25"), null,
          rows == 3 ? List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 8), money("820.30")),
              new ScheduleLine(2, LocalDate.of(2027, 1, 8), money("820.29")))
              : schedule(rows, money("1640.59"))));
      case INSTALLMENT_REMINDER -> Map.of("plan", plan,
          "installment", new InstallmentDue(1, LocalDate.of(2026, 12, 15), money("300.00"), money("100.00"),
              money("200.00")),
          "cureBy", LocalDate.of(2026, 12, 30));
      case PLAN_DEFAULT -> Map.of("plan", plan, "missed", plan.installments().stream()
          .limit(rows == 3 ? 2 : rows)
          .map(line -> new Missed(line.number(), line.dueDate(), line.amount(),
              line.number() % 2 == 0 ? money("120.00") : money("0.00")))
          .toList());
      case FINAL_DEMAND -> Map.of("demand", new Demand(money("2187.45"), LocalDate.of(2026, 12, 23)));
      case PAID_IN_FULL -> Map.of("resolution", new Resolution(false, money("2187.45"), LocalDate.of(2026, 11, 20)));
      case DISPUTE_ACKNOWLEDGEMENT -> Map.of("dispute", new Dispute(LocalDate.of(2026, 11, 20), true));
      case VERIFICATION -> Map.of("itemization", itemization(),
          "chargeOff", new ChargeOff(LocalDate.of(2025, 6, 30), money("1954.20")),
          "lastPayment", new LastPayment(LocalDate.of(2025, 3, 14), money("75.00")),
          "dispute", new Dispute(LocalDate.of(2026, 11, 20), true));
      case CEASE_ACKNOWLEDGEMENT -> Map.of("cease", new Cease(LocalDate.of(2026, 11, 20), false));
      case ORIGINAL_CREDITOR -> Map.of("originalCreditor", new OriginalCreditor("Lakeside National Bank", List.of("PO Box 8800", "Wilmington, DE 19899")),
          "request", new Request(LocalDate.of(2026, 11, 20)));
    };
  }

  /** The sample plan of three monthly installments, or a plan of {@code count} monthly installments of 300.00. */
  private static Plan plan(int count) {
    if (count == 3) {
      List<ScheduleLine> schedule = List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 15), money("300.00")),
          new ScheduleLine(2, LocalDate.of(2027, 1, 15), money("300.00")),
          new ScheduleLine(3, LocalDate.of(2027, 2, 15), money("287.45")));
      return new Plan(money("887.45"), "MONTHLY", 3, LocalDate.of(2026, 12, 15), LocalDate.of(2027, 2, 15),
          schedule);
    }
    List<ScheduleLine> schedule = schedule(count, money("300.00").multiply(BigDecimal.valueOf(count)));
    return new Plan(money("300.00").multiply(BigDecimal.valueOf(count)), "MONTHLY", count,
        schedule.get(0).dueDate(), schedule.get(count - 1).dueDate(), schedule);
  }

  /** {@code count} monthly payments from December 15, 2026 adding up to {@code total}, the last taking the cents. */
  private static List<ScheduleLine> schedule(int count, BigDecimal total) {
    BigDecimal each = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    BigDecimal last = total.subtract(each.multiply(BigDecimal.valueOf(count - 1)));
    return IntStream.rangeClosed(1, count)
        .mapToObj(n -> new ScheduleLine(n, LocalDate.of(2026, 12, 15).plusMonths(n - 1), n == count ? last : each))
        .toList();
  }

  /** 1,954.20 on the itemization date + 187.65 interest + 70.00 fees - 24.40 credits = 2,187.45. */
  static Itemization itemization() {
    return new Itemization("CHARGE_OFF", LocalDate.of(2025, 6, 30), money("1954.20"), money("187.65"),
        money("70.00"), money("24.40"), money("2187.45"));
  }

  static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }
}
