package org.recourse.compliance;

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

/** One entry of the contact log: a call placed or taken, an e-mail, a text or a letter, with who, when and where. */
@Entity
@Immutable
public class Contact {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
  @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
  private Long id;

  /** The case, by its id: the case itself is casework's. */
  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactChannel channel;
  @Column(nullable = false)
  private boolean outbound;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactResult result;
  private String address;
  @Column(nullable = false)
  private Instant occurredAt;
  @Column(nullable = false)
  private String recordedBy;
  private String notes;

  protected Contact() {
  }

  Contact(long caseId, ContactChannel channel, boolean outbound, ContactResult result,
      String address, Instant occurredAt, String recordedBy, String notes) {
    this.caseId = caseId;
    this.channel = channel;
    this.outbound = outbound;
    this.result = result;
    this.address = address;
    this.occurredAt = occurredAt;
    this.recordedBy = recordedBy;
    this.notes = notes;
  }

  public Long getId() {
    return id;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public boolean isOutbound() {
    return outbound;
  }

  public ContactResult getResult() {
    return result;
  }

  public String getAddress() {
    return address;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public String getNotes() {
    return notes;
  }
}
