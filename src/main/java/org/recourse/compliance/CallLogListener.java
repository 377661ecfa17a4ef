package org.recourse.compliance;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.ContactOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * The call a collector logs from the work-account form (the debtor's numbers to choose from are among the case
 * facts, {@code caseFacts.debtor.phoneChoices}). When the task is completed the call goes into the contact log
 * through the guard, so that a call the law forbids (outside the debtor's hours, the eighth in seven days, after a
 * cease request) cannot be logged as made: the form is refused with the rule, and nothing is recorded. What came of
 * the call follows from the outcome chosen: a conversation, a refusal, a wrong number, or no answer or a voicemail.
 */
@Component("callLogListener")
class CallLogListener implements TaskListener {

  static final List<String> FIELDS = List.of("call", "phoneCalled", "callResult");
  private static final int MAX_CONTACT_NOTES = 1000;

  /** How the collector spoke with the debtor, if by phone. */
  enum Call { OUTBOUND, INBOUND, NONE }

  private final ContactGuard guard;
  private final Actors actors;

  CallLogListener(ContactGuard guard, Actors actors) {
    this.guard = guard;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    logCall(task);
  }

  private void logCall(DelegateTask task) {
    TaskForm form = TaskForm.of(task);
    Call call = form.isPresent("call") ? form.requiredChoice("call", Call.class, "The call") : Call.NONE;
    if (call != Call.NONE) {
      ContactOutcome outcome = form.requiredChoice("outcome", ContactOutcome.class, "Outcome of this contact");
      if (call == Call.INBOUND && outcome == ContactOutcome.NO_CONTACT) {
        form.problem("The debtor called: say what came of the call rather than no contact.");
      }
      String number = form.requiredText("phoneCalled", "The number called", 40);
      String e164 = null;
      if (number != null) {
        try {
          e164 = PhoneNumbers.toE164(number);
        } catch (PhoneNumbers.InvalidPhoneNumberException e) {
          form.problem("The number called " + e.getMessage() + ".");
        }
      }
      NoContact unanswered = outcome == ContactOutcome.NO_CONTACT && form.isPresent("callResult")
          ? form.requiredChoice("callResult", NoContact.class, "What the call got") : NoContact.NO_ANSWER;
      // The form's notes go whole into the case's history; the contact log keeps their first 1,000 characters.
      String notes = form.optionalText("notes", "Notes", 1500);
      form.refuseIfAnyProblem();
      ContactResult result = switch (outcome) {
        case NO_CONTACT -> unanswered.result;
        case WRONG_PARTY -> ContactResult.WRONG_NUMBER;
        case REFUSES -> ContactResult.REFUSED;
        default -> ContactResult.RIGHT_PARTY_CONTACT;
      };
      if (notes != null && notes.length() > MAX_CONTACT_NOTES) {
        notes = notes.substring(0, MAX_CONTACT_NOTES - 1) + "…";
      }
      try {
        guard.record(task.getExecution().getProcessBusinessKey(), ContactChannel.CALL, call == Call.OUTBOUND, result,
            e164, notes, actors.forTask(task));
      } catch (ContactRefusedException refused) {
        throw new TaskRefusal("This call cannot be logged as made: " + refused.decision().reason() + " ("
            + refused.decision().rule() + ")");
      }
    }
    form.consume(FIELDS);
  }

  /** What an unanswered call got. */
  enum NoContact {
    NO_ANSWER(ContactResult.NO_ANSWER),
    VOICEMAIL(ContactResult.VOICEMAIL);

    final ContactResult result;

    NoContact(ContactResult result) {
      this.result = result;
    }
  }
}
