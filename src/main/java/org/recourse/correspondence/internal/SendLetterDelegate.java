package org.recourse.correspondence.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseProcess;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.Letters;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/**
 * Sends the notice a point of the spine calls for (the model's input {@code notice}). The validation notice sets
 * {@code validationPeriodOver}, the first moment after its validation period, which the spine waits for before
 * any demand.
 */
@Component("sendLetterDelegate")
public class SendLetterDelegate implements JavaDelegate {

  private final Letters letters;
  private final Clock clock;

  SendLetterDelegate(Letters letters, Clock clock) {
    this.letters = letters;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LetterKind notice = LetterKind.valueOf((String) execution.getVariable("notice"));
    String caseNumber = execution.getProcessBusinessKey();
    if (notice == LetterKind.VALIDATION_NOTICE) {
      LocalDate ends = letters.sendValidationNotice(caseNumber, Actors.SYSTEM);
      execution.setVariable(CaseProcess.Vars.VALIDATION_PERIOD_OVER, periodOver(ends));
    } else {
      // One per pass through this step: a case returned by legal and defaulting again gets a new demand.
      var sent = letters.sendIfAllowed(caseNumber, notice, notice.template() + ":" + execution.getActivityInstanceId(),
          Map.of(), Actors.SYSTEM);
      if (notice == LetterKind.FINAL_DEMAND) {
        LocalDate dated = sent.map(Document::getLetterDate).orElse(LocalDate.now(clock));
        execution.setVariable(CaseProcess.Vars.FINAL_DEMAND_PERIOD_OVER, periodOver(letters.payBy(dated)));
      }
    }
  }

  private Date periodOver(LocalDate ends) {
    return CaseProcess.periodOver(ends, clock.getZone());
  }
}
