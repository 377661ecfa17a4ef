package org.recourse.legal;

/** How litigation ended, as the legal team records it. */
public enum LegalOutcome {
  JUDGMENT_SATISFIED,
  SETTLED,
  DISMISSED,
  UNCOLLECTABLE
}
