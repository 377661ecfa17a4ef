package org.recourse.compliance.internal.holds;

import java.util.List;
import org.recourse.compliance.DisputeRequest;
import org.recourse.platform.TaskForm;

/**
 * What the collector found when verifying a dispute with the creditor: verified (with the original creditor's name
 * and address when the debtor asked for them), or not verifiable.
 */
record DisputeVerification(boolean verified, String originalCreditorName, String originalCreditorAddress,
    String notes) {

  static final List<String> FIELDS = List.of("verification", "originalCreditorName", "originalCreditorAddress",
      "notes");

  enum Verification { VERIFIED, NOT_VERIFIABLE }

  /** The form's verification of a dispute that asked {@code requested}; refuses it naming every problem found. */
  static DisputeVerification from(TaskForm form, DisputeRequest requested) {
    Verification verification = form.requiredChoice("verification", Verification.class, "The verification");
    String notes = form.optionalText("notes", "Notes", 1500);
    boolean verified = verification == Verification.VERIFIED;
    String name = null;
    String address = null;
    if (verified && requested == DisputeRequest.ORIGINAL_CREDITOR) {
      name = form.requiredText("originalCreditorName", "The original creditor's name", 200);
      address = form.requiredText("originalCreditorAddress", "The original creditor's address", 500);
    }
    form.refuseIfAnyProblem();
    return new DisputeVerification(verified, name, address, notes);
  }

  boolean answersWithOriginalCreditor() {
    return originalCreditorName != null;
  }

  /** The case history's line. */
  String describe() {
    return (verified ? "Debt verified with the creditor; the answer goes out"
        : "The creditor could not verify the debt; collection ends") + (notes == null ? "" : " — " + notes);
  }
}
