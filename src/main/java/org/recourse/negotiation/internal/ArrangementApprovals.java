package org.recourse.negotiation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.negotiation.ArrangementKind;
import org.recourse.negotiation.ScheduledInstallment;
import org.recourse.negotiation.internal.InvalidArrangementException;
import org.recourse.negotiation.internal.NegotiationSettings;
import org.recourse.platform.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on an arrangement: an approver's on a settlement beyond a collector's authority (four eyes), the
 * written offer and the debtor's answer or its lapse, and the agreement from which the arrangement is monitored.
 */
@Service
public class ArrangementApprovals {

  private final Arrangements arrangements;
  private final ArrangementProposals proposals;
  private final CollectionCases cases;
  private final NegotiationSettings settings;
  private final ArrangementLetters letters;
  private final Clock clock;

  ArrangementApprovals(Arrangements arrangements, ArrangementProposals proposals, CollectionCases cases,
      NegotiationSettings settings, ArrangementLetters letters, Clock clock) {
    this.arrangements = arrangements;
    this.proposals = proposals;
    this.cases = cases;
    this.settings = settings;
    this.letters = letters;
    this.clock = clock;
  }

  /** An approver's answer to a settlement offer beyond a collector's authority. */
  public enum SettlementDecision { APPROVE, COUNTER, REJECT }

  /**
   * An approver's decision on a settlement offer. Four eyes: nobody decides an offer they proposed. A rejection
   * says why; a counter names another amount, paid on the same dates, which then stands approved.
   */
  @Transactional
  public void decideSettlement(long arrangementId, SettlementDecision decision, BigDecimal counter, String note,
      String actor) {
    Arrangement offer = arrangements.get(arrangementId);
    if (offer.getProposedBy().equals(actor)) {
      throw new InvalidArrangementException("decision", "You proposed this settlement; another approver must decide it.");
    }
    if (offer.getStatus() != ArrangementStatus.PROPOSED) {
      throw new InvalidArrangementException("decision", "This settlement was already " + offer.getStatus()
          .name().toLowerCase().replace('_', ' ') + ".");
    }
    String caseNumber = arrangements.caseNumber(offer);
    String because = note == null || note.isBlank() ? "" : ": " + note;
    switch (decision) {
      case APPROVE -> {
        offer.approve(actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_APPROVED, actor, "Settlement of "
            + Money.usd(offer.getTotalAmount()) + " approved" + because);
      }
      case REJECT -> {
        if (note == null || note.isBlank()) {
          throw new InvalidArrangementException("decisionNote", "Say why the settlement is rejected.");
        }
        offer.reject(actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_REJECTED, actor, "Settlement of "
            + Money.usd(offer.getTotalAmount()) + " rejected" + because);
      }
      case COUNTER -> {
        if (counter == null) {
          throw new InvalidArrangementException("counterAmount", "Name the amount you would accept instead.");
        }
        if (counter.compareTo(offer.getTotalAmount()) == 0) {
          throw new InvalidArrangementException("counterAmount", "A counter-offer of " + Money.usd(counter)
              + " is the offer itself; approve it instead.");
        }
        List<ScheduledInstallment> schedule = proposals.counterSchedule(offer, counter);
        BigDecimal offered = offer.getTotalAmount();
        offer.counter(schedule, actor, note, clock.instant());
        cases.record(caseNumber, CaseEventKind.ARRANGEMENT_APPROVED, actor, "Settlement countered: "
            + Money.usd(counter) + " instead of " + Money.usd(offered) + " (" + Arrangements.discountPercent(counter,
            offer.getBalanceAtProposal()) + " % discount)" + because);
      }
    }
  }

  /**
   * Sends an approved settlement to the debtor as a written offer that stands for the configured days; returns its
   * last day. Sending it again changes nothing.
   */
  @Transactional
  public LocalDate offerSettlement(long arrangementId, String actor) {
    Arrangement offer = arrangements.get(arrangementId);
    if (offer.getExpiresOn() != null) {
      return offer.getExpiresOn();
    }
    LocalDate lastDay = LocalDate.now(clock).plusDays(settings.getOfferValidDays());
    offer.offer(lastDay);
    String caseNumber = arrangements.caseNumber(offer);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_OFFERED, actor, "Settlement of "
        + Money.usd(offer.getTotalAmount()) + " offered in writing; the offer stands until " + lastDay);
    letters.offered(caseNumber, offer, actor);
    return lastDay;
  }

  /** The debtor's answer to a settlement offer or to a plan's schedule: accepted, it is agreed next. */
  @Transactional
  public void answer(long arrangementId, boolean accepted, String note, String actor) {
    Arrangement arrangement = arrangements.get(arrangementId);
    String what = arrangement.getKind() == ArrangementKind.SETTLEMENT ? "settlement offer" : "plan";
    if (!accepted) {
      arrangement.close(ArrangementStatus.DECLINED);
    }
    cases.record(arrangements.caseNumber(arrangement), accepted ? CaseEventKind.ARRANGEMENT_OFFERED
        : CaseEventKind.ARRANGEMENT_DECLINED, actor, "The debtor " + (accepted ? "accepted" : "declined") + " the "
        + what + " of " + Money.usd(arrangement.getTotalAmount())
        + (note == null || note.isBlank() ? "" : ": " + note));
  }

  /** A settlement offer the debtor let lapse. An offer answered meanwhile is left as it is. */
  @Transactional
  public void expire(long arrangementId) {
    Arrangement offer = arrangements.get(arrangementId);
    if (offer.getStatus() == ArrangementStatus.PROPOSED) {
      offer.close(ArrangementStatus.EXPIRED);
      cases.record(arrangements.caseNumber(offer), CaseEventKind.ARRANGEMENT_EXPIRED, "system",
          "The settlement offer of " + Money.usd(offer.getTotalAmount()) + " expired on " + offer.getExpiresOn()
              + " unanswered");
    }
  }

  /** The arrangement stands: from now on it is monitored. Agreeing twice changes nothing. */
  @Transactional
  public void agree(long arrangementId, String actor) {
    Arrangement arrangement = arrangements.get(arrangementId);
    if (arrangement.getStatus() == ArrangementStatus.AGREED) {
      return;
    }
    arrangement.agree(actor, clock.instant());
    String caseNumber = arrangements.caseNumber(arrangement);
    cases.record(caseNumber, CaseEventKind.ARRANGEMENT_AGREED, actor,
        arrangement.getKind() + " of " + Money.usd(arrangement.getTotalAmount()) + " in "
            + arrangement.getInstallments().size() + " installment(s)");
    letters.agreed(caseNumber, arrangement, actor);
  }
}
