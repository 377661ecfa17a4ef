package org.recourse.compliance.internal.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.recourse.compliance.Contact;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRestriction;
import org.recourse.compliance.ContactResult;
import org.recourse.compliance.RestrictionKind;
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Contacts", description = "The contact log, the contact guard's answers, and what limits contact")
public class ContactController {

  private final ContactGuard guard;
  private final Actors actors;

  ContactController(ContactGuard guard, Actors actors) {
    this.guard = guard;
    this.actors = actors;
  }

  @GetMapping("/contact-permissions")
  @Operation(summary = "May I call, text, e-mail or write to this debtor now, and if not, why and until when")
  List<ContactGuard.Permission> permissions(@PathVariable String caseNumber) {
    return guard.permissions(caseNumber, actors.current());
  }

  @GetMapping("/contacts")
  @Operation(summary = "The contact log, newest first")
  List<ContactView> contacts(@PathVariable String caseNumber) {
    return guard.contacts(caseNumber).stream().map(ContactView::of).toList();
  }

  @PostMapping("/contacts")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Records a contact now; an outbound call, text or e-mail is first asked of the guard and "
      + "refused (409, nothing recorded) when the law forbids it")
  ResponseEntity<ContactView> record(@PathVariable String caseNumber, @Valid @RequestBody NewContact contact) {
    Contact recorded = guard.record(caseNumber, contact.channel(), contact.outbound(), contact.result(),
        contact.address(), contact.notes(), actors.current());
    return ResponseEntity.status(HttpStatus.CREATED).body(ContactView.of(recorded));
  }

  @GetMapping("/contact-restrictions")
  @Operation(summary = "Limits on contact, active and lifted")
  List<RestrictionView> restrictions(@PathVariable String caseNumber) {
    return guard.restrictions(caseNumber).stream().map(RestrictionView::of).toList();
  }

  @PostMapping("/contact-restrictions")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Records a limit on contact: inconvenient times, no calls at work, attorney, cease, refusal to pay")
  ResponseEntity<RestrictionView> restrict(@PathVariable String caseNumber,
      @Valid @RequestBody NewRestriction restriction) {
    return ResponseEntity.status(HttpStatus.CREATED).body(RestrictionView.of(guard.restrict(caseNumber,
        restriction.kind(), restriction.from(), restriction.to(), restriction.detail(), restriction.evidence(),
        actors.current())));
  }

  @PostMapping("/contact-restrictions/{id}/lift")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Lifts a limit on contact, with the reason")
  RestrictionView lift(@PathVariable String caseNumber, @PathVariable long id, @Valid @RequestBody Lift lift) {
    return RestrictionView.of(guard.lift(caseNumber, id, lift.reason(), actors.current()));
  }

  @GetMapping("/guard-decisions")
  @Operation(summary = "Every answer the contact guard gave for this case, newest first")
  List<GuardDecision> decisions(@PathVariable String caseNumber) {
    return guard.decisions(caseNumber);
  }

  record NewContact(@NotNull ContactChannel channel, boolean outbound, @NotNull ContactResult result,
      @Size(max = 254) String address, @Size(max = 1000) String notes) {
  }

  record NewRestriction(@NotNull RestrictionKind kind, LocalTime from, LocalTime to, @Size(max = 500) String detail,
      @NotBlank @Size(max = 500) String evidence) {
  }

  record Lift(@NotBlank @Size(max = 500) String reason) {
  }

  record RestrictionView(long id, RestrictionKind kind, boolean active, LocalTime from, LocalTime to, String detail,
      String evidence, String recordedBy, Instant recordedAt, String liftedBy, Instant liftedAt, String liftReason) {

    static RestrictionView of(ContactRestriction r) {
      return new RestrictionView(r.getId(), r.getKind(), r.isActive(), r.getFromTime(), r.getToTime(), r.getDetail(),
          r.getEvidence(), r.getRecordedBy(), r.getRecordedAt(), r.getLiftedBy(), r.getLiftedAt(), r.getLiftReason());
    }
  }

  record ContactView(long id, ContactChannel channel, boolean outbound, ContactResult result, String address,
      Instant occurredAt, String recordedBy, String notes) {

    static ContactView of(Contact c) {
      return new ContactView(c.getId(), c.getChannel(), c.isOutbound(), c.getResult(), c.getAddress(),
          c.getOccurredAt(), c.getRecordedBy(), c.getNotes());
    }
  }
}
