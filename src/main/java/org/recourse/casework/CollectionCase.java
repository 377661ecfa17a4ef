package org.recourse.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.recourse.account.Account;

/**
 * A collection case: one placed account carried by the {@code collection-case} process, whose business key is
 * the case number.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase {

  /** The account's id: a case is an account under collection. */
  @Id
  private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "id")
  private Account account;

  @Column(nullable = false, unique = true)
  private String caseNumber;

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

  /** When the validation notice went out, and the last day of the validation period it opened (12 CFR 1006.34). */
  private LocalDate validationNoticeSentOn;
  private LocalDate validationPeriodEnds;

  @Version
  private long version;

  protected CollectionCase() {
  }

  CollectionCase(Account account, Instant openedAt) {
    this.account = account;
    this.caseNumber = CaseNumbers.of(account.getId());
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

  /** A closed case taken up again: the payment that closed it was reversed. */
  void reopen() {
    if (status.isOpen()) {
      throw new IllegalStateException("case " + caseNumber + " is open");
    }
    this.status = CaseStatus.IN_COLLECTION;
    this.closeReason = null;
    this.closedAt = null;
    this.contactAttempts = 0;
  }

  int countContactAttempt() {
    return ++contactAttempts;
  }

  void resetContactAttempts() {
    contactAttempts = 0;
  }

  void recordValidationNotice(LocalDate sentOn, LocalDate periodEnds) {
    this.validationNoticeSentOn = sentOn;
    this.validationPeriodEnds = periodEnds;
  }

  /** The notice recorded never went out: no validation period runs until one does. */
  void forgetValidationNotice() {
    this.validationNoticeSentOn = null;
    this.validationPeriodEnds = null;
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
    return id != null ? id : account.getId();
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

  public LocalDate getValidationNoticeSentOn() {
    return validationNoticeSentOn;
  }

  public LocalDate getValidationPeriodEnds() {
    return validationPeriodEnds;
  }
}
