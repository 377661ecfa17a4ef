package org.recourse.correspondence;

/**
 * The letters Recourse writes. Each has a template per language, {@code templates/letters/<template>.<lang>.html}.
 */
public enum LetterKind {
  VALIDATION_NOTICE("validation-notice"),
  PROMISE_CONFIRMATION("promise-confirmation"),
  PLAN_AGREEMENT("plan-agreement"),
  SETTLEMENT_OFFER("settlement-offer"),
  SETTLEMENT_AGREEMENT("settlement-agreement"),
  INSTALLMENT_REMINDER("installment-reminder"),
  PLAN_DEFAULT("plan-default"),
  FINAL_DEMAND("final-demand"),
  PAID_IN_FULL("paid-in-full"),
  DISPUTE_ACKNOWLEDGEMENT("dispute-acknowledgement"),
  VERIFICATION("verification"),
  CEASE_ACKNOWLEDGEMENT("cease-acknowledgement"),
  ORIGINAL_CREDITOR("original-creditor");

  private final String template;

  LetterKind(String template) {
    this.template = template;
  }

  /** The template's name without language and extension, as in the file name and the API. */
  public String template() {
    return template;
  }

  public static LetterKind fromTemplate(String name) {
    for (LetterKind kind : values()) {
      if (kind.template.equals(name) || kind.name().equalsIgnoreCase(name)) {
        return kind;
      }
    }
    throw new java.util.NoSuchElementException("there is no letter '" + name + "'");
  }
}
