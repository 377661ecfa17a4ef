package org.recourse.casework;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How cases are worked, as configuration ({@code recourse.casework.*}). The process models read the periods
 * through this bean, {@code ${caseworkSettings...}}, so a change needs no new deployment.
 */
@Component("caseworkSettings")
@ConfigurationProperties("recourse.casework")
public class CaseworkSettings {

  /** Unanswered attempts in a row after which the debtor is traced. */
  private int maxContactAttempts = 5;
  /** How long to wait before the next attempt after no contact. */
  private Duration retryContactAfter = Duration.ofDays(2);
  /** How long the debtor has after the final demand before the case is referred to legal. */
  private Duration finalDemandWaitingPeriod = Duration.ofDays(30);

  public int getMaxContactAttempts() {
    return maxContactAttempts;
  }

  public void setMaxContactAttempts(int maxContactAttempts) {
    if (maxContactAttempts < 1) {
      throw new IllegalArgumentException("recourse.casework.max-contact-attempts must be at least 1");
    }
    this.maxContactAttempts = maxContactAttempts;
  }

  public Duration getRetryContactAfter() {
    return retryContactAfter;
  }

  public void setRetryContactAfter(Duration retryContactAfter) {
    this.retryContactAfter = retryContactAfter;
  }

  public Duration getFinalDemandWaitingPeriod() {
    return finalDemandWaitingPeriod;
  }

  public void setFinalDemandWaitingPeriod(Duration finalDemandWaitingPeriod) {
    this.finalDemandWaitingPeriod = finalDemandWaitingPeriod;
  }

  /** The retry period as the ISO-8601 duration a BPMN timer reads. */
  public String retryContactAfterIso() {
    return retryContactAfter.toString();
  }
}
