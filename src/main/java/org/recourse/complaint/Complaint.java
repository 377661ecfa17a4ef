package org.recourse.complaint;

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
import java.time.LocalDate;

/** A debtor's complaint, from its receipt to its answer. */
@Entity
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private long caseId;

  @Column(nullable = false)
  private String caseNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintChannel receivedVia;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintCategory category;

  @Column(nullable = false)
  private String summary;

  private String regulatorReference;

  @Column(nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false)
  private Instant dueAt;

  @Column(nullable = false)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComplaintStatus status;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  private Instant escalatedAt;
  private String answer;
  private String answeredBy;
  private Instant answeredAt;

  @Version
  private long version;

  protected Complaint() {
  }

  Complaint(long caseId, String caseNumber, NewComplaint received, LocalDate receivedOn, Instant dueAt,
      String assignee, String recordedBy, Instant recordedAt) {
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.receivedVia = received.receivedVia();
    this.category = received.category();
    this.summary = received.summary().strip();
    this.regulatorReference = received.regulatorReference() == null || received.regulatorReference().isBlank()
        ? null : received.regulatorReference().strip();
    this.receivedOn = receivedOn;
    this.dueAt = dueAt;
    this.assignee = assignee;
    this.status = ComplaintStatus.OPEN;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void escalate(Instant at) {
    if (status == ComplaintStatus.OPEN) {
      status = ComplaintStatus.ESCALATED;
      escalatedAt = at;
    }
  }

  void answer(String answer, String by, Instant at) {
    this.status = ComplaintStatus.ANSWERED;
    this.answer = answer;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  /** Answered after it was due. */
  public boolean answeredLate() {
    return answeredAt != null && answeredAt.isAfter(dueAt);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public ComplaintChannel getReceivedVia() {
    return receivedVia;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public String getSummary() {
    return summary;
  }

  public String getRegulatorReference() {
    return regulatorReference;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getAssignee() {
    return assignee;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getAnswer() {
    return answer;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
