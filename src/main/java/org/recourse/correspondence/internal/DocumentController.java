package org.recourse.correspondence.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recourse.account.Language;
import org.recourse.correspondence.Channel;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.Letters;
import org.recourse.platform.Actors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Documents", description = "Letters of a case as sent and its court packets as made, byte for byte; "
    + "previews; letters sent by hand")
public class DocumentController {

  private final Documents documents;
  private final Letters letters;
  private final Actors actors;

  DocumentController(Documents documents, Letters letters, Actors actors) {
    this.documents = documents;
    this.letters = letters;
    this.actors = actors;
  }

  @GetMapping("/documents")
  @Operation(summary = "The case's documents, oldest first, with their hash, template version and status")
  List<DocumentView> list(@PathVariable String caseNumber) {
    return documents.ofCase(caseNumber).stream().map(DocumentView::of).toList();
  }

  @GetMapping("/documents/{id}")
  @Operation(summary = "A document exactly as it was produced (the SHA-256 of these bytes is in the list)")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
    Document document = documents.ofCase(caseNumber, id);
    byte[] content = documents.content(document);
    MediaType type = MediaType.parseMediaType(document.getMediaType());
    String extension = MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type) ? ".pdf"
        : "zip".equals(type.getSubtype()) ? ".zip" : "";
    return ResponseEntity.ok()
        .contentType(type)
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.getKind() + "-" + caseNumber + "-" + id + extension).build().toString())
        .header(HttpHeaders.ETAG, "\"" + document.getSha256() + "\"")
        .body(content);
  }

  @GetMapping("/documents/{id}/data")
  @Operation(summary = "The data the document was rendered from")
  ResponseEntity<String> data(@PathVariable String caseNumber, @PathVariable long id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(documents.ofCase(caseNumber, id).getData());
  }

  @GetMapping("/letters/{letter}/preview")
  @Operation(summary = "Renders a letter for the case as it would go out today; nothing is stored or sent")
  ResponseEntity<byte[]> preview(@PathVariable String caseNumber, @PathVariable String letter,
      @RequestParam(required = false) String language) {
    return previewWith(caseNumber, letter, language, Map.of());
  }

  @PostMapping("/letters/{letter}/preview")
  @Operation(summary = "Renders a letter with the given facts (e.g. a plan), as it would go out today; nothing is stored or sent")
  ResponseEntity<byte[]> previewWith(@PathVariable String caseNumber, @PathVariable String letter,
      @RequestParam(required = false) String language, @RequestBody Map<String, Object> facts) {
    LetterKind kind = LetterKind.fromTemplate(letter);
    var rendered = letters.preview(caseNumber, kind, language == null ? null : Language.fromCode(language), facts);
    return pdf(rendered.pdf(), "preview-" + kind.template() + "-" + caseNumber + ".pdf").body(rendered.pdf());
  }

  @PostMapping("/letters")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Sends a letter now (e.g. a dispute acknowledgement); once per occasion, by post or e-mail")
  ResponseEntity<DocumentView> send(@PathVariable String caseNumber, @Valid @RequestBody LetterRequest request) {
    LetterKind kind = LetterKind.fromTemplate(request.letter());
    String occasion = request.occasion() != null ? request.occasion() : kind.template() + ":" + LocalDate.now();
    Document sent = letters.send(caseNumber, kind, occasion, request.facts() == null ? Map.of() : request.facts(),
        actors.current());
    return ResponseEntity.status(201).body(DocumentView.of(sent));
  }

  private static ResponseEntity.BodyBuilder pdf(byte[] content, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString());
  }

  record LetterRequest(@NotBlank String letter, @Size(max = 100) String occasion, Map<String, Object> facts) {
  }

  record DocumentView(long id, String kind, String title, String template, int templateVersion, String language,
      Channel channel, DocumentStatus status, LocalDate letterDate, Integer pages, Integer sizeBytes, String sha256,
      Instant createdAt, String createdBy, Long printBatchId, Instant sentAt, String occasion) {

    static DocumentView of(Document d) {
      return new DocumentView(d.getId(), d.getKind(), d.getTitle(), d.getTemplate(), d.getTemplateVersion(),
          d.getLanguage(), d.getChannel(), d.getStatus(), d.getLetterDate(), d.getPages(), d.getSizeBytes(),
          d.getSha256(), d.getCreatedAt(), d.getCreatedBy(), d.getPrintBatchId(), d.getSentAt(), d.getOccasion());
    }
  }
}
