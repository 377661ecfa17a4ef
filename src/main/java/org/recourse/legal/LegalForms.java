package org.recourse.legal;

import java.util.stream.Collectors;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskRefusal;

/** What the legal tasks' listeners tell a person whose form the services refused: every problem, as sentences. */
final class LegalForms {

  private LegalForms() {
  }

  static TaskRefusal refusal(InputRejectedException rejected) {
    return new TaskRefusal(rejected.problems().stream().map(FieldProblem::message)
        .collect(Collectors.joining(". ", "", ".")));
  }

  static TaskRefusal refusal(ConflictException conflict) {
    String message = conflict.getMessage();
    return new TaskRefusal(Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".");
  }
}
