package org.recourse.casework;

import java.util.List;
import java.util.Map;
import org.recourse.casework.internal.WorkAccountListener;
import org.recourse.platform.TaskForm;

/**
 * One feature's part in recording a collector's work on an account, the work-account form. The form is completed as
 * one command ({@link WorkAccountListener}): every step first reads its own fields, so that the collector learns of
 * every wrong field at once; then each step records, in the order of {@link #order()}; a refusal from any step is
 * collected with the others and the whole form is refused, nothing recorded.
 */
public interface WorkAccountStep {

  /** Holds are checked first: while collection is on hold, nothing else is worked. */
  int HOLDS = 100;
  /** The call goes into the contact log, through the guard, before its outcome is recorded. */
  int CALL = 200;
  /** What came of the contact, and the spine's routing facts. */
  int OUTCOME = 300;
  /** A promise, plan or settlement proposed, once the outcome says one was asked for. */
  int ARRANGEMENT = 400;

  int order();

  /** The form's fields this step reads; removed from the process once the form is accepted. */
  List<String> fields();

  /**
   * Reads this step's fields, noting on the form what is wrong with them, without recording anything.
   *
   * @return what to record once every step has read, or null when there is nothing to record or a field is wrong
   */
  Recording read(WorkAccount work, TaskForm form);

  /** What a step records; refuses with {@link org.recourse.platform.TaskRefusal} when the act is not allowed. */
  @FunctionalInterface
  interface Recording {

    /** Records, returning the routing facts the spine branches on (often none). */
    Map<String, Object> record();
  }

  /**
   * The command's head: the case, who worked it, and what came of it (null when the form does not say; the form
   * then holds the problem).
   */
  record WorkAccount(String caseNumber, String actor, ContactOutcome outcome, String notes) {
  }
}
