package org.recourse.benchmark;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.payment.Payment;
import org.recourse.payment.Payments;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N plans whose installments fall due on the same day, on PostgreSQL with the job executor running: half of them
 * paid, half not. The clock then moves past the due date and its grace period, and the benchmark measures how long
 * the node takes to judge every installment (the timers firing, the ledger read, reminders recorded, the next check
 * scheduled).
 *
 * <pre>./mvnw -Pmonitoring-benchmark verify -Dbenchmark.plans=10000</pre>
 *
 * With {@code -Dbenchmark.jfr=target/monitoring.jfr} (inside {@code benchmark.options}) the measured run alone is
 * recorded by Java Flight Recorder, for {@code jfr print --events jdk.ExecutionSample}.
 */
public final class MonitoringBenchmark {

  private static final String SCHEMA = "recourse_monitor_bench";
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  private MonitoringBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int plans = Integer.getInteger("benchmark.plans", 10_000);
    Path file = Files.createTempFile("recourse-monitor-", ".csv");
    IntakeBenchmark.writePortfolio(file, plans);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0",
            "--recourse.intake.staging-dir=target/benchmark-imports",
            // Letters are recorded in each step; laying them out is the renderer's work, not the monitoring's.
            "--recourse.correspondence.render-initial-delay=PT24H",
            "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      app.getBean(AccountRegistry.class).registerCreditor("BEN", "Benchmark Bank");
      TestData.usersAndCreditors(app.getBean(IdentityService.class), app.getBean(AccountRegistry.class));
      LocalDate today = LocalDate.now(EASTERN);
      LocalDate due = today.plusDays(3);

      System.out.printf("setting up %d plans due on %s...%n", plans, due);
      long setup = System.nanoTime();
      PortfolioImports imports = app.getBean(PortfolioImports.class);
      PortfolioImport submitted;
      try (InputStream content = Files.newInputStream(file)) {
        submitted = imports.submit("monitoring.csv", content, "benchmark");
      }
      await("placed", () -> imports.get(submitted.getId()).getStatus() == FileRunStatus.COMPLETED ? plans : 0, plans);
      await("at the collector", () -> count(jdbc, "select count(*) from collection_case where status = 'IN_COLLECTION'"),
          plans);
      TaskService tasks = app.getBean(TaskService.class);
      IdentityService identity = app.getBean(IdentityService.class);
      List<String> cases = jdbc.queryForList("select case_number from collection_case order by id", String.class);
      ExecutorService collectors = Executors.newFixedThreadPool(2);
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int part = t;
        done.add(collectors.submit(() -> {
          for (int i = part; i < cases.size(); i += 2) {
            String caseNumber = cases.get(i);
            complete(tasks, identity, caseNumber, "Task_WorkAccount", Map.of("outcome", "PLAN_REQUESTED",
                "planInstallments", 3, "planFrequency", "MONTHLY", "planFirstDate", due.toString()));
            complete(tasks, identity, caseNumber, "Task_ConfirmPlan", Map.of("debtorAnswer", "ACCEPTED"));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      collectors.shutdown();
      String waiting = "select count(*) from act_ru_job where type_ = 'timer' and handler_cfg_ like '%Timer_InstallmentDue%'";
      await("plans watched", () -> count(jdbc, waiting), plans);
      // Half the debtors pay their first installment in full.
      Payments payments = app.getBean(Payments.class);
      Map<String, BigDecimal> firstInstallments = new java.util.HashMap<>();
      jdbc.query("select c.case_number, i.amount from installment i join arrangement a on a.id = i.arrangement_id "
          + "join collection_case c on c.id = a.case_id where i.seq = 1", row -> {
        firstInstallments.put(row.getString(1), row.getBigDecimal(2));
      });
      for (int i = 0; i < cases.size(); i += 2) {
        String caseNumber = cases.get(i);
        payments.receive(caseNumber, new Payment("MON-" + caseNumber, firstInstallments.get(caseNumber), today,
            "Benchmark"), "admin");
      }
      await("plans watched again after the payments", () -> count(jdbc, waiting), plans);
      jdbc.execute("analyze");
      System.out.printf(Locale.ROOT, "  set up in %.0f s%n", (System.nanoTime() - setup) / 1e9);

      // The day after the due date and its grace period: every plan's first check falls due at once.
      long judgedBefore = count(jdbc, "select count(*) from installment where status <> 'DUE'");
      long start;
      long judged;
      long end;
      try (FlightRecording recording = FlightRecording.startIfAsked()) {
        ClockUtil.setCurrentTime(Date.from(due.plusDays(7).atTime(9, 0).atZone(EASTERN).toInstant()));
        start = System.nanoTime();
        await("installments judged", () -> count(jdbc, "select count(*) from installment where status <> 'DUE'")
            - judgedBefore, plans);
        judged = System.nanoTime();
        await("next checks scheduled", () -> count(jdbc, waiting), plans);
        end = System.nanoTime();
      }

      long missed = count(jdbc, "select count(*) from installment where seq = 1 and status = 'MISSED'");
      long reminders = count(jdbc, "select count(*) from document where kind = 'installment-reminder'");
      System.out.println();
      System.out.printf(Locale.ROOT, "Recourse monitoring benchmark: %d plans due the same day, PostgreSQL %s, %d cores, "
          + "JDK %s%n", plans, jdbc.queryForObject("show server_version", String.class),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      System.out.printf(Locale.ROOT, "  every first installment judged   %6.1f s  (%.0f plans/s)%n",
          (judged - start) / 1e9, plans / ((judged - start) / 1e9));
      System.out.printf(Locale.ROOT, "  every next check scheduled       %6.1f s%n", (end - start) / 1e9);
      System.out.printf(Locale.ROOT, "  judged paid %d, missed %d; reminders recorded %d (once each)%n",
          plans - missed, missed, reminders);
      if (reminders != missed) {
        throw new IllegalStateException(reminders + " reminders for " + missed + " missed installments");
      }
    } finally {
      ClockUtil.reset();
      Files.deleteIfExists(file);
    }
  }

  /** Completes the case's task as a collector, waiting up to 20 s for it to appear. */
  static void complete(TaskService tasks, IdentityService identity, String caseNumber, String key,
      Map<String, Object> form) {
    Task task = null;
    for (int tries = 0; task == null && tries < 400; tries++) {
      task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
      if (task == null) {
        sleep(50);
      }
    }
    if (task == null) {
      throw new IllegalStateException("no " + key + " for " + caseNumber);
    }
    identity.setAuthentication("collector", List.of("collectors"));
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  static long count(JdbcTemplate jdbc, String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  static void await(String what, LongSupplier progress, long target) {
    long lastReport = System.nanoTime();
    while (progress.getAsLong() < target) {
      if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
        System.out.printf("  waiting: %s %d of %d%n", what, progress.getAsLong(), target);
        lastReport = System.nanoTime();
      }
      sleep(200);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
