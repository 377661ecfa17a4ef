package org.recourse.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.recourse.RecourseApplication;
import org.recourse.support.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the engine alone does on this machine, for scale beside {@link IntakeBenchmark}: Recourse's own engine (the
 * same database, pool, job executor, history level and authorizations) runs N instances of a one-step model (start,
 * one asynchronous no-op step, a user task for the collectors) until every instance waits at its task, started 200
 * per transaction as the portfolio import starts its cases. It prints instances/s and the engine data per instance,
 * after a warm-up of {@code -Dbenchmark.warmup} instances (10,000; not counted), as the intake benchmark.
 *
 * <pre>./mvnw -Pengine-baseline verify -Dbenchmark.instances=20000</pre>
 */
public final class EngineBaseline {

  private static final String SCHEMA = "recourse_bench_engine";
  private static final int PER_TRANSACTION = 200;

  private EngineBaseline() {
  }

  public static void main(String[] args) throws Exception {
    int instances = Integer.getInteger("benchmark.instances", 20_000);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0", "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      BpmnModelInstance model = Bpmn.createExecutableProcess("engine-baseline").camundaHistoryTimeToLive(1)
          .startEvent()
          .serviceTask("Task_Step").camundaAsyncBefore().camundaExpression("${true}")
          .userTask("Task_Work").camundaCandidateGroups("collectors")
          .endEvent()
          .done();
      app.getBean(RepositoryService.class).createDeployment().name("engine-baseline")
          .addModelInstance("engine-baseline.bpmn", model).deploy();
      RuntimeService runtime = app.getBean(RuntimeService.class);
      TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      var analyzer = IntakeBenchmark.standInForAutovacuum(jdbc, SCHEMA);
      int warmup = Integer.getInteger("benchmark.warmup", 10_000);
      double warmupSeconds = 0;
      if (warmup > 0) {
        // As the intake benchmark: the JVM's first minutes go to compiling its hot code.
        System.out.printf(Locale.ROOT, "  warm-up: %d instances, not counted%n", warmup);
        long warmupStart = System.nanoTime();
        run(runtime, transaction, jdbc, "EBW-", warmup, 0);
        warmupSeconds = (System.nanoTime() - warmupStart) / 1e9;
      }
      long bytesBefore = IntakeBenchmark.engineBytes(jdbc, SCHEMA);
      Map<String, Object> databaseBefore = IntakeBenchmark.databaseActivity(jdbc);

      long start = System.nanoTime();
      long allStarted = run(runtime, transaction, jdbc, "EB-", instances, warmup);
      long end = System.nanoTime();
      analyzer.shutdownNow();
      Map<String, Object> databaseAfter = IntakeBenchmark.databaseActivity(jdbc);
      long bytesAfter = IntakeBenchmark.engineBytes(jdbc, SCHEMA);

      System.out.println();
      System.out.printf(Locale.ROOT, "Engine baseline: %d instances of start, one async no-op step, a user task;"
              + " PostgreSQL %s, %d cores, JDK %s%n", instances, jdbc.queryForObject("show server_version", String.class),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      if (!IntakeBenchmark.autovacuum(jdbc)) {
        System.out.println("  (autovacuum is off on this server: tables analyzed and vacuumed at its thresholds, as the"
            + " intake benchmark does)");
      }
      if (warmup > 0) {
        System.out.printf(Locale.ROOT, "  warm-up, the first %6d      %8.1f s  %7.1f instances/s (not counted)%n",
            warmup, warmupSeconds, warmup / warmupSeconds);
      }
      System.out.printf(Locale.ROOT, "  all started                   %8.1f s  %7.1f instances/s%n",
          (allStarted - start) / 1e9, instances / ((allStarted - start) / 1e9));
      System.out.printf(Locale.ROOT, "  all at the user task          %8.1f s  %7.1f instances/s%n", (end - start) / 1e9,
          instances / ((end - start) / 1e9));
      System.out.printf(Locale.ROOT, "  engine data per instance      %8.0f bytes as written%n",
          (bytesAfter - bytesBefore) / (double) instances);
      System.out.printf(Locale.ROOT, "  database work per instance     %s%n",
          IntakeBenchmark.perAccount(databaseBefore, databaseAfter, instances));
    }
  }

  /**
   * Starts instances, {@value #PER_TRANSACTION} per transaction, and waits until they and the {@code alreadyAtTask}
   * before them wait at the user task; returns when the last was started ({@link System#nanoTime}).
   */
  private static long run(RuntimeService runtime, TransactionTemplate transaction, JdbcTemplate jdbc, String keyPrefix,
      int instances, int alreadyAtTask) throws InterruptedException {
    long start = System.nanoTime();
    for (int started = 0; started < instances; started += PER_TRANSACTION) {
      int first = started;
      transaction.executeWithoutResult(status -> {
        for (int i = first; i < Math.min(instances, first + PER_TRANSACTION); i++) {
          runtime.startProcessInstanceByKey("engine-baseline", keyPrefix + i);
        }
      });
    }
    long allStarted = System.nanoTime();
    long lastReport = System.nanoTime();
    String waiting = "select count(*) - " + alreadyAtTask + " from act_ru_task where task_def_key_ = 'Task_Work'";
    while (jdbc.queryForObject(waiting, Long.class) < instances) {
      if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
        System.out.printf(Locale.ROOT, "  %6.1f s: %d at the task%n", (System.nanoTime() - start) / 1e9,
            jdbc.queryForObject(waiting, Long.class));
        lastReport = System.nanoTime();
      }
      Thread.sleep(200);
    }
    return allStarted;
  }
}
