package org.recourse.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  /**
   * The clock of business dates (what "today" is for a placement or a due date); contact windows use the debtor's
   * own zone. It reads the engine's clock, so that timers and business dates move together when a test moves time.
   */
  @Bean
  Clock clock(@Value("${recourse.business-zone:America/New_York}") ZoneId zone) {
    return new EngineClock(zone);
  }

  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
