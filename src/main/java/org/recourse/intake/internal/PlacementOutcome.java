package org.recourse.intake.internal;

import java.util.List;
import org.recourse.platform.FieldProblem;

/** What became of one placement. */
public sealed interface PlacementOutcome {

  /** A new case was opened. */
  record Placed(String caseNumber) implements PlacementOutcome {
  }

  /** The creditor had already placed this account number: nothing changed. */
  record Duplicate(String caseNumber) implements PlacementOutcome {
  }

  /** Refused, with every field that is wrong. */
  record Rejected(List<FieldProblem> problems) implements PlacementOutcome {
  }
}
