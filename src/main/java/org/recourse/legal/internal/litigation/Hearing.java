package org.recourse.legal.internal.litigation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A hearing of a suit, at the court's local time, with when the legal team is to be reminded of it. A cancelled
 * hearing stays on record; a moved one is cancelled and scheduled again.
 */
@Entity
@Table(name = "litigation_hearing")
public class Hearing {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "litigation_hearing_seq")
  @SequenceGenerator(name = "litigation_hearing_seq", sequenceName = "litigation_hearing_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long referralId;
  @Column(nullable = false)
  private Instant hearingAt;
  /** The court's zone, in which the hearing's time was given. */
  @Column(nullable = false)
  private String timeZone;
  @Column(nullable = false)
  private String purpose;
  @Column(nullable = false)
  private Instant remindAt;
  @Column(nullable = false)
  private String recordedBy;
  @Column(nullable = false)
  private Instant recordedAt;
  private Instant remindedAt;
  private String cancelledBy;
  private Instant cancelledAt;
  private String cancelReason;

  @Version
  private long version;

  protected Hearing() {
  }

  Hearing(long referralId, ZonedDateTime at, String purpose, Instant remindAt, String recordedBy, Instant recordedAt) {
    this.referralId = referralId;
    this.hearingAt = at.toInstant();
    this.timeZone = at.getZone().getId();
    this.purpose = purpose;
    this.remindAt = remindAt;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void reminded(Instant at) {
    this.remindedAt = at;
  }

  void cancel(String by, Instant at, String reason) {
    this.cancelledBy = by;
    this.cancelledAt = at;
    this.cancelReason = reason;
  }

  public boolean isCancelled() {
    return cancelledAt != null;
  }

  /** The hearing at the court's local time. */
  public ZonedDateTime localTime() {
    return hearingAt.atZone(ZoneId.of(timeZone));
  }

  public Long getId() {
    return id;
  }

  public long getReferralId() {
    return referralId;
  }

  public Instant getHearingAt() {
    return hearingAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getPurpose() {
    return purpose;
  }

  public Instant getRemindAt() {
    return remindAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public String getCancelReason() {
    return cancelReason;
  }
}
