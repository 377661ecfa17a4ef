package org.recourse.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Places N accounts through the portfolio import, on PostgreSQL, until every one of them has its first collector
 * task, and reports accounts per second and the engine's data per open case.
 *
 * <pre>./mvnw -Pbenchmark verify -Dbenchmark.accounts=20000</pre>
 *
 * A server places portfolios long after it started, so the measured portfolio follows a warm-up portfolio of another
 * creditor ({@code -Dbenchmark.warmup=10000}; 0 for none), placed the same way and not counted: on a 2-core machine
 * the JVM's compiler takes a quarter of its CPU for the first two minutes. The warm-up's own rate is printed too.
 *
 * With {@code -Dbenchmark.options="... -Dbenchmark.jfr=intake.jfr"}, the placement is recorded for a profile; with
 * {@code -Dbenchmark.letters=false} there, the run ends without waiting for the validation notices to be rendered.
 *
 * The database is the integration tests' (127.0.0.1:5432/test, overridable with RECOURSE_IT_JDBC_URL), in a schema
 * of its own, recreated for every run.
 */
public final class IntakeBenchmark {

  private static final String SCHEMA = "recourse_bench";
  private static final String WARMUP_CREDITOR = "WRM";

  private IntakeBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int accounts = Integer.getInteger("benchmark.accounts", 20_000);
    int warmup = Integer.getInteger("benchmark.warmup", 10_000);
    Path file = Files.createTempFile("recourse-benchmark-", ".csv");
    writePortfolio(file, accounts);

    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        // Command-line arguments, so that they override the configuration files.
        .run("--recourse.it.schema=" + SCHEMA,
            "--server.port=0",
            "--recourse.intake.staging-dir=target/benchmark-imports",
            "--logging.level.root=WARN",
            "--logging.level.org.recourse.benchmark=INFO")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      AccountRegistry registry = app.getBean(AccountRegistry.class);
      registry.registerCreditor("BEN", "Benchmark Bank");
      long engineBytesEmpty = engineBytes(jdbc, SCHEMA);
      boolean autovacuum = autovacuum(jdbc);
      ScheduledExecutorService analyzer = standInForAutovacuum(jdbc, SCHEMA);

      double warmupSeconds = 0;
      if (warmup > 0) {
        // A server places portfolios long after it started; the JVM's first minutes go to compiling its hot code.
        registry.registerCreditor(WARMUP_CREDITOR, "Warm-up Bank");
        Path warm = Files.createTempFile("recourse-benchmark-warmup-", ".csv");
        try {
          writePortfolio(warm, warmup, WARMUP_CREDITOR);
          System.out.printf(Locale.ROOT, "  warm-up: %d accounts of another creditor, not counted%n", warmup);
          warmupSeconds = seconds(place(app, jdbc, warm, warmup, 0).allAtCollector());
        } finally {
          Files.deleteIfExists(warm);
        }
      }

