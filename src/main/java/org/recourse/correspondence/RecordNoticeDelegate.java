package org.recourse.correspondence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CollectionCases;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;

/**
 * Records in the case history that a notice (the model's input {@code notice}) is due to go out at this point
 * of the case. Rendering and sending the letter itself is the letter engine's.
 */
@Component("recordNoticeDelegate")
class RecordNoticeDelegate implements JavaDelegate {

  private final CollectionCases cases;

  RecordNoticeDelegate(CollectionCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NoticeKind notice = NoticeKind.valueOf((String) execution.getVariable("notice"));
    cases.record(execution.getProcessBusinessKey(), CaseEventKind.NOTICE_RECORDED, Actors.SYSTEM,
        notice.title() + " recorded for mailing");
  }
}
