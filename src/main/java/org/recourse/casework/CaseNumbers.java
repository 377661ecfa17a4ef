package org.recourse.casework;

import java.util.regex.Pattern;
import org.recourse.casework.internal.CaseNotFoundException;

/**
 * A case's number is "RC-" and its id, which is its account's id: minted by the account sequence on any node,
 * and turned back into the id without a read.
 */
public final class CaseNumbers {

  private static final Pattern FORMAT = Pattern.compile("RC-(\\d{7,})");

  private CaseNumbers() {
  }

  public static String of(long caseId) {
    return String.format("RC-%07d", caseId);
  }

  /** The case id in a case number; a string that is no case number is not found, whatever it is. */
  public static long idOf(String caseNumber) {
    var matcher = caseNumber == null ? null : FORMAT.matcher(caseNumber);
    if (matcher == null || !matcher.matches()) {
      throw new CaseNotFoundException(caseNumber);
    }
    return Long.parseLong(matcher.group(1));
  }
}
