package org.recourse.legal.internal.packet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recourse.account.Account;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.account.PostalAddress;
import org.recourse.casework.CaseEvent;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCase;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.Contact;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRestriction;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.Hold;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.compliance.RestrictionKind;
import org.recourse.compliance.StateTimeZones;
import org.recourse.correspondence.Channel;
import org.recourse.correspondence.CorrespondenceSettings;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.LetterKind;
import org.recourse.legal.internal.packet.CourtPacketContents.Collector;
import org.recourse.legal.internal.packet.CourtPacketContents.ContactLine;
import org.recourse.legal.internal.packet.CourtPacketContents.Creditor;
import org.recourse.legal.internal.packet.CourtPacketContents.Debtor;
import org.recourse.legal.internal.packet.CourtPacketContents.Direction;
import org.recourse.legal.internal.packet.CourtPacketContents.DisputeLine;
import org.recourse.legal.internal.packet.CourtPacketContents.HoldLine;
import org.recourse.legal.internal.packet.CourtPacketContents.LastPayment;
import org.recourse.legal.internal.packet.CourtPacketContents.LedgerLine;
import org.recourse.legal.internal.packet.CourtPacketContents.LetterCopy;
import org.recourse.legal.internal.packet.CourtPacketContents.Limitation;
import org.recourse.legal.internal.packet.CourtPacketContents.MilitaryStatus;
import org.recourse.legal.internal.packet.CourtPacketContents.Parties;
import org.recourse.legal.internal.packet.CourtPacketContents.Referral;
import org.recourse.legal.internal.packet.CourtPacketContents.Servicemember;
import org.recourse.legal.internal.packet.CourtPacketContents.StatementOfAccount;
import org.recourse.legal.internal.referral.LegalReferral;
import org.recourse.legal.internal.referral.LegalReferralRepository;
import org.recourse.payment.Ledger;
import org.recourse.payment.LedgerEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court packet of an approved referral, made from the case as Recourse holds it and kept with the case's
 * documents: the packet PDF (its manifest as the document's data, so it downloads byte for byte beside its
 * manifest) and, for whoever checks the manifest's part hashes, the parts as they were laid out, in a ZIP. One packet
 * per referral, however often the step that makes it runs.
 */
@Service
public class CourtPackets {

  public static final String KIND = "court-packet";
  public static final String PARTS_KIND = "court-packet-parts";
  /** What the military-status check records (compliance's MilitaryStatusListener). */
  static final String ACTIVE_DUTY = "Active duty confirmed (";
  static final String NOT_ON_ACTIVE_DUTY = "Not on active duty (";
  private static final Set<RestrictionKind> FLAGS =
      EnumSet.of(RestrictionKind.CEASE, RestrictionKind.REFUSAL_TO_PAY, RestrictionKind.ATTORNEY);

  private final LegalReferralRepository referrals;
  private final CollectionCases cases;
  private final AccountRegistry accounts;
  private final Ledger ledger;
  private final Documents documents;
  private final Holds holds;
  private final ContactGuard guard;
  private final LimitationPeriods limitations;
  private final CorrespondenceSettings correspondence;
  private final CourtPacket packet;
  private final ObjectMapper json;
  private final Clock clock;

