package org.recourse.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** A limit on contacting a debtor, with who recorded it, on what evidence, and who lifted it and why. */
@Entity
public class ContactRestriction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_restriction_seq")
  @SequenceGenerator(name = "contact_restriction_seq", sequenceName = "contact_restriction_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RestrictionKind kind;
  private LocalTime fromTime;
  private LocalTime toTime;
  private String detail;
  @Column(nullable = false)
  private String evidence;
  @Column(nullable = false)
  private String recordedBy;
  @Column(nullable = false)
  private Instant recordedAt;
  private String liftedBy;
  private Instant liftedAt;
  private String liftReason;

  @Version
  private long version;

  protected ContactRestriction() {
  }

  ContactRestriction(long caseId, RestrictionKind kind, LocalTime fromTime, LocalTime toTime,
      String detail, String evidence, String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.kind = kind;
    this.fromTime = fromTime;
    this.toTime = toTime;
    this.detail = detail;
    this.evidence = evidence;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void lift(String by, Instant at, String reason) {
    this.liftedBy = by;
    this.liftedAt = at;
    this.liftReason = reason;
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

  public RestrictionKind getKind() {
    return kind;
  }

  public LocalTime getFromTime() {
    return fromTime;
  }

  public LocalTime getToTime() {
    return toTime;
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
