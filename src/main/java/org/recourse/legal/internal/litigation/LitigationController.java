package org.recourse.legal.internal.litigation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.recourse.legal.internal.LegalOutcome;
import org.recourse.legal.internal.referral.LegalEligibility;
import org.recourse.legal.internal.referral.LegalReferral;
import org.recourse.legal.internal.referral.LegalReferrals;
import org.recourse.legal.internal.referral.ReferralDecision;
import org.recourse.legal.internal.referral.ReferralStatus;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
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
@Tag(name = "Legal", description = "Legal eligibility, referrals with their court packet, and litigation: suit, "
    + "hearings, judgment, enforcement, settlements, outcome")
public class LitigationController {

  private final LegalReferrals referrals;
  private final LegalEligibility eligibility;
  private final Litigation litigation;
  private final Actors actors;

  LitigationController(LegalReferrals referrals, LegalEligibility eligibility, Litigation litigation, Actors actors) {
    this.referrals = referrals;
    this.eligibility = eligibility;
    this.litigation = litigation;
    this.actors = actors;
  }

  @GetMapping("/legal-eligibility")
  @Operation(summary = "Whether the case could be referred for suit today, and every condition that stops it",
      description = "The legal-eligibility decision on the case's facts now; nothing is recorded.")
  EligibilityView eligibility(@PathVariable String caseNumber) {
    LegalEligibility.Eligibility found = eligibility.assess(caseNumber);
    return new EligibilityView(found.eligible(), found.failed().stream().map(Enum::name).toList(),
        found.eligible() ? found.conditionsMet() : found.reasons(), found.facts());
  }

  @GetMapping("/litigation")
  @Operation(summary = "The case's referrals to legal, oldest first, each with its suit as it stands",
      description = "Eligibility, the manager's decision, the court packet (download it from documents/{id}), the "
          + "legal team's review, the suit, hearings, judgment, enforcements, settlements and the outcome.")
  List<ReferralView> litigation(@PathVariable String caseNumber) {
    return referrals.all(caseNumber).stream().map(this::view).toList();
  }

  @PostMapping("/litigation/hearings")
  @PreAuthorize("hasAnyRole('legal', 'managers', 'admin')")
  @Operation(summary = "A hearing the court set in the suit, at the court's local time",
      description = "The legal team is reminded of it recourse.legal.hearing-reminder-days before. A hearing in the "
          + "past is refused; 409 when the case has no suit in progress.")
  ResponseEntity<HearingView> scheduleHearing(@PathVariable String caseNumber,
      @Valid @RequestBody HearingRequest request) {
    Hearing hearing = litigation.scheduleHearing(caseNumber, request.date(), request.time(), request.purpose(),
        actors.current());
    return ResponseEntity.status(HttpStatus.CREATED).body(HearingView.of(hearing));
  }

  @PostMapping("/litigation/hearings/{id}/cancel")
  @PreAuthorize("hasAnyRole('legal', 'managers', 'admin')")
  @Operation(summary = "A hearing called off or moved (schedule the new date as a hearing): no reminder for it")
  HearingView cancelHearing(@PathVariable String caseNumber, @PathVariable long id,
      @Valid @RequestBody CancelRequest request) {
    return HearingView.of(litigation.cancelHearing(caseNumber, id, request.reason(), actors.current()));
  }

