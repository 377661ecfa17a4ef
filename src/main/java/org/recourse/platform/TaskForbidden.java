package org.recourse.platform;

/** A refusal of who acts rather than of what they entered: answered as forbidden (403), not as a bad form. */
public class TaskForbidden extends TaskRefusal {

  public TaskForbidden(String message) {
    super(message);
  }
}
