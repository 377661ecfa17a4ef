package org.recourse.casework;

/** Why a case was closed. */
public enum CloseReason {
  PAID_IN_FULL,
  SETTLED,
  RECALLED,
  UNCOLLECTABLE,
  LEGAL_JUDGMENT_SATISFIED,
  LEGAL_SETTLED,
  LEGAL_DISMISSED,
  LEGAL_UNCOLLECTABLE
}
