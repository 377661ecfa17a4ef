package org.recourse.account;

import java.util.Locale;

/** The languages Recourse writes to debtors in. */
public enum Language {
  EN(Locale.ENGLISH),
  ES(Locale.forLanguageTag("es"));

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  /** Accepts "en", "ES", "es-US" and the like. */
  public static Language fromCode(String code) {
    String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
    for (Language candidate : values()) {
      if (candidate.code().equals(language)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unsupported language '" + code + "' (use en or es)");
  }
}
