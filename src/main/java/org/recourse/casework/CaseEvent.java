package org.recourse.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One entry of a case's history: who did what, when, and why. Never changed once written. */
@Entity
@Immutable
public class CaseEvent {

  static final int MAX_DETAIL = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CollectionCase collectionCase;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseEventKind kind;

  private String detail;

  protected CaseEvent() {
  }

  CaseEvent(CollectionCase collectionCase, Instant occurredAt, String actor, CaseEventKind kind, String detail) {
    this.collectionCase = collectionCase;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.kind = kind;
    this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public CaseEventKind getKind() {
    return kind;
  }

  public String getDetail() {
    return detail;
  }
}
