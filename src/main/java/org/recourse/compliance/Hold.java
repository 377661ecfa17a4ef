package org.recourse.compliance;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A hold on a case: a dispute, a bankruptcy, a death or a servicemember's status, with who recorded it, when, on
 * what evidence, and who lifted it, when and why. A hold is never deleted; lifting it keeps it on record.
 */
@Entity
@Table(name = "case_hold")
public class Hold {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_hold_seq")
  @SequenceGenerator(name = "case_hold_seq", sequenceName = "case_hold_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HoldKind kind;

  /** The day the dispute, the notice of bankruptcy or death, or the status reached us. */
  @Column(nullable = false)
  private LocalDate receivedOn;

  /** For a dispute: whether it arrived within the validation period, which decides whether collection stops. */
  private Boolean withinValidationPeriod;

  @Enumerated(EnumType.STRING)
  private DisputeRequest disputeRequest;

  private String detail;

  @Column(nullable = false)
  private String evidence;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  /** For a deceased debtor: the person authorised for the estate, and how to reach them (phone or e-mail). */
  private String representativeName;
  private String representativeContact;

  /** For a request for the original creditor: the name and address the answer gives. */
  private String originalCreditorName;
  private String originalCreditorAddress;

  private String liftedBy;
  private Instant liftedAt;
  private String liftReason;

  @Version
  private long version;

  protected Hold() {
  }

  Hold(long caseId, HoldKind kind, LocalDate receivedOn, Boolean withinValidationPeriod,
      DisputeRequest disputeRequest, String detail, String evidence, String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.kind = kind;
    this.receivedOn = receivedOn;
    this.withinValidationPeriod = withinValidationPeriod;
    this.disputeRequest = disputeRequest;
    this.detail = detail;
    this.evidence = evidence;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /**
   * Whether this hold, while it is on, stops collection: a bankruptcy, a death until a representative is named,
   * and a dispute received within the validation period. A servicemember's status and a late dispute do not.
   */
  public boolean pausesCollection() {
    return pausesCollection(kind, withinValidationPeriod);
  }

  /** Whether a hold of this kind stops collection: bankruptcy, death, and a dispute within the validation period. */
  static boolean pausesCollection(HoldKind kind, Boolean withinValidationPeriod) {
    return switch (kind) {
      case BANKRUPTCY, DECEASED -> true;
      case DISPUTE -> Boolean.TRUE.equals(withinValidationPeriod);
      case SERVICEMEMBER -> false;
    };
  }

  void lift(String by, Instant at, String reason) {
    this.liftedBy = by;
    this.liftedAt = at;
    this.liftReason = reason;
  }

  void nameRepresentative(String name, String contact) {
    this.representativeName = name;
    this.representativeContact = contact;
  }

  void answerWithOriginalCreditor(String name, String address) {
    this.originalCreditorName = name;
    this.originalCreditorAddress = address;
  }

  public boolean isActive() {
    return liftedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public HoldKind getKind() {
    return kind;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public Boolean getWithinValidationPeriod() {
    return withinValidationPeriod;
  }

  public DisputeRequest getDisputeRequest() {
    return disputeRequest;
  }

  public String getDetail() {
    return detail;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRepresentativeName() {
    return representativeName;
  }

  public String getRepresentativeContact() {
    return representativeContact;
  }

  public String getOriginalCreditorName() {
    return originalCreditorName;
  }

  public String getOriginalCreditorAddress() {
    return originalCreditorAddress;
  }

  public String getLiftedBy() {
    return liftedBy;
  }

  public Instant getLiftedAt() {
    return liftedAt;
  }

  public String getLiftReason() {
    return liftReason;
  }
}
