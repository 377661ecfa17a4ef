package org.recourse.legal.internal.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a court packet holds and how to check it: delivered beside the packet as JSON
 * ({@link CourtPacket.Result#manifestJson()}), never inside it, because it carries the hash of the packet itself.
 *
 * <p>Every hash is SHA-256 over exact bytes, written as 64 lower-case hexadecimal digits. A verifier recomputes:
 * <ul>
 *   <li>{@link #sha256()}: over the packet PDF exactly as delivered ({@link CourtPacket.Result#pdf()}), every byte of
 *       the file.</li>
 *   <li>{@link Part#sha256()}: over the part's own PDF as it was generated, standalone, before it was merged into
 *       the packet ({@link CourtPacket.Result#generatedParts()}, by {@link Part#name()}). The packet's copies of
 *       those pages carry the same content but not the same bytes (merging renumbers objects and the footer stamp
 *       is added), so keep the part PDFs with the packet to verify them. A part has generated pages of its own even
 *       when it only introduces documents (the letters part's first page lists the letters).</li>
 *   <li>{@link Document#sha256()}: the SHA-256 stored with the letter (or account record) when it was rendered or
 *       received, which the packet verified against the bytes it was given before importing them. The packet's
 *       pages of a document are that document's pages, imported unchanged (same content streams and resources,
 *       no stamp), so the stored document in Recourse is the one to hash.</li>
 * </ul>
 *
 * <p>Pages are numbered from 1 in the packet. A part occupies {@code firstPage} to {@code firstPage + pages - 1}:
 * first its {@code generatedPages}, then its documents in order.
 *
 * @param caseNumber the case
 * @param generatedAt when the packet was made; also its PDF creation date
 * @param generatedBy the user who made it
 * @param pages the packet's page count
 * @param sha256 the SHA-256 of the packet PDF
 * @param parts the parts in packet (and index, and bookmark) order
 */
public record CourtPacketManifest(String caseNumber, Instant generatedAt, String generatedBy, int pages,
    String sha256, List<Part> parts) {

  public CourtPacketManifest {
    parts = List.copyOf(parts);
  }

  /**
   * A part of the packet.
   *
   * @param name the part's stable name, e.g. {@code statement-of-account} ({@link CourtPacket.Part#partName()})
   * @param title its title in the index and the bookmarks
   * @param firstPage its first page in the packet
   * @param pages all its pages in the packet, documents included
   * @param generatedPages how many of those pages were generated (they come first)
   * @param template the template it was generated from, relative to {@code templates/}
   * @param templateVersion that template's version
   * @param sha256 the SHA-256 of the part's generated PDF
   * @param documents the documents it holds after its generated pages: letters, account records; else empty
   */
  public record Part(String name, String title, int firstPage, int pages, int generatedPages, String template,
      int templateVersion, String sha256, List<Document> documents) {

    public Part {
      documents = List.copyOf(documents);
    }
  }

  /**
   * A document the packet holds as it was stored.
   *
   * @param id its id: the document id of a letter, the reference of an account record
   * @param title its title, e.g. "Validation notice"
   * @param dated the date a letter was sent, the date of an account record
   * @param firstPage its first page in the packet
   * @param pages its page count
   * @param sha256 the SHA-256 stored with it, equal to that of the bytes the packet imported
   */
  public record Document(String id, String title, LocalDate dated, int firstPage, int pages, String sha256) {
  }
}
