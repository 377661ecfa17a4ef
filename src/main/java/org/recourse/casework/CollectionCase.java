package org.recourse.casework;

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

/**
 * A collection case: one placed account carried by the {@code collection-case} process, whose business key is
 * the case number.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_case_seq")
  @SequenceGenerator(name = "collection_case_seq", sequenceName = "collection_case_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String caseNumber;

  @Column(nullable = false, unique = true)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  private String segment;
  private Integer priority;
  private String queue;
  private String assignedCollector;

  @Column(nullable = false)
  private int contactAttempts;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  private CloseReason closeReason;

  @Version
  private long version;

  protected CollectionCase() {
  }

  CollectionCase(long accountId, Instant openedAt) {
    this.accountId = accountId;
    // One case per account: the number derives from the account's sequence-backed id, so every node mints
    // unique numbers without asking anyone.
    this.caseNumber = String.format("RC-%07d", accountId);
    this.status = CaseStatus.PLACED;
    this.openedAt = openedAt;
  }

  void applyStrategy(String segment, Integer priority, String queue) {
    this.segment = segment;
    this.priority = priority;
    this.queue = queue;
  }

  void moveTo(CaseStatus next) {
    if (!status.isOpen()) {
      throw new IllegalStateException("case " + caseNumber + " is closed");
    }
    this.status = next;
  }

  void close(CloseReason reason, Instant at) {
    this.status = CaseStatus.CLOSED;
    this.closeReason = reason;
    this.closedAt = at;
  }

  int countContactAttempt() {
    return ++contactAttempts;
  }

  void resetContactAttempts() {
    contactAttempts = 0;
  }

  void assignTo(String collector) {
    this.assignedCollector = collector;
  }

  public Long getId() {
    return id;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public Long getAccountId() {
    return accountId;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getSegment() {
    return segment;
  }

  public Integer getPriority() {
    return priority;
  }

  public String getQueue() {
    return queue;
  }

  public String getAssignedCollector() {
    return assignedCollector;
  }

  public int getContactAttempts() {
    return contactAttempts;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public CloseReason getCloseReason() {
    return closeReason;
  }
}
