package org.recourse.correspondence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document's bytes, written once. */
@Entity
@Immutable
public class DocumentContent {

  @Id
  private Long documentId;

  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(nullable = false)
  private byte[] content;

  protected DocumentContent() {
  }

  public DocumentContent(long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  public byte[] getContent() {
    return content;
  }
}
