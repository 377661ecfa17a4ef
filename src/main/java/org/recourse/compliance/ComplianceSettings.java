package org.recourse.compliance;

import java.util.HashMap;
import java.util.Map;
import org.recourse.account.UsState;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** State overlays of the contact rules, as configuration ({@code recourse.compliance.*}). */
@Component
@ConfigurationProperties("recourse.compliance")
public class ComplianceSettings {

  /** Per state: a stricter limit of collector-initiated calls and texts in seven days, and the rule's name. */
  private Map<UsState, StateOverlay> stateOverlays = new HashMap<>();

  public Map<UsState, StateOverlay> getStateOverlays() {
    return stateOverlays;
  }

  public void setStateOverlays(Map<UsState, StateOverlay> stateOverlays) {
    this.stateOverlays = stateOverlays;
  }

  public static class StateOverlay {
    private Integer callsAndTextsPer7Days;
    private String rule;

    public Integer getCallsAndTextsPer7Days() {
      return callsAndTextsPer7Days;
    }

    public void setCallsAndTextsPer7Days(Integer callsAndTextsPer7Days) {
      this.callsAndTextsPer7Days = callsAndTextsPer7Days;
    }

    public String getRule() {
      return rule;
    }

    public void setRule(String rule) {
      this.rule = rule;
    }
  }
}
