package org.recourse.compliance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseFactsContributor;
import org.recourse.casework.CollectionCase;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.Hold;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.compliance.internal.holds.HoldRepository;
import org.recourse.payment.Ledger;
import org.springframework.stereotype.Component;

/**
 * What a person working a case must know before acting on it: the holds in force, the dispute being worked, and when
 * the debt becomes time-barred.
 */
@Component
public class ComplianceFacts implements CaseFactsContributor {

  private final HoldRepository holds;
  private final LimitationPeriods limitations;
  private final Ledger ledger;
  private final Clock clock;

  ComplianceFacts(HoldRepository holds, LimitationPeriods limitations, Ledger ledger, Clock clock) {
    this.holds = holds;
    this.limitations = limitations;
    this.ledger = ledger;
    this.clock = clock;
  }

  @Override
  public void contribute(CollectionCase subject, AccountSummary account, Map<String, Object> facts) {
    List<Hold> onCase = holds.findByCaseIdOrderByIdAsc(subject.getId());
    List<Hold> active = onCase.stream().filter(Hold::isActive).toList();
    facts.put("onHold", active.stream().anyMatch(Hold::pausesCollection));
    facts.put("holds", active.isEmpty() ? "none" : String.join("; ", active.stream().map(ComplianceFacts::describe)
        .toList()));
    active.stream().filter(h -> h.getKind() == HoldKind.DISPUTE).findFirst().ifPresent(dispute -> {
      Map<String, Object> worked = new LinkedHashMap<>();
      worked.put("receivedOn", dispute.getReceivedOn().toString());
      worked.put("asks", dispute.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR
          ? "the original creditor's name and address" : "verification of the debt");
      worked.put("originalCreditorRequested", dispute.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR);
      worked.put("withinValidationPeriod", Boolean.TRUE.equals(dispute.getWithinValidationPeriod()));
      worked.put("detail", dispute.getDetail() == null ? "" : dispute.getDetail());
      worked.put("evidence", dispute.getEvidence());
      facts.put("dispute", worked);
    });
    LimitationPeriods.Limitation limitation = limitations.of(account, ledger.entries(subject.getAccountId()),
        LocalDate.now(clock));
    facts.put("timeBarred", limitation.timeBarred());
    facts.put("limitation", account.state().name() + ", " + limitation.years() + " years from "
        + limitation.startedBy() + " (" + limitation.startDate() + "): " + (limitation.timeBarred()
        ? "time-barred since " + limitation.expiresOn() + " — no suit, no threat of suit"
        : "may be sued on until " + limitation.expiresOn()));
  }

  private static String describe(Hold hold) {
    return switch (hold.getKind()) {
      case DISPUTE -> "dispute of " + hold.getReceivedOn() + (hold.pausesCollection() ? " (collection stops until "
          + "it is answered)" : " (after the validation period)");
      case BANKRUPTCY -> "bankruptcy (" + hold.getDetail() + "): no collection at all";
      case DECEASED -> "debtor deceased: no contact until the estate's representative is named";
      case SERVICEMEMBER -> "servicemember: SCRA protections, flagged for legal";
    };
  }
}
