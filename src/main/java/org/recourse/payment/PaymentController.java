package org.recourse.payment;

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
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Payments received for cases, posted once each by their own reference")
class PaymentController {

  private final Payments payments;
  private final Actors actors;

  PaymentController(Payments payments, Actors actors) {
    this.payments = payments;
    this.actors = actors;
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Post a payment received for a case",
      description = "201 when posted; 200 when this reference was posted before (nothing changes). A payment that "
          + "clears the balance closes the case as paid in full.")
  ResponseEntity<PostingView> post(@Valid @RequestBody PaymentRequest request) {
    PaymentPosting posting = payments.receive(request.caseNumber().trim(),
        new Payment(request.reference().trim(), request.amount(), request.receivedOn(), request.description()),
        actors.current());
    return ResponseEntity.status(posting.alreadyPosted() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(PostingView.of(request.caseNumber().trim(), posting));
  }

  record PaymentRequest(
      @NotBlank @Schema(example = "RC-0000051") String caseNumber,
      @NotBlank @Size(max = 100) @Schema(description = "The payment's own reference from the processor or bank",
          example = "ACH-20261124-000917") String reference,
      @NotNull @Positive @Digits(integer = 8, fraction = 2) @DecimalMax("10000000.00") BigDecimal amount,
      @NotNull @PastOrPresent LocalDate receivedOn,
      @Size(max = 200) String description) {
  }

  record PostingView(String caseNumber, String reference, BigDecimal amount, LocalDate receivedOn,
      boolean alreadyPosted, BigDecimal balance) {

    static PostingView of(String caseNumber, PaymentPosting posting) {
      return new PostingView(caseNumber, posting.entry().getReference(), posting.entry().getAmount().negate(),
          posting.entry().getEffectiveDate(), posting.alreadyPosted(), posting.balanceAfter());
    }
  }
}
