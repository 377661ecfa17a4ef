package org.recourse.benchmark;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.account.PhoneKind;
import org.recourse.account.UsState;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactResult;
import org.recourse.compliance.ContactRules;
import org.recourse.compliance.HoldKind;
import org.recourse.compliance.Holds;
import org.recourse.compliance.RestrictionKind;
import org.recourse.compliance.StateTimeZones;
import org.recourse.correspondence.internal.MailOptOuts;
import org.recourse.intake.PortfolioImport;
import org.recourse.intake.PortfolioImports;
import org.recourse.platform.FileRunStatus;
import org.recourse.support.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month of collection for N cases on PostgreSQL: collectors try to call, text, e-mail and write at random hours,
 * through the contact guard, while debtors ask for limits, opt out and dispute. Afterwards every contact recorded
 * is checked against the rules by a separate, brute-force reading of the log (not by the guard's code), and the
 * guard's decision times are reported.
 *
 * <p>The month is replayed as fast as the machine goes, two collectors' threads at once; {@code benchmark.rate}
 * (attempts per second) spaces the attempts instead, for the times of a machine with headroom. A month of 10,000
 * cases is about 150,000 attempts, 0.06 a second in real time.
 *
 * <pre>./mvnw -Pguard-benchmark verify -Dbenchmark.cases=10000 -Dbenchmark.attempts=150000 [-Dbenchmark.rate=200]</pre>
 */
public final class ContactGuardSimulation {

  private static final String SCHEMA = "recourse_guard_bench";
  private static final LocalDateTime MONTH_STARTS = LocalDateTime.of(2026, 3, 2, 0, 0);
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final Duration STEP = Duration.ofMinutes(15);
  private static final int DAYS = 30;
  private static final int THREADS = 2;

  /** Where debtors live, and the area codes of their numbers; some numbers are from another state's code. */
  private static final String[][] PLACES = {
      {"Austin", "TX", "78701", "512"}, {"Boston", "MA", "02108", "617"}, {"New York", "NY", "10118", "212"},
      {"San Francisco", "CA", "94114", "415"}, {"Atlanta", "GA", "30303", "404"}, {"Denver", "CO", "80202", "303"},
      {"Chicago", "IL", "60606", "312"}, {"Phoenix", "AZ", "85004", "602"}, {"Seattle", "WA", "98109", "206"},
      {"Honolulu", "HI", "96813", "808"}, {"Anchorage", "AK", "99501", "907"}, {"El Paso", "TX", "79901", "915"}};

  private ContactGuardSimulation() {
  }

  record Debtor(String caseNumber, UsState state, String mobile, String home, String work, String email) {

    List<String> phones() {
      return Arrays.stream(new String[] {mobile, home, work}).filter(p -> p != null).toList();
    }
  }

  public static void main(String[] args) throws Exception {
    int caseCount = Integer.getInteger("benchmark.cases", 10_000);
    long attempts = Long.getLong("benchmark.attempts", 150_000);
    double rate = Double.parseDouble(System.getProperty("benchmark.rate", "0"));
    // Each worker's attempts are spaced evenly; a worker behind its schedule goes on at once.
    long spacing = rate > 0 ? (long) (THREADS * 1e9 / rate) : 0;
    Random random = new Random(20260302L);
    Path file = Files.createTempFile("recourse-guard-", ".csv");
    writePortfolio(file, caseCount);
    ClockUtil.setCurrentTime(Date.from(MONTH_STARTS.minusDays(3).atZone(EASTERN).toInstant()));

    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0",
            "--recourse.intake.staging-dir=target/benchmark-imports",
            // The guard alone: no job executor or letter renderer competing for the two cores.
            "--camunda.bpm.job-execution.enabled=false", "--recourse.correspondence.render-initial-delay=PT24H",
            "--logging.level.root=WARN")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ContactGuard guard = app.getBean(ContactGuard.class);
      Holds holds = app.getBean(Holds.class);
      MailOptOuts optOuts = app.getBean(MailOptOuts.class);
      app.getBean(AccountRegistry.class).registerCreditor("GRD", "Guard Bank");

      System.out.printf("placing %d cases...%n", caseCount);
      long placing = System.nanoTime();
      PortfolioImports imports = app.getBean(PortfolioImports.class);
      PortfolioImport submitted;
      try (InputStream content = Files.newInputStream(file)) {
        submitted = imports.submit("guard.csv", content, "benchmark");
      }
      while (imports.get(submitted.getId()).getStatus() != FileRunStatus.COMPLETED) {
        if (imports.get(submitted.getId()).getStatus() == FileRunStatus.FAILED) {
          throw new IllegalStateException("the portfolio import failed: " + imports.get(submitted.getId()).getFailure());
        }
        Thread.sleep(500);
      }
      System.out.printf(Locale.ROOT, "  placed in %.1f s%n", (System.nanoTime() - placing) / 1e9);
      jdbc.execute("analyze");
      List<Debtor> debtors = debtors(jdbc);

      // What debtors ask for, and what happens to them, spread over the month.
      Map<Integer, List<Runnable>> events = new TreeMap<>();
      for (int i = 0; i < debtors.size(); i++) {
        Debtor debtor = debtors.get(i);
        int step = random.nextInt(DAYS * 96);
        int n = i;
        Runnable event = switch (i % 40) {
          case 0 -> () -> guard.restrict(debtor.caseNumber(), RestrictionKind.CEASE, null, null, null, "letter",
              "simulation");
          case 1 -> () -> guard.restrict(debtor.caseNumber(), RestrictionKind.ATTORNEY, null, null, "Dana Reyes, Esq.",
              "letter of representation", "simulation");
          case 2, 3 -> () -> guard.restrict(debtor.caseNumber(), RestrictionKind.INCONVENIENT_TIME,
              LocalTime.of(9 + n % 6, 0), LocalTime.of(12 + n % 6, 30), "at work", "call", "simulation");
          case 4 -> () -> guard.restrict(debtor.caseNumber(), RestrictionKind.NO_CALLS_AT_WORK, null, null, null, "call",
              "simulation");
          case 5 -> () -> holds.place(debtor.caseNumber(), new Holds.NewHold(HoldKind.BANKRUPTCY, null, null,
              "Bankr. court 26-" + n + ", chapter 7", "notice of filing"), "simulation");
          case 6 -> () -> holds.place(debtor.caseNumber(), new Holds.NewHold(HoldKind.DISPUTE, null,
              org.recourse.compliance.DisputeRequest.VERIFICATION, null, "tear-off form"), "simulation");
          case 7 -> () -> holds.place(debtor.caseNumber(), new Holds.NewHold(HoldKind.DECEASED, null, null, null,
              "call from the family"), "simulation");
          case 8, 9 -> () -> {
            if (debtor.email() != null) {
              String link = optOuts.link(debtor.email());
              optOuts.optOut(debtor.email(), link.substring(link.indexOf("token=") + 6), "simulation");
            }
          };
          default -> null;
        };
        if (event != null) {
          events.computeIfAbsent(step, s -> new ArrayList<>()).add(event);
        }
      }

      int steps = DAYS * 96;
      double perStep = attempts / (double) steps;
      Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
      AtomicLong allowed = new AtomicLong();
      long[] decisionNanos = new long[(int) (attempts * 1.2) + 1000];
      AtomicLong decisions = new AtomicLong();
      // The whole attempt: the decision, the contact recorded, the commit.
      long[] attemptNanos = new long[decisionNanos.length];
      boolean[] refused = new boolean[decisionNanos.length];
      AtomicLong attempted = new AtomicLong();
      TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      ExecutorService workers = Executors.newFixedThreadPool(THREADS);
      System.out.printf("simulating %d days, about %d contact attempts...%n", DAYS, attempts);
      long simulating = System.nanoTime();
      long firstDay = 0;
      FlightRecording recording = FlightRecording.startIfAsked();
      for (int step = 0; step < steps; step++) {
        Instant now = MONTH_STARTS.plus(STEP.multipliedBy(step)).atZone(EASTERN).toInstant();
        ClockUtil.setCurrentTime(Date.from(now));
        for (Runnable event : events.getOrDefault(step, List.of())) {
          event.run();
        }
        int count = poisson(random, perStep);
        List<List<int[]>> byThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          byThread.add(new ArrayList<>());
        }
        for (int a = 0; a < count; a++) {
          int debtorIndex = random.nextInt(debtors.size());
          // Each case stays on one thread, so that a decision and the contact it allows are not raced by another.
          byThread.get(debtorIndex % THREADS).add(new int[] {debtorIndex, random.nextInt(100), random.nextInt(100),
              random.nextInt(3)});
        }
        List<Future<?>> done = new ArrayList<>();
        for (List<int[]> work : byThread) {
          done.add(workers.submit(() -> {
            long due = System.nanoTime();
            for (int[] attempt : work) {
              Debtor debtor = debtors.get(attempt[0]);
              ContactChannel channel = attempt[1] < 70 ? ContactChannel.CALL : attempt[1] < 80 ? ContactChannel.TEXT
                  : attempt[1] < 95 ? ContactChannel.EMAIL : ContactChannel.LETTER;
              String address = switch (channel) {
                case CALL -> debtor.phones().get(attempt[3] % debtor.phones().size());
                case TEXT -> debtor.mobile();
                case EMAIL -> debtor.email();
                case LETTER -> null;
              };
              if (channel != ContactChannel.LETTER && address == null) {
                continue;
              }
              due = pace(due, spacing);
              // As over the API or in a process step: the guard decides inside the caller's transaction, and the
              // contact it allows is recorded in the same one.
              long started = System.nanoTime();
              transaction.executeWithoutResult(status -> {
                ContactRules.Decision decision = guard.decide(debtor.caseNumber(),
                    new ContactRules.Request(channel, address, channel == ContactChannel.LETTER
                        ? "installment-reminder" : null), "collector");
                int index = (int) decisions.getAndIncrement();
                decisionNanos[index] = System.nanoTime() - started;
                refused[index] = !decision.allowed();
                if (!decision.allowed()) {
                  refusals.computeIfAbsent(decision.rule(), r -> new AtomicLong()).incrementAndGet();
                  return;
                }
                allowed.incrementAndGet();
                if (channel != ContactChannel.LETTER) {
                  ContactResult result = channel != ContactChannel.CALL ? ContactResult.SENT
                      : attempt[2] < 55 ? ContactResult.NO_ANSWER : attempt[2] < 80 ? ContactResult.VOICEMAIL
                      : attempt[2] < 95 ? ContactResult.RIGHT_PARTY_CONTACT : ContactResult.WRONG_NUMBER;
                  guard.record(debtor.caseNumber(), channel, true, result, address, null, "collector");
                }
              });
              attemptNanos[(int) attempted.getAndIncrement()] = System.nanoTime() - started;
            }
          }));
        }
        for (Future<?> future : done) {
          future.get();
        }
        if (step == 95) {
          firstDay = decisions.get();
        }
        if (step % 96 == 95) {
          System.out.printf(Locale.ROOT, "  day %2d: %d decisions, %d allowed, %.0f s%n", step / 96 + 1,
              decisions.get(), allowed.get(), (System.nanoTime() - simulating) / 1e9);
          if (step / 96 % 7 == 6) {
            jdbc.execute("analyze");
          }
        }
      }
      workers.shutdown();
      recording.close();
      double seconds = (System.nanoTime() - simulating) / 1e9;

      System.out.println("checking every contact recorded against the rules...");
      Map<String, Long> breaches = BreachCheck.run(jdbc);
      long[] times = Arrays.copyOf(decisionNanos, (int) decisions.get());
      // After the first simulated day: the node warmed up (classes loaded, the path compiled), as a node is after
      // its first minutes.
      long[] warm = Arrays.copyOfRange(decisionNanos, (int) firstDay, (int) decisions.get());
      long[] whole = Arrays.copyOf(attemptNanos, (int) attempted.get());
      long[] allowedTimes = java.util.stream.IntStream.range((int) firstDay, (int) decisions.get())
          .filter(i -> !refused[i]).mapToLong(i -> decisionNanos[i]).sorted().toArray();
      long[] refusedTimes = java.util.stream.IntStream.range((int) firstDay, (int) decisions.get())
          .filter(i -> refused[i]).mapToLong(i -> decisionNanos[i]).sorted().toArray();
      Arrays.sort(times);
      Arrays.sort(warm);
      Arrays.sort(whole);

      System.out.println();
      System.out.printf(Locale.ROOT, "Recourse contact guard simulation: %d cases, %d days, PostgreSQL %s, %d cores, JDK %s%n",
          caseCount, DAYS, jdbc.queryForObject("show server_version", String.class),
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      System.out.printf(Locale.ROOT, "  decisions        %d in %.1f s on %d threads (%.0f/s, %s)%n", times.length,
          seconds, THREADS, times.length / seconds, rate > 0 ? "paced at " + (long) rate + " attempts/s" : "unpaced");
      System.out.printf(Locale.ROOT, "  decision time    p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n",
          percentile(times, 50), percentile(times, 95), percentile(times, 99), times[times.length - 1] / 1e6);
      System.out.printf(Locale.ROOT, "  after day 1      p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms%n",
          percentile(warm, 50), percentile(warm, 95), percentile(warm, 99), warm[warm.length - 1] / 1e6);
      System.out.printf(Locale.ROOT, "    allowed        p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
          percentile(allowedTimes, 50), percentile(allowedTimes, 95), percentile(allowedTimes, 99));
      System.out.printf(Locale.ROOT, "    refused        p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (kept in a transaction "
          + "of their own)%n", percentile(refusedTimes, 50), percentile(refusedTimes, 95), percentile(refusedTimes, 99));
      System.out.printf(Locale.ROOT, "  whole attempt    p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (decided, contact "
          + "recorded, committed)%n", percentile(whole, 50), percentile(whole, 95), percentile(whole, 99));
      System.out.printf(Locale.ROOT, "  allowed          %d (%d contacts recorded)%n", allowed.get(),
          jdbc.queryForObject("select count(*) from contact", Long.class));
      System.out.println("  refused, by rule:");
      new TreeMap<>(refusals).forEach((rule, n) -> System.out.printf(Locale.ROOT, "    %-26s %7d%n", rule, n.get()));
      System.out.println("  breaches found in the contact log, by rule:");
      breaches.forEach((rule, n) -> System.out.printf(Locale.ROOT, "    %-26s %7d%n", rule, n));
      long total = breaches.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf("  total breaches: %d%n", total);
      if (total > 0) {
        throw new IllegalStateException(total + " breaches of the contact rules");
      }
    } finally {
      ClockUtil.reset();
      Files.deleteIfExists(file);
    }
  }

  /** Waits until {@code due} and returns when the next attempt is due. */
  private static long pace(long due, long spacing) {
    if (spacing == 0) {
      return due;
    }
    long now = System.nanoTime();
    if (due > now) {
      java.util.concurrent.locks.LockSupport.parkNanos(due - now);
      return due + spacing;
    }
    return now + spacing;
  }

  private static double percentile(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  private static int poisson(Random random, double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private static List<Debtor> debtors(JdbcTemplate jdbc) {
    Map<Long, Map<PhoneKind, String>> phones = new HashMap<>();
    jdbc.query("select debtor_id, number, kind from debtor_phone", row -> {
      phones.computeIfAbsent(row.getLong(1), id -> new EnumMap<>(PhoneKind.class))
          .put(PhoneKind.valueOf(row.getString(3)), row.getString(2));
    });
    Map<Long, String> emails = new HashMap<>();
    jdbc.query("select debtor_id, address from debtor_email", row -> {
      emails.put(row.getLong(1), row.getString(2));
    });
    return jdbc.query("select c.case_number, d.id, d.state_of_residence from collection_case c "
        + "join account a on a.id = c.id join debtor d on d.id = a.debtor_id order by c.id", (row, n) -> {
      Map<PhoneKind, String> numbers = phones.getOrDefault(row.getLong(2), Map.of());
      return new Debtor(row.getString(1), UsState.valueOf(row.getString(3)), numbers.get(PhoneKind.MOBILE),
          numbers.get(PhoneKind.HOME), numbers.get(PhoneKind.WORK), emails.get(row.getLong(2)));
    });
  }

  /** Debtors across time zones, each with a mobile, most with a home and some with a work number from elsewhere. */
  private static void writePortfolio(Path file, int accounts) throws java.io.IOException {
    LocalDate today = MONTH_STARTS.toLocalDate().minusDays(3);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("creditor_code,account_number,original_creditor,current_creditor,product,itemization_date_type,"
          + "itemization_date,itemization_amount,charge_off_date,charge_off_balance,delinquency_date,first_name,"
          + "last_name,address_line1,city,state,postal_code,mobile_phone,home_phone,work_phone,email,email_consent\n");
      for (int i = 0; i < accounts; i++) {
        String[] place = PLACES[i % PLACES.length];
        String[] elsewhere = PLACES[(i / PLACES.length) % PLACES.length];
        LocalDate delinquency = today.minusDays(150 + i % 400);
        LocalDate chargeOff = delinquency.plusDays(120);
        String amount = String.format(Locale.ROOT, "%d.%02d", 300 + (i * 7919) % 9_700, i % 100);
        String line = String.format(Locale.ROOT, "%02d%02d", (i / 100) % 100, i % 100);
        out.write(String.join(",", "GRD", "G-" + i, "Guard Bank", "Guard Bank", "CREDIT_CARD", "CHARGE_OFF",
            chargeOff.toString(), amount, chargeOff.toString(), amount, delinquency.toString(), "Debtor" + i,
            "Simulation", (100 + i % 900) + " Main St", place[0], place[1], place[2],
            // One in four mobiles keeps the area code of another state: the debtor may be in either zone.
            "(" + (i % 4 == 0 ? elsewhere[3] : place[3]) + ") 555-" + line,
            i % 3 == 0 ? "" : "(" + place[3] + ") 556-" + line,
            i % 5 == 0 ? "(" + elsewhere[3] + ") 557-" + line : "",
            i % 2 == 0 ? "debtor" + i + "@example.com" : "", i % 2 == 0 ? "yes" : ""));
        out.write('\n');
      }
    }
  }

  /**
   * Reads the whole contact log back and checks each outbound contact against the rules as COMPLIANCE.md states
   * them, by brute force over the log, independently of the guard's code. Returns the breaches by rule.
   */
  static final class BreachCheck {

    record Logged(long caseId, ContactChannel channel, ContactResult result, String address, Instant at) {
    }

    record Limit(long caseId, String kind, LocalTime from, LocalTime to, Instant since, Instant until,
        boolean pauses) {

      boolean on(Instant at) {
        return !at.isBefore(since) && (until == null || at.isBefore(until));
      }
    }

    static Map<String, Long> run(JdbcTemplate jdbc) {
      Map<Long, UsState> states = new HashMap<>();
      jdbc.query("select c.id, d.state_of_residence from collection_case c join account a on a.id = c.id "
          + "join debtor d on d.id = a.debtor_id", row -> {
        states.put(row.getLong(1), UsState.valueOf(row.getString(2)));
      });
      Map<String, PhoneKind> phoneKinds = new HashMap<>();
      jdbc.query("select number, kind from debtor_phone", row -> {
        phoneKinds.put(row.getString(1), PhoneKind.valueOf(row.getString(2)));
      });
      Map<String, Instant> optedOut = new HashMap<>();
      jdbc.query("select address, opted_out_at from email_opt_out", row -> {
        optedOut.put(row.getString(1), row.getTimestamp(2).toInstant());
      });
      Map<Long, List<Limit>> limits = new HashMap<>();
      jdbc.query("select case_id, kind, from_time, to_time, recorded_at, lifted_at from contact_restriction", row -> {
        limits.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Limit(row.getLong(1),
            row.getString(2), row.getTime(3) == null ? null : row.getTime(3).toLocalTime(),
            row.getTime(4) == null ? null : row.getTime(4).toLocalTime(), row.getTimestamp(5).toInstant(),
            row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant(), false));
      });
      jdbc.query("select case_id, kind, recorded_at, lifted_at, within_validation_period from case_hold", row -> {
        boolean pauses = !"SERVICEMEMBER".equals(row.getString(2))
            && (!"DISPUTE".equals(row.getString(2)) || row.getBoolean(5));
        limits.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Limit(row.getLong(1),
            "HOLD_" + row.getString(2), null, null, row.getTimestamp(3).toInstant(),
            row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant(), pauses));
      });
      Map<Long, List<Logged>> log = new HashMap<>();
      jdbc.query("select case_id, channel, result, address, occurred_at from contact where outbound "
          + "order by case_id, occurred_at, id", row -> {
        log.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Logged(row.getLong(1),
            ContactChannel.valueOf(row.getString(2)), ContactResult.valueOf(row.getString(3)), row.getString(4),
            row.getTimestamp(5).toInstant()));
      });

      Map<String, Long> breaches = new TreeMap<>();
      for (String rule : List.of("hours", "7 calls in 7 days", "call after conversation", "Massachusetts 2 in 7",
          "cease or refusal", "attorney", "inconvenient time", "work number", "opted-out e-mail", "bankruptcy",
          "deceased", "dispute")) {
        breaches.put(rule, 0L);
      }
      log.forEach((caseId, contacts) -> {
        UsState state = states.get(caseId);
        ZoneId home = StateTimeZones.of(state).get(0);
        for (Logged c : contacts) {
          boolean callOrText = c.channel() == ContactChannel.CALL || c.channel() == ContactChannel.TEXT;
          for (ZoneId zone : StateTimeZones.candidates(state, callOrText ? c.address() : null)) {
            LocalTime local = c.at().atZone(zone).toLocalTime();
            if (local.isBefore(LocalTime.of(8, 0)) || !local.isBefore(LocalTime.of(21, 0))) {
              breaches.merge("hours", 1L, Long::sum);
              break;
            }
          }
          LocalDate day = c.at().atZone(home).toLocalDate();
          if (c.channel() == ContactChannel.CALL) {
            long inWindow = contacts.stream().filter(o -> o.channel() == ContactChannel.CALL && !o.at().isAfter(c.at())
                && !o.at().atZone(home).toLocalDate().isBefore(day.minusDays(6))).count();
            if (inWindow > 7) {
              breaches.merge("7 calls in 7 days", 1L, Long::sum);
            }
            boolean afterConversation = contacts.stream().anyMatch(o -> o.channel() == ContactChannel.CALL
                && o.result().isConversation() && o.at().isBefore(c.at())
                && day.isBefore(o.at().atZone(home).toLocalDate().plusDays(7)));
            if (afterConversation) {
              breaches.merge("call after conversation", 1L, Long::sum);
            }
          }
          if (state == UsState.MA && callOrText) {
            long inWindow = contacts.stream().filter(o -> (o.channel() == ContactChannel.CALL
                || o.channel() == ContactChannel.TEXT) && !o.at().isAfter(c.at())
                && !o.at().atZone(home).toLocalDate().isBefore(day.minusDays(6))).count();
            if (inWindow > 2) {
              breaches.merge("Massachusetts 2 in 7", 1L, Long::sum);
            }
          }
          if (c.channel() == ContactChannel.EMAIL && optedOut.containsKey(c.address())
              && !c.at().isBefore(optedOut.get(c.address()))) {
            breaches.merge("opted-out e-mail", 1L, Long::sum);
          }
          for (Limit limit : limits.getOrDefault(caseId, List.of())) {
            if (!limit.on(c.at())) {
              continue;
            }
            switch (limit.kind()) {
              case "CEASE", "REFUSAL_TO_PAY" -> breaches.merge("cease or refusal", 1L, Long::sum);
              case "ATTORNEY" -> breaches.merge("attorney", 1L, Long::sum);
              case "INCONVENIENT_TIME" -> {
                LocalTime local = c.at().atZone(home).toLocalTime();
                if (callOrText && !local.isBefore(limit.from()) && local.isBefore(limit.to())) {
                  breaches.merge("inconvenient time", 1L, Long::sum);
                }
              }
              case "NO_CALLS_AT_WORK" -> {
                if (callOrText && phoneKinds.get(c.address()) == PhoneKind.WORK) {
                  breaches.merge("work number", 1L, Long::sum);
                }
              }
              case "HOLD_BANKRUPTCY" -> breaches.merge("bankruptcy", 1L, Long::sum);
              case "HOLD_DECEASED" -> breaches.merge("deceased", 1L, Long::sum);
              case "HOLD_DISPUTE" -> {
                if (limit.pauses()) {
                  breaches.merge("dispute", 1L, Long::sum);
                }
              }
              default -> {
              }
            }
          }
        }
      });
      return breaches;
    }
  }
}
