package org.recourse.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.payment.internal.PaymentFile;
import org.recourse.payment.PaymentFiles;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Places N accounts through the portfolio import on PostgreSQL and waits until each case is at its first collector
 * task; then posts 10 payments per account through a payment file (the whole path: staged file, chunks, the
 * ledger's lock and allocation, PaymentReceived and the case's message correlation), then payments over the HTTP
 * API with a few threads (one per account in turn, round after round), and finally checks every account's balance
 * against its opening balance less what was posted for it, to the cent.
 *
 * <pre>./mvnw -Ppayment-benchmark verify -Dbenchmark.accounts=10000 -Dbenchmark.apiPayments=100000</pre>
 *
 * The database is the integration tests' (127.0.0.1:5432/test, overridable with RECOURSE_IT_JDBC_URL), in a schema
 * of its own, recreated for every run. The letters of the placed cases are not rendered during the run (the
 * renderer is a background job of its own, not on the payment path).
 */
public final class PaymentBenchmark {

  private static final String SCHEMA = "recourse_bench_payment";
  private static final int PAYMENTS_PER_ACCOUNT = 10;
  private static final String PAYMENT_FILE_THREAD = "payment-file-";

  private PaymentBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int accounts = Integer.getInteger("benchmark.accounts", 10_000);
    int apiPayments = Integer.getInteger("benchmark.apiPayments", 5_000);
    int apiThreads = Integer.getInteger("benchmark.apiThreads", 4);
    boolean repost = Boolean.parseBoolean(System.getProperty("benchmark.repost", "true"));
    Path portfolio = Files.createTempFile("recourse-payment-benchmark-portfolio-", ".csv");
    Path paymentFile = Files.createTempFile("recourse-payment-benchmark-payments-", ".csv");
    IntakeBenchmark.writePortfolio(portfolio, accounts);

    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        // Command-line arguments, so that they override the configuration files.
        .run("--recourse.it.schema=" + SCHEMA,
            "--server.port=0",
            "--recourse.intake.staging-dir=target/benchmark-imports",
            "--recourse.payment.staging-dir=target/benchmark-payment-files",
            "--recourse.correspondence.render-initial-delay=PT24H",
            "--logging.level.root=WARN",
            "--logging.level.org.recourse.benchmark=INFO")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      AccountRegistry registry = app.getBean(AccountRegistry.class);
      registry.registerCreditor("BEN", "Benchmark Bank");
      TestData.usersAndCreditors(app.getBean(IdentityService.class), registry);
      boolean autovacuum = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
      ScheduledExecutorService analyzer = Executors.newSingleThreadScheduledExecutor();
      if (!autovacuum) {
        // As IntakeBenchmark: statistics of the growing tables where autovacuum would keep them fresh.
        analyzer.scheduleWithFixedDelay(() -> {
          jdbc.execute("analyze");
          jdbc.execute("vacuum " + SCHEMA + ".act_ru_job");
        }, 5, 10, TimeUnit.SECONDS);
      }

