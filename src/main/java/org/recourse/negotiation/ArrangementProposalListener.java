package org.recourse.negotiation;

import static org.recourse.casework.CaseProcess.Vars;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.casework.ContactOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * When a collector records a promise, a plan request or a settlement request, records the debtor's income and
 * expenditure if it was taken, checks the terms and records the proposal; terms that cannot be arranged refuse the
 * form with the reason, and nothing is recorded.
 */
@Component("arrangementProposalListener")
class ArrangementProposalListener implements TaskListener {

  /** An explicit plan schedule, as JSON [{"dueDate": "2026-03-01", "amount": 120.00}, ...] (the API sends it). */
  static final String PLAN_SCHEDULE = "planSchedule";
  static final List<String> FIELDS = List.of("promiseAmount", "promiseDate", "planInstallments", "planFrequency",
      "planFirstDate", "planDownPayment", PLAN_SCHEDULE, "settlementAmount", "settlementDate", "settlementPayments",
      "monthlyIncome", "fixedCosts", "flexibleCosts", "otherDebts");

  private final Arrangements arrangements;
  private final Affordability affordability;
  private final Actors actors;
  private final ObjectMapper json;

  ArrangementProposalListener(Arrangements arrangements, Affordability affordability, Actors actors,
      ObjectMapper json) {
    this.arrangements = arrangements;
    this.affordability = affordability;
    this.actors = actors;
    this.json = json;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    // Set by the contact outcome listener, which runs first.
    ContactOutcome outcome = ContactOutcome.valueOf((String) task.getVariable(Vars.CONTACT_OUTCOME));
    if (!outcome.leadsToNegotiation()) {
      form.consume(FIELDS);
      return;
    }
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String actor = actors.forTask(task);
    BigDecimal income = form.optionalAmount("monthlyIncome", "Monthly income");
    IncomeAndExpenditure budget = income == null ? null : new IncomeAndExpenditure(income,
        form.amountOrZero("fixedCosts", "Fixed costs"),
        form.amountOrZero("flexibleCosts", "Flexible costs"),
        form.amountOrZero("otherDebts", "Payments on other debts"));
    Supplier<Arrangement> proposal = switch (outcome) {
      case PROMISE_TO_PAY -> {
        BigDecimal amount = form.requiredAmount("promiseAmount", "Promised amount");
        LocalDate by = form.requiredDate("promiseDate", "Promise date");
        yield () -> arrangements.proposePromise(caseNumber, amount, by, actor);
      }
      case PLAN_REQUESTED -> {
        Arrangements.PlanTerms terms = planTerms(form, task);
        yield () -> arrangements.proposePlan(caseNumber, terms, actor);
      }
      case SETTLEMENT_REQUESTED -> {
        Arrangements.SettlementOffer offer = new Arrangements.SettlementOffer(
            form.requiredAmount("settlementAmount", "Settlement amount"),
            form.requiredDate("settlementDate", "Settlement date"),
            orOne(form.optionalWholeNumber("settlementPayments", "Number of payments")));
        yield () -> arrangements.proposeSettlement(caseNumber, offer, actor);
      }
      default -> throw new IllegalStateException(outcome + " is not negotiated");
    };
    form.refuseIfAnyProblem();
    try {
      if (budget != null) {
        affordability.record(caseNumber, budget, actor);
      }
      task.setVariable(Vars.ARRANGEMENT_ID, proposal.get().getId());
    } catch (InputRejectedException e) {
      throw TaskRefusal.of(e);
    }
    form.consume(FIELDS);
  }

  /** The plan's terms, or null when the form is wrong (then it has noted why). */
  private Arrangements.PlanTerms planTerms(TaskForm form, DelegateTask task) {
    Frequency frequency = form.requiredChoice("planFrequency", Frequency.class, "Frequency");
    Object schedule = task.getVariable(PLAN_SCHEDULE);
    if (schedule != null) {
      try {
        List<ScheduledInstallment> lines = json.readValue(schedule.toString(), new TypeReference<>() { });
        return new Arrangements.PlanTerms(null, frequency, null, null, lines);
      } catch (JsonProcessingException e) {
        form.problem("The plan's schedule is not a list of due dates and amounts.");
        return null;
      }
    }
    Integer installments = form.requiredWholeNumber("planInstallments", "Number of installments");
    LocalDate firstDate = form.requiredDate("planFirstDate", "First installment date");
    BigDecimal downPayment = form.optionalAmount("planDownPayment", "Down payment");
    return installments == null ? null
        : Arrangements.PlanTerms.even(installments, frequency, firstDate, downPayment);
  }

  private static int orOne(Integer count) {
    return count == null ? 1 : count;
  }
}
