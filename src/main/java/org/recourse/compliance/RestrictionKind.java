package org.recourse.compliance;

/** What a debtor asked for, or what the law requires from now on, about contacting them. */
public enum RestrictionKind {
  /** Times the debtor said are inconvenient (FDCPA 1692c(a)(1)); {@code from}–{@code to} in their local time. */
  INCONVENIENT_TIME,
  /** The employer forbids calls at work (1692c(a)(3)): no calls or texts to a work number. */
  NO_CALLS_AT_WORK,
  /** Represented by an attorney (1692c(a)(2)): contact the attorney only. */
  ATTORNEY,
  /** A written request to cease communication (1692c(c)). */
  CEASE,
  /** A written refusal to pay (1692c(c)). */
  REFUSAL_TO_PAY
}
