package org.recourse.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.recourse.casework.CaseProcess;
import org.recourse.casework.ContactOutcome;
import org.recourse.negotiation.internal.Affordability;
import org.recourse.negotiation.internal.ArrangementProposals;
import org.recourse.negotiation.internal.WorkProposal;
import org.recourse.platform.ConflictException;
import org.recourse.platform.Reason;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Service;

/**
 * What a debtor asks for, by whoever records it (a collector through the API, the debtor on the portal): the terms
 * are checked, the case's Work the account task is completed with them as its form would be, and the negotiation
 * process carries them on (a plan to the debtor's confirmation, a settlement to its authority and its written offer).
 * The debtor's answer to a plan's schedule or to a written offer completes that process's own task. No rule of the
 * processes is bypassed: whatever a task's listeners refuse is refused here, and nothing is written.
 */
@Service
public class Negotiations {

  private static final String WORK_ACCOUNT = "Task_WorkAccount";
  private static final List<String> DEBTOR_ANSWERS = List.of("Task_ConfirmPlan", "Task_RecordOfferAnswer");

  private final ArrangementProposals proposals;
  private final Affordability affordability;
  private final CaseArrangements arrangements;
  private final TaskService tasks;
  private final ObjectMapper json;

  Negotiations(ArrangementProposals proposals, Affordability affordability, CaseArrangements arrangements,
      TaskService tasks, ObjectMapper json) {
    this.proposals = proposals;
    this.affordability = affordability;
    this.arrangements = arrangements;
    this.tasks = tasks;
    this.json = json;
  }

  /**
   * Terms as the debtor gives them. A promise: amount and date. A plan: installments, frequency, first date and an
   * optional down payment, or an explicit schedule. A settlement: amount, first date and the number of payments.
   * With a plan may come the debtor's income and expenditure, recorded with it and checked against it.
   */
  public record Proposal(ArrangementKind kind, BigDecimal amount, LocalDate date, Integer installments,
      Frequency frequency, LocalDate firstDate, BigDecimal downPayment, Integer payments,
      List<ScheduledInstallment> schedule, IncomeAndExpenditure budget, String notes) {
  }

  /** The debtor's answer a negotiation waits for: to the plan's schedule, or to the written settlement offer. */
  public record Question(String taskId, boolean settlementOffer, CaseArrangements.Line arrangement) {
  }

  /** The schedule these terms give the case today, checked as a proposal is; nothing is recorded. */
  public List<ScheduledInstallment> preview(String caseNumber, Proposal proposal) {
    return switch (proposal.kind()) {
      case PROMISE -> proposals.previewPromise(caseNumber, proposal.amount(), proposal.date());
      case PLAN -> proposals.previewPlan(caseNumber, new ArrangementProposals.PlanTerms(proposal.installments(),
          proposal.frequency(), proposal.firstDate(), proposal.downPayment(), proposal.schedule()));
      case SETTLEMENT -> proposals.previewSettlement(caseNumber, new ArrangementProposals.SettlementOffer(
          proposal.amount(), proposal.firstDate() != null ? proposal.firstDate() : proposal.date(),
          proposal.payments() == null ? 1 : proposal.payments()));
    };
  }

  /** Whether the case waits for a collector's work now, when a new arrangement can be proposed. */
  public boolean takesProposals(String caseNumber) {
    return workTask(caseNumber).isPresent();
  }

  /**
   * Records the terms as the outcome of the case's Work the account task. {@code claimed}: whether a collector's
   * claim on the task binds the caller (it does for another collector; the debtor is not bound by the queue).
   */
  public CaseArrangements.Line propose(String caseNumber, Proposal proposal, String actor, boolean claimed) {
    preview(caseNumber, proposal);
    Task work = workTask(caseNumber).orElseThrow(() -> new ConflictException(null, "The case " + caseNumber
        + " is not waiting for a collector's work now.", Reason.of("case.not-negotiating")));
    if (claimed && work.getAssignee() != null && !work.getAssignee().equals(actor)) {
      throw new ConflictException("The case's work task is claimed by " + work.getAssignee() + ".");
    }
    complete(work.getId(), variables(proposal));
    return arrangements.of(caseNumber).get(0);
  }

