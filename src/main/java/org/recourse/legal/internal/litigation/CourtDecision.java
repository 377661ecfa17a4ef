package org.recourse.legal.internal.litigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.recourse.legal.internal.LegalProcess.CourtOutcome;
import org.recourse.platform.TaskForm;

/** What the court decided, as the legal team entered it on the court-outcome form. */
public sealed interface CourtDecision {

  List<String> FIELDS = List.of("decision", "hearingDate", "hearingTime", "hearingPurpose",
      "judgmentDate", "judgmentAmount", "judgmentCosts", "judgmentInterest", "dismissedOn", "dismissalReason",
      "settlementAmount", "settlementPayBy");

  CourtOutcome outcome();

  /** A hearing set: the suit goes on waiting for the decision. */
  record HearingSet(LocalDate day, LocalTime time, String purpose) implements CourtDecision {
    public CourtOutcome outcome() {
      return CourtOutcome.HEARING_SET;
    }
  }

  record Judgment(LocalDate day, BigDecimal amount, BigDecimal costs, BigDecimal interest) implements CourtDecision {
    public CourtOutcome outcome() {
      return CourtOutcome.JUDGMENT;
    }
  }

  record Dismissal(LocalDate day, String reason) implements CourtDecision {
    public CourtOutcome outcome() {
      return CourtOutcome.DISMISSED;
    }
  }

  record Settled(BigDecimal amount, LocalDate payBy) implements CourtDecision {
    public CourtOutcome outcome() {
      return CourtOutcome.SETTLED;
    }
  }

  /** The decision the form states; refuses the form naming every problem found. */
  static CourtDecision from(TaskForm form) {
    CourtOutcome outcome = form.requiredChoice("decision", CourtOutcome.class, "What the court decided");
    CourtDecision decision = outcome == null ? null : switch (outcome) {
      case HEARING_SET -> new HearingSet(form.requiredDate("hearingDate", "Hearing on"),
          form.requiredTime("hearingTime", "Hearing time"),
          form.requiredText("hearingPurpose", "What the hearing is for", 200));
      case JUDGMENT -> new Judgment(form.requiredDate("judgmentDate", "Judgment of"),
          form.requiredAmount("judgmentAmount", "Judgment amount"),
          form.amountOrZero("judgmentCosts", "Costs awarded"),
          form.amountOrZero("judgmentInterest", "Interest awarded"));
      case DISMISSED -> new Dismissal(form.requiredDate("dismissedOn", "Dismissed on"),
          form.requiredText("dismissalReason", "Why the court dismissed it", 500));
      case SETTLED -> new Settled(form.requiredAmount("settlementAmount", "Settlement amount"),
          form.requiredDate("settlementPayBy", "To be paid by"));
    };
    form.refuseIfAnyProblem();
    return decision;
  }
}
