package org.recourse.correspondence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.account.AccountSummary;
import org.recourse.account.Language;
import org.recourse.casework.CollectionCase;
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
  private final CorrespondenceSettings settings;
  private final Clock clock;

  Outbox(OutboxMailRepository mails, DocumentRenderer renderer, TemplateCatalog catalog, MailOptOuts optOuts,
      CorrespondenceSettings settings, Clock clock) {
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
    model.put("debtor", Map.of("name", account.debtorName(), "addressLines", Letters.addressLines(account.mailingAddress())));
    var collector = settings.getCollector();
    model.put("collector", Map.of("name", collector.getName(), "addressLines", collector.getAddressLines(),
        "phone", collector.getPhone(), "hours", collector.getHours(), "website", collector.getWebsite(),
        "email", collector.getEmail()));
    model.put("attached", true);
    model.put("optOutUrl", optOuts.link(address));
    String body = renderer.html(catalog.mail(language).name(), language, model,
        new LetterFormat(language, account.currency()));
    Matcher title = TITLE.matcher(body);
    String subjectLine = title.find() ? HtmlUtils.htmlUnescape(title.group(1)).trim() : document.getTitle();
    return mails.save(new OutboxMail(subject.getId(), document.getId(), address, subjectLine, body, true,
        clock.instant()));
  }
}
