package org.recourse.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a manager expects each collector to collect in a month; set again, it replaces the month's target. */
@Service
public class CollectorTargets {

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  CollectorTargets(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  public void set(String collector, YearMonth month, BigDecimal amount, String actor) {
    List<FieldProblem> problems = new ArrayList<>();
    if (collector == null || collector.isBlank()) {
      problems.add(new FieldProblem("collector", "name the collector"));
    }
    if (month == null) {
      problems.add(new FieldProblem("month", "name the month (YYYY-MM)"));
    }
    if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
      problems.add(new FieldProblem("amount", "the target is an amount of dollars and cents, zero or more"));
    }
    if (!problems.isEmpty()) {
      throw new InputRejectedException("The target cannot be set", problems);
    }
    MapSqlParameterSource row = new MapSqlParameterSource("collector", collector.strip())
        .addValue("month", month.atDay(1)).addValue("amount", amount).addValue("by", actor)
        .addValue("at", clock.instant().atOffset(java.time.ZoneOffset.UTC));
    jdbc.update("delete from collector_target where collector = :collector and target_month = :month", row);
    jdbc.update("insert into collector_target (collector, target_month, amount, set_by, set_at)"
        + " values (:collector, :month, :amount, :by, :at)", row);
  }
}
