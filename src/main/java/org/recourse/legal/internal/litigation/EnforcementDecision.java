package org.recourse.legal.internal.litigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recourse.legal.internal.LegalProcess.EnforcementStep;
import org.recourse.platform.TaskForm;

/** The next step in enforcing a judgment, as the legal team entered it on the enforcement form. */
public sealed interface EnforcementDecision {

  List<String> FIELDS = List.of("step", "enforcementKind", "garnishee", "servedOn", "enforcementDetail",
      "settlementAmount", "settlementPayBy", "uncollectableReason");

  EnforcementStep step();

  /** A garnishment, levy or lien served: the task comes back while payments arrive. */
  record Served(EnforcementKind kind, String garnishee, LocalDate servedOn, String detail)
      implements EnforcementDecision {
    public EnforcementStep step() {
      return EnforcementStep.ENFORCEMENT;
    }
  }

  record Settled(BigDecimal amount, LocalDate payBy) implements EnforcementDecision {
    public EnforcementStep step() {
      return EnforcementStep.SETTLED;
    }
  }

  /** The end: nothing more can be recovered. */
  record Uncollectable(String reason) implements EnforcementDecision {
    public EnforcementStep step() {
      return EnforcementStep.UNCOLLECTABLE;
    }
  }

  /** The step the form states; refuses the form naming every problem found. */
  static EnforcementDecision from(TaskForm form) {
    EnforcementStep step = form.requiredChoice("step", EnforcementStep.class, "Next step");
    EnforcementDecision decision = step == null ? null : switch (step) {
      case ENFORCEMENT -> new Served(form.requiredChoice("enforcementKind", EnforcementKind.class, "Enforcement"),
          form.optionalText("garnishee", "Garnishee", 200), form.requiredDate("servedOn", "Served on"),
          form.optionalText("enforcementDetail", "Details", 500));
      case SETTLED -> new Settled(form.requiredAmount("settlementAmount", "Settlement amount"),
          form.requiredDate("settlementPayBy", "To be paid by"));
      case UNCOLLECTABLE -> new Uncollectable(
          form.requiredText("uncollectableReason", "Why nothing more can be recovered", 500));
    };
    form.refuseIfAnyProblem();
    return decision;
  }
}
