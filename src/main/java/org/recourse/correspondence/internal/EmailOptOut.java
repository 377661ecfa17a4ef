package org.recourse.correspondence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An address that asked for no more e-mail. */
@Entity
@Immutable
public class EmailOptOut {

  @Id
  private String address;
  @Column(nullable = false)
  private Instant optedOutAt;
  @Column(nullable = false)
  private String source;

  protected EmailOptOut() {
  }

  EmailOptOut(String address, Instant optedOutAt, String source) {
    this.address = address;
    this.optedOutAt = optedOutAt;
    this.source = source;
  }

  Instant getOptedOutAt() {
    return optedOutAt;
  }
}
