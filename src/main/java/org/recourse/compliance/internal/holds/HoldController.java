package org.recourse.compliance.internal.holds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.Hold;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.LimitationPeriods;
import org.recourse.platform.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseNumber}")
@Tag(name = "Holds and limitation", description = "Disputes, bankruptcies, deaths and servicemembers; when the debt "
    + "becomes time-barred")
public class HoldController {

  private final Holds holds;
  private final LimitationPeriods limitations;
  private final Actors actors;

  HoldController(Holds holds, LimitationPeriods limitations, Actors actors) {
    this.holds = holds;
    this.limitations = limitations;
    this.actors = actors;
  }

  @GetMapping("/holds")
  @Operation(summary = "The case's holds, active and lifted, oldest first")
  List<HoldView> holds(@PathVariable String caseNumber) {
    return holds.of(caseNumber).stream().map(HoldView::of).toList();
  }

  @PostMapping("/holds")
  @PreAuthorize("hasAnyRole('collectors', 'managers', 'admin')")
  @Operation(summary = "Records a dispute, a bankruptcy, a death or a servicemember's status, with its evidence",
      description = "Starts the hold's work on the case (a dispute is acknowledged and verified; a bankruptcy is "
          + "followed by a manager; an estate's representative is sought; military status is checked). A dispute "
          + "received within the validation period, a bankruptcy and a death stop collection until lifted.")
  ResponseEntity<HoldView> place(@PathVariable String caseNumber, @Valid @RequestBody NewHoldRequest request) {
    Hold placed = holds.place(caseNumber, new Holds.NewHold(request.kind(), request.receivedOn(),
        request.disputeRequest(), request.detail(), request.evidence()), actors.current());
    return ResponseEntity.status(HttpStatus.CREATED).body(HoldView.of(placed));
  }

  @PostMapping("/holds/{id}/lift")
  @PreAuthorize("hasAnyRole('managers', 'admin')")
  @Operation(summary = "Lifts a hold, with the reason; steps that waited for it go on at once")
  HoldView lift(@PathVariable String caseNumber, @PathVariable long id, @Valid @RequestBody LiftRequest lift) {
    return HoldView.of(holds.lift(caseNumber, id, lift.reason(), actors.current()));
  }

  @GetMapping("/limitation")
  @Operation(summary = "The debt's statute of limitations: the governing state, when the clock started, when it "
      + "runs out, and whether the debt is time-barred")
  LimitationPeriods.Limitation limitation(@PathVariable String caseNumber) {
    return limitations.of(caseNumber);
  }

  record NewHoldRequest(@NotNull HoldKind kind, LocalDate receivedOn, DisputeRequest disputeRequest,
      @Size(max = 1000) String detail, @NotBlank @Size(max = 500) String evidence) {
  }

  record LiftRequest(@NotBlank @Size(max = 500) String reason) {
  }

  record HoldView(long id, HoldKind kind, boolean active, boolean pausesCollection, LocalDate receivedOn,
      Boolean withinValidationPeriod, DisputeRequest disputeRequest, String detail, String evidence,
      String recordedBy, Instant recordedAt, String representativeName, String representativeContact,
      String liftedBy, Instant liftedAt, String liftReason) {

    static HoldView of(Hold h) {
      return new HoldView(h.getId(), h.getKind(), h.isActive(), h.isActive() && h.pausesCollection(),
          h.getReceivedOn(), h.getWithinValidationPeriod(), h.getDisputeRequest(), h.getDetail(), h.getEvidence(),
          h.getRecordedBy(), h.getRecordedAt(), h.getRepresentativeName(), h.getRepresentativeContact(),
          h.getLiftedBy(), h.getLiftedAt(), h.getLiftReason());
    }
  }
}
