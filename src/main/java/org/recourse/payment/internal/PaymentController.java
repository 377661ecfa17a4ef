package org.recourse.payment.internal;

import org.recourse.payment.BalanceParts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
import org.recourse.payment.Payments;
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Payments received for cases, posted once each by their own reference")
public class PaymentController {

  private final Payments payments;
  private final Actors actors;

  PaymentController(Payments payments, Actors actors) {
    this.payments = payments;
    this.actors = actors;
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Post a payment received for a case",
      description = "201 when posted; 200 when this reference was posted before (nothing changes). The payment pays "
          + "the parts of the balance in the configured allocation order (fees, interest, principal by default); what "
          + "it pays beyond everything owed is a credit balance. A payment that clears the balance closes the case as "
          + "paid in full.")
  ResponseEntity<PostingView> post(@Valid @RequestBody PaymentRequest request) {
    PaymentPosting posting = payments.receive(request.caseNumber().trim(),
        new Payment(request.reference().trim(), request.amount(), request.receivedOn(), request.description()),
        actors.current());
    return ResponseEntity.status(posting.alreadyPosted() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(PostingView.of(request.caseNumber().trim(), posting));
  }

  @PostMapping("/{reference}/reversal")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Reverse a payment: returned by the bank, charged back, or posted in error",
      description = "201 when reversed: what the payment paid is owed again, part by part. 200 when it had been "
          + "reversed before (nothing changes). Only payments are reversed: a reversal or a refund is refused (409).")
  ResponseEntity<ReversalView> reverse(@PathVariable String reference, @Valid @RequestBody ReversalRequest request) {
    PaymentReversal reversal = payments.reverse(reference.trim(), request.reason(), request.note(),
        request.reversalReference() == null || request.reversalReference().isBlank() ? null
            : request.reversalReference().trim(),
        actors.current());
    return ResponseEntity.status(reversal.alreadyReversed() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(ReversalView.of(reversal));
  }

  record PaymentRequest(
      @NotBlank @Schema(example = "RC-0000051") String caseNumber,
      @NotBlank @Size(max = 100) @Schema(description = "The payment's own reference from the processor or bank",
          example = "ACH-20261124-000917") String reference,
      @NotNull @Positive @Digits(integer = 8, fraction = 2) @DecimalMax("10000000.00") BigDecimal amount,
      @NotNull @PastOrPresent LocalDate receivedOn,
      @Size(max = 200) String description) {
  }

  record ReversalRequest(
      @NotNull @Schema(description = "RETURNED (by the bank), CHARGEBACK, or ERROR (posted in error)")
      ReversalReason reason,
      @Size(max = 150) String note,
      @Size(max = 100) @Schema(description = "The return's or chargeback's own reference, when it has one",
          example = "RET-20261201-0042") String reversalReference) {
  }

  /** {@code applied}: what the payment paid of each part (positive amounts). */
  record PostingView(String caseNumber, String reference, BigDecimal amount, LocalDate receivedOn,
      boolean alreadyPosted, BigDecimal balance, BalanceParts applied, BigDecimal creditBalance) {

    static PostingView of(String caseNumber, PaymentPosting posting) {
      return new PostingView(caseNumber, posting.entry().getReference(), posting.entry().getAmount().negate(),
          posting.entry().getEffectiveDate(), posting.alreadyPosted(), posting.balanceAfter(),
          posting.entry().getParts().negate(),
          posting.balanceAfter().signum() < 0 ? posting.balanceAfter().negate() : null);
    }
  }

  /** {@code restored}: what is owed again of each part, exactly what the payment had paid. */
  record ReversalView(String caseNumber, String reference, BigDecimal amount, ReversalReason reason,
      String reversalReference, LocalDate reversedOn, boolean alreadyReversed, BalanceParts restored,
      BigDecimal balance) {

    static ReversalView of(PaymentReversal r) {
      return new ReversalView(r.caseNumber(), r.payment().getReference(), r.payment().getAmount().negate(),
          r.reversal().getReversalReason(), r.reversal().getReference(), r.reversal().getEffectiveDate(),
          r.alreadyReversed(), r.reversal().getParts(), r.balanceAfter());
    }
  }
}
