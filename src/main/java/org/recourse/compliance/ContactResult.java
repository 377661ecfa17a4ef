package org.recourse.compliance;

/** What came of a contact or an attempt at one. */
public enum ContactResult {
  /** A conversation with the debtor about the debt (a right-party contact). */
  RIGHT_PARTY_CONTACT,
  NO_ANSWER,
  VOICEMAIL,
  WRONG_NUMBER,
  /** The person refused to talk or to pay. */
  REFUSED,
  /** An e-mail, text or letter that went out. */
  SENT;

  /** Whether this was a telephone conversation with the debtor (12 CFR 1006.14(b)(2)(ii)). */
  public boolean isConversation() {
    return this == RIGHT_PARTY_CONTACT || this == REFUSED;
  }
}
