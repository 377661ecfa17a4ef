package org.recourse.correspondence;

import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.account.AccountSummary;
import org.recourse.account.Language;
import org.recourse.account.PostalAddress;
import org.recourse.casework.CollectionCase;
import org.recourse.correspondence.internal.LetterFormat;
import org.recourse.correspondence.internal.MailOptOuts;
import org.recourse.correspondence.internal.OutboxMail;
import org.recourse.correspondence.internal.OutboxMailRepository;
import org.recourse.correspondence.internal.TemplateCatalog;
import org.recourse.platform.PortalLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The transactional outbox: an e-mail is written in the transaction of the change that caused it, and leaves only
 * if that commits. {@link MailDispatcher} sends what is here.
 */
@Service
public class Outbox {

  private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]*)</title>");

  private final OutboxMailRepository mails;
  private final DocumentRenderer renderer;
  private final TemplateCatalog catalog;
  private final MailOptOuts optOuts;
  private final PortalLinks portalLinks;
  private final CorrespondenceSettings settings;
  private final Clock clock;
  private final ObjectProvider<MailDispatcher> dispatcher;

  Outbox(OutboxMailRepository mails, DocumentRenderer renderer, TemplateCatalog catalog, MailOptOuts optOuts,
      PortalLinks portalLinks, CorrespondenceSettings settings, Clock clock, ObjectProvider<MailDispatcher> dispatcher) {
    this.portalLinks = portalLinks;
    this.dispatcher = dispatcher;
    this.mails = mails;
    this.renderer = renderer;
    this.catalog = catalog;
    this.optOuts = optOuts;
    this.settings = settings;
    this.clock = clock;
  }

  /** Queues the e-mail that carries a letter, with the PDF attached and the address's opt-out link. */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMail enqueueLetter(Document document, CollectionCase subject, AccountSummary account, String address) {
    Language language = Language.fromCode(document.getLanguage());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("letter", Map.of("kind", document.getKind(), "title", document.getTitle(),
        "date", document.getLetterDate().toString(), "caseNumber", subject.getCaseNumber()));
    model.put("debtor", Map.of("name", account.debtorName(), "addressLines", PostalAddress.lines(account.mailingAddress())));
    var collector = settings.getCollector();
    model.put("collector", Map.of("name", collector.getName(), "addressLines", collector.getAddressLines(),
        "phone", collector.getPhone(), "hours", collector.hours(language), "website", collector.getWebsite(),
        "email", collector.getEmail()));
    model.put("attached", true);
    model.put("optOutUrl", optOuts.link(address));
    // The debtor's own door into the case, signed and good for recourse.portal.link-valid-for.
    model.put("portalLink", portalLinks.link(subject.getCaseNumber()));
    model.put("portalLinkDays", portalLinks.validFor().toDays());
    String body = renderer.html(catalog.mail(language).name(), language, model,
        new LetterFormat(language, account.currency()));
    Matcher title = TITLE.matcher(body);
    String subjectLine = title.find() ? HtmlUtils.htmlUnescape(title.group(1)).trim() : document.getTitle();
    return mails.save(new OutboxMail(subject.getId(), document.getId(), address, subjectLine, body, true,
        clock.instant()));
  }

  /**
   * Queues an e-mail to Recourse's own people about a case, such as a referral to the legal inbox: sent as the
   * letters are, with retries, but not asked of the contact guard, without an opt-out link, and never turned into
   * a letter by post. Its subject is the {@code <title>} of the template {@code mail/<template>}.
   *
   * @param template under {@code templates/mail/}, without language and extension, e.g. {@code legal-referral}
   * @param model what the template sees, with {@code fmt} formatting money in {@code currency}
   * @param attach a document of the case to attach (its PDF), or null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboxMail enqueueInternal(CollectionCase subject, String recipient, String template, Currency currency,
      Map<String, Object> model, Document attach) {
    String body = renderer.html("mail/" + template + "." + Language.EN.code(), Language.EN, currency, model);
    Matcher title = TITLE.matcher(body);
    if (!title.find() || title.group(1).isBlank()) {
      throw new IllegalStateException("templates/mail/" + template + ".en.html has no <title> for the subject");
    }
    return mails.save(new OutboxMail(subject.getId(), attach == null ? null : attach.getId(), recipient,
        HtmlUtils.htmlUnescape(title.group(1)).trim(), body, attach != null, true, clock.instant()));
  }

  /** Whether e-mail leaves at all: an SMTP server is configured, so a dispatcher sends the outbox. */
  public boolean sends() {
    return dispatcher.getIfAvailable() != null;
  }
}
