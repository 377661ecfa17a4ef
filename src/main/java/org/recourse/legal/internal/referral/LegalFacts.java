package org.recourse.legal.internal.referral;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseFactsContributor;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCase;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.recourse.legal.ExpectedRecovery;
import org.recourse.legal.LegalSettings;
import org.recourse.legal.internal.litigation.Enforcement;
import org.recourse.legal.internal.litigation.Hearing;
import org.recourse.legal.internal.litigation.Litigation;
import org.recourse.payment.Ledger;
import org.recourse.platform.Money;
import org.springframework.stereotype.Component;

/**
 * What the legal tasks' forms show about a referred case ({@code caseFacts.legal}): the eligibility found, the
 * expected recovery, the manager's decision, a link to the court packet, and the suit as it stands. Only for cases in
 * legal referral or litigation: every other task is created without reading anything more.
 */
@Component
public class LegalFacts implements CaseFactsContributor {

  private static final DateTimeFormatter HEARING = DateTimeFormatter.ofPattern("MMM d, uuuu h:mm a z", Locale.US);

  private final LegalReferralRepository referrals;
  private final Litigation litigation;
  private final Documents documents;
  private final Ledger ledger;
  private final LegalSettings settings;
  private final Clock clock;

  LegalFacts(LegalReferralRepository referrals, Litigation litigation, Documents documents, Ledger ledger,
      LegalSettings settings, Clock clock) {
    this.clock = clock;
    this.referrals = referrals;
    this.litigation = litigation;
    this.documents = documents;
    this.ledger = ledger;
    this.settings = settings;
  }

  @Override
  public void contribute(CollectionCase subject, AccountSummary account, Map<String, Object> facts) {
    if (subject.getStatus() != CaseStatus.LEGAL && subject.getStatus() != CaseStatus.LITIGATION) {
      return;
    }
    referrals.findFirstByCaseIdOrderByIdDesc(subject.getId())
        .ifPresent(referral -> facts.put("legal", legal(subject, account, referral)));
  }

  private Map<String, Object> legal(CollectionCase subject, AccountSummary account, LegalReferral referral) {
    Map<String, Object> legal = new LinkedHashMap<>();
    var currency = account.currency();
    legal.put("eligible", referral.isEligible());
    legal.put("eligibility", (referral.isEligible() ? "**Eligible for suit:**\n\n" : "**Not eligible:**\n\n")
        + referral.getEligibilityReasons().stream().map(reason -> "- " + reason).collect(Collectors.joining("\n")));
    ExpectedRecovery expected = settings.expectedRecovery(referral.getBalance(), currency);
    legal.put("expectedRecovery", expected.figure());
    legal.put("recoveryBasis", expected.basis());
    legal.put("decidedBy", referral.getDecidedBy() == null ? "" : referral.getDecidedBy());
    legal.put("decisionNote", referral.getDecisionNote() == null ? "no note" : referral.getDecisionNote());
    legal.put("previousDecision", referral.getDecision() == ReferralDecision.SENT_BACK
        ? "Sent back by " + referral.getDecidedBy() + " for: *" + referral.getDecisionNote() + "*" : "");
    if (referral.getPacketDocumentId() != null) {
      Document packet = documents.ofCase(subject.getCaseNumber(), referral.getPacketDocumentId());
      String path = LegalReferrals.packetPath(subject.getCaseNumber(), packet.getId());
      legal.put("packetUrl", path);
      // HTML, not markdown: a markdown link would open over Tasklist, and the form's text keeps target="_blank".
      legal.put("packetLink", "<a href=\"" + path + "\" target=\"_blank\" rel=\"noopener\">Download the court"
          + " packet</a> (PDF, " + packet.getPages() + " pages, " + kilobytes(packet.getSizeBytes())
          + "; its manifest at " + path + "/data)");
    } else {
      legal.put("packetLink", "not made yet");
    }
    legal.put("suit", referral.getSuitFiledOn() == null ? "Not filed yet."
        : "Filed on " + referral.getSuitFiledOn() + " in " + referral.getCourt() + ", case number "
            + referral.getCourtCaseNumber() + ".");
    List<Hearing> hearings = litigation.hearings(referral).stream().filter(h -> !h.isCancelled()).toList();
    legal.put("hearings", hearings.isEmpty() ? "none set" : hearings.stream()
        .map(h -> h.getPurpose() + " on " + HEARING.format(h.localTime())).collect(Collectors.joining("; ")));
    legal.put("judgment", referral.hasJudgment()
        ? Money.format(referral.judgmentTotal(), currency) + " on " + referral.getJudgmentOn() + " ("
            + Money.format(referral.getJudgmentAmount(), currency) + " + costs "
            + Money.format(referral.getJudgmentCosts(), currency) + " + interest "
            + Money.format(referral.getJudgmentInterest(), currency) + ")"
        : referral.getDismissedOn() != null ? "dismissed on " + referral.getDismissedOn() : "none yet");
    List<Enforcement> enforcements = litigation.enforcements(referral);
    legal.put("enforcements", enforcements.isEmpty() ? "none" : enforcements.stream()
        .map(e -> e.getKind().name().replace('_', ' ').toLowerCase(Locale.ROOT) + " served " + e.getServedOn()
            + (e.getGarnishee() == null ? "" : " on " + e.getGarnishee()))
        .collect(Collectors.joining("; ")));
    legal.put("settlement", litigation.settlements(referral).stream().reduce((a, b) -> b)
        .map(s -> Money.format(s.getAmount(), currency) + " by " + s.getPayBy() + " ("
            + s.getStatus().name().toLowerCase(Locale.ROOT) + ")")
        .orElse("none"));
    LocalDate since = LocalDate.ofInstant(referral.getCreatedAt(), clock.getZone());
    BigDecimal paid = ledger.paidSince(subject.getAccountId(), since);
    legal.put("paidSinceReferral", Money.format(paid, currency));
    return legal;
  }

  private static String kilobytes(Integer bytes) {
    return bytes == null ? "size unknown" : (bytes + 1023) / 1024 + " KB";
  }
}
