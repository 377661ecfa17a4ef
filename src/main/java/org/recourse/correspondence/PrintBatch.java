package org.recourse.correspondence;

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

/** The letters handed to the mail house together: one merged PDF and a manifest, confirmed once posted. */
@Entity
public class PrintBatch {

  public enum Status { CREATED, CONFIRMED }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "print_batch_seq")
  @SequenceGenerator(name = "print_batch_seq", sequenceName = "print_batch_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;
  @Column(nullable = false)
  private int letters;
  @Column(nullable = false)
  private int pages;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false)
  private String createdBy;
  private Instant confirmedAt;
  private String confirmedBy;
  private LocalDate mailedOn;

  @Version
  private long version;

  protected PrintBatch() {
  }

  public PrintBatch(int letters, int pages, Instant createdAt, String createdBy) {
    this.status = Status.CREATED;
    this.letters = letters;
    this.pages = pages;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public void confirm(LocalDate mailedOn, Instant at, String by) {
    this.status = Status.CONFIRMED;
    this.mailedOn = mailedOn;
    this.confirmedAt = at;
    this.confirmedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public int getLetters() {
    return letters;
  }

  public int getPages() {
    return pages;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public LocalDate getMailedOn() {
    return mailedOn;
  }
}
