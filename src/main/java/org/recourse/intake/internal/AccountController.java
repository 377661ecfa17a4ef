package org.recourse.intake.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.Placement;
import org.recourse.platform.Actors;
import org.recourse.platform.InputRejectedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Intake", description = "Placing delinquent accounts for collection")
public class AccountController {

  private final AccountIntake intake;
  private final Actors actors;

  AccountController(AccountIntake intake, Actors actors) {
    this.intake = intake;
    this.actors = actors;
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Place one account",
      description = "Opens a collection case and starts its process. Placing the same creditor and account number "
          + "again changes nothing and answers 200 with the existing case.")
  @ApiResponse(responseCode = "201", description = "Placed: a new case")
  @ApiResponse(responseCode = "200", description = "Already placed: the existing case, nothing changed")
  @ApiResponse(responseCode = "400", description = "Refused: a problem detail listing every invalid field")
  ResponseEntity<PlacementResponse> place(@RequestBody Placement placement) {
    PlacementOutcome outcome;
    try {
      outcome = intake.place(placement, actors.current());
    } catch (DataIntegrityViolationException raced) {
      // Another request placed the same account at the same moment; the unique key let only one in.
      outcome = intake.existingCase(placement.creditorCode(), placement.accountNumber())
          .<PlacementOutcome>map(PlacementOutcome.Duplicate::new)
          .orElseThrow(() -> raced);
    }
    if (outcome instanceof PlacementOutcome.Placed placed) {
      return ResponseEntity.status(HttpStatus.CREATED)
          .location(caseUri(placed.caseNumber()))
          .body(new PlacementResponse(placed.caseNumber(), "PLACED", "Placed as case " + placed.caseNumber()));
    }
    if (outcome instanceof PlacementOutcome.Duplicate duplicate) {
      return ResponseEntity.ok()
          .location(caseUri(duplicate.caseNumber()))
          .body(new PlacementResponse(duplicate.caseNumber(), "ALREADY_PLACED",
              "This creditor already placed this account number as case " + duplicate.caseNumber()
                  + "; nothing was changed"));
    }
    throw new InputRejectedException("The account was not placed", ((PlacementOutcome.Rejected) outcome).problems());
  }

  private static URI caseUri(String caseNumber) {
    return URI.create("/api/cases/" + caseNumber);
  }

  record PlacementResponse(String caseNumber, String outcome, String message) {
  }
}