  /** The answer the case's negotiation waits for from the debtor, if it waits for one. */
  public Optional<Question> question(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKeyIn(
        DEBTOR_ANSWERS.toArray(String[]::new)).list().stream().findFirst().map(task -> {
          Long arrangementId = (Long) tasks.getVariable(task.getId(), CaseProcess.Vars.ARRANGEMENT_ID);
          CaseArrangements.Line line = arrangements.of(caseNumber).stream()
              .filter(a -> arrangementId != null && a.id() == arrangementId).findFirst().orElseThrow();
          return new Question(task.getId(), "Task_RecordOfferAnswer".equals(task.getTaskDefinitionKey()), line);
        });
  }

  /** The debtor's answer to the question the negotiation asks now, for the arrangement they were shown. */
  public void answer(String caseNumber, long arrangementId, boolean accepted, String notes) {
    Question question = question(caseNumber).filter(q -> q.arrangement().id() == arrangementId)
        .orElseThrow(() -> new ConflictException(null, "The case " + caseNumber
            + " waits for no answer to arrangement " + arrangementId + " now.", Reason.of("answer.not-asked")));
    Map<String, Object> form = new HashMap<>();
    form.put("debtorAnswer", accepted ? "ACCEPTED" : "DECLINED");
    form.put("notes", notes);
    complete(question.taskId(), form);
  }

  /** The plans the debtor's latest income and expenditure can carry, by frequency. */
  public List<PlanFit> plansTheBudgetCarries(String caseNumber) {
    return affordability.latest(caseNumber).map(assessment -> assessment.plans().stream()
        .map(plan -> new PlanFit(plan.frequency(), plan.installments(), plan.installment())).toList())
        .orElse(List.of());
  }

  /**
   * Refuses a plan's schedule that this income and expenditure cannot carry, as a proposal with it would be refused;
   * nothing is recorded.
   */
  public void requireAffordable(IncomeAndExpenditure budget, Frequency frequency, List<ScheduledInstallment> schedule) {
    BigDecimal disposable = budget.monthlyIncome().subtract(budget.fixedCosts()).subtract(budget.flexibleCosts())
        .subtract(budget.otherDebts());
    // The regular installment, as a proposal is judged: the first may be a down payment.
    ScheduledInstallment regular = schedule.get(schedule.size() > 1 ? 1 : 0);
    Affordability.requireAffordable(disposable, frequency, regular.amount());
  }

  /** A plan a budget carries: so many installments of so much, so often. */
  public record PlanFit(Frequency frequency, int installments, BigDecimal installment) {
  }

  private Optional<Task> workTask(String caseNumber) {
    return Optional.ofNullable(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(WORK_ACCOUNT).singleResult());
  }

  private void complete(String taskId, Map<String, Object> variables) {
    try {
      tasks.complete(taskId, variables);
    } catch (ProcessEngineException e) {
      throw TaskRefusal.in(e).<RuntimeException>map(refused -> new ConflictException(refused.getMessage()))
          .orElse(e);
    }
  }

  /** The variables the Work the account form would send for these terms. */
  private Map<String, Object> variables(Proposal proposal) {
    Map<String, Object> form = new HashMap<>();
    form.put("notes", proposal.notes());
    IncomeAndExpenditure budget = proposal.budget();
    if (budget != null) {
      form.put("monthlyIncome", budget.monthlyIncome());
      form.put("fixedCosts", budget.fixedCosts());
      form.put("flexibleCosts", budget.flexibleCosts());
      form.put("otherDebts", budget.otherDebts());
    }
    switch (proposal.kind()) {
      case PROMISE -> {
        form.put("outcome", ContactOutcome.PROMISE_TO_PAY.name());
        form.put("promiseAmount", proposal.amount());
        form.put("promiseDate", proposal.date().toString());
      }
      case PLAN -> {
        form.put("outcome", ContactOutcome.PLAN_REQUESTED.name());
        form.put("planFrequency", proposal.frequency().name());
        if (proposal.schedule() != null) {
          try {
            form.put(WorkProposal.PLAN_SCHEDULE, json.writeValueAsString(proposal.schedule()));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schedule that was read cannot be written", e);
          }
        } else {
          form.put("planInstallments", proposal.installments());
          form.put("planFirstDate", proposal.firstDate().toString());
          form.put("planDownPayment", proposal.downPayment());
        }
      }
      case SETTLEMENT -> {
        form.put("outcome", ContactOutcome.SETTLEMENT_REQUESTED.name());
        form.put("settlementAmount", proposal.amount());
        form.put("settlementDate", (proposal.firstDate() != null ? proposal.firstDate() : proposal.date()).toString());
        form.put("settlementPayments", proposal.payments());
      }
    }
    return form;
  }
}
