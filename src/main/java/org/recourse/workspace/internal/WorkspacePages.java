package org.recourse.workspace.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.recourse.casework.CaseSearch;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workspace's pages to read: sign-in, the search, a case, a case's document. */
@Controller
@RequestMapping("/workspace")
class WorkspacePages {

  private final CaseSearch search;
  private final CaseFile caseFile;
  private final Documents documents;

  WorkspacePages(CaseSearch search, CaseFile caseFile, Documents documents) {
    this.search = search;
    this.caseFile = caseFile;
    this.documents = documents;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/denied")
  String denied(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "denied";
  }

  /** The search: what the words found, or nothing asked yet. */
  @GetMapping({"", "/"})
  String search(@RequestParam(name = "q", required = false) String words, Model model) {
    model.addAttribute("q", words == null ? "" : words.strip());
    if (words != null && !words.isBlank()) {
      var hits = search.search(words);
      model.addAttribute("hits", hits);
      model.addAttribute("limited", hits.size() == CaseSearch.LIMIT);
    }
    return "search";
  }

  @GetMapping("/cases/{caseNumber}")
  String caseFile(@PathVariable String caseNumber, Model model) {
    model.addAllAttributes(caseFile.of(caseNumber));
    return "case";
  }

  /** A document exactly as produced, shown in the browser (the case page opens it in a tab of its own). */
  @GetMapping("/cases/{caseNumber}/documents/{id}")
  ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long id) {
    Document document = documents.ofCase(caseNumber, id);
    byte[] content = documents.content(document);
    MediaType type = MediaType.parseMediaType(document.getMediaType());
    return ResponseEntity.ok().contentType(type).contentLength(content.length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.getKind() + "-" + caseNumber + "-" + id
                + (MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type) ? ".pdf" : "")).build().toString())
        .body(content);
  }
}
