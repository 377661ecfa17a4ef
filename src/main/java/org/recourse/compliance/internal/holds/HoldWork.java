package org.recourse.compliance.internal.holds;

import org.recourse.account.PhoneNumbers;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.platform.TaskRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the work on a hold's tasks, one command per completed form: the creditor's verification of a dispute, what
 * was found about a deceased debtor's estate, a servicemember's status.
 */
@Service
class HoldWork {

  private final Holds holds;
  private final CollectionCases cases;

  HoldWork(Holds holds, CollectionCases cases) {
    this.holds = holds;
    this.cases = cases;
  }

  /** What the open (or else the latest) dispute of the case asked for. */
  @Transactional(readOnly = true)
  DisputeRequest requested(String caseNumber) {
    return holds.openDispute(caseNumber).or(() -> holds.latestDispute(caseNumber))
        .orElseThrow(() -> new TaskRefusal("Case " + caseNumber + " has no dispute to verify."))
        .getDisputeRequest();
  }

  @Transactional
  void record(String caseNumber, DisputeVerification verification, String actor) {
    if (verification.answersWithOriginalCreditor()) {
      holds.answerWithOriginalCreditor(caseNumber, verification.originalCreditorName(),
          verification.originalCreditorAddress(), actor);
    }
    cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, verification.describe());
  }

  /** A named representative lifts the death's hold and becomes the one contacted; no estate ends collection. */
  @Transactional
  void record(String caseNumber, EstateFinding finding, String actor) {
    if (finding.representativeNamed()) {
      try {
        holds.nameRepresentative(caseNumber, finding.representativeName(), finding.representativeContact(), actor);
      } catch (PhoneNumbers.InvalidPhoneNumberException e) {
        throw new TaskRefusal("The representative's phone or e-mail " + e.getMessage() + ".");
      }
    } else {
      cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, "No estate to collect from; collection ends"
          + (finding.notes() == null ? "" : " — " + finding.notes()));
    }
  }

  /** On active duty the hold stays (no default judgment without the affidavit); not on active duty it lifts. */
  @Transactional
  void record(String caseNumber, MilitaryStatus status, String actor) {
    if (status.activeDuty()) {
      cases.record(caseNumber, CaseEventKind.HOLD_WORKED, actor, "Active duty confirmed (" + status.certificate()
          + "): no default judgment without the military-status affidavit");
    } else {
      holds.liftOldest(caseNumber, HoldKind.SERVICEMEMBER, "Not on active duty (" + status.certificate() + ")", actor);
    }
  }
}
