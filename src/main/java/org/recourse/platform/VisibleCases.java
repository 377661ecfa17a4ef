package org.recourse.platform;

/**
 * Who may see which case, for a feature that serves cases by another key than the case number (a refund by its id):
 * the same answer the case work gives for every path under {@code /api/cases/{caseNumber}}.
 */
public interface VisibleCases {

  /** Refuses (403) a caller who may not see the case, exactly as for a case that does not exist. */
  void requireVisible(String caseNumber);

  /** The cases the caller may see. */
  CaseScope scope();
}