  @PostMapping("/litigation/payments")
  @PreAuthorize("hasAnyRole('legal', 'managers', 'admin')")
  @Operation(summary = "A payment received in the suit (a garnishee, a levied bank, the debtor's counsel)",
      description = "Posted once by its reference, like every payment: 201 when posted, 200 when this reference was "
          + "posted before. The suit's process hears of it at once: a payment that satisfies the judgment or pays a "
          + "settlement ends the suit. 409 when the case has no suit in progress.")
  ResponseEntity<PaymentView> receivePayment(@PathVariable String caseNumber,
      @Valid @RequestBody PaymentRequest request) {
    PaymentPosting posting = litigation.receivePayment(caseNumber, new Payment(request.reference().trim(),
        request.amount(), request.receivedOn(), request.description()), actors.current());
    return ResponseEntity.status(posting.alreadyPosted() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(new PaymentView(posting.entry().getReference(), posting.entry().getAmount().negate(),
            posting.entry().getEffectiveDate(), posting.alreadyPosted(), posting.balanceAfter()));
  }

  private ReferralView view(LegalReferral r) {
    return new ReferralView(r.getId(), r.getStatus(), r.getCreatedAt(), r.getAssessedAt(), r.isEligible(),
        r.getFailedConditions(), r.getEligibilityReasons(), r.getBalance(), r.getMinimumBalance(),
        r.getExpectedRecovery(), r.getDecision(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote(),
        r.getPacketDocumentId(), r.getPartsDocumentId(), r.getDeliveredAt(), r.getReviewedBy(), r.getReviewedAt(),
        r.getReturnReason(), r.getCourt(), r.getCourtCaseNumber(), r.getSuitFiledOn(), r.getSuitFiledBy(),
        litigation.hearings(r).stream().map(HearingView::of).toList(), r.getJudgmentOn(), r.getJudgmentAmount(),
        r.getJudgmentCosts(), r.getJudgmentInterest(), r.judgmentTotal(), r.getDismissedOn(), r.getDismissalReason(),
        litigation.enforcements(r).stream().map(EnforcementView::of).toList(),
        litigation.settlements(r).stream().map(SettlementView::of).toList(), r.getOutcome(), r.getOutcomeNote(),
        r.getConcludedAt());
  }

  record EligibilityView(boolean eligible, List<String> failedConditions, List<String> reasons,
      LegalEligibility.Facts facts) {
  }

  record HearingRequest(@NotNull @Schema(example = "2026-06-15") LocalDate date,
      @NotNull @Schema(type = "string", example = "09:30") LocalTime time,
      @NotBlank @Size(max = 200) @Schema(example = "Pre-trial conference") String purpose) {
  }

  record CancelRequest(@NotBlank @Size(max = 500) String reason) {
  }

  record PaymentRequest(
      @NotBlank @Size(max = 100) @Schema(description = "The payment's own reference, e.g. the garnishee's check",
          example = "GARN-ACME-20260615") String reference,
      @NotNull @Positive @Digits(integer = 8, fraction = 2) @DecimalMax("10000000.00") BigDecimal amount,
      @NotNull @PastOrPresent LocalDate receivedOn,
      @Size(max = 200) @Schema(example = "Wage garnishment, Acme Corp payroll") String description) {
  }

  record PaymentView(String reference, BigDecimal amount, LocalDate receivedOn, boolean alreadyPosted,
      BigDecimal balance) {
  }

  record HearingView(long id, OffsetDateTime at, String timeZone, String purpose, Instant remindAt,
      Instant remindedAt, String recordedBy, Instant recordedAt, Instant cancelledAt, String cancelReason) {

    static HearingView of(Hearing h) {
      return new HearingView(h.getId(), h.localTime().toOffsetDateTime(), h.getTimeZone(), h.getPurpose(),
          h.getRemindAt(), h.getRemindedAt(), h.getRecordedBy(), h.getRecordedAt(), h.getCancelledAt(),
          h.getCancelReason());
    }
  }

  record EnforcementView(long id, EnforcementKind kind, String garnishee, LocalDate servedOn, String detail,
      String recordedBy, Instant recordedAt) {

    static EnforcementView of(Enforcement e) {
      return new EnforcementView(e.getId(), e.getKind(), e.getGarnishee(), e.getServedOn(), e.getDetail(),
          e.getRecordedBy(), e.getRecordedAt());
    }
  }

  record SettlementView(long id, BigDecimal amount, BigDecimal balanceAtAgreement, LocalDate agreedOn,
      LocalDate payBy, LitigationSettlement.Status status, String recordedBy, Instant closedAt) {

    static SettlementView of(LitigationSettlement s) {
      return new SettlementView(s.getId(), s.getAmount(), s.getBalanceAtAgreement(), s.getAgreedOn(), s.getPayBy(),
          s.getStatus(), s.getRecordedBy(), s.getClosedAt());
    }
  }

  record ReferralView(long id, ReferralStatus status, Instant createdAt, Instant assessedAt, boolean eligible,
      List<String> failedConditions, List<String> eligibilityReasons, BigDecimal balanceAtReferral,
      BigDecimal minimumBalance, BigDecimal expectedRecovery, ReferralDecision decision, String decidedBy,
      Instant decidedAt, String decisionNote, Long packetDocumentId, Long packetPartsDocumentId, Instant deliveredAt,
      String reviewedBy, Instant reviewedAt, String returnReason, String court, String courtCaseNumber,
      LocalDate suitFiledOn, String suitFiledBy, List<HearingView> hearings, LocalDate judgmentOn,
      BigDecimal judgmentAmount, BigDecimal judgmentCosts, BigDecimal judgmentInterest, BigDecimal judgmentTotal,
      LocalDate dismissedOn, String dismissalReason, List<EnforcementView> enforcements,
      List<SettlementView> settlements, LegalOutcome outcome, String outcomeNote, Instant concludedAt) {
  }
}
