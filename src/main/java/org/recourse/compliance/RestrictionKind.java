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
  REFUSAL_TO_PAY,
  /** The debtor asked not to be called (Reg F 1006.14(h)(1): a medium they asked us not to use). */
  NO_CALLS,
  /** The debtor asked for no text messages (1006.14(h)(1)). */
  NO_TEXTS,
  /** The debtor asked for no e-mail (1006.14(h)(1)); every address of theirs, beside each address's own opt-out. */
  NO_EMAIL;

  /** The restriction that refuses a channel the debtor asked us not to use, if the channel has one. */
  public static java.util.Optional<RestrictionKind> refusing(ContactChannel channel) {
    return switch (channel) {
      case CALL -> java.util.Optional.of(NO_CALLS);
      case TEXT -> java.util.Optional.of(NO_TEXTS);
      case EMAIL -> java.util.Optional.of(NO_EMAIL);
      case LETTER -> java.util.Optional.empty();
    };
  }
}
