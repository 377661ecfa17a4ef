package org.recourse.platform;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A task form that cannot be accepted as submitted, with every problem found in it. Thrown from a task listener, it
 * rolls the completion back and its message, the problems as sentences, reaches the person in Tasklist, so nothing is
 * recorded wrongly and they can correct the form in one go.
 */
public class TaskRefusal extends RuntimeException {

  private final List<String> problems;

  public TaskRefusal(String problem) {
    this(List.of(problem));
  }

  public TaskRefusal(List<String> problems) {
    super(problems.stream().map(TaskRefusal::sentence).collect(Collectors.joining(" ")));
    this.problems = problems.stream().map(TaskRefusal::sentence).toList();
  }

  /** A service's refusal of what the form asked for: every field problem it named. */
  public static TaskRefusal of(InputRejectedException rejected) {
    return rejected.problems().isEmpty() ? new TaskRefusal(rejected.getMessage())
        : new TaskRefusal(rejected.problems().stream().map(FieldProblem::message).toList());
  }

  public static TaskRefusal of(ConflictException conflict) {
    return new TaskRefusal(conflict.getMessage());
  }

  /** Runs the command a form asked for; a service's refusal of it (bad input, a conflict) refuses the form. */
  public static void refusing(Runnable command) {
    try {
      command.run();
    } catch (InputRejectedException rejected) {
      throw of(rejected);
    } catch (ConflictException conflict) {
      throw of(conflict);
    }
  }

  /** The refusal a task listener made, wherever the engine or a caller wrapped it. */
  public static Optional<TaskRefusal> in(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TaskRefusal refusal) {
        return Optional.of(refusal);
      }
    }
    return Optional.empty();
  }

  public List<String> problems() {
    return problems;
  }

  private static String sentence(String problem) {
    String text = problem.strip();
    if (text.isEmpty()) {
      return text;
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
