package org.recourse.compliance;

/** How a debt collector reaches a person. */
public enum ContactChannel {
  CALL,
  TEXT,
  EMAIL,
  LETTER
}
