package org.recourse.correspondence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        new Collector("Recourse Recovery Services", List.of("PO Box 1200", "Columbus, OH 43216"), "(800) 555-0199",
            "Monday to Friday, 8:00 a.m. to 8:00 p.m. Eastern", "www.recourse.example", "help@recourse.example"),
        new Party("Emily Schmidt", List.of("1845 Oakwood Avenue", "Apt 3B", "Springfield, IL 62704")),
        new AccountFacts("Lakeside National Bank", "Lakeside National Bank", "Harbor Credit Partners", "****4821",
            "CREDIT_CARD", money("2187.45")));
    List<ScheduleLine> schedule = List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 15), money("300.00")),
        new ScheduleLine(2, LocalDate.of(2027, 1, 15), money("300.00")),
        new ScheduleLine(3, LocalDate.of(2027, 2, 15), money("287.45")));
    Plan plan = new Plan(money("887.45"), "MONTHLY", 3, LocalDate.of(2026, 12, 15), LocalDate.of(2027, 2, 15), schedule);
    Map<String, ?> facts = switch (kind) {
      case VALIDATION_NOTICE -> Map.of(
          "itemization", itemization(),
          "validation", new Validation(VALIDATION_END));
      case PROMISE_CONFIRMATION -> Map.of("promise", new Promise(money("250.00"), LocalDate.of(2026, 12, 4)));
      case PLAN_AGREEMENT -> Map.of("plan", plan);
      case SETTLEMENT_OFFER -> Map.of("settlement", new Settlement(money("1640.59"), money("2187.45"),
          money("546.86"), new BigDecimal("25"), LocalDate.of(2026, 12, 8),
          List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 8), money("1640.59")))));
      case SETTLEMENT_AGREEMENT -> Map.of("settlement", new Settlement(money("1640.59"), money("2187.45"),
          money("546.86"), new BigDecimal("25"), null,
          List.of(new ScheduleLine(1, LocalDate.of(2026, 12, 8), money("820.30")),
              new ScheduleLine(2, LocalDate.of(2027, 1, 8), money("820.29")))));
      case INSTALLMENT_REMINDER -> Map.of("plan", plan,
          "installment", new InstallmentDue(1, LocalDate.of(2026, 12, 15), money("300.00"), money("100.00"),
              money("200.00")),
          "cureBy", LocalDate.of(2026, 12, 30));
      case PLAN_DEFAULT -> Map.of("plan", plan, "missed", List.of(
          new Missed(1, LocalDate.of(2026, 12, 15), money("300.00"), money("0.00")),
          new Missed(2, LocalDate.of(2027, 1, 15), money("300.00"), money("120.00"))));
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
    return data.with(facts);
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
