package org.recourse.correspondence.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.recourse.compliance.DisputeRequest;
import org.recourse.compliance.Hold;
import org.recourse.compliance.Holds;
import org.recourse.correspondence.Document;
import org.recourse.correspondence.LetterData;
import org.recourse.correspondence.LetterKind;
import org.recourse.correspondence.Letters;
import org.recourse.platform.Actors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the open dispute: the verification of the debt, or the original creditor's name and address when that
 * was asked for, once per dispute; the dispute's hold is lifted in the same transaction, so collection resumes
 * exactly when the answer is on record (FDCPA 1692g(b)).
 */
@Component("answerDisputeDelegate")
public class AnswerDisputeDelegate implements JavaDelegate {

  private final Letters letters;
  private final Holds holds;

  AnswerDisputeDelegate(Letters letters, Holds holds) {
    this.letters = letters;
    this.holds = holds;
  }

  @Override
  @Transactional
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Hold dispute = holds.openDispute(caseNumber).or(() -> holds.latestDispute(caseNumber))
        .orElseThrow(() -> new IllegalStateException("case " + caseNumber + " has no dispute to answer"));
    boolean originalCreditor = dispute.getDisputeRequest() == DisputeRequest.ORIGINAL_CREDITOR;
    LetterKind answer = originalCreditor ? LetterKind.ORIGINAL_CREDITOR : LetterKind.VERIFICATION;
    Map<String, Object> facts = !originalCreditor ? Map.of() : Map.of("originalCreditor",
        new LetterData.OriginalCreditor(dispute.getOriginalCreditorName(), addressLines(dispute)));
    Document sent = letters.send(caseNumber, answer, "dispute-answer:" + dispute.getId(), facts, Actors.SYSTEM);
    if (dispute.isActive()) {
      holds.lift(caseNumber, dispute.getId(), "Answered: " + sent.describe() + " dated " + sent.getLetterDate()
          + " (document " + sent.getId() + ")", Actors.SYSTEM);
    }
  }

  private static List<String> addressLines(Hold dispute) {
    String address = dispute.getOriginalCreditorAddress();
    return address == null ? List.of() : Arrays.stream(address.split("\\R")).map(String::trim)
        .filter(line -> !line.isEmpty()).toList();
  }
}
