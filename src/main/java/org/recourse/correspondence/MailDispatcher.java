package org.recourse.correspondence;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRules;
import org.recourse.correspondence.internal.DocumentContentRepository;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.correspondence.internal.MailOptOuts;
import org.recourse.correspondence.internal.OutboxMail;
import org.recourse.correspondence.internal.OutboxMailRepository;
import org.recourse.correspondence.internal.OutboxStatus;
import org.recourse.correspondence.internal.PersonTasks;
import org.recourse.correspondence.internal.SmtpOutcome;
import org.recourse.platform.Actors;
import org.recourse.platform.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox through Spring Mail. Each e-mail is claimed by one node with a conditional update before it is
 * handed to the SMTP server, so two dispatchers never send the same one; a refused try is retried with growing
 * waits, and after the last one the letter goes to the print batch instead and a manager gets a task. A send
 * whose node died mid-way is never repeated by itself: it is marked uncertain and a manager decides.
 */
@Component
// Spring Boot makes a mail sender only when an SMTP host is configured; without one, letters go by post.
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final OutboxMailRepository mails;
  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final MailOptOuts optOuts;
  private final CollectionCases cases;
  private final JavaMailSender sender;
  private final PersonTasks people;
  private final CorrespondenceSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ContactGuard guard;
  private final Node node;

  MailDispatcher(OutboxMailRepository mails, DocumentRepository documents, DocumentContentRepository contents,
      MailOptOuts optOuts, CollectionCases cases, JavaMailSender sender, PersonTasks people,
      CorrespondenceSettings settings, PlatformTransactionManager transactions, Clock clock, ContactGuard guard,
      Node node) {
    this.guard = guard;
    this.node = node;
    this.mails = mails;
    this.documents = documents;
    this.contents = contents;
    this.optOuts = optOuts;
    this.cases = cases;
    this.sender = sender;
    this.people = people;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** One round: gives up on lost sends, then sends what is due. Returns how many e-mails the server accepted. */
  @Scheduled(initialDelayString = "${recourse.correspondence.mail-poll-initial-delay:PT5S}",
      fixedDelayString = "${recourse.correspondence.mail-poll-every:PT5S}")
  public int dispatch() {
    markLostSendsUncertain();
    List<Long> due = transaction.execute(status -> mails.due(clock.instant(), Limit.of(settings.getMailBatchSize())));
    int sent = 0;
    for (Long id : due) {
      Boolean claimed = transaction.execute(status -> mails.claim(id, node.token(), clock.instant()) == 1);
      if (Boolean.TRUE.equals(claimed) && send(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean send(long id) {
    OutboxMail mail = transaction.execute(status -> mails.findById(id).orElseThrow());
    if (!mail.isInternal() && !allowedNow(mail)) {
      return false;
    }
    if (!mail.isInternal() && optOuts.isOptedOut(mail.getRecipient())) {
      transaction.executeWithoutResult(status -> giveUp(mails.findById(id).orElseThrow(),
          mail.getRecipient() + " opted out of e-mail", false));
      return false;
    }
    try {
      sender.send(message(mail));
    } catch (MailException | MessagingException failure) {
      return switch (SmtpOutcome.of(failure)) {
        case ACCEPTED -> {
          LOG.warn("E-mail {} to {} was taken by the mail server; closing the connection failed: {}", id,
              mail.getRecipient(), describe(failure));
          yield accepted(id, mail);
        }
        case REFUSED -> refused(id, mail, failure);
        case UNKNOWN -> unknown(id, mail, failure);
      };
    }
    return accepted(id, mail);
  }

  private boolean accepted(long id, OutboxMail mail) {
    transaction.executeWithoutResult(status -> {
      Instant now = clock.instant();
      mails.findById(id).orElseThrow().sent(now);
      // A document e-mailed to Recourse's own people (a court packet to legal) has not been sent to the debtor.
      if (mail.getDocumentId() != null && !mail.isInternal()) {
        documents.findById(mail.getDocumentId()).orElseThrow().sent(now);
      }
      if (mail.getCaseId() != null) {
        cases.record(CaseNumbers.of(mail.getCaseId()), CaseEventKind.MAIL_SENT, Actors.SYSTEM,
            "E-mail \"" + mail.getSubject() + "\" taken by the mail server for " + mail.getRecipient());
      }
    });
    return true;
  }

  /** The server answered with a refusal, or could not be reached: tried again later, up to the last try. */
  private boolean refused(long id, OutboxMail mail, Exception failure) {
    int code = SmtpOutcome.replyCode(failure);
    String error = (code > 0 ? "the server answered " + code + ": " : "") + describe(failure);
    LOG.warn("E-mail {} to {} refused on try {}: {}", id, mail.getRecipient(), mail.getAttempts(), error);
    transaction.executeWithoutResult(status -> {
      OutboxMail current = mails.findById(id).orElseThrow();
      boolean last = current.getAttempts() >= settings.getMailAttempts();
      current.refused(error, clock.instant().plus(settings.retryAfter(current.getAttempts())), last);
      if (last) {
        giveUp(current, "refused " + current.getAttempts() + " times, last: " + error, true);
      }
    });
    return false;
  }

  /**
   * The message was handed over and no answer came (a read timeout, a connection lost): the server may have taken
   * it. Never tried again by itself, and the letter does not go by post: a person checks and decides.
   */
  private boolean unknown(long id, OutboxMail mail, Exception failure) {
    String why = "no answer from the mail server after the message was handed over (" + describe(failure) + ")";
    LOG.warn("E-mail {} to {} uncertain: {}; not retried, a manager decides", id, mail.getRecipient(), why);
    transaction.executeWithoutResult(status -> uncertain(mails.findById(id).orElseThrow(), why));
    return false;
  }

  private static String describe(Exception failure) {
    Throwable deepest = failure;
    if (failure instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
      deepest = send.getFailedMessages().values().iterator().next();
    }
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName()
        : deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    return message.strip().replaceAll("\\s+", " ");
  }

  /**
   * The contact guard at the moment of sending: outside the debtor's hours the e-mail waits, unclaimed, until they
   * begin; an opted-out address sends the letter by post; any other refusal (a hold, a cease request, an attorney
   * that arrived since the letter was written) withholds the letter altogether.
   */
  private boolean allowedNow(OutboxMail mail) {
    if (mail.getCaseId() == null) {
      return true;
    }
    String kind = mail.getDocumentId() == null ? null
        : transaction.execute(status -> documents.findById(mail.getDocumentId()).orElseThrow().getKind());
    ContactRules.Decision decision = guard.decide(CaseNumbers.of(mail.getCaseId()),
        new ContactRules.Request(ContactChannel.EMAIL, mail.getRecipient(), kind), Actors.SYSTEM);
    if (decision.allowed()) {
      return true;
    }
    transaction.executeWithoutResult(status -> {
      OutboxMail current = mails.findById(mail.getId()).orElseThrow();
      if (ContactRules.HOURS_RULE.equals(decision.rule()) && decision.liftsAt() != null) {
        current.postpone(decision.liftsAt(), decision.reason());
      } else if (ContactRules.OPT_OUT_RULE.equals(decision.rule())) {
        giveUp(current, decision.reason(), false);
      } else {
        current.withhold(decision.rule() + ": " + decision.reason());
        cases.record(CaseNumbers.of(current.getCaseId()), CaseEventKind.LETTER_WITHHELD, Actors.SYSTEM,
            "E-mail to " + current.getRecipient() + " withheld when it was due: " + decision.rule() + " — "
                + decision.reason());
        if (current.getDocumentId() != null) {
          Documents.withhold(documents.findById(current.getDocumentId()).orElseThrow(),
              decision.rule() + " — " + decision.reason(), cases);
        }
      }
    });
    return false;
  }

  private MimeMessage message(OutboxMail mail) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, mail.isAttachDocument(), "UTF-8");
    helper.setFrom(settings.getMailFrom());
    helper.setTo(mail.getRecipient());
    helper.setSubject(mail.getSubject());
    helper.setText(mail.getBody(), true);
    if (!mail.isInternal()) {
      // One-click opt-out for mail clients (RFC 8058); the body carries the same link.
      message.setHeader("List-Unsubscribe", "<" + optOuts.link(mail.getRecipient()) + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    message.setHeader("X-Recourse-Outbox-Id", String.valueOf(mail.getId()));
    if (mail.isAttachDocument() && mail.getDocumentId() != null) {
      Document document = transaction.execute(status -> documents.findById(mail.getDocumentId()).orElseThrow());
      byte[] pdf = transaction.execute(status -> contents.findById(mail.getDocumentId()).orElseThrow().getContent());
      helper.addAttachment(document.getKind() + "-" + CaseNumbers.of(mail.getCaseId()) + ".pdf",
          new ByteArrayResource(pdf), "application/pdf");
    }
    return message;
  }

  /**
   * Sends whose node stopped mid-way (at once when it restarted, after its lease when it is gone): not repeated, but
   * put before a person.
   */
  private void markLostSendsUncertain() {
    transaction.executeWithoutResult(status -> {
      for (OutboxMail lost : mails.findByStatusInOrderByIdAsc(List.of(OutboxStatus.SENDING))) {
        if (!node.isGone(lost.getClaimedBy())) {
          continue;
        }
        uncertain(lost, "the node " + lost.getClaimedBy() + " stopped while sending it at " + lost.getClaimedAt());
      }
    });
  }

  /** Whether the server took the e-mail is unknown: the case says so, and a manager checks and decides. */
  private void uncertain(OutboxMail mail, String why) {
    mail.uncertain(why);
    if (mail.getCaseId() != null) {
      cases.record(CaseNumbers.of(mail.getCaseId()), CaseEventKind.MAIL_UNCERTAIN, Actors.SYSTEM,
          "E-mail \"" + mail.getSubject() + "\" to " + mail.getRecipient() + ": not known whether the mail server"
              + " took it (" + why + "); not sent again until a manager decides");
    }
    askPerson(mail, "E-mail may not have been delivered", "Whether the mail server took this e-mail to "
        + mail.getRecipient() + " is unknown: " + why + ". Check the server's log for outbox id " + mail.getId()
        + " (header X-Recourse-Outbox-Id), then resend it (POST /api/mail/" + mail.getId() + "/retry) or leave it.");
  }

  /**
   * The e-mail will not be sent: the letter goes by post instead, the case says so and a manager is told. An
   * e-mail to Recourse's own people has no post to fall back on: the case says so and a manager is told.
   */
  private void giveUp(OutboxMail mail, String why, boolean tellPerson) {
    if (mail.getStatus() != OutboxStatus.FAILED) {
      mail.refused(why, mail.getNextAttemptAt(), true);
    }
    if (mail.isInternal()) {
      if (mail.getCaseId() != null) {
        cases.record(CaseNumbers.of(mail.getCaseId()), CaseEventKind.MAIL_FAILED, Actors.SYSTEM,
            "E-mail \"" + mail.getSubject() + "\" to " + mail.getRecipient() + " not sent: " + why);
      }
      askPerson(mail, "E-mail not delivered", "The mail server refused this e-mail to " + mail.getRecipient()
          + " (\"" + mail.getSubject() + "\") on every try: " + why + ". Tell them by other means; what it"
          + " announced is in their Tasklist.");
      return;
    }
    if (mail.getDocumentId() != null) {
      documents.findById(mail.getDocumentId()).orElseThrow().sendByPost();
    }
    if (mail.getCaseId() != null) {
      cases.record(CaseNumbers.of(mail.getCaseId()), CaseEventKind.MAIL_FAILED, Actors.SYSTEM,
          "E-mail to " + mail.getRecipient() + " not sent (" + why + "); the letter goes by post");
    }
    if (tellPerson) {
      askPerson(mail, "E-mail not delivered", "The mail server refused this e-mail on every try: " + why
          + ". The letter was moved to the next print batch. Check the address with the debtor.");
    }
  }

  private void askPerson(OutboxMail mail, String what, String description) {
    people.ask(what, mail.getCaseId(), mail.getRecipient(), description);
  }

}
