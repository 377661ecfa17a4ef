package org.recourse.legal.internal.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.recourse.legal.internal.LegalOutcome;

/**
 * One referral of a case to legal, from its eligibility to the end of litigation: what the eligibility decision found
 * and on which figures, what the manager decided, the court packet, the legal team's review, the suit, its judgment
 * or dismissal, and the outcome. One per run of the {@code legal-referral} process; a case returned to collections
 * may be referred again later, and then has a second.
 */
@Entity
@Table(name = "legal_referral")
public class LegalReferral {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_referral_seq")
  @SequenceGenerator(name = "legal_referral_seq", sequenceName = "legal_referral_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant assessedAt;
  @Column(nullable = false)
  private boolean eligible;
  /** The failing conditions' codes, comma-separated; empty when eligible. */
  @Column(nullable = false)
  private String failedConditions;
  /** What the eligibility decision found, one sentence a line: the failures, or every condition met. */
  @Column(nullable = false)
  private String eligibilityReasons;
  @Column(nullable = false)
  private BigDecimal balance;
  @Column(nullable = false)
  private BigDecimal minimumBalance;
  @Column(nullable = false)
  private BigDecimal expectedRecovery;

  @Enumerated(EnumType.STRING)
  private ReferralDecision decision;
  private String decidedBy;
  private Instant decidedAt;
  private String resubmittedBy;
  private String decisionNote;

  private Long packetDocumentId;
  private Long partsDocumentId;
  private Instant deliveredAt;

  private String reviewedBy;
  private Instant reviewedAt;
  private String returnReason;

  private String court;
  private String courtCaseNumber;
  private LocalDate suitFiledOn;
  private String suitFiledBy;

  private LocalDate judgmentOn;
  private BigDecimal judgmentAmount;
  private BigDecimal judgmentCosts;
  private BigDecimal judgmentInterest;
  private String judgmentRecordedBy;
  private LocalDate dismissedOn;
  private String dismissalReason;

  @Enumerated(EnumType.STRING)
  private LegalOutcome outcome;
  private String outcomeNote;
  private Instant concludedAt;

  @Version
  private long version;

  protected LegalReferral() {
  }

  LegalReferral(long caseId, String processInstanceId, Instant createdAt) {
    this.caseId = caseId;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = ReferralStatus.AWAITING_APPROVAL;
    this.assessedAt = createdAt;
    this.failedConditions = "";
    this.eligibilityReasons = "";
    this.balance = BigDecimal.ZERO;
    this.minimumBalance = BigDecimal.ZERO;
    this.expectedRecovery = BigDecimal.ZERO;
  }

  void assessed(LegalEligibility.Eligibility eligibility, BigDecimal expectedRecovery, Instant at) {
    this.assessedAt = at;
    this.eligible = eligibility.eligible();
    this.failedConditions = String.join(",", eligibility.failed().stream().map(Enum::name).toList());
    this.eligibilityReasons = String.join("\n", eligibility.eligible() ? eligibility.conditionsMet()
        : eligibility.reasons());
    this.balance = eligibility.facts().balance();
    this.minimumBalance = eligibility.facts().minimumBalance();
    this.expectedRecovery = expectedRecovery;
    this.status = eligibility.eligible() ? ReferralStatus.AWAITING_APPROVAL : ReferralStatus.INELIGIBLE;
  }

  void decided(ReferralDecision decision, String note, String by, Instant at) {
    this.decision = decision;
    this.decisionNote = note;
    this.decidedBy = by;
    this.decidedAt = at;
    this.status = switch (decision) {
      case APPROVED -> ReferralStatus.APPROVED;
      case REJECTED -> ReferralStatus.REJECTED;
      case SENT_BACK -> ReferralStatus.SENT_BACK;
    };
  }

  /** {@code by} did the work asked for: the referral goes to a manager again, and not to them. */
  void resubmitted(String by) {
    this.resubmittedBy = by;
  }

  public String getResubmittedBy() {
    return resubmittedBy;
  }

  public void packetFiled(long packetDocumentId, long partsDocumentId) {
    this.packetDocumentId = packetDocumentId;
    this.partsDocumentId = partsDocumentId;
  }

  void delivered(Instant at) {
    this.deliveredAt = at;
    this.status = ReferralStatus.DELIVERED;
  }

  void reviewed(boolean accepted, String reason, String by, Instant at) {
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.returnReason = accepted ? null : reason;
    this.status = accepted ? ReferralStatus.IN_LITIGATION : ReferralStatus.RETURNED;
  }

  public void suitFiled(String court, String courtCaseNumber, LocalDate filedOn, String by) {
    this.court = court;
    this.courtCaseNumber = courtCaseNumber;
    this.suitFiledOn = filedOn;
    this.suitFiledBy = by;
  }

  public void judgment(LocalDate on, BigDecimal amount, BigDecimal costs, BigDecimal interest, String by) {
    this.judgmentOn = on;
    this.judgmentAmount = amount;
    this.judgmentCosts = costs;
    this.judgmentInterest = interest;
    this.judgmentRecordedBy = by;
  }

  public void dismissed(LocalDate on, String reason) {
    this.dismissedOn = on;
    this.dismissalReason = reason;
  }

  public void concluded(LegalOutcome outcome, String note, Instant at) {
    this.outcome = outcome;
    this.outcomeNote = note;
    this.concludedAt = at;
    this.status = ReferralStatus.CONCLUDED;
  }

  /** Why nothing more can be recovered, kept for the outcome. */
  public void concludedBecause(String why) {
    this.outcomeNote = why;
  }

  void withdrawn(String why, Instant at) {
    this.outcomeNote = why;
    this.concludedAt = at;
    this.status = ReferralStatus.WITHDRAWN;
  }

  /** What the judgment awards in all: the amount, the costs and the interest. */
  public BigDecimal judgmentTotal() {
    return judgmentAmount == null ? null : judgmentAmount.add(judgmentCosts).add(judgmentInterest);
  }

  public boolean hasJudgment() {
    return judgmentOn != null;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  /** The case's account: a case's id is its account's. */
  public long getAccountId() {
    return caseId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public boolean isEligible() {
    return eligible;
  }

  public List<String> getFailedConditions() {
    return failedConditions.isEmpty() ? List.of() : Arrays.asList(failedConditions.split(","));
  }

  public List<String> getEligibilityReasons() {
    return eligibilityReasons.isEmpty() ? List.of() : eligibilityReasons.lines().toList();
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public BigDecimal getMinimumBalance() {
    return minimumBalance;
  }

  public BigDecimal getExpectedRecovery() {
    return expectedRecovery;
  }

  public ReferralDecision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionNote() {
    return decisionNote;
  }

  public Long getPacketDocumentId() {
    return packetDocumentId;
  }

  public Long getPartsDocumentId() {
    return partsDocumentId;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public String getCourt() {
    return court;
  }

  public String getCourtCaseNumber() {
    return courtCaseNumber;
  }

  public LocalDate getSuitFiledOn() {
    return suitFiledOn;
  }

  public String getSuitFiledBy() {
    return suitFiledBy;
  }

  public LocalDate getJudgmentOn() {
    return judgmentOn;
  }

  public BigDecimal getJudgmentAmount() {
    return judgmentAmount;
  }

  public BigDecimal getJudgmentCosts() {
    return judgmentCosts;
  }

  public BigDecimal getJudgmentInterest() {
    return judgmentInterest;
  }

  public String getJudgmentRecordedBy() {
    return judgmentRecordedBy;
  }

  public LocalDate getDismissedOn() {
    return dismissedOn;
  }

  public String getDismissalReason() {
    return dismissalReason;
  }

  public LegalOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public Instant getConcludedAt() {
    return concludedAt;
  }
}
