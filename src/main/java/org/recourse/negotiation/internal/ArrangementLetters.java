package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recourse.correspondence.LetterData;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.Letters;
import org.springframework.stereotype.Component;

/**
 * The letters of an arrangement: its confirmation or agreement when it is agreed, a reminder after an installment
 * is missed or short, and the default notice. Each goes once per occasion, in the transaction of the step, unless the
 * contact guard withholds it (the case's history then says so).
 */
@Component
public class ArrangementLetters {

  private final Letters letters;

  ArrangementLetters(Letters letters) {
    this.letters = letters;
  }

  void agreed(String caseNumber, Arrangement arrangement, String actor) {
    String occasion = ":" + arrangement.getId();
    switch (arrangement.getKind()) {
      case PROMISE -> {
        Installment promise = arrangement.getInstallments().get(0);
        letters.sendIfAllowed(caseNumber, LetterKind.PROMISE_CONFIRMATION, "promise-confirmation" + occasion,
            Map.of("promise", new LetterData.Promise(promise.getAmount(), promise.getDueDate())), actor);
      }
      case PLAN -> letters.sendIfAllowed(caseNumber, LetterKind.PLAN_AGREEMENT, "plan-agreement" + occasion,
          Map.of("plan", plan(arrangement)), actor);
      case SETTLEMENT -> letters.sendIfAllowed(caseNumber, LetterKind.SETTLEMENT_AGREEMENT, "settlement-agreement" + occasion,
          Map.of("settlement", settlement(arrangement)), actor);
    }
  }

  /** The written settlement offer, with the day it expires; once per arrangement. */
  void offered(String caseNumber, Arrangement offer, String actor) {
    letters.sendIfAllowed(caseNumber, LetterKind.SETTLEMENT_OFFER, "settlement-offer:" + offer.getId(),
        Map.of("settlement", settlement(offer)), actor);
  }

  void installmentNotPaid(String caseNumber, Arrangement arrangement, Installment installment, BigDecimal paidOfIt,
      LocalDate cureBy) {
    BigDecimal due = installment.getAmount().subtract(paidOfIt);
    letters.sendIfAllowed(caseNumber, LetterKind.INSTALLMENT_REMINDER,
        "installment-reminder:" + arrangement.getId() + ":" + installment.getSeq(),
        Map.of("plan", plan(arrangement),
            "installment", new LetterData.InstallmentDue(installment.getSeq(), installment.getDueDate(),
                installment.getAmount(), paidOfIt, due),
            "cureBy", cureBy),
        "system");
  }

  void defaulted(String caseNumber, Arrangement arrangement, Map<Integer, BigDecimal> paidByInstallment) {
    List<LetterData.Missed> missed = arrangement.getInstallments().stream()
        .filter(i -> i.getStatus() == InstallmentStatus.SHORT || i.getStatus() == InstallmentStatus.MISSED)
        .map(i -> new LetterData.Missed(i.getSeq(), i.getDueDate(), i.getAmount(),
            paidByInstallment.getOrDefault(i.getSeq(), BigDecimal.ZERO.setScale(2))))
        .toList();
    letters.sendIfAllowed(caseNumber, LetterKind.PLAN_DEFAULT, "plan-default:" + arrangement.getId(),
        Map.of("plan", plan(arrangement), "missed", missed), "system");
  }

  private static LetterData.Plan plan(Arrangement arrangement) {
    List<Installment> installments = arrangement.getInstallments();
    return new LetterData.Plan(arrangement.getTotalAmount(),
        arrangement.getFrequency() == null ? null : arrangement.getFrequency().name(), installments.size(),
        installments.get(0).getDueDate(), installments.get(installments.size() - 1).getDueDate(), schedule(arrangement));
  }

  private static LetterData.Settlement settlement(Arrangement arrangement) {
    BigDecimal balance = arrangement.getBalanceAtProposal();
    BigDecimal amount = arrangement.getTotalAmount();
    return new LetterData.Settlement(amount, balance, balance.subtract(amount),
        Arrangements.discountPercent(amount, balance), arrangement.getExpiresOn(), schedule(arrangement));
  }

  private static List<LetterData.ScheduleLine> schedule(Arrangement arrangement) {
    return arrangement.getInstallments().stream()
        .map(i -> new LetterData.ScheduleLine(i.getSeq(), i.getDueDate(), i.getAmount()))
        .toList();
  }
}
