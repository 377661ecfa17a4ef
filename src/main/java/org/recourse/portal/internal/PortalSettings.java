package org.recourse.portal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How the portal limits sign-in attempts ({@code recourse.portal.*}); the links' own settings are PortalLinks'. */
@Component
@ConfigurationProperties("recourse.portal")
class PortalSettings {

  private int failuresPerReference = 5;
  private int failuresPerAddress = 20;
  private Duration failureWindow = Duration.ofMinutes(15);

  public int getFailuresPerReference() {
    return failuresPerReference;
  }

  public void setFailuresPerReference(int failuresPerReference) {
    this.failuresPerReference = failuresPerReference;
  }

  public int getFailuresPerAddress() {
    return failuresPerAddress;
  }

  public void setFailuresPerAddress(int failuresPerAddress) {
    this.failuresPerAddress = failuresPerAddress;
  }

  public Duration getFailureWindow() {
    return failureWindow;
  }

  public void setFailureWindow(Duration failureWindow) {
    this.failureWindow = failureWindow;
  }
}