      // 1. The accounts, each at its first collector task.
      long placing = System.nanoTime();
      PortfolioImports imports = app.getBean(PortfolioImports.class);
      PortfolioImport placed;
      try (InputStream content = Files.newInputStream(portfolio)) {
        placed = imports.submit("benchmark.csv", content, "benchmark");
      }
      long lastReport = System.nanoTime();
      while (true) {
        PortfolioImport state = imports.get(placed.getId());
        if (state.getStatus() == FileRunStatus.FAILED) {
          throw new IllegalStateException("the portfolio import failed: " + state.getFailure());
        }
        long atCollector = jdbc.queryForObject(
            "select count(*) from collection_case where status = 'IN_COLLECTION'", Long.class);
        if (state.getStatus() == FileRunStatus.COMPLETED && atCollector >= accounts) {
          break;
        }
        if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
          System.out.printf(Locale.ROOT, "  placing %6.1f s: %d placed, %d at the collector%n",
              seconds(System.nanoTime() - placing), state.getRowsDone(), atCollector);
          lastReport = System.nanoTime();
        }
        Thread.sleep(500);
      }
      double placingSeconds = seconds(System.nanoTime() - placing);
      jdbc.execute("analyze");

      // 2. The opening balances, and a payment file of 10 payments per account, round by round.
      Map<String, Long> accountOfCase = new HashMap<>();
      Map<Long, BigDecimal> opening = new HashMap<>();
      jdbc.query("select c.case_number, c.id, (select sum(e.amount) from ledger_entry e where e.account_id = c.id) "
          + "from collection_case c", rs -> {
            accountOfCase.put(rs.getString(1), rs.getLong(2));
            opening.put(rs.getLong(2), rs.getBigDecimal(3));
          });
      List<String> caseNumbers = new ArrayList<>(accountOfCase.keySet());
      caseNumbers.sort(String::compareTo);
      Map<Long, BigDecimal> paid = new HashMap<>();
      LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
      try (BufferedWriter out = Files.newBufferedWriter(paymentFile, StandardCharsets.UTF_8)) {
        out.write("case_number,reference,amount,received_on,description\n");
        for (int round = 0; round < PAYMENTS_PER_ACCOUNT; round++) {
          for (int i = 0; i < caseNumbers.size(); i++) {
            String caseNumber = caseNumbers.get(i);
            long account = accountOfCase.get(caseNumber);
            // (round + 1) / 200 of the opening balance: 27.5 % after ten rounds, so no case is paid off.
            BigDecimal amount = opening.get(account).multiply(BigDecimal.valueOf(round + 1))
                .divide(BigDecimal.valueOf(200), 2, RoundingMode.DOWN).max(new BigDecimal("0.01"));
            paid.merge(account, amount, BigDecimal::add);
            LocalDate receivedOn = today.minusDays(PAYMENTS_PER_ACCOUNT - round);
            boolean spreadsheet = (i + round) % 3 == 0;
            out.write(String.join(",", caseNumber, "BENCH-" + round + "-" + caseNumber,
                spreadsheet ? "\"$" + String.format(Locale.US, "%,.2f", amount) + "\"" : amount.toPlainString(),
                spreadsheet ? receivedOn.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")) : receivedOn.toString(),
                "Benchmark payment " + (round + 1)));
            out.write('\n');
          }
        }
      }
      int filePayments = caseNumbers.size() * PAYMENTS_PER_ACCOUNT;

      // 3. The payment file, with a sampled profile of the thread that posts it.
      PaymentFiles files = app.getBean(PaymentFiles.class);
      Map<String, long[]> databaseBefore = tableActivity(jdbc);
      long cpuBefore = processCpuNanos();
      Sampler sampler = new Sampler(PAYMENT_FILE_THREAD, "FileRuns.run", "other (file loop, transaction begin)");
      sampler.start();
      long fileStart = System.nanoTime();
      PaymentFile file = submit(files, paymentFile, "payments.csv");
      PaymentFile posted = waitFor(files, file.getId(), fileStart);
      long fileEnd = System.nanoTime();
      sampler.stop();
      long cpuAfter = processCpuNanos();
      // PostgreSQL publishes a connection's table counters within 10 s of its going idle.
      Thread.sleep(11_000);
      Map<String, long[]> databaseAfter = tableActivity(jdbc);
      if (posted.getStatus() != FileRunStatus.COMPLETED || posted.getRowsDone() != filePayments) {
        throw new IllegalStateException("the payment file ended " + posted.getStatus() + " with "
            + posted.getRowsDone() + " of " + filePayments + " posted, " + posted.getRowsRejected() + " rejected: "
            + posted.getFailure());
      }

      // 4. The same file again: every row already posted, nothing changes.
      double repostSeconds = 0;
      PaymentFile reposted = null;
      if (repost) {
        long repostStart = System.nanoTime();
        reposted = waitFor(files, submit(files, paymentFile, "payments-again.csv").getId(), repostStart);
        repostSeconds = seconds(System.nanoTime() - repostStart);
      }

      // 5. Payments over the HTTP API, a few threads at once: one more payment for each account in turn, round after
      // round until the count asked for is posted.
      String port = app.getEnvironment().getProperty("local.server.port");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String authorization = "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8));
      int apiCount = apiPayments;
      Map<Long, BigDecimal> paidOverApi = new ConcurrentHashMap<>();
      Map<Long, Integer> apiPaymentsOf = new ConcurrentHashMap<>();
      AtomicLong postedOverApi = new AtomicLong();
      AtomicLong refused = new AtomicLong();
      ExecutorService clients = Executors.newFixedThreadPool(apiThreads);
      Sampler apiSampler = new Sampler("http-nio-", "FilterChainProxy", "other (Tomcat, Spring MVC)");
      apiSampler.start();
      long apiStart = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < apiThreads; t++) {
        int thread = t;
        running.add(clients.submit(() -> {
          for (int i = thread; i < apiCount; i += apiThreads) {
            String caseNumber = caseNumbers.get(i % caseNumbers.size());
            int round = i / caseNumbers.size();
            long account = accountOfCase.get(caseNumber);
            BigDecimal amount = opening.get(account).divide(BigDecimal.valueOf(200), 2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/payments"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                    {"caseNumber": "%s", "reference": "API-%s", "amount": %s, "receivedOn": "%s"}
                    """.formatted(caseNumber, caseNumber + "-" + round, amount.toPlainString(), today)))
                .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
              paidOverApi.merge(account, amount, BigDecimal::add);
              apiPaymentsOf.merge(account, 1, Integer::sum);
              postedOverApi.incrementAndGet();
            } else {
              refused.incrementAndGet();
              System.out.println("  API refused " + caseNumber + ": " + response.statusCode() + " " + response.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> client : running) {
        client.get();
      }
      long apiEnd = System.nanoTime();
      apiSampler.stop();
      clients.shutdown();
      // Let a running ANALYZE finish rather than cut its connection.
      analyzer.shutdown();
      analyzer.awaitTermination(2, TimeUnit.MINUTES);
      paidOverApi.forEach((account, amount) -> paid.merge(account, amount, BigDecimal::add));

      // 6. Every balance, to the cent: opening less what was posted; and its parts add up to it.
      Map<Long, BigDecimal[]> ledgers = new HashMap<>();
      jdbc.query("select account_id, sum(amount), sum(principal + interest + fees), "
          + "sum(case when kind = 'PAYMENT' then 1 else 0 end) from ledger_entry group by account_id", rs -> {
            ledgers.put(rs.getLong(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)});
          });
      List<String> mismatches = new ArrayList<>();
      for (Map.Entry<Long, BigDecimal> account : opening.entrySet()) {
        BigDecimal expected = account.getValue().subtract(paid.getOrDefault(account.getKey(), BigDecimal.ZERO));
        BigDecimal[] ledger = ledgers.get(account.getKey());
        int payments = PAYMENTS_PER_ACCOUNT + apiPaymentsOf.getOrDefault(account.getKey(), 0);
        if (ledger == null || ledger[0].compareTo(expected) != 0 || ledger[1].compareTo(ledger[0]) != 0
            || ledger[2].intValue() != payments) {
          mismatches.add("account " + account.getKey() + ": expected " + expected + " in " + payments
              + " payments, ledger " + (ledger == null ? "none" : ledger[0] + " (parts " + ledger[1] + ", "
              + ledger[2] + " payments)"));
        }
      }
      long caseEvents = jdbc.queryForObject("select count(*) from case_event where kind = 'PAYMENT_POSTED'", Long.class);

      double fileSeconds = seconds(fileEnd - fileStart);
      double apiSeconds = seconds(apiEnd - apiStart);
      System.out.println();
      System.out.printf(Locale.ROOT, "Recourse payment benchmark: %d accounts, PostgreSQL %s, %d cores, JDK %s%n",
          accounts, jdbc.queryForObject("show server_version", String.class),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      if (!autovacuum) {
        System.out.println("  (autovacuum is off on this server: the benchmark analyzed the tables every 10 s in its stead)");
      }
      System.out.printf(Locale.ROOT, "  accounts placed, each at its first collector task  %8.1f s%n", placingSeconds);
      System.out.printf(Locale.ROOT, "  payment file, %,d payments                   %8.1f s  %7.1f payments/s%n",
          filePayments, fileSeconds, filePayments / fileSeconds);
      System.out.printf(Locale.ROOT, "    JVM CPU %.0f %% of one core; per payment in the schema: %s%n",
          100.0 * (cpuAfter - cpuBefore) / (fileEnd - fileStart), perPayment(databaseBefore, databaseAfter, filePayments));
      System.out.println("    where the posting thread spent its time (sampled every 10 ms):");
      sampler.report().forEach((category, share) ->
          System.out.printf(Locale.ROOT, "      %-66s %5.1f %%%n", category, share));
      if (reposted != null) {
        System.out.printf(Locale.ROOT, "  the same file again: %,d already posted, %d posted   %8.1f s  %7.1f rows/s%n",
            reposted.getRowsAlreadyDone(), reposted.getRowsDone(), repostSeconds, filePayments / repostSeconds);
      }
      System.out.printf(Locale.ROOT, "  HTTP API, %,d payments on %d threads              %8.1f s  %7.1f payments/s%n",
          apiCount, apiThreads, apiSeconds, apiCount / apiSeconds);
      System.out.println("    where the request threads spent their time (sampled every 10 ms):");
      apiSampler.report().forEach((category, share) ->
          System.out.printf(Locale.ROOT, "      %-66s %5.1f %%%n", category, share));
      System.out.printf(Locale.ROOT, "  balances checked: %,d accounts, %d mismatches; %,d PaymentReceived heard by cases "
          + "(%,d payments posted); %d API payments refused%n", opening.size(), mismatches.size(), caseEvents,
          filePayments + postedOverApi.get(), refused.get());
      mismatches.stream().limit(20).forEach(mismatch -> System.out.println("    MISMATCH " + mismatch));
      if (!mismatches.isEmpty() || refused.get() > 0 || caseEvents != filePayments + postedOverApi.get()
          || (reposted != null && reposted.getRowsAlreadyDone() != filePayments)) {
        throw new IllegalStateException("the ledger does not match what was posted");
      }
    } finally {
      Files.deleteIfExists(portfolio);
      Files.deleteIfExists(paymentFile);
    }
  }

  private static PaymentFile submit(PaymentFiles files, Path csv, String name) throws java.io.IOException {
    try (InputStream content = Files.newInputStream(csv)) {
      return files.submit(name, content, "manager");
    }
  }

  private static PaymentFile waitFor(PaymentFiles files, long fileId, long start) throws InterruptedException {
    long lastReport = System.nanoTime();
    while (true) {
      PaymentFile state = files.get(fileId);
      if (state.getStatus() == FileRunStatus.COMPLETED || state.getStatus() == FileRunStatus.FAILED) {
        return state;
      }
      if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
        System.out.printf(Locale.ROOT, "  %s %6.1f s: %,d rows read, %,d posted, %,d already posted, %d rejected%n",
            state.getFileName(), seconds(System.nanoTime() - start), state.getRowsRead(), state.getRowsDone(),
            state.getRowsAlreadyDone(), state.getRowsRejected());
        lastReport = System.nanoTime();
      }
      Thread.sleep(100);
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * What the benchmark's schema saw, table by table: rows inserted, updated, and read (by sequential and index
   * scans). Other schemas of the same database (other test runs) are left out.
   */
  private static Map<String, long[]> tableActivity(JdbcTemplate jdbc) {
    jdbc.execute("select pg_stat_clear_snapshot()");
    Map<String, long[]> tables = new LinkedHashMap<>();
    jdbc.query("select relname, n_tup_ins, n_tup_upd, coalesce(seq_tup_read, 0), coalesce(idx_tup_fetch, 0), "
        + "coalesce(seq_scan, 0) from pg_stat_user_tables where schemaname = ?", rs -> {
          tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
              rs.getLong(6)});
        }, SCHEMA);
    return tables;
  }

  /** Inserts, updates and rows read per payment in the schema, and the tables read most. */
  private static String perPayment(Map<String, long[]> before, Map<String, long[]> after, int payments) {
    long[] total = new long[3];
    Map<String, Long> read = new HashMap<>();
    after.forEach((table, counts) -> {
      long[] was = before.getOrDefault(table, new long[5]);
      total[0] += counts[0] - was[0];
      total[1] += counts[1] - was[1];
      long rows = counts[2] - was[2] + counts[3] - was[3];
      total[2] += rows;
      if (rows > 0) {
        read.put(table + (counts[4] - was[4] > 0 ? " (" + (counts[4] - was[4]) + " seq scans)" : ""), rows);
      }
    });
    return String.format(Locale.ROOT, "%.2f inserts, %.2f updates, %.1f rows read (most: %s)",
        total[0] / (double) payments, total[1] / (double) payments, total[2] / (double) payments,
        String.join(", ", read.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(4).map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) payments))
            .toList()));
  }

  /**
   * A poor man's profiler of the threads that post payments (the payment file's, or the request threads): every
   * 10 ms, which part of the path each is in (a frame anywhere on its stack), waiting on the database included.
   */
  private static final class Sampler {

    /** Checked in order: the first whose frame is on a sample's stack counts it. */
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
      CATEGORIES.put("PaymentReceived -> CaseMessages: message correlation by business key (engine)",
          "MessageCorrelationBuilderImpl.correlateAllWithResult");
      CATEGORIES.put("PaymentReceived -> CaseMessages: case read and history entry", "CaseMessages.paymentReceived");
      CATEGORIES.put("ledger: lock, look-up of references, balances, allocation, inserts", "Ledger.post");
      CATEGORIES.put("cases of the batch, one read (CaseAccounts)", "PaymentCaseAccounts.find");
      CATEGORIES.put("sign-in: HTTP Basic against the engine's identity service",
          "EngineIdentityAuthenticationProvider.authenticate");
      CATEGORIES.put("transaction commit (flush of history entries, report lines, counters)",
          "AbstractPlatformTransactionManager.commit");
      CATEGORIES.put("payment file: duplicates, report lines, counters", "PaymentFiles.work");
      CATEGORIES.put("reading and checking the CSV", "PaymentCsv.read");
      CATEGORIES.put("reading and checking the CSV ", "CSVParser");
      CATEGORIES.put("request: JSON, validation, security filters, response", "FilterChainProxy");
    }

    private final String threadPrefix;
    private final String rootFrame;
    private final String otherwise;

    /** Samples the threads named {@code threadPrefix}... while {@code rootFrame} is on their stack. */
    Sampler(String threadPrefix, String rootFrame, String otherwise) {
      this.threadPrefix = threadPrefix;
      this.rootFrame = rootFrame;
      this.otherwise = otherwise;
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private long samples;

    void start() {
      timer.scheduleAtFixedRate(this::sample, 10, 10, TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
      timer.shutdown();
      timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    private synchronized void sample() {
      for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
        if (info == null || !info.getThreadName().startsWith(threadPrefix)) {
          continue;
        }
        String stack = stackOf(info);
        if (!stack.contains(rootFrame)) {
          continue;
        }
        samples++;
        String found = otherwise;
        for (Map.Entry<String, String> category : CATEGORIES.entrySet()) {
          if (stack.contains(category.getValue())) {
            found = category.getKey().strip();
            break;
          }
        }
        counts.merge(found, 1L, Long::sum);
      }
    }

    private static String stackOf(ThreadInfo info) {
      StringBuilder stack = new StringBuilder();
      for (StackTraceElement frame : info.getStackTrace()) {
        stack.append(frame.getClassName(), frame.getClassName().lastIndexOf('.') + 1, frame.getClassName().length())
            .append('.').append(frame.getMethodName()).append('\n');
      }
      return stack.toString();
    }

    synchronized Map<String, Double> report() {
      Map<String, Double> shares = new LinkedHashMap<>();
      counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(entry -> shares.put(entry.getKey(), 100.0 * entry.getValue() / Math.max(1, samples)));
      return shares;
    }
  }
}
