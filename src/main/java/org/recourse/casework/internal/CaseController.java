package org.recourse.casework.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.recourse.casework.CaseMessages;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CaseView;
import org.recourse.casework.CaseViews;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Collection cases: their account, status, current activity and history")
public class CaseController {

  private final CollectionCases cases;
  private final CaseViews views;
  private final CaseMessages messages;
  private final Actors actors;
  private final CaseAccess access;

  CaseController(CollectionCases cases, CaseViews views, CaseMessages messages, Actors actors, CaseAccess access) {
    this.access = access;
    this.cases = cases;
    this.views = views;
    this.messages = messages;
    this.actors = actors;
  }

  @GetMapping("/{caseNumber}")
  @Operation(summary = "A case with its account, debtor, balance, current activities, open tasks and history")
  CaseView get(@PathVariable String caseNumber) {
    return views.view(cases.require(caseNumber));
  }

  @GetMapping
  @Operation(summary = "Cases, newest first, optionally only those with a status",
      description = "Only the cases the caller may see: the legal team sees the cases referred to it, collectors "
          + "every case but those.")
  Page<CaseView.Summary> list(@RequestParam(required = false) CaseStatus status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "id"));
    return cases.list(status, access.scope(), request).map(CaseView.Summary::of);
  }

  @PostMapping("/{caseNumber}/recall")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "The creditor recalls the account: the case closes wherever it stands")
  ResponseEntity<CaseView> recall(@PathVariable String caseNumber, @Valid @RequestBody Recall recall) {
    messages.recall(caseNumber, recall.reason(), actors.current());
    return ResponseEntity.accepted().body(views.view(cases.require(caseNumber)));
  }

  record Recall(@NotBlank @Size(max = 500) String reason) {
  }
}
