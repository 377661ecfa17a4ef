package org.recourse.account;

import java.util.regex.Pattern;

/** US ZIP codes: five digits, optionally with the four-digit extension. */
public final class PostalCodes {

  private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

  private PostalCodes() {
  }

  public static boolean isValidZip(String code) {
    return code != null && ZIP.matcher(code.trim()).matches();
  }
}
