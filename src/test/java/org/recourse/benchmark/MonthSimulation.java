package org.recourse.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.payment.Payment;
import org.recourse.payment.PaymentPosting;
import org.recourse.payment.Payments;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A simulated month of a portfolio on two nodes against one PostgreSQL schema, each node with its job executor,
 * letter renderer and mail dispatcher running, mail through real SMTP servers (GreenMail, one per node):
 * <ol>
 *   <li>day 0: {@code benchmark.cases} accounts placed, half of the file on each node; a collector then agrees a plan
 *       of four weekly installments with 30 % of the debtors and a promise to pay with 20 %, half of them on each
 *       node; the rest stay at the collector;</li>
 *   <li>each following day, the clock moves to noon Eastern of that day, the debtors pay what they owe that day (a
 *       plan's debtor on the due date, four days late, or never; a promise kept or broken), each payment on the node
 *       of its case, one in 25 on both nodes at once; then the nodes work until nothing is due (timers fired,
 *       installments judged, reminders and demands rendered and e-mailed).</li>
 * </ol>
 * At the end it checks that nothing was done twice or lost: each payment in the ledger once; every job, timers
 * included, executed once (the engine's job log, switched on for this run only), no timer or job left overdue, no
 * incident; every letter rendered, every e-mail received by an SMTP server once. It prints what each node did.
 *
 * <pre>./mvnw -Pmonth-simulation verify [-Dbenchmark.cases=10000 -Dbenchmark.days=30]</pre>
 */
public final class MonthSimulation {

  private static final String SCHEMA = "recourse_month_sim";
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final int INSTALLMENTS = 4;

  private MonthSimulation() {
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("benchmark.cases", 10_000);
    int days = Integer.getInteger("benchmark.days", 30);
    LocalDate day0 = LocalDate.now(EASTERN);
    moveTo(day0);
    // One SMTP server per node, so that what each node sent is counted where it arrived.
    Map<String, GreenMail> smtp = new LinkedHashMap<>();
    for (String name : List.of("node-a", "node-b")) {
      GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      smtp.put(name, server);
    }
    List<Path> files = new ArrayList<>();
    ConfigurableApplicationContext nodeA = null;
    ConfigurableApplicationContext nodeB = null;
    try {
      nodeA = node("node-a", smtp.get("node-a"));
      nodeB = node("node-b", smtp.get("node-b"));
      List<ConfigurableApplicationContext> nodes = List.of(nodeA, nodeB);
      JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
      TestData.usersAndCreditors(nodeA.getBean(IdentityService.class), nodeA.getBean(AccountRegistry.class));
      nodeA.getBean(AccountRegistry.class).registerCreditor("BEN", "Benchmark Bank");
      var analyzer = IntakeBenchmark.standInForAutovacuum(jdbc, SCHEMA);
      try {
        long start = System.nanoTime();
        place(nodes, jdbc, cases, files);
        System.out.printf(Locale.ROOT, "day 0: %d accounts placed over the two nodes, all at the collector, in %.0f s%n",
            cases, IntakeBenchmark.seconds(System.nanoTime() - start));
        start = System.nanoTime();
        Map<String, Integer> agreed = agree(nodes, jdbc, day0);
        System.out.printf(Locale.ROOT, "day 0: %s agreed in %.0f s%n", agreed,
            IntakeBenchmark.seconds(System.nanoTime() - start));
        Day quiet = settle(jdbc, day0, Totals.of(jdbc));
        System.out.printf(Locale.ROOT, "day 0: quiet after %.0f s more%n", quiet.seconds);

        Map<String, NodeFigures> figures = new LinkedHashMap<>();
        figures.put("node-a", new NodeFigures());
        figures.put("node-b", new NodeFigures());
        Set<String> posted = ConcurrentHashMap.newKeySet();
        for (int d = 1; d <= days; d++) {
          LocalDate today = day0.plusDays(d);
          moveTo(today);
          long dayStart = System.nanoTime();
          Totals before = Totals.of(jdbc);
          int paid = pay(nodes, jdbc, today, figures, posted);
          Day day = settle(jdbc, today, before);
          System.out.printf(Locale.ROOT, "day %2d (%s): %4d payments, %5d jobs, %4d letters, %4d e-mails; quiet in "
                  + "%5.1f s%n", d, today, paid, day.jobs, day.letters, day.mails,
              IntakeBenchmark.seconds(System.nanoTime() - dayStart));
        }
        check(jdbc, smtp, posted);
        report(jdbc, figures, smtp, cases, days);
      } finally {
        analyzer.shutdownNow();
      }
    } finally {
      if (nodeB != null) {
        nodeB.close();
      }
      if (nodeA != null) {
        nodeA.close();
      }
      smtp.values().forEach(GreenMail::stop);
      ClockUtil.reset();
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static ConfigurableApplicationContext node(String name, GreenMail smtp) {
    return new SpringApplicationBuilder(RecourseApplication.class, JobLog.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0",
            "--recourse.node.id=" + name,
            "--recourse.intake.staging-dir=target/benchmark-imports/" + name,
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
            "--recourse.correspondence.mail-poll-initial-delay=PT1S",
            "--recourse.correspondence.mail-poll-every=PT1S",
            "--logging.level.root=WARN");
  }

  /** Noon Eastern of the day, every debtor's contact hours (08:00-21:00 their time) open; the clock runs on. */
  private static void moveTo(LocalDate day) {
    ClockUtil.offset(day.atTime(12, 0).atZone(EASTERN).toInstant().toEpochMilli() - System.currentTimeMillis());
  }

  /** Half of the portfolio to each node's import, at once. */
  private static void place(List<ConfigurableApplicationContext> nodes, JdbcTemplate jdbc, int cases,
      List<Path> files) throws Exception {
    Path whole = Files.createTempFile("recourse-month-", ".csv");
    files.add(whole);
    IntakeBenchmark.writePortfolio(whole, cases);
    List<String> lines = Files.readAllLines(whole);
    List<PortfolioImport> submitted = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      List<String> part = new ArrayList<>();
      part.add(lines.get(0));
      for (int i = 1 + n; i < lines.size(); i += nodes.size()) {
        part.add(lines.get(i));
      }
      Path file = Files.createTempFile("recourse-month-" + n + "-", ".csv");
      files.add(file);
      Files.write(file, part);
      try (InputStream content = Files.newInputStream(file)) {
        submitted.add(nodes.get(n).getBean(PortfolioImports.class).submit("month-" + n + ".csv", content, "benchmark"));
      }
    }
    MonitoringBenchmark.await("placed", () -> {
      long done = 0;
      for (int n = 0; n < nodes.size(); n++) {
        PortfolioImport state = nodes.get(n).getBean(PortfolioImports.class).get(submitted.get(n).getId());
        if (state.getStatus() == FileRunStatus.FAILED) {
          throw new IllegalStateException("import failed: " + state.getFailure());
        }
        done += state.getStatus() == FileRunStatus.COMPLETED ? state.getRowsDone() : 0;
      }
      return done;
    }, cases);
    MonitoringBenchmark.await("at the collector", () -> MonitoringBenchmark.count(jdbc,
        "select count(*) from collection_case where status = 'IN_COLLECTION'"), cases);
  }

  /**
   * A collector on each node works the cases of that node's half: a plan with three in ten debtors, a promise with
   * two in ten. A plan's first installment falls two to eight days ahead, a promise's date five to nineteen.
   */
  private static Map<String, Integer> agree(List<ConfigurableApplicationContext> nodes, JdbcTemplate jdbc,
      LocalDate day0) throws Exception {
    List<String> numbers = jdbc.queryForList("select case_number from collection_case order by id", String.class);
    AtomicInteger plans = new AtomicInteger();
    AtomicInteger promises = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService collectors = Executors.newFixedThreadPool(nodes.size());
    List<Future<?>> done = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      int node = n;
      done.add(collectors.submit(() -> {
        TaskService tasks = nodes.get(node).getBean(TaskService.class);
        IdentityService identity = nodes.get(node).getBean(IdentityService.class);
        for (int i = node; i < numbers.size(); i += nodes.size()) {
          int kind = i % 10;
          Map<String, Object> form;
          if (kind < 3) {
            form = Map.of("outcome", "PLAN_REQUESTED", "planInstallments", INSTALLMENTS, "planFrequency", "WEEKLY",
                "planFirstDate", day0.plusDays(2 + i % 7).toString());
          } else if (kind < 5) {
            form = Map.of("outcome", "PROMISE_TO_PAY", "promiseAmount", 150,
                "promiseDate", day0.plusDays(5 + i % 15).toString());
          } else {
            continue;
          }
          try {
            MonitoringBenchmark.complete(tasks, identity, numbers.get(i), "Task_WorkAccount", form);
            if (kind < 3) {
              MonitoringBenchmark.complete(tasks, identity, numbers.get(i), "Task_ConfirmPlan", Map.of("debtorAnswer", "ACCEPTED"));
              plans.incrementAndGet();
            } else {
              promises.incrementAndGet();
            }
          } catch (RuntimeException refusal) {
            refused.incrementAndGet();
            System.out.printf("  %s: %s%n", numbers.get(i), refusal.getMessage());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    collectors.shutdown();
    Map<String, Integer> agreed = new LinkedHashMap<>();
    agreed.put("plans", plans.get());
    agreed.put("promises", promises.get());
    agreed.put("refused", refused.get());
    return agreed;
  }

  /**
   * What the debtors pay today, each payment on the node of its case (by case number), one in 25 sent to both nodes
   * at once. The arrangement's id picks the debtor's habit: two in four pay on the due date, one pays four days late,
   * one never pays; a promise is kept by one debtor in two.
   */
  private static int pay(List<ConfigurableApplicationContext> nodes, JdbcTemplate jdbc, LocalDate today,
      Map<String, NodeFigures> figures, Set<String> posted) throws Exception {
    record Due(long installment, long arrangement, String kind, String caseNumber, BigDecimal amount, LocalDate on) {
    }
    List<Due> owed = jdbc.query("select i.id, a.id, a.kind, c.case_number, i.amount, i.due_date from installment i "
            + "join arrangement a on a.id = i.arrangement_id join collection_case c on c.id = a.case_id "
            + "where i.due_date in (?, ?) and i.status = 'DUE' and a.status = 'AGREED'",
        (row, n) -> new Due(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getBigDecimal(5),
            row.getObject(6, LocalDate.class)), today, today.minusDays(4));
    List<Due> paying = new ArrayList<>();
    for (Due due : owed) {
      long habit = due.arrangement % 4;
      boolean promise = "PROMISE".equals(due.kind);
      boolean paysToday = promise ? due.on.equals(today) && due.arrangement % 2 == 0
          : (habit <= 1 && due.on.equals(today)) || (habit == 2 && due.on.equals(today.minusDays(4)));
      if (paysToday) {
        paying.add(due);
      }
    }
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (int p = 0; p < paying.size(); p++) {
      Due due = paying.get(p);
      String reference = "SIM-" + due.installment;
      Payment payment = new Payment(reference, due.amount.setScale(2, RoundingMode.HALF_UP), today, "Simulated month");
      int home = Math.floorMod(due.caseNumber.hashCode(), nodes.size());
      List<Integer> to = p % 25 == 0 ? List.of(home, 1 - home) : List.of(home);
      for (int node : to) {
        sent.add(senders.submit(() -> {
          PaymentPosting posting = nodes.get(node).getBean(Payments.class).receive(due.caseNumber, payment, "admin");
          NodeFigures mine = figures.get(node == 0 ? "node-a" : "node-b");
          if (posting.alreadyPosted()) {
            mine.alreadyPosted.incrementAndGet();
          } else {
            mine.payments.incrementAndGet();
            if (!posted.add(reference)) {
              throw new IllegalStateException(reference + " posted by both nodes");
            }
          }
          return null;
        }));
      }
    }
    for (Future<?> f : sent) {
      f.get();
    }
    senders.shutdown();
    return paying.size();
  }

  private record Day(double seconds, long jobs, long letters, long mails) {
  }

  /** Jobs executed, letters rendered and e-mails sent so far, by both nodes. */
  private record Totals(long jobs, long letters, long mails) {

    static Totals of(JdbcTemplate jdbc) {
      return new Totals(MonitoringBenchmark.count(jdbc, "select count(*) from act_hi_job_log where job_state_ = 2"),
          MonitoringBenchmark.count(jdbc, "select count(*) from document where status <> 'RENDERING'"),
          MonitoringBenchmark.count(jdbc, "select count(*) from outbox_mail where status = 'SENT'"));
    }
  }

  /**
   * Waits until nothing is due: no job to run or running, no letter to render, no e-mail to send; what was done
   * since {@code before}.
   */
  private static Day settle(JdbcTemplate jdbc, LocalDate today, Totals before) {
    long start = System.nanoTime();
    int quietInARow = 0;
    long lastReport = System.nanoTime();
    while (quietInARow < 3) {
      Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
      long busy = jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
          + "and (duedate_ is null or duedate_ <= ? or lock_owner_ is not null)", Long.class, now)
          + MonitoringBenchmark.count(jdbc, "select count(*) from document where status = 'RENDERING'")
          + jdbc.queryForObject("select count(*) from outbox_mail where status in ('PENDING', 'SENDING') "
              + "and next_attempt_at <= ?", Long.class, now);
      quietInARow = busy == 0 ? quietInARow + 1 : 0;
      if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
        System.out.printf("  %s: %d things still to do%n", today, busy);
        lastReport = System.nanoTime();
      }
      MonitoringBenchmark.sleep(busy == 0 ? 300 : 500);
    }
    Totals after = Totals.of(jdbc);
    return new Day(IntakeBenchmark.seconds(System.nanoTime() - start), after.jobs - before.jobs,
        after.letters - before.letters, after.mails - before.mails);
  }

  /** Nothing twice, nothing lost. */
  private static void check(JdbcTemplate jdbc, Map<String, GreenMail> smtp, Set<String> posted) {
    List<String> problems = new ArrayList<>();
    expect(problems, "payments in the ledger more than once", MonitoringBenchmark.count(jdbc, "select count(*) from (select reference "
        + "from ledger_entry where reference like 'SIM-%' group by reference having count(*) > 1) twice"), 0);
    expect(problems, "payments in the ledger", MonitoringBenchmark.count(jdbc,
        "select count(*) from ledger_entry where reference like 'SIM-%'"), posted.size());
    // The history cleanup is the one job that lives on: it runs once a day under the same id.
    expect(problems, "jobs executed more than once", MonitoringBenchmark.count(jdbc, "select count(*) from (select job_id_ from "
        + "act_hi_job_log where job_state_ = 2 and job_def_type_ <> 'history-cleanup' group by job_id_ "
        + "having count(*) > 1) twice"), 0);
    expect(problems, "timers created and neither fired, cancelled nor still waiting", MonitoringBenchmark.count(jdbc,
        "select count(*) from act_hi_job_log c where c.job_state_ = 0 and c.job_def_type_ like 'timer%' "
            + "and not exists (select 1 from act_hi_job_log e where e.job_id_ = c.job_id_ and e.job_state_ in (2, 3)) "
            + "and not exists (select 1 from act_ru_job j where j.id_ = c.job_id_)"), 0);
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    expect(problems, "jobs overdue", jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null "
        + "or duedate_ <= ?", Long.class, now), 0);
    expect(problems, "incidents", MonitoringBenchmark.count(jdbc, "select count(*) from act_ru_incident"), 0);
    expect(problems, "letters not rendered", MonitoringBenchmark.count(jdbc, "select count(*) from document where status = 'RENDERING'"), 0);
    expect(problems, "e-mails failed or uncertain", MonitoringBenchmark.count(jdbc,
        "select count(*) from outbox_mail where status not in ('SENT', 'PENDING')"), 0);
    expect(problems, "e-mails received by the SMTP servers", smtp.values().stream()
            .mapToLong(server -> server.getReceivedMessages().length).sum(),
        MonitoringBenchmark.count(jdbc, "select count(*) from outbox_mail where status = 'SENT'"));
    LocalDate today = LocalDate.ofInstant(now.toInstant(), EASTERN);
    expect(problems, "installments of a watched arrangement past their grace period and not judged",
        jdbc.queryForObject("select count(*) from installment i join arrangement a on a.id = i.arrangement_id "
            + "where a.status = 'AGREED' and i.status = 'DUE' and i.due_date < ?", Long.class, today.minusDays(6)), 0);
    expect(problems, "installments still due on an arrangement that ended", MonitoringBenchmark.count(jdbc,
        "select count(*) from installment i join arrangement a on a.id = i.arrangement_id "
            + "where a.status <> 'AGREED' and i.status = 'DUE'"), 0);
    expect(problems, "arrangements still agreed on a case closed", MonitoringBenchmark.count(jdbc,
        "select count(*) from arrangement a join collection_case c on c.id = a.case_id "
            + "where a.status = 'AGREED' and c.status = 'CLOSED'"), 0);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The simulated month went wrong:\n  " + String.join("\n  ", problems));
    }
    System.out.println("  checked: each payment posted once, every job and timer executed once, none overdue, "
        + "no incident, every letter rendered, every e-mail received once, no installment left due on an "
        + "arrangement ended or past its grace");
  }

  private static void expect(List<String> problems, String what, long actual, long expected) {
    if (actual != expected) {
      problems.add(what + ": " + actual + ", expected " + expected);
    }
  }

  private static void report(JdbcTemplate jdbc, Map<String, NodeFigures> figures, Map<String, GreenMail> smtp,
      int cases, int days) {
    System.out.println();
    System.out.printf(Locale.ROOT, "Recourse month simulation: %d cases, %d days, two nodes, PostgreSQL %s, %d cores, "
            + "JDK %s%n", cases, days, jdbc.queryForObject("show server_version", String.class),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    Map<String, Map<String, Object>> jobs = new LinkedHashMap<>();
    jdbc.query("select hostname_, sum(case when job_state_ = 2 then 1 else 0 end), "
        + "sum(case when job_state_ = 2 and job_def_type_ like 'timer%' then 1 else 0 end), "
        + "sum(case when job_state_ = 1 then 1 else 0 end) from act_hi_job_log where job_state_ in (1, 2) "
        + "group by hostname_ order by hostname_", row -> {
          jobs.put(row.getString(1), Map.of("jobs", row.getLong(2), "timers", row.getLong(3), "failed", row.getLong(4)));
        });
    System.out.printf("  %-8s %8s %8s %14s %8s %9s %14s%n", "node", "jobs", "timers", "failed tries",
        "e-mails", "payments", "already posted");
    for (var node : figures.entrySet()) {
      String name = node.getKey();
      Map<String, Object> own = jobs.getOrDefault(name, Map.of("jobs", 0L, "timers", 0L, "failed", 0L));
      System.out.printf(Locale.ROOT, "  %-8s %8d %8d %14d %8d %9d %14d%n", name, own.get("jobs"), own.get("timers"),
          own.get("failed"), smtp.get(name).getReceivedMessages().length,
          node.getValue().payments.get(), node.getValue().alreadyPosted.get());
    }
    System.out.printf(Locale.ROOT, "  installments: %s%n", byNode(jdbc, "select status, count(*) from installment "
        + "group by status"));
    System.out.printf(Locale.ROOT, "  arrangements: %s%n", byNode(jdbc, "select status, count(*) from arrangement "
        + "group by status"));
    System.out.printf(Locale.ROOT, "  letters: %s%n", byNode(jdbc, "select kind, count(*) from document group by kind"));
  }

  private static Map<String, Long> byNode(JdbcTemplate jdbc, String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(sql, row -> {
      counts.put(row.getString(1), row.getLong(2));
    });
    return counts;
  }

  private static final class NodeFigures {
    final AtomicInteger payments = new AtomicInteger();
    final AtomicInteger alreadyPosted = new AtomicInteger();
  }

  /**
   * The engine's job log, for this run only (Recourse's history level leaves it out): one row when a job is created,
   * fails, succeeds or is deleted, with the node that ran it. It is how the simulation sees that every job ran once.
   */
  static final class JobLog extends AbstractProcessEnginePlugin {

    private static final Set<HistoryEventType> JOB_EVENTS = Set.of(HistoryEventTypes.JOB_CREATE,
        HistoryEventTypes.JOB_FAIL, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

    private final String node;

    JobLog(Environment environment) {
      this.node = environment.getRequiredProperty("recourse.node.id");
    }

    /** The job log names the node that ran each job by the engine's host name. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setHostname(node);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
      HistoryLevel level = configuration.getHistoryLevel();
      configuration.setHistoryLevel(new HistoryLevel() {
        @Override
        public int getId() {
          return level.getId();
        }

        @Override
        public String getName() {
          return level.getName();
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
          return JOB_EVENTS.contains(eventType) || level.isHistoryEventProduced(eventType, entity);
        }
      });
    }
  }
}