  CourtPackets(LegalReferralRepository referrals, CollectionCases cases, AccountRegistry accounts, Ledger ledger,
      Documents documents, Holds holds, ContactGuard guard, LimitationPeriods limitations,
      CorrespondenceSettings correspondence, CourtPacket packet, ObjectMapper json, Clock clock) {
    this.referrals = referrals;
    this.cases = cases;
    this.accounts = accounts;
    this.ledger = ledger;
    this.documents = documents;
    this.holds = holds;
    this.guard = guard;
    this.limitations = limitations;
    this.correspondence = correspondence;
    this.packet = packet;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Makes and keeps the packet of the referral its process runs, unless it was made already; returns the packet
   * document. A case whose contents contradict themselves (a ledger that does not add up, a letter whose bytes do not
   * match its hash) gets no packet: the refusal names the figures, and the step raises an incident.
   */
  @Transactional
  public Document generate(String processInstanceId, String actor) {
    LegalReferral referral = referrals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no referral for process " + processInstanceId));
    String caseNumber = CaseNumbers.of(referral.getCaseId());
    if (referral.getPacketDocumentId() != null) {
      return documents.ofCase(caseNumber, referral.getPacketDocumentId());
    }
    String occasion = KIND + ":" + referral.getId();
    CourtPacketContents contents = contents(referral, actor);
    CourtPacket.Result result = packet.assemble(contents);
    String currency = contents.parties().currency().getCurrencyCode();
    Document pdf = documents.file(caseNumber, new Documents.FiledDocument(KIND, occasion,
        "Court packet", "legal/court-packet", 1, "en", currency, "application/pdf", result.pages(),
        result.manifestJson(), result.pdf()), actor);
    Document parts = documents.file(caseNumber, new Documents.FiledDocument(PARTS_KIND, occasion + ":parts",
        "Court packet parts, as laid out before merging", "legal/court-packet", 1, "en", currency,
        "application/zip", 0, partsData(pdf, result), zip(result.generatedParts())), actor);
    referral.packetFiled(pdf.getId(), parts.getId());
    cases.record(caseNumber, CaseEventKind.LEGAL_REFERRAL, actor, "Court packet made: " + result.pages()
        + " pages, " + contents.letters().size() + " letters, " + contents.ledger().size() + " ledger lines (document "
        + pdf.getId() + ", SHA-256 " + result.manifest().sha256() + ")");
    return pdf;
  }

  /** Everything the packet of {@code referral} states, read from the case now. */
  @Transactional(readOnly = true)
  public CourtPacketContents contents(LegalReferral referral, String actor) {
    CollectionCase subject = cases.byId(referral.getCaseId());
    String caseNumber = subject.getCaseNumber();
    AccountSummary summary = accounts.summary(subject.getAccountId());
    Account account = accounts.account(subject.getAccountId());
    List<LedgerEntry> entries = ledger.entries(subject.getAccountId());
    List<Document> kept = documents.ofCase(caseNumber);
    List<Hold> onCase = holds.of(caseNumber);
    List<CaseEvent> history = cases.history(subject);
    Instant now = clock.instant();

    Parties parties = new Parties(
        new Debtor(summary.debtorName(), PostalAddress.lines(summary.mailingAddress()), summary.state(),
            StateTimeZones.of(summary.state()).get(0)),
        new Creditor(account.getOriginalCreditor(), List.of()),
        new Creditor(account.getCurrentCreditor(), List.of()),
        // Recourse keeps no record of sales of the debt: the cover then says the chain of title has a gap.
        List.of(), account.getAccountNumber(), account.getProduct(), account.getCurrency());
    var collector = correspondence.getCollector();
    return new CourtPacketContents(caseNumber, now, actor,
        new Collector(collector.getName(), collector.getAddressLines(), collector.getPhone()),
        parties, statement(account, entries), ledgerLines(entries), List.of(), letters(kept),
        disputes(onCase, kept), contacts(caseNumber), holdsAndFlags(caseNumber, onCase, history),
        limitation(caseNumber),
        new Referral(referral.getDecidedBy(), referral.getDecidedAt(), referral.getEligibilityReasons(),
            referral.getDecisionNote(), referral.getExpectedRecovery()));
  }

  /** The Regulation F itemization from the ledger: what was owed on the itemization date, then what came since. */
  public static StatementOfAccount statement(Account account, List<LedgerEntry> entries) {
    var ledger = org.recourse.payment.StatementOfAccount.of(entries);
    var itemization = account.getItemization();
    var chargeOff = account.getChargeOff();
    LastPayment last = ledger.lastPayment() != null
        ? new LastPayment(ledger.lastPayment().date(), ledger.lastPayment().amount())
        : account.getLastPayment() == null ? null
            : new LastPayment(account.getLastPayment().date(), account.getLastPayment().amount());
    return new StatementOfAccount(itemization.dateType(), itemization.date(), ledger.owedOnItemizationDate(),
        ledger.interest(), ledger.fees(), ledger.paymentsAndCredits(), ledger.balance(),
        chargeOff == null ? null : chargeOff.date(), chargeOff == null ? null : chargeOff.amount(), last);
  }

  static List<LedgerLine> ledgerLines(List<LedgerEntry> entries) {
    List<LedgerLine> lines = new ArrayList<>(entries.size());
    BigDecimal running = zero();
    for (LedgerEntry entry : entries) {
      running = running.add(entry.getAmount());
      lines.add(new LedgerLine(entry.getEffectiveDate(), entry.getKind(), entry.getDescription(), entry.getAmount(),
          entry.getReference(), running));
    }
    return lines;
  }

  /** Every letter that went to the debtor, as stored: e-mailed, or posted in a confirmed print batch. */
  private List<LetterCopy> letters(List<Document> kept) {
    List<LetterCopy> letters = new ArrayList<>();
    for (Document document : kept) {
      if (document.getChannel() != Channel.INTERNAL && document.getStatus() == DocumentStatus.SENT) {
        letters.add(new LetterCopy(document.getId(), document.describe(), document.getTemplate(),
            document.getLetterDate(), document.getChannel(), document.getSha256(), documents.content(document)));
      }
    }
    return letters;
  }

  /** The dispute log: each dispute, when it was acknowledged and answered, from the letters that did. */
  private static List<DisputeLine> disputes(List<Hold> onCase, List<Document> kept) {
    List<DisputeLine> lines = new ArrayList<>();
    for (Hold dispute : onCase) {
      if (dispute.getKind() != HoldKind.DISPUTE) {
        continue;
      }
      LocalDate received = dispute.getReceivedOn();
      LocalDate acknowledged = firstLetterOnOrAfter(kept, received, LetterKind.DISPUTE_ACKNOWLEDGEMENT);
      LocalDate answered = firstLetterOnOrAfter(kept, received, LetterKind.VERIFICATION, LetterKind.ORIGINAL_CREDITOR);
      String asks = dispute.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR
          ? "Request for the original creditor's name and address" : "Dispute of the debt; verification requested";
      lines.add(new DisputeLine(received, dispute.getEvidence(),
          asks + (dispute.getDetail() == null ? "" : ": " + dispute.getDetail()),
          Boolean.TRUE.equals(dispute.getWithinValidationPeriod()), acknowledged, answered,
          dispute.isActive() ? "open" : "closed: " + dispute.getLiftReason()));
    }
    return lines;
  }

  private static LocalDate firstLetterOnOrAfter(List<Document> kept, LocalDate from, LetterKind... kinds) {
    return kept.stream()
        .filter(d -> d.getStatus() == DocumentStatus.SENT && !d.getLetterDate().isBefore(from))
        .filter(d -> Arrays.stream(kinds).anyMatch(kind -> kind.template().equals(d.getKind())))
        .map(Document::getLetterDate).min(Comparator.naturalOrder()).orElse(null);
  }

  private List<ContactLine> contacts(String caseNumber) {
    List<Contact> log = new ArrayList<>(guard.contacts(caseNumber));
    log.sort(Comparator.comparing(Contact::getOccurredAt).thenComparing(Contact::getId));
    return log.stream().map(c -> new ContactLine(c.getOccurredAt(), c.getChannel(),
        c.isOutbound() ? Direction.OUTBOUND : Direction.INBOUND, c.getResult(), c.getAddress(), c.getRecordedBy(),
        c.getNotes())).toList();
  }

  /** Holds and the flags among the contact restrictions (cease, refusal to pay, attorney), and the military status. */
  private CourtPacketContents.Holds holdsAndFlags(String caseNumber, List<Hold> onCase, List<CaseEvent> history) {
    List<HoldLine> lines = new ArrayList<>();
    for (Hold hold : onCase) {
      lines.add(new HoldLine(CourtPacketContents.HoldKind.valueOf(hold.getKind().name()), hold.getRecordedAt(),
          hold.getRecordedBy(), hold.getEvidence(), hold.getDetail(), hold.getLiftedAt(), hold.getLiftedBy(),
          hold.getLiftReason()));
    }
    for (ContactRestriction restriction : guard.restrictions(caseNumber)) {
      if (FLAGS.contains(restriction.getKind())) {
        lines.add(new HoldLine(CourtPacketContents.HoldKind.valueOf(restriction.getKind().name()),
            restriction.getRecordedAt(), restriction.getRecordedBy(), restriction.getEvidence(),
            restriction.getDetail(), restriction.getLiftedAt(), restriction.getLiftedBy(),
            restriction.getLiftReason()));
      }
    }
    lines.sort(Comparator.comparing(HoldLine::recordedAt));
    return new CourtPacketContents.Holds(lines, servicemember(onCase, history));
  }

  /**
   * The last military-status check on record: a servicemember hold lifted as not on active duty, or active duty
   * confirmed in the case's history, whichever came later; not checked when neither.
   */
  private Servicemember servicemember(List<Hold> onCase, List<CaseEvent> history) {
    Servicemember found = new Servicemember(MilitaryStatus.NOT_CHECKED, null, null);
    Instant latest = Instant.MIN;
    for (Hold hold : onCase) {
      if (hold.getKind() == HoldKind.SERVICEMEMBER && hold.getLiftReason() != null
          && hold.getLiftReason().startsWith(NOT_ON_ACTIVE_DUTY) && hold.getLiftedAt().isAfter(latest)) {
        latest = hold.getLiftedAt();
        found = new Servicemember(MilitaryStatus.NOT_IN_MILITARY_SERVICE,
            LocalDate.ofInstant(hold.getLiftedAt(), clock.getZone()), certificate(hold.getLiftReason()));
      }
    }
    for (CaseEvent event : history) {
      if (event.getKind() == CaseEventKind.HOLD_WORKED && event.getDetail() != null
          && event.getDetail().startsWith(ACTIVE_DUTY) && event.getOccurredAt().isAfter(latest)) {
        latest = event.getOccurredAt();
        found = new Servicemember(MilitaryStatus.ACTIVE_DUTY,
            LocalDate.ofInstant(event.getOccurredAt(), clock.getZone()), certificate(event.getDetail()));
      }
    }
    return found;
  }

  /** The certificate named in parentheses after the status, e.g. "DMDC report 7H2K-Q4 of 2026-03-02". */
  private static String certificate(String recorded) {
    int open = recorded.indexOf('(');
    int close = recorded.lastIndexOf(')');
    return open >= 0 && close > open ? recorded.substring(open + 1, close) : recorded;
  }

  private Limitation limitation(String caseNumber) {
    LimitationPeriods.Limitation limitation = limitations.of(caseNumber);
    return new Limitation(limitation.state(), limitation.years(), limitation.startedBy(), limitation.startDate(),
        limitation.paymentRevives(), limitation.expiresOn(), limitation.timeBarred());
  }

  private String partsData(Document pdf, CourtPacket.Result result) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("packetDocumentId", pdf.getId());
    data.put("packetSha256", result.manifest().sha256());
    data.put("parts", result.generatedParts().keySet().stream().map(name -> name + ".pdf").toList());
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generated parts, one PDF each by part name, in packet order. */
  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey() + ".pdf"));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
