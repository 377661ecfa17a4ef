package org.recourse.compliance.internal.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactRules;

/** One answer of the contact guard, kept as it was given: the audit trail of every contact considered. */
@Entity
@Immutable
public class GuardDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guard_decision_seq")
  @SequenceGenerator(name = "guard_decision_seq", sequenceName = "guard_decision_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private Long caseId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactChannel channel;
  private String address;
  private String letter;
  @Column(nullable = false)
  private boolean allowed;
  private String rule;
  private String reason;
  private Instant liftsAt;
  @Column(nullable = false)
  private Instant decidedAt;
  @Column(nullable = false)
  private String askedBy;

  protected GuardDecision() {
  }

  public GuardDecision(long caseId, ContactRules.Request request, ContactRules.Decision decision, Instant decidedAt,
      String askedBy) {
    this.caseId = caseId;
    this.channel = request.channel();
    this.address = request.address();
    this.letter = request.letter();
    this.allowed = decision.allowed();
    this.rule = decision.rule();
    this.reason = decision.reason() == null || decision.reason().length() <= 500 ? decision.reason()
        : decision.reason().substring(0, 500);
    this.liftsAt = decision.liftsAt();
    this.decidedAt = decidedAt;
    this.askedBy = askedBy;
  }

  public Long getId() {
    return id;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public String getAddress() {
    return address;
  }

  public String getLetter() {
    return letter;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public String getRule() {
    return rule;
  }

  public String getReason() {
    return reason;
  }

  public Instant getLiftsAt() {
    return liftsAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getAskedBy() {
    return askedBy;
  }
}
