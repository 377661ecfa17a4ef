package org.recourse.casework;

import static org.recourse.casework.CaseProcess.Vars;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.account.AccountRegistry;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.account.PostalCodes;
import org.recourse.account.UsState;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/** Records the result of a trace: a located debtor must come with the phone number or address that was found. */
@Component("traceResultListener")
class TraceResultListener implements TaskListener {

  static final List<String> FIELDS = List.of("located", "newPhone", "newAddressLine1", "newAddressLine2", "newCity",
      "newState", "newPostalCode", "notes");

  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Actors actors;

  TraceResultListener(CollectionCases cases, AccountRegistry accounts, Actors actors) {
    this.cases = cases;
    this.accounts = accounts;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    TaskForm form = TaskForm.of(task);
    boolean located = form.flag("located");
    String notes = form.optionalText("notes", "Notes", 1500);
    String actor = actors.forTask(task);
    List<String> found = new ArrayList<>();
    if (located) {
      String phone = null;
      String rawPhone = form.optionalText("newPhone", "New phone number", 30);
      if (rawPhone != null) {
        try {
          phone = PhoneNumbers.toE164(rawPhone);
        } catch (PhoneNumbers.InvalidPhoneNumberException e) {
          throw new TaskRefusal("New phone number: " + e.getMessage() + ".");
        }
        found.add("phone " + PhoneNumbers.display(phone));
      }
      PostalAddress address = address(form);
      if (address != null) {
        found.add("address " + address.oneLine());
      }
      if (found.isEmpty()) {
        throw new TaskRefusal("A located debtor needs the new phone number or address you found.");
      }
      CollectionCase subject = cases.require(caseNumber);
      accounts.addTraceResult(subject.getAccountId(), phone, address);
      cases.resetContactAttempts(caseNumber);
    }
    task.setVariable(Vars.DEBTOR_LOCATED, located);
    cases.record(caseNumber, CaseEventKind.TRACE_RESULT, actor,
        (located ? "Located: " + String.join(", ", found) : "Not located") + (notes == null ? "" : ". " + notes));
    form.consume(FIELDS);
  }

  private static PostalAddress address(TaskForm form) {
    String line1 = form.optionalText("newAddressLine1", "New address", 200);
    String line2 = form.optionalText("newAddressLine2", "Address line 2", 200);
    String city = form.optionalText("newCity", "City", 100);
    String state = form.optionalText("newState", "State", 2);
    String zip = form.optionalText("newPostalCode", "ZIP code", 10);
    if (line1 == null && city == null && state == null && zip == null) {
      return null;
    }
    if (line1 == null || city == null || state == null || zip == null) {
      throw new TaskRefusal("A new address needs its street, city, state and ZIP code.");
    }
    UsState usState = UsState.fromCode(state)
        .orElseThrow(() -> new TaskRefusal("State: '" + state + "' is not a US state code."));
    if (!PostalCodes.isValidZip(zip)) {
      throw new TaskRefusal("ZIP code: '" + zip + "' is not a ZIP code (12345 or 12345-6789).");
    }
    return new PostalAddress(line1, line2, city, usState, zip);
  }
}
