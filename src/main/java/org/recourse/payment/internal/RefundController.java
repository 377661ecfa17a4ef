package org.recourse.payment.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import org.recourse.payment.internal.Refund;
import org.recourse.payment.Refunds;
import org.recourse.platform.Actors;
import org.recourse.platform.VisibleCases;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Refunds", description = "Refunds of credit balances: requested, then decided by another manager")
public class RefundController {

  private final Refunds refunds;
  private final Actors actors;
  private final VisibleCases visible;

  RefundController(Refunds refunds, Actors actors, VisibleCases visible) {
    this.refunds = refunds;
    this.actors = actors;
    this.visible = visible;
  }

  @PostMapping("/api/cases/{caseNumber}/refunds")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Request a refund of a case's credit balance",
      description = "At most the credit balance less the refunds already requested (409 naming amount otherwise). "
          + "The refund waits for a manager other than the requester.")
  ResponseEntity<RefundView> request(@PathVariable String caseNumber, @Valid @RequestBody RefundRequest request) {
    Refund refund = refunds.request(caseNumber.trim(), request.amount(), request.reason(), actors.current());
    return ResponseEntity.created(URI.create("/api/refunds/" + refund.getId())).body(RefundView.of(refund));
  }

  @PostMapping("/api/refunds/{refundId}/decision")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Approve or reject a pending refund",
      description = "Four eyes: the requester may not decide (403). A rejection needs a note. An approval records the "
          + "refund in the ledger; a refund is decided once (409 after).")
  RefundView decide(@PathVariable long refundId, @Valid @RequestBody RefundDecision decision) {
    return RefundView.of(refunds.decide(refundId, decision.approve(), decision.note(), actors.current()));
  }

  @GetMapping("/api/refunds")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Refunds, oldest request first, optionally only those with a status (PENDING: to decide)")
  Page<RefundView> list(@RequestParam(required = false) RefundStatus status,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
        Sort.by("requestedAt", "id"));
    return refunds.list(status, visible.scope(), request).map(RefundView::of);
  }

  @GetMapping("/api/refunds/{refundId}")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  RefundView get(@PathVariable long refundId) {
    Refund refund = refunds.get(refundId);
    visible.requireVisible(refund.getCaseNumber());
    return RefundView.of(refund);
  }

  @GetMapping("/api/cases/{caseNumber}/refunds")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "A case's refunds, oldest request first")
  Page<RefundView> ofCase(@PathVariable String caseNumber, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    var request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
        Sort.by("requestedAt", "id"));
    return refunds.ofCase(caseNumber.trim(), request).map(RefundView::of);
  }

  record RefundRequest(
      @NotNull @Positive @Digits(integer = 8, fraction = 2) @Schema(example = "52.50") BigDecimal amount,
      @NotBlank @Size(max = 500) @Schema(example = "Overpaid by the debtor's bank transfer") String reason) {
  }

  record RefundDecision(@NotNull Boolean approve, @Size(max = 500) String note) {
  }

  record RefundView(long id, String caseNumber, BigDecimal amount, String reason, RefundStatus status,
      String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String note, Long ledgerEntry) {

    static RefundView of(Refund r) {
      return new RefundView(r.getId(), r.getCaseNumber(), r.getAmount(), r.getReason(), r.getStatus(),
          r.getRequestedBy(), r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getNote(), r.getEntryId());
    }
  }
}
