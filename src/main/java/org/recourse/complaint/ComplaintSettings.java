package org.recourse.complaint;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How complaints are answered, as configuration ({@code recourse.complaints.*}). */
@Component
@ConfigurationProperties("recourse.complaints")
public class ComplaintSettings {

  /**
   * The days a complaint has for its answer, from the day it was received; it is due at the end of the last one and
   * goes to the managers when it is not answered by then. The CFPB asks companies for an answer within 15 days.
   */
  private Period answerWithin = Period.ofDays(15);

  public Period getAnswerWithin() {
    return answerWithin;
  }

  public void setAnswerWithin(Period answerWithin) {
    if (answerWithin.isNegative() || answerWithin.isZero()) {
      throw new IllegalArgumentException("recourse.complaints.answer-within must be at least a day");
    }
    this.answerWithin = answerWithin;
  }
}
