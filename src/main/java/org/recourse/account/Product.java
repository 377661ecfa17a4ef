package org.recourse.account;

/** What the debt arose from; segmentation and letters read it. */
public enum Product {
  CREDIT_CARD,
  PERSONAL_LOAN,
  AUTO_LOAN,
  STUDENT_LOAN,
  MEDICAL,
  UTILITY,
  TELECOM,
  RETAIL,
  OTHER
}
