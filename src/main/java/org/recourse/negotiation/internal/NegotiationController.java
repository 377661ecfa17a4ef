package org.recourse.negotiation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.Frequency;
import org.recourse.negotiation.IncomeAndExpenditure;
import org.recourse.negotiation.Negotiations;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.Affordability;
import org.recourse.negotiation.internal.AffordabilityStatement;
import org.recourse.negotiation.internal.Arrangement;
import org.recourse.negotiation.internal.ArrangementStatus;
import org.recourse.negotiation.internal.Arrangements;
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Negotiation", description = "Promises, plans and settlements; the debtor's income and expenditure")
public class NegotiationController {

  private final Arrangements arrangements;
  private final Negotiations negotiations;
  private final Affordability affordability;
  private final Actors actors;

  NegotiationController(Arrangements arrangements, Negotiations negotiations, Affordability affordability,
      Actors actors) {
    this.arrangements = arrangements;
    this.negotiations = negotiations;
    this.affordability = affordability;
    this.actors = actors;
  }

  @GetMapping("/arrangements")
  @Operation(summary = "The case's promises, plans and settlements, newest first, with their schedules")
  List<ArrangementView> arrangements(@PathVariable String caseNumber) {
    return arrangements.ofCase(caseNumber).stream().map(ArrangementView::of).toList();
  }

  @PostMapping("/arrangements/preview")
  @Operation(summary = "The schedule these terms give the case today, checked as a proposal is; nothing is recorded")
  PreviewView preview(@PathVariable String caseNumber, @Valid @RequestBody ArrangementRequest request) {
    return PreviewView.of(request.kind(), negotiations.preview(caseNumber, request.proposal()));
  }

  @PostMapping("/arrangements")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Records the outcome of a contact as a promise, plan or settlement request",
      description = "As the collector's Work the account form does: the terms are checked, the case's open work "
          + "task is completed, and the negotiation begins (a plan's schedule is confirmed with the debtor; a "
          + "settlement beyond the collector's authority goes to an approver).")
  ResponseEntity<ArrangementView> propose(@PathVariable String caseNumber,
      @Valid @RequestBody ArrangementRequest request) {
    negotiations.propose(caseNumber, request.proposal(), actors.current(), true);
    return ResponseEntity.status(HttpStatus.CREATED).body(ArrangementView.of(arrangements.ofCase(caseNumber).get(0)));
  }

  @GetMapping("/affordability")
  @Operation(summary = "The latest income and expenditure statement, the disposable income it leaves and the plans "
      + "it can carry")
  AssessmentView affordability(@PathVariable String caseNumber) {
    return affordability.latest(caseNumber).map(AssessmentView::of)
        .orElseThrow(() -> new NoSuchElementException("no income and expenditure was taken for case " + caseNumber));
  }

  @PostMapping("/affordability")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Records the debtor's monthly income and expenditure")
  ResponseEntity<AssessmentView> recordAffordability(@PathVariable String caseNumber,
      @RequestBody IncomeAndExpenditure figures) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(AssessmentView.of(affordability.record(caseNumber, figures, actors.current())));
  }

  record ArrangementRequest(@NotNull ArrangementKind kind, BigDecimal amount, LocalDate date, Integer installments,
      Frequency frequency, LocalDate firstDate, BigDecimal downPayment, Integer payments,
      List<ScheduledInstallment> schedule, @Size(max = 1500) String notes) {

    Negotiations.Proposal proposal() {
      return new Negotiations.Proposal(kind, amount, date, installments, frequency, firstDate, downPayment, payments,
          schedule, null, notes);
    }
  }

  record Line(int number, LocalDate dueDate, BigDecimal amount, String status) {
  }

  record PreviewView(ArrangementKind kind, BigDecimal total, int installments, List<Line> schedule) {

    static PreviewView of(ArrangementKind kind, List<ScheduledInstallment> schedule) {
      List<Line> lines = new java.util.ArrayList<>();
      for (int i = 0; i < schedule.size(); i++) {
        lines.add(new Line(i + 1, schedule.get(i).dueDate(), schedule.get(i).amount(), null));
      }
      return new PreviewView(kind, schedule.stream().map(ScheduledInstallment::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add), schedule.size(), lines);
    }
  }

  record ArrangementView(long id, ArrangementKind kind, ArrangementStatus status, BigDecimal amount,
      BigDecimal balanceAtProposal, BigDecimal discountPercent, BigDecimal counteredFrom, Frequency frequency,
      String proposedBy, Instant proposedAt, String decidedBy, String decisionNote, LocalDate expiresOn,
      List<Line> schedule) {

    static ArrangementView of(Arrangement a) {
      return new ArrangementView(a.getId(), a.getKind(), a.getStatus(), a.getTotalAmount(), a.getBalanceAtProposal(),
          a.getKind() == ArrangementKind.SETTLEMENT ? Arrangements.discountPercent(a.getTotalAmount(),
              a.getBalanceAtProposal()) : null, a.getCounteredFrom(), a.getFrequency(), a.getProposedBy(),
          a.getProposedAt(), a.getDecidedBy(), a.getDecisionNote(), a.getExpiresOn(),
          a.getInstallments().stream().map(i -> new Line(i.getSeq(), i.getDueDate(), i.getAmount(),
              i.getStatus().name())).toList());
    }
  }

  record AssessmentView(BigDecimal monthlyIncome, BigDecimal fixedCosts, BigDecimal flexibleCosts,
      BigDecimal otherDebts, BigDecimal disposableIncome, String recordedBy, Instant recordedAt,
      List<Affordability.PlanProposal> plans) {

    static AssessmentView of(Affordability.Assessment a) {
      AffordabilityStatement s = a.statement();
      return new AssessmentView(s.getMonthlyIncome(), s.getFixedCosts(), s.getFlexibleCosts(), s.getOtherDebts(),
          a.disposableIncome(), s.getRecordedBy(), s.getRecordedAt(), a.plans());
    }
  }
}
