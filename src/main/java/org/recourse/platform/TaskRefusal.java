package org.recourse.platform;

/**
 * A task form that cannot be accepted as submitted. Thrown from a task listener, it rolls the completion back and
 * its message reaches the person in Tasklist, so nothing is recorded wrongly and they can correct the form.
 */
public class TaskRefusal extends RuntimeException {

  public TaskRefusal(String message) {
    super(message);
  }
}
