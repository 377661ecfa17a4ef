package org.recourse.correspondence.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.casework.CaseNumbers;
import org.recourse.correspondence.Letters;
import org.recourse.correspondence.internal.OutboxMailRepository;
import org.recourse.correspondence.internal.OutboxStatus;
import org.recourse.platform.ConflictException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@RestController
@RequestMapping("/api/mail")
@Tag(name = "Mail", description = "The e-mail outbox, and the opt-out every e-mail links to")
public class MailController {

  private final MailOptOuts optOuts;
  private final OutboxMailRepository mails;
  private final Clock clock;

  MailController(MailOptOuts optOuts, OutboxMailRepository mails, Clock clock) {
    this.optOuts = optOuts;
    this.mails = mails;
    this.clock = clock;
  }

  /** The link in the e-mail's body: one click opts the address out. */
  @GetMapping(value = "/opt-out", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "One-click opt-out from the link in an e-mail; no sign-in")
  ResponseEntity<String> optOutByLink(@RequestParam String address, @RequestParam String token) {
    return optOut(address, token, "link");
  }

  /** RFC 8058 one-click from a mail client's unsubscribe button (List-Unsubscribe-Post). */
  @PostMapping(value = "/opt-out", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "One-click opt-out posted by a mail client (RFC 8058); no sign-in")
  ResponseEntity<String> optOutByClient(@RequestParam String address, @RequestParam String token) {
    return optOut(address, token, "list-unsubscribe");
  }

  @GetMapping("/outbox")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "E-mails that need a person: failed on every try, or uncertain after their node stopped")
  @Transactional(readOnly = true)
  List<OutboxEntry> needingAttention() {
    return mails.findByStatusInOrderByIdAsc(EnumSet.of(OutboxStatus.FAILED, OutboxStatus.UNCERTAIN)).stream()
        .map(OutboxEntry::of).toList();
  }

  @PostMapping("/{id}/retry")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Sends an uncertain e-mail again, after a person checked the mail server did not take it")
  @Transactional
  OutboxEntry retry(@PathVariable long id) {
    OutboxMail mail = mails.findById(id).orElseThrow(() -> new NoSuchElementException("there is no e-mail " + id));
    if (mail.getStatus() != OutboxStatus.UNCERTAIN) {
      throw new ConflictException("status", "only an uncertain e-mail can be sent again; this one is "
          + mail.getStatus());
    }
    mail.retry(clock.instant());
    return OutboxEntry.of(mail);
  }

  /**
   * An e-mail in the outbox as a person deciding about it needs it: to whom, about what, what happened; without its
   * body, which is the letter's e-mail text (the letter itself is the case's document).
   */
  record OutboxEntry(long id, String caseNumber, Long documentId, String recipient, String subject,
      OutboxStatus status, int attempts, String lastError, String claimedBy, Instant claimedAt, Instant createdAt,
      Instant nextAttemptAt) {

    static OutboxEntry of(OutboxMail mail) {
      return new OutboxEntry(mail.getId(), mail.getCaseId() == null ? null : CaseNumbers.of(mail.getCaseId()),
          mail.getDocumentId(), mail.getRecipient(), mail.getSubject(), mail.getStatus(), mail.getAttempts(),
          mail.getLastError(), mail.getClaimedBy(), mail.getClaimedAt(), mail.getCreatedAt(), mail.getNextAttemptAt());
    }
  }

  private ResponseEntity<String> optOut(String address, String token, String source) {
    if (!optOuts.optOut(address, token, source)) {
      return ResponseEntity.badRequest().body(page("This opt-out link is not valid. Please use the link from the"
          + " e-mail exactly as it was sent."));
    }
    return ResponseEntity.ok(page(HtmlUtils.htmlEscape(MailOptOuts.normalize(address))
        + " will receive no more e-mail from us. Letters will come by post."));
  }

  private static String page(String message) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>E-mail preferences</title></head>"
        + "<body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\"><h1>E-mail preferences</h1><p>"
        + message + "</p></body></html>";
  }
}
