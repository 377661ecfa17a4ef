package org.recourse.payment.internal;

import org.recourse.payment.BalanceParts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.recourse.payment.Ledger;
import org.recourse.payment.LedgerEntry;
import org.recourse.payment.LedgerEntryKind;
import org.recourse.payment.PayableCases;
import org.recourse.payment.Payments;
import org.recourse.payment.StatementOfAccount;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
public class LedgerController {

  private final Ledger ledger;
  private final PayableCases cases;

  LedgerController(Ledger ledger, PayableCases cases) {
    this.ledger = ledger;
    this.cases = cases;
  }

  @GetMapping("/api/cases/{caseNumber}/ledger")
  @Operation(summary = "A case's ledger: the balance by its parts, and every entry with the parts it moved",
      description = "Charges raise their part; a payment shows how it was applied (fees, interest, principal); a "
          + "reversal owes again exactly what its payment paid. A negative balance is a credit balance, held on "
          + "principal until it is refunded.")
  LedgerView ledger(@PathVariable String caseNumber) {
    PayableCases.PayableCase payable = cases.find(caseNumber)
        .orElseThrow(() -> new NoSuchElementException("there is no case " + caseNumber));
    BalanceParts parts = ledger.parts(payable.accountId());
    List<EntryView> entries = ledger.entries(payable.accountId()).stream().map(EntryView::of).toList();
    return new LedgerView(payable.caseNumber(), parts.total(), parts.principal(), parts.interest(), parts.fees(),
        parts.creditBalance(), ledger.statement(payable.accountId()), entries);
  }

  /**
   * The balance by the parts payments are applied to, and the statement of account (the Regulation F itemization)
   * exactly as the letters and the court packet give it.
   */
  record LedgerView(String caseNumber, BigDecimal balance, BigDecimal principal, BigDecimal interest,
      BigDecimal fees, BigDecimal creditBalance, StatementOfAccount statement, List<EntryView> entries) {
  }

  record EntryView(long id, LedgerEntryKind kind, BigDecimal amount, BigDecimal principal, BigDecimal interest,
      BigDecimal fees, LocalDate effectiveDate, String reference, String description, Long reverses,
      ReversalReason reversalReason, Long paymentFile, Instant recordedAt, String recordedBy) {

    static EntryView of(LedgerEntry e) {
      return new EntryView(e.getId(), e.getKind(), e.getAmount(), e.getParts().principal(), e.getParts().interest(),
          e.getParts().fees(), e.getEffectiveDate(), e.getReference(), e.getDescription(), e.getReversesId(),
          e.getReversalReason(), e.getPaymentFileId(), e.getRecordedAt(), e.getRecordedBy());
    }
  }
}
