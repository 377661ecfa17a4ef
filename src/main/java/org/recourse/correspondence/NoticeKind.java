package org.recourse.correspondence;

/** The notices the processes send at fixed points of a case. */
public enum NoticeKind {
  VALIDATION_NOTICE("Validation notice (12 CFR 1006.34)"),
  FINAL_DEMAND("Final demand: notice of intent to refer for legal action");

  private final String title;

  NoticeKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
