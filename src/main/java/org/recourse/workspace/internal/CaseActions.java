package org.recourse.workspace.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.recourse.account.PhoneKind;
import org.recourse.account.PhoneNumbers;
import org.recourse.account.PostalAddress;
import org.recourse.account.UsState;
import org.recourse.casework.ContactData;
import org.recourse.complaint.ComplaintCategory;
import org.recourse.complaint.ComplaintChannel;
import org.recourse.complaint.Complaints;
import org.recourse.complaint.NewComplaint;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRefusedException;
import org.recourse.compliance.ContactResult;
import org.recourse.platform.Actors;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a collector records from the case page, each through the service the API uses (the contact guard for calls,
 * {@link ContactData} for numbers and addresses, {@link Complaints}). Every form posts, and the page comes back
 * (post, redirect, get) with what was done, or with the refusal, its reasons by field and what was typed kept.
 */
@Controller
@RequestMapping("/workspace/cases/{caseNumber}")
class CaseActions {

  private final ContactGuard guard;
  private final ContactData contactData;
  private final Complaints complaints;
  private final Actors actors;

  CaseActions(ContactGuard guard, ContactData contactData, Complaints complaints, Actors actors) {
    this.guard = guard;
    this.contactData = contactData;
    this.complaints = complaints;
    this.actors = actors;
  }

  @PostMapping("/calls")
  String call(@PathVariable String caseNumber, @RequestParam Map<String, String> form, RedirectAttributes page) {
    return act(caseNumber, "call", form, page, () -> {
      boolean outbound = "OUTBOUND".equals(form.get("direction"));
      ContactResult result = choice(ContactResult.class, form.get("result"), "result", "say what came of the call");
      String number = form.getOrDefault("number", "").strip();
      String e164 = null;
      if (!number.isEmpty()) {
        e164 = e164(number);
      } else if (outbound) {
        throw rejected("number", "say which number was called");
      }
      guard.record(caseNumber, ContactChannel.CALL, outbound, result, e164, blankToNull(form.get("notes")),
          actors.current());
      return (outbound ? "Outbound" : "Inbound") + " call recorded: " + result.name().toLowerCase().replace('_', ' ');
    });
  }

  @PostMapping("/phones")
  String addPhone(@PathVariable String caseNumber, @RequestParam Map<String, String> form, RedirectAttributes page) {
    return act(caseNumber, "phone", form, page, () -> {
      PhoneKind kind = choice(PhoneKind.class, form.get("kind"), "kind", "say what kind of number it is");
      var phone = contactData.addPhone(caseNumber, form.get("number"), kind, actors.current());
      return "Phone " + PhoneNumbers.display(phone.getNumber()) + " added";
    });
  }

  @PostMapping("/addresses")
  String addAddress(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      RedirectAttributes page) {
    return act(caseNumber, "address", form, page, () -> {
      UsState state = UsState.fromCode(form.getOrDefault("state", "").strip().toUpperCase()).orElse(null);
      var added = contactData.addMailingAddress(caseNumber, new PostalAddress(form.get("line1"),
          blankToNull(form.get("line2")), form.get("city"), state, form.getOrDefault("postalCode", "").strip()),
          actors.current());
      return "Mailing address added: " + added.toPostalAddress().oneLine();
    });
  }

  @PostMapping("/phones/wrong-number")
  String wrongNumber(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      RedirectAttributes page) {
    return act(caseNumber, "wrong", form, page, () -> {
      var phone = contactData.wrongNumber(caseNumber, form.get("number"), form.get("note"), actors.current());
      return PhoneNumbers.display(phone.getNumber()) + " marked as a wrong number";
    });
  }

  @PostMapping("/addresses/{addressId}/returned-mail")
  String returnedMail(@PathVariable String caseNumber, @PathVariable long addressId,
      @RequestParam Map<String, String> form, RedirectAttributes page) {
    return act(caseNumber, "returned", form, page, () -> {
      var address = contactData.mailReturned(caseNumber, addressId, form.get("note"), actors.current());
      return "Mail returned from " + address.toPostalAddress().oneLine() + " recorded";
    });
  }

  @PostMapping("/complaints")
  String complaint(@PathVariable String caseNumber, @RequestParam Map<String, String> form,
      RedirectAttributes page) {
    return act(caseNumber, "complaint", form, page, () -> {
      LocalDate receivedOn = null;
      String typedDate = form.getOrDefault("receivedOn", "").strip();
      if (!typedDate.isEmpty()) {
        try {
          receivedOn = LocalDate.parse(typedDate);
        } catch (DateTimeParseException notADate) {
          throw rejected("receivedOn", typedDate + " is not a date (YYYY-MM-DD)");
        }
      }
      var complaint = complaints.receive(caseNumber, new NewComplaint(
          optionalChoice(ComplaintChannel.class, form.get("receivedVia")),
          optionalChoice(ComplaintCategory.class, form.get("category")), form.get("summary"),
          form.get("regulatorReference"), receivedOn, blankToNull(form.get("assignee"))), actors.current());
      return "Complaint recorded and assigned to " + complaint.getAssignee() + "; the answer is a task in Tasklist";
    });
  }

  private static String act(String caseNumber, String which, Map<String, String> form, RedirectAttributes page,
      Supplier<String> action) {
    try {
      page.addFlashAttribute("done", action.get());
    } catch (InputRejectedException refused) {
      page.addFlashAttribute("refused", refused.getMessage());
      page.addFlashAttribute("problems", refused.problems());
      keep(which, form, page);
    } catch (ContactRefusedException refused) {
      page.addFlashAttribute("refused", "The guard refuses this call: " + refused.decision().rule() + ". "
          + refused.decision().reason());
      page.addFlashAttribute("problems", List.of());
      keep(which, form, page);
    }
    return "redirect:/workspace/cases/" + caseNumber + "#" + which;
  }

  private static void keep(String which, Map<String, String> form, RedirectAttributes page) {
    page.addFlashAttribute("form", which);
    Map<String, String> typed = new java.util.HashMap<>(form);
    typed.remove("_csrf");
    page.addFlashAttribute("typed", typed);
  }

  private static String e164(String number) {
    try {
      return PhoneNumbers.toE164(number);
    } catch (IllegalArgumentException notANumber) {
      throw rejected("number", notANumber.getMessage());
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String ask) {
    E chosen = optionalChoice(type, value);
    if (chosen == null) {
      throw rejected(field, ask);
    }
    return chosen;
  }

  private static <E extends Enum<E>> E optionalChoice(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException notOne) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static InputRejectedException rejected(String field, String message) {
    return new InputRejectedException(message, List.of(new FieldProblem(field, message)));
  }
}
