package org.recourse.legal.internal.litigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A step taken to enforce a judgment: a garnishment or levy served, a lien recorded. */
@Entity
@Immutable
@Table(name = "litigation_enforcement")
public class Enforcement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "litigation_enforcement_seq")
  @SequenceGenerator(name = "litigation_enforcement_seq", sequenceName = "litigation_enforcement_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long referralId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnforcementKind kind;
  /** Who is ordered to pay: the employer, the bank. */
  private String garnishee;
  @Column(nullable = false)
  private LocalDate servedOn;
  private String detail;
  @Column(nullable = false)
  private String recordedBy;
  @Column(nullable = false)
  private Instant recordedAt;

  protected Enforcement() {
  }

  Enforcement(long referralId, EnforcementKind kind, String garnishee, LocalDate servedOn, String detail,
      String recordedBy, Instant recordedAt) {
    this.referralId = referralId;
    this.kind = kind;
    this.garnishee = garnishee;
    this.servedOn = servedOn;
    this.detail = detail;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public EnforcementKind getKind() {
    return kind;
  }

  public String getGarnishee() {
    return garnishee;
  }

  public LocalDate getServedOn() {
    return servedOn;
  }

  public String getDetail() {
    return detail;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
