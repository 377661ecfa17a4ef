package org.recourse.casework.internal;

import java.util.ArrayList;
import java.util.List;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.account.PostalCodes;
import org.recourse.account.UsState;
import org.recourse.platform.TaskForm;

/**
 * A trace's result as a collector submitted it: whether the debtor was located, and the phone number or address
 * found (a located debtor must come with one), read and checked from the trace form.
 */
record TraceResult(boolean located, String phone, PostalAddress address, String notes) {

  static final List<String> FIELDS = List.of("located", "newPhone", "newAddressLine1", "newAddressLine2", "newCity",
      "newState", "newPostalCode", "notes");
  private static final List<String> ADDRESS_PARTS = List.of("newAddressLine1", "newCity", "newState", "newPostalCode");

  /** The form's result; refuses the form naming every problem found. */
  static TraceResult from(TaskForm form) {
    boolean located = form.flag("located");
    String notes = form.optionalText("notes", "Notes", 1500);
    String phone = null;
    PostalAddress address = null;
    if (located) {
      String rawPhone = form.optionalText("newPhone", "New phone number", 30);
      if (rawPhone != null) {
        try {
          phone = PhoneNumbers.toE164(rawPhone);
        } catch (PhoneNumbers.InvalidPhoneNumberException e) {
          form.problem("New phone number: " + e.getMessage() + ".");
        }
      }
      address = address(form);
      if (!form.isPresent("newPhone") && !addressGiven(form)) {
        form.problem("A located debtor needs the new phone number or address you found.");
      }
    }
    form.refuseIfAnyProblem();
    return new TraceResult(located, phone, address, notes);
  }

  /** The case history's line: what was found, and the collector's notes. */
  String describe() {
    List<String> found = new ArrayList<>();
    if (phone != null) {
      found.add("phone " + PhoneNumbers.display(phone));
    }
    if (address != null) {
      found.add("address " + address.oneLine());
    }
    return (located ? "Located: " + String.join(", ", found) : "Not located") + (notes == null ? "" : ". " + notes);
  }

  private static boolean addressGiven(TaskForm form) {
    return ADDRESS_PARTS.stream().anyMatch(form::isPresent);
  }

  /** The new address, or null when none was given or it is wrong (then the form has noted why). */
  private static PostalAddress address(TaskForm form) {
    if (!addressGiven(form)) {
      return null;
    }
    String line1 = form.optionalText("newAddressLine1", "New address", 200);
    String line2 = form.optionalText("newAddressLine2", "Address line 2", 200);
    String city = form.optionalText("newCity", "City", 100);
    String state = form.optionalText("newState", "State", 2);
    String zip = form.optionalText("newPostalCode", "ZIP code", 10);
    if (ADDRESS_PARTS.stream().anyMatch(part -> !form.isPresent(part))) {
      form.problem("A new address needs its street, city, state and ZIP code.");
    }
    UsState usState = state == null ? null : UsState.fromCode(state).orElse(null);
    if (state != null && usState == null) {
      form.problem("State: '" + state + "' is not a US state code.");
    }
    if (zip != null && !PostalCodes.isValidZip(zip)) {
      form.problem("ZIP code: '" + zip + "' is not a ZIP code (12345 or 12345-6789).");
      return null;
    }
    return line1 == null || city == null || usState == null || zip == null ? null
        : new PostalAddress(line1, line2, city, usState, zip);
  }
}