      long engineBytesBefore = engineBytes(jdbc, SCHEMA);
      Map<String, Long> rowsBefore = engineRows(jdbc);
      Map<String, Object> databaseBefore = databaseActivity(jdbc);
      FlightRecording recording = FlightRecording.startIfAsked();
      if (Boolean.getBoolean("benchmark.intakeOnly")) {
        long intake = place(app, jdbc, file, accounts, -1).placed();
        recording.close();
        analyzer.shutdownNow();
        System.out.printf(Locale.ROOT, "intake only: %d accounts in %.1f s%n", accounts, seconds(intake));
        return;
      }
      long start = System.nanoTime();
      Placement placement = place(app, jdbc, file, accounts, warmup);
      long end = start + placement.allAtCollector();
      long lastReport = System.nanoTime();
      recording.close();
      Map<String, Object> databaseAfter = databaseActivity(jdbc);
      // The validation notices are rendered behind the cases, on the node's renderer thread.
      boolean letters = Boolean.parseBoolean(System.getProperty("benchmark.letters", "true"));
      String rendered = "select count(*) from document where rendered_at is not null";
      while (letters && jdbc.queryForObject(rendered, Long.class) < warmup + accounts) {
        if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
          System.out.printf("  %6.1f s: %d validation notices rendered%n", seconds(System.nanoTime() - start),
              jdbc.queryForObject(rendered, Long.class));
          lastReport = System.nanoTime();
        }
        Thread.sleep(500);
      }
      long lettersDone = System.nanoTime();
      analyzer.shutdownNow();

      long engineBytesAfter = engineBytes(jdbc, SCHEMA);
      Map<String, Long> rowsAfter = engineRows(jdbc);
      jdbc.execute("vacuum full analyze");
      long engineBytesCompacted = engineBytes(jdbc, SCHEMA);

      double total = seconds(end - start);
      System.out.println();
      System.out.printf(Locale.ROOT, "Recourse intake benchmark: %d accounts, PostgreSQL %s, %d cores, JDK %s%n",
          accounts, jdbc.queryForObject("show server_version", String.class),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      if (!autovacuum) {
        System.out.println("  (autovacuum is off on this server: the benchmark analyzed and vacuumed the tables and"
            + " catalogs its thresholds would pick, before the run and every 10 s, in its stead)");
      }
      if (warmup > 0) {
        System.out.printf(Locale.ROOT, "  warm-up, the first %6d after start %7.1f s  %7.1f accounts/s (not counted)%n",
            warmup, warmupSeconds, warmup / warmupSeconds);
      }
      System.out.printf(Locale.ROOT, "  placed (import finished)         %8.1f s  %7.1f accounts/s%n",
          seconds(placement.placed()), accounts / seconds(placement.placed()));
      System.out.printf(Locale.ROOT, "  all at the first collector task  %8.1f s  %7.1f accounts/s%n", total,
          accounts / total);
      if (letters) {
        System.out.printf(Locale.ROOT, "  all validation notices rendered  %8.1f s  %7.1f letters/s%n",
            seconds(lettersDone - start), accounts / seconds(lettersDone - start));
      }
      System.out.printf(Locale.ROOT, "  engine data per open case        %8.0f bytes as written, %.0f bytes after VACUUM FULL%n",
          (engineBytesAfter - engineBytesBefore) / (double) accounts,
          // Compacted, the warm-up's cases cannot be told from the run's: all open cases share the figure.
          (engineBytesCompacted - engineBytesEmpty) / (double) (warmup + accounts));
      System.out.printf(Locale.ROOT, "  database work per account         %s%n",
          perAccount(databaseBefore, databaseAfter, accounts));
      System.out.println("  engine rows per case:");
      rowsAfter.forEach((table, rows) -> {
        long added = rows - rowsBefore.getOrDefault(table, 0L);
        if (added > 0) {
          System.out.printf(Locale.ROOT, "    %-24s %5.2f%n", table, added / (double) accounts);
        }
      });
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** How long a portfolio took from submission: to the import's end, and to the last case at its collector task. */
  record Placement(long placed, long allAtCollector) {
  }

  /**
   * Places a portfolio file and waits until {@code alreadyInCollection} plus its accounts are at their first collector
   * task (or, with a negative {@code alreadyInCollection}, only until the import ends), reporting every 10 s.
   */
  static Placement place(ConfigurableApplicationContext app, JdbcTemplate jdbc, Path file, int accounts,
      int alreadyInCollection) throws Exception {
    PortfolioImports imports = app.getBean(PortfolioImports.class);
    long start = System.nanoTime();
    PortfolioImport submitted;
    try (InputStream content = Files.newInputStream(file)) {
      submitted = imports.submit(file.getFileName().toString(), content, "benchmark");
    }
    long intakeDone = 0;
    long lastReport = System.nanoTime();
    while (true) {
      PortfolioImport state = imports.get(submitted.getId());
      boolean ended = state.getStatus() == FileRunStatus.COMPLETED || state.getStatus() == FileRunStatus.FAILED;
      if (intakeDone == 0 && ended) {
        intakeDone = System.nanoTime();
        if (state.getStatus() == FileRunStatus.FAILED || state.getRowsDone() != accounts) {
          throw new IllegalStateException("import ended " + state.getStatus() + " with " + state.getRowsDone()
              + " placed: " + state.getFailure());
        }
        if (alreadyInCollection < 0) {
          return new Placement(intakeDone - start, 0);
        }
      }
      // A case is in collection once its first collector task has been created (an index scan, unlike ACT_RU_TASK).
      long atCollector = jdbc.queryForObject(
          "select count(*) from collection_case where status = 'IN_COLLECTION'", Long.class) - alreadyInCollection;
      if (atCollector >= accounts) {
        return new Placement(intakeDone - start, System.nanoTime() - start);
      }
      if (System.nanoTime() - lastReport > Duration.ofSeconds(10).toNanos()) {
        System.out.printf("  %6.1f s: %d placed, %d at the collector%n", seconds(System.nanoTime() - start),
            state.getRowsDone(), atCollector);
        lastReport = System.nanoTime();
      }
      Thread.sleep(500);
    }
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** The database's own counters (the whole database, so the benchmark should run alone). */
  static Map<String, Object> databaseActivity(JdbcTemplate jdbc) {
    jdbc.execute("select pg_stat_clear_snapshot()");
    return jdbc.queryForMap("select xact_commit as commits, tup_inserted as inserts, tup_updated as updates, "
        + "tup_deleted as deletes, tup_returned + tup_fetched as reads "
        + "from pg_stat_database where datname = current_database()");
  }

  static boolean autovacuum(JdbcTemplate jdbc) {
    return "on".equals(jdbc.queryForObject("show autovacuum", String.class));
  }

  /**
   * Production PostgreSQL keeps planner statistics fresh and dead rows reclaimed with autovacuum; where it is off
   * (as on the reference machine), tables that grow from empty to 20,000 cases get plans made for empty tables, and
   * the system catalogs fill with the dead rows of every schema created and dropped before (each run's and each
   * integration test's), which slows every statement's planning. In its stead this looks at the schema's tables and
   * the catalogs, once before the run and then every 10 s, and analyzes or vacuums those that autovacuum's default
   * thresholds would pick: analyze after 50 + 10 % of a table's rows changed, vacuum once 50 + 20 % are dead. Shut
   * the returned executor down when the run is over; its thread is a daemon, so that a run that fails ends too.
   */
  static ScheduledExecutorService standInForAutovacuum(JdbcTemplate jdbc, String schema) {
    ScheduledExecutorService analyzer = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "benchmark-analyzer");
      thread.setDaemon(true);
      return thread;
    });
    if (!autovacuum(jdbc)) {
      Runnable pass = () -> {
        jdbc.execute("select pg_stat_clear_snapshot()");
        jdbc.queryForList("""
            select 'vacuum analyze ' || quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_all_tables
            where schemaname in (?, 'pg_catalog') and n_dead_tup > 50 + 0.2 * greatest(n_live_tup, 0)
            union all
            select 'analyze ' || quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_all_tables
            where schemaname in (?, 'pg_catalog') and n_dead_tup <= 50 + 0.2 * greatest(n_live_tup, 0)
              and n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup - n_mod_since_analyze, 0)
            """, String.class, schema, schema).forEach(jdbc::execute);
      };
      pass.run();
      analyzer.scheduleWithFixedDelay(pass, 10, 10, TimeUnit.SECONDS);
    }
    return analyzer;
  }

  /** The counters' growth between two readings, per account (or instance). */
  static String perAccount(Map<String, Object> before, Map<String, Object> after, int accounts) {
    return String.join(", ", after.keySet().stream().map(key -> String.format(Locale.ROOT, "%.1f %s",
        (((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue()) / (double) accounts, key))
        .toList());
  }

  /** Tables, indexes and TOAST of the engine's ACT_* tables in a schema. */
  static long engineBytes(JdbcTemplate jdbc, String schema) {
    return jdbc.queryForObject("""
        select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind = 'r' and c.relname like 'act\\_%'
        """, Long.class, schema);
  }

  private static Map<String, Long> engineRows(JdbcTemplate jdbc) {
    Map<String, Long> rows = new java.util.TreeMap<>();
    for (String table : jdbc.queryForList("""
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = ? and c.relkind = 'r' and c.relname like 'act\\_%'
        """, String.class, SCHEMA)) {
      rows.put(table, jdbc.queryForObject("select count(*) from " + SCHEMA + "." + table, Long.class));
    }
    return rows;
  }

  /** A portfolio of varied, valid accounts: balances, ages, states and contact data spread like a real one. */
  static void writePortfolio(Path file, int accounts) throws java.io.IOException {
    writePortfolio(file, accounts, "BEN");
  }

  /** As {@link #writePortfolio(Path, int)}, for a creditor registered under the code, its account numbers its own. */
  static void writePortfolio(Path file, int accounts, String creditor) throws java.io.IOException {
    String[][] places = {
        {"Austin", "TX", "78701", "512"}, {"Boston", "MA", "02108", "617"}, {"New York", "NY", "10118", "212"},
        {"San Francisco", "CA", "94114", "415"}, {"Atlanta", "GA", "30303", "404"}, {"Miami", "FL", "33131", "305"},
        {"Chicago", "IL", "60606", "312"}, {"Cleveland", "OH", "44115", "216"}, {"Phoenix", "AZ", "85004", "602"},
        {"Seattle", "WA", "98109", "206"}};
    String[] products = {"CREDIT_CARD", "PERSONAL_LOAN", "AUTO_LOAN", "MEDICAL", "UTILITY"};
    LocalDate today = LocalDate.now();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("creditor_code,account_number,original_creditor,current_creditor,product,itemization_date_type,"
          + "itemization_date,itemization_amount,interest_since_itemization,fees_since_itemization,charge_off_date,"
          + "charge_off_balance,delinquency_date,first_name,last_name,preferred_language,address_line1,city,state,"
          + "postal_code,mobile_phone,email,email_consent\n");
      for (int i = 0; i < accounts; i++) {
        String[] place = places[i % places.length];
        int days = 120 + (i * 37) % 900;
        LocalDate delinquency = today.minusDays(days);
        LocalDate chargeOff = delinquency.plusDays(Math.min(180, days - 30));
        String amount = String.format(Locale.ROOT, "%d.%02d", 200 + (i * 7919) % 19_800, i % 100);
        out.write(String.join(",", creditor, creditor + "-" + i, "Benchmark Bank", "Benchmark Bank",
            products[i % products.length], "CHARGE_OFF", chargeOff.toString(), amount, i % 3 == 0 ? "12.50" : "",
            i % 4 == 0 ? "35.00" : "", chargeOff.toString(), amount, delinquency.toString(), "Debtor" + i, "Benchmark",
            i % 5 == 0 ? "es" : "en", (100 + i % 900) + " Main St", place[0], place[1], place[2],
            i % 17 == 0 ? "" : "(" + place[3] + ") 555-01" + String.format("%02d", i % 100),
            i % 2 == 0 ? "debtor" + i + "@example.com" : "", i % 2 == 0 ? "yes" : ""));
        out.write('\n');
      }
    }
  }
}
