package org.recourse.compliance.internal.contact;

import java.util.List;
import java.util.Map;
import org.recourse.account.PhoneNumbers;
import org.recourse.casework.ContactOutcome;
import org.recourse.casework.WorkAccountStep;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRefusedException;
import org.recourse.compliance.ContactResult;
import org.recourse.platform.TaskForm;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Component;

/**
 * The call a collector logs from the work-account form (the debtor's numbers to choose from are among the case
 * facts, {@code caseFacts.debtor.phoneChoices}). The call goes into the contact log through the guard, so that a call
 * the law forbids (outside the debtor's hours, the eighth in seven days, after a cease request) cannot be logged as
 * made: the form is refused with the rule, and nothing is recorded. What came of the call follows from the outcome
 * chosen: a conversation, a refusal, a wrong number, or no answer or a voicemail.
 */
@Component
public class WorkCallLog implements WorkAccountStep {

  private static final int MAX_CONTACT_NOTES = 1000;

  /** How the collector spoke with the debtor, if by phone. */
  enum Call { OUTBOUND, INBOUND, NONE }

  private final ContactGuard guard;

  WorkCallLog(ContactGuard guard) {
    this.guard = guard;
  }

  @Override
  public int order() {
    return CALL;
  }

  @Override
  public List<String> fields() {
    return List.of("call", "phoneCalled", "callResult");
  }

  @Override
  public Recording read(WorkAccount work, TaskForm form) {
    Call call = form.isPresent("call") ? form.requiredChoice("call", Call.class, "The call") : Call.NONE;
    if (call == null || call == Call.NONE) {
      return null;
    }
    ContactOutcome outcome = work.outcome();
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
    if (outcome == null || e164 == null || unanswered == null) {
      return null;
    }
    ContactResult result = switch (outcome) {
      case NO_CONTACT -> unanswered.result;
      case WRONG_PARTY -> ContactResult.WRONG_NUMBER;
      case REFUSES -> ContactResult.REFUSED;
      default -> ContactResult.RIGHT_PARTY_CONTACT;
    };
    // The form's notes go whole into the case's history; the contact log keeps their first 1,000 characters.
    String notes = work.notes() != null && work.notes().length() > MAX_CONTACT_NOTES
        ? work.notes().substring(0, MAX_CONTACT_NOTES - 1) + "…" : work.notes();
    String calledNumber = e164;
    return () -> {
      try {
        guard.record(work.caseNumber(), ContactChannel.CALL, call == Call.OUTBOUND, result, calledNumber, notes,
            work.actor());
      } catch (ContactRefusedException refused) {
        throw new TaskRefusal("This call cannot be logged as made: " + refused.decision().reason() + " ("
            + refused.decision().rule() + ")");
      }
      return Map.of();
    };
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
