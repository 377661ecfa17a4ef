package org.recourse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A client who places accounts with Recourse, known by a short code that portfolio files carry. */
@Entity
public class Creditor {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "creditor_seq")
  @SequenceGenerator(name = "creditor_seq", sequenceName = "creditor_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private Instant createdAt;

  protected Creditor() {
  }

  public Creditor(String code, String name, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
