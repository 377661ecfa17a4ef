package org.recourse.negotiation.internal;

import static org.recourse.casework.CaseProcess.Vars;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.recourse.casework.WorkAccountStep;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.IncomeAndExpenditure;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.Affordability;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.ArrangementProposals;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * When a collector records a promise, a plan request or a settlement request: records the debtor's income and
 * expenditure if it was taken, checks the terms and records the proposal; terms that cannot be arranged refuse the
 * form with the reason, and nothing is recorded.
 */
@Component
public class WorkProposal implements WorkAccountStep {

  /** An explicit plan schedule, as JSON [{"dueDate": "2026-03-01", "amount": 120.00}, ...] (the API sends it). */
  public static final String PLAN_SCHEDULE = "planSchedule";

  private final ArrangementProposals proposals;
  private final Affordability affordability;
  private final ObjectMapper json;

  WorkProposal(ArrangementProposals proposals, Affordability affordability, ObjectMapper json) {
    this.proposals = proposals;
    this.affordability = affordability;
    this.json = json;
  }

  @Override
  public int order() {
    return ARRANGEMENT;
  }

  @Override
  public List<String> fields() {
    return List.of("promiseAmount", "promiseDate", "planInstallments", "planFrequency", "planFirstDate",
        "planDownPayment", PLAN_SCHEDULE, "settlementAmount", "settlementDate", "settlementPayments", "monthlyIncome",
        "fixedCosts", "flexibleCosts", "otherDebts");
  }

  @Override
  public Recording read(WorkAccount work, TaskForm form) {
    if (work.outcome() == null || !work.outcome().leadsToNegotiation()) {
      return null;
    }
    String caseNumber = work.caseNumber();
    String actor = work.actor();
    BigDecimal income = form.optionalAmount("monthlyIncome", "Monthly income");
    IncomeAndExpenditure budget = income == null ? null : new IncomeAndExpenditure(income,
        form.amountOrZero("fixedCosts", "Fixed costs"),
        form.amountOrZero("flexibleCosts", "Flexible costs"),
        form.amountOrZero("otherDebts", "Payments on other debts"));
    Supplier<Arrangement> proposal = switch (work.outcome()) {
      case PROMISE_TO_PAY -> {
        BigDecimal amount = form.requiredAmount("promiseAmount", "Promised amount");
        LocalDate by = form.requiredDate("promiseDate", "Promise date");
        yield amount == null || by == null ? null : () -> proposals.proposePromise(caseNumber, amount, by, actor);
      }
      case PLAN_REQUESTED -> {
        ArrangementProposals.PlanTerms terms = planTerms(form);
        yield terms == null ? null : () -> proposals.proposePlan(caseNumber, terms, actor);
      }
      case SETTLEMENT_REQUESTED -> {
        BigDecimal amount = form.requiredAmount("settlementAmount", "Settlement amount");
        LocalDate by = form.requiredDate("settlementDate", "Settlement date");
        Integer payments = form.optionalWholeNumber("settlementPayments", "Number of payments");
        yield amount == null || by == null || payments == null && form.isPresent("settlementPayments") ? null
            : () -> proposals.proposeSettlement(caseNumber,
                new ArrangementProposals.SettlementOffer(amount, by, payments == null ? 1 : payments), actor);
      }
      default -> throw new IllegalStateException(work.outcome() + " is not negotiated");
    };
    boolean budgetWrong = budget == null ? form.isPresent("monthlyIncome")
        : budget.fixedCosts() == null || budget.flexibleCosts() == null || budget.otherDebts() == null;
    if (proposal == null || budgetWrong) {
      return null;
    }
    return () -> {
      try {
        if (budget != null) {
          affordability.record(caseNumber, budget, actor);
        }
        return Map.of(Vars.ARRANGEMENT_ID, proposal.get().getId());
      } catch (InputRejectedException e) {
        throw TaskRefusal.of(e);
      }
    };
  }

  /** The plan's terms, or null when the form is wrong (then it has noted why). */
  private ArrangementProposals.PlanTerms planTerms(TaskForm form) {
    Frequency frequency = form.requiredChoice("planFrequency", Frequency.class, "Frequency");
    if (form.isPresent(PLAN_SCHEDULE)) {
      try {
        List<ScheduledInstallment> lines = json.readValue(form.optionalText(PLAN_SCHEDULE, "The plan's schedule",
            100_000), new TypeReference<>() { });
        return frequency == null ? null : new ArrangementProposals.PlanTerms(null, frequency, null, null, lines);
      } catch (JsonProcessingException e) {
        form.problem("The plan's schedule is not a list of due dates and amounts.");
        return null;
      }
    }
    Integer installments = form.requiredWholeNumber("planInstallments", "Number of installments");
    LocalDate firstDate = form.requiredDate("planFirstDate", "First installment date");
    BigDecimal downPayment = form.optionalAmount("planDownPayment", "Down payment");
    boolean downPaymentWrong = downPayment == null && form.isPresent("planDownPayment");
    return installments == null || frequency == null || firstDate == null || downPaymentWrong ? null
        : ArrangementProposals.PlanTerms.even(installments, frequency, firstDate, downPayment);
  }
}
