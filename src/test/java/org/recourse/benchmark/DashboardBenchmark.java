package org.recourse.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.account.PhoneNumbers;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workspace at scale: fills PostgreSQL with a book of N cases (4 creditors, placed over the last two years) and
 * ten ledger entries each (the opening, interest, payments, a few reversals), three calls each, promises, plans
 * with their installments, settlements, referrals and complaints, as Recourse's own tables hold them; then times,
 * over HTTP as a person's browser asks, the manager's dashboard (all creditors and one, this month and the last)
 * and the collector's case search (by phone, name, ZIP, case number, e-mail), and prints p50, p95 and the worst.
 * The node's first dashboard, which reads the whole ledger into the node's copy, is timed on its own; before each
 * timed dashboard after it, new payments are committed, so every load takes in entries new to the copy.
 *
 * <pre>./mvnw -Pdashboard-benchmark verify [-Dbenchmark.cases=100000 -Dbenchmark.runs=20 \
 *     -Dbenchmark.searches=200]</pre>
 *
 * {@code -Dbenchmark.runs=0} times the search only.
 *
 * The database is the integration tests' (127.0.0.1:5432/test, overridable with RECOURSE_IT_JDBC_URL), in a schema
 * of its own, recreated for every run. The book is written by SQL (generate_series) rather than through the intake:
 * what is measured is reading it, and placing 100,000 accounts would take the intake ten minutes.
 */
public final class DashboardBenchmark {

  private static final String SCHEMA = "recourse_bench_dashboard";
  private static final long FIRST_ID = 1_000_001L;
  private static final int PAYMENTS_BETWEEN_LOADS = 50;
  private static final String[] FIRST_NAMES = {"Maria", "James", "Emily", "Robert", "Sofia", "Michael", "Olivia",
      "David", "Ava", "Daniel", "Isabella", "Joseph", "Mia", "Thomas", "Grace", "Carlos", "Chloe", "Anthony",
      "Lucia", "Kevin", "Hannah", "Brian", "Elena", "Jason", "Nora"};
  private static final String[] LAST_NAMES = {"Lopez", "Smith", "Schmidt", "Johnson", "Garcia", "Williams", "Brown",
      "Ramirez", "Jones", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Wilson", "Anderson", "Taylor",
      "Thomas", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark",
      "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill",
      "Flores", "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
      "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart",
      "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson",
      "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks",
      "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo",
      "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez"};
  private static final String[] STATES = {"TX", "CA", "NY", "FL", "OH", "IL", "PA", "GA", "NC", "AZ"};

  private DashboardBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("benchmark.cases", 100_000);
    int runs = Integer.getInteger("benchmark.runs", 20);
    int searches = Integer.getInteger("benchmark.searches", 200);

    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA,
            "--server.port=0",
            "--camunda.bpm.job-execution.enabled=false",
            "--recourse.correspondence.render-initial-delay=PT24H",
            "--logging.level.root=WARN",
            "--logging.level.org.recourse.benchmark=INFO")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      TestData.usersAndCreditors(app.getBean(IdentityService.class), app.getBean(AccountRegistry.class));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      LocalDate today = LocalDate.now(java.time.ZoneId.of("America/New_York"));

      long filling = System.nanoTime();
      fill(jdbc, cases, today);
      double filled = seconds(filling);
      long entries = jdbc.queryForObject("select count(*) from ledger_entry", Long.class);
      System.out.printf(Locale.ROOT, "Book: %,d cases, %,d ledger entries, %,d contacts, %,d arrangements, "
              + "%,d installments, %,d referrals, %,d complaints, written and analyzed in %.1f s%n",
          jdbc.queryForObject("select count(*) from collection_case", Long.class), entries,
          jdbc.queryForObject("select count(*) from contact", Long.class),
          jdbc.queryForObject("select count(*) from arrangement", Long.class),
          jdbc.queryForObject("select count(*) from installment", Long.class),
          jdbc.queryForObject("select count(*) from legal_referral", Long.class),
          jdbc.queryForObject("select count(*) from complaint", Long.class), filled);

      if (runs > 0) { // -Dbenchmark.runs=0: the search only
        Browser manager = Browser.signIn(port, "manager");
        String thisMonth = YearMonth.from(today).toString();
        String lastMonth = YearMonth.from(today).minusMonths(1).toString();
        List<String> pages = List.of("/workspace/dashboard", "/workspace/dashboard?creditor=BD1",
            "/workspace/dashboard?month=" + lastMonth, "/workspace/dashboard?creditor=BD3&month=" + lastMonth);
        // The node's first dashboard reads the whole ledger into the node's copy of it.
        double first = manager.timed(pages.get(0));
        for (int warm = 0; warm < 3; warm++) {
          for (String page : pages) {
            manager.get(page);
          }
        }
        System.out.printf(Locale.ROOT, "Dashboard over HTTP as the manager (%d runs of each, after 3 warm-ups; "
            + "before each, %d new payments committed):%n", runs, PAYMENTS_BETWEEN_LOADS);
        System.out.printf(Locale.ROOT, "  %-58s %8.1f ms%n", "the node's first dashboard (reads the whole ledger)",
            first);
        double[] all = new double[runs * pages.size()];
        int n = 0;
        for (String page : pages) {
          double[] times = new double[runs];
          for (int run = 0; run < runs; run++) {
            payMore(jdbc, cases, today, n);
            times[run] = manager.timed(page);
            all[n++] = times[run];
          }
          System.out.printf(Locale.ROOT, "  %-58s %s%n", page, spread(times));
        }
        System.out.printf(Locale.ROOT, "  %-58s %s (target: p95 under 1,000 ms)%n", "every dashboard above",
            spread(all));
        double[] report = new double[Math.max(3, runs / 4)];
        for (int run = 0; run < report.length; run++) {
          report[run] = manager.timed("/workspace/dashboard/report.pdf?month=" + thisMonth);
        }
        System.out.printf(Locale.ROOT, "  %-58s %s%n", "the monthly report (PDF), " + report.length + " runs",
            spread(report));
        double[] csv = new double[runs];
        for (int run = 0; run < runs; run++) {
          csv[run] = manager.timed("/workspace/dashboard/aging.csv");
        }
        System.out.printf(Locale.ROOT, "  %-58s %s%n", "one table as CSV (aging)", spread(csv));
      }

      Browser collector = Browser.signIn(port, "collector");
      List<String[]> queries = queries(jdbc, searches);
      for (int warm = 0; warm < 20; warm++) {
        collector.get("/workspace?q=" + URLEncoder.encode(queries.get(warm % queries.size())[1],
            StandardCharsets.UTF_8));
      }
      System.out.printf(Locale.ROOT, "Case search over HTTP as a collector (%d searches, after 20 warm-ups):%n",
          queries.size());
      double[] searchTimes = new double[queries.size()];
      for (String kind : List.of("phone", "name", "postal code", "case number", "e-mail")) {
        List<Double> times = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
          if (queries.get(q)[0].equals(kind)) {
            searchTimes[q] = collector.timed("/workspace?q=" + URLEncoder.encode(queries.get(q)[1],
                StandardCharsets.UTF_8));
            times.add(searchTimes[q]);
          }
        }
        System.out.printf(Locale.ROOT, "  by %-12s %3d searches   %s%n", kind, times.size(),
            spread(times.stream().mapToDouble(Double::doubleValue).toArray()));
      }
      System.out.printf(Locale.ROOT, "  every search    %3d searches   %s (target: under 100 ms)%n", queries.size(),
          spread(searchTimes));
    }
  }

  /**
   * Commits {@link #PAYMENTS_BETWEEN_LOADS} payments today on accounts spread over the book, so that every timed
   * dashboard takes in entries that are new to the node's copy of the ledger, as on a working day.
   */
  private static void payMore(JdbcTemplate jdbc, int cases, LocalDate today, int load) {
    long firstId = 9_000_000_000L + (long) load * PAYMENTS_BETWEEN_LOADS;
    jdbc.update("""
        insert into ledger_entry (id, account_id, kind, amount, principal, interest, fees, effective_date,
                                  recorded_at, recorded_by)
        select ? + g, ? + (g * 7919 + ?) % ?, 'PAYMENT', -25, -25, 0, 0, ?, now(), 'benchmark'
        from generate_series(0, ? - 1) g""", firstId, FIRST_ID, load, cases, today, PAYMENTS_BETWEEN_LOADS);
  }

  /** Writes the book: every row as the application writes it, in the proportions of a working agency. */
  static void fill(JdbcTemplate jdbc, int cases, LocalDate today) {
    long last = FIRST_ID + cases - 1;
    jdbc.execute("select setseed(0.42)");
    jdbc.update("insert into creditor (id, code, name, created_at) values (900001, 'BD1', 'Benchmark Bank One', now()),"
        + " (900002, 'BD2', 'Benchmark Auto Two', now()), (900003, 'BD3', 'Benchmark Card Three', now()),"
        + " (900004, 'BD4', 'Benchmark Loans Four', now())");
    // Placed over the 730 days before today; delinquent 90 days to 4 years before placement.
    jdbc.update("""
        create unlogged table bench_book as
        select g as id, 900001 + (g % 4) as creditor_id,
               (?::date - (random() * 730)::int) as placed_on, (90 + random() * 1400)::int as delinquent_days,
               (300 + random() * 9700)::numeric(19,2) as owed
        from generate_series(?::bigint, ?::bigint) g""", today, FIRST_ID, last);
    String[] first = FIRST_NAMES;
    String[] lastNames = LAST_NAMES;
    jdbc.update("""
        insert into debtor (id, first_name, last_name, date_of_birth, preferred_language, state_of_residence,
                            created_at)
        select id, (string_to_array(?, ','))[1 + id % ?], (string_to_array(?, ','))[1 + (id / 7) % ?],
               date '1960-01-01' + (id % 15000)::int, case when id % 5 = 0 then 'es' else 'en' end,
               (string_to_array(?, ','))[1 + id % ?], placed_on::timestamptz
        from bench_book""", array(first), first.length, array(lastNames), lastNames.length, array(STATES),
        STATES.length);
    jdbc.update("""
        insert into account (id, creditor_id, account_number, debtor_id, original_creditor, current_creditor, product,
                             currency, itemization_date_type, itemization_date, itemization_amount, charge_off_date,
                             charge_off_balance, delinquency_date, placed_at)
        select id, creditor_id, 'BA-' || id, id, 'Benchmark Original', 'Benchmark Original', 'CREDIT_CARD', 'USD',
               'CHARGE_OFF', placed_on - delinquent_days + 60, owed, placed_on - delinquent_days + 60, owed,
               placed_on - delinquent_days, placed_on + time '10:00'
        from bench_book""");
    jdbc.update("""
        insert into collection_case (id, case_number, status, segment, priority, queue, assigned_collector,
                                     contact_attempts, opened_at, version)
        select id, 'RC-' || lpad(id::text, 7, '0'), case when id % 10 = 0 then 'CLOSED' else 'IN_COLLECTION' end,
               'STANDARD', 50, 'early-stage', 'collector' || (1 + id % 20), 0, placed_on + time '10:00', 0
        from bench_book""");
    jdbc.update("""
        insert into debtor_phone (id, debtor_id, number, kind)
        select id, id, '+1' || (201 + id % 700)::text || lpad((id % 10000000)::text, 7, '2'), 'MOBILE'
        from bench_book""");
    jdbc.update("""
        insert into debtor_address (id, debtor_id, kind, line1, city, state, postal_code, country)
        select id, id, 'HOME', (id % 9000 + 100) || ' Main St', 'Springfield', (string_to_array(?, ','))[1 + id % ?],
               lpad((10000 + id % 89000)::text, 5, '0'), 'US'
        from bench_book""", array(STATES), STATES.length);
    jdbc.update("""
        insert into debtor_email (id, debtor_id, address, consent_to_email)
        select b.id, b.id, lower(d.first_name || '.' || d.last_name || '.' || b.id || '@example.com'), b.id % 3 = 0
        from bench_book b join debtor d on d.id = b.id""");
    // The ledger: the opening (the itemization and its fees, recorded together at placement), then eight entries
    // after it, one every 25 days up to today: interest, payments, and a reversal now and then.
    jdbc.update("""
        insert into ledger_entry (id, account_id, kind, amount, principal, interest, fees, effective_date,
                                  recorded_at, recorded_by)
        select id * 10, id, 'ITEMIZATION', owed, owed, 0, 0, placed_on - delinquent_days + 60,
               placed_on + time '10:00', 'system' from bench_book
        union all
        select id * 10 + 1, id, 'FEE', 35, 0, 0, 35, placed_on, placed_on + time '10:00', 'system' from bench_book""");
    jdbc.update("""
        insert into ledger_entry (id, account_id, kind, amount, principal, interest, fees, effective_date,
                                  recorded_at, recorded_by)
        select id * 10 + 1 + k, id, kind, amount, case when kind = 'INTEREST' then 0 else amount end,
               case when kind = 'INTEREST' then amount else 0 end, 0, on_day, on_day + time '12:00', 'system'
        from (select b.id, k, least(b.placed_on + 25 * k, ?::date) as on_day,
                     case when r < 0.30 then 'INTEREST' when r < 0.97 then 'PAYMENT' else 'REVERSAL' end as kind,
                     case when r < 0.30 then round((b.owed * 0.004)::numeric, 2)
                          when r < 0.97 then -round((20 + random() * 180)::numeric, 2)
                          else round((20 + random() * 100)::numeric, 2) end as amount
              from bench_book b cross join generate_series(1, 8) k cross join lateral (select random() as r) x) e""",
        today);
    // Three calls each, over the time since placement, by the case's collector.
    jdbc.update("""
        insert into contact (id, case_id, channel, outbound, result, address, occurred_at, recorded_by)
        select b.id * 4 + k, b.id, 'CALL', true,
               case when r < 0.5 then 'NO_ANSWER' when r < 0.75 then 'VOICEMAIL'
                    when r < 0.95 then 'RIGHT_PARTY_CONTACT' else 'REFUSED' end,
               p.number, b.placed_on + (random() * (?::date - b.placed_on))::int + time '14:00',
               'collector' || (1 + b.id % 20)
        from bench_book b join debtor_phone p on p.debtor_id = b.id cross join generate_series(0, 2) k
        cross join lateral (select random() as r) x""", today);
    // Promises (three in ten cases), plans (one in ten, six installments), settlements (three in a hundred).
    jdbc.update("""
        insert into arrangement (id, case_id, kind, status, total_amount, balance_at_proposal, frequency, proposed_by,
                                 proposed_at, version)
        select id * 4, id, 'PROMISE', (array['COMPLETED','BROKEN','PARTIALLY_KEPT','AGREED'])[1 + id % 4],
               round(owed * 0.2, 2), owed, null, 'collector' || (1 + id % 20), placed_on + 20 + time '15:00', 0
        from bench_book where id % 10 < 3
        union all
        select id * 4 + 1, id, 'PLAN', (array['AGREED','COMPLETED','DEFAULTED','AGREED'])[1 + (id / 10) % 4],
               round(owed * 0.9, 2), owed, 'MONTHLY', 'collector' || (1 + id % 20), placed_on + 30 + time '15:00', 0
        from bench_book where id % 10 = 3
        union all
        select id * 4 + 2, id, 'SETTLEMENT', case when id % 3 = 0 then 'AGREED' else 'COMPLETED' end,
               round(owed * 0.6, 2), owed, null, 'collector' || (1 + id % 20), placed_on + 40 + time '15:00', 0
        from bench_book where id % 100 in (4, 14, 24)""");
    jdbc.update("""
        insert into installment (id, arrangement_id, seq, due_date, amount, status)
        select a.id * 8 + s, a.id, s, cast(a.proposed_at as date) + 30 * s, round(a.total_amount / 6, 2),
               (array['PAID','PAID','MISSED','CURED','SHORT','DUE'])[1 + (a.id + s) % 6]
        from arrangement a cross join generate_series(1, 6) s where a.kind = 'PLAN'""");
    // Two in a hundred cases assessed for a referral; most eligible, most of those referred, some filed and judged.
    jdbc.update("""
        insert into legal_referral (id, case_id, process_instance_id, status, created_at, assessed_at, eligible,
                                    failed_conditions, eligibility_reasons, balance, minimum_balance,
                                    expected_recovery, delivered_at, suit_filed_on, judgment_on, version)
        select id, id, 'bench-' || id, 'REFERRED', placed_on + 100 + time '09:00', placed_on + 100 + time '09:00',
               id % 5 <> 0, '', '', owed, 1000, round(owed * 0.6 - 450, 2),
               case when id % 5 in (1, 2, 3) then placed_on + 110 + time '09:00' end,
               case when id % 5 in (1, 2) then placed_on + 130 end, case when id % 5 = 1 then placed_on + 200 end, 0
        from bench_book where id % 50 = 7""");
    jdbc.update("""
        insert into complaint (id, case_id, case_number, received_via, category, summary, received_on, due_at,
                               assignee, status, recorded_by, recorded_at, answered_at, answer, answered_by, version)
        select id, id, 'RC-' || lpad(id::text, 7, '0'),
               (array['PHONE','LETTER','EMAIL','REGULATOR'])[1 + id % 4],
               (array['NOT_OWED','WRONG_AMOUNT','COMMUNICATION_TACTICS','THREATS','PRIVACY','CREDIT_REPORTING',
                      'PAYMENT_HANDLING','OTHER'])[1 + (id / 100) % 8],
               'Benchmark complaint', received, received + 16 + time '05:00', 'collector' || (1 + id % 20),
               case when id % 500 = 0 then 'OPEN' else 'ANSWERED' end, 'collector' || (1 + id % 20),
               received + time '11:00', case when id % 500 <> 0 then received + 10 + time '11:00' end,
               case when id % 500 <> 0 then 'Answered' end, case when id % 500 <> 0 then 'collector1' end, 0
        from (select id, least(placed_on + 60, ?::date) as received from bench_book where id % 100 = 9) c""", today);
    jdbc.update("""
        insert into collector_target (collector, target_month, amount, set_by, set_at)
        select 'collector' || n, ?, 25000, 'manager', now() from generate_series(1, 20) n""",
        YearMonth.from(today).atDay(1));
    jdbc.execute("drop table bench_book");
    jdbc.execute("analyze");
  }

  /** Searches a collector would make, drawn from the book: phones as people write them, names, ZIPs, numbers. */
  private static List<String[]> queries(JdbcTemplate jdbc, int count) {
    List<String[]> queries = new ArrayList<>();
    int each = Math.max(1, count / 5);
    jdbc.query("select number from debtor_phone order by id % 9973, id fetch first " + each + " rows only",
        row -> {
          queries.add(new String[] {"phone", PhoneNumbers.display(row.getString(1))});
        });
    jdbc.query("select distinct last_name, first_name from debtor order by 1, 2 fetch first " + each + " rows only",
        row -> {
          queries.add(new String[] {"name", queries.size() % 2 == 0 ? row.getString(1)
              : row.getString(1) + ", " + row.getString(2)});
        });
    jdbc.query("select postal_code from debtor_address order by id % 7919, id fetch first " + each + " rows only",
        row -> {
          queries.add(new String[] {"postal code", row.getString(1)});
        });
    jdbc.query("select case_number from collection_case order by id % 7907, id fetch first " + each + " rows only",
        row -> {
          queries.add(new String[] {"case number", row.getString(1)});
        });
    jdbc.query("select address from debtor_email order by id % 7901, id fetch first " + each + " rows only",
        row -> {
          queries.add(new String[] {"e-mail", row.getString(1)});
        });
    return queries;
  }

  /** A list for {@code string_to_array(?, ',')}. */
  private static String array(String[] values) {
    return String.join(",", values);
  }

  private static String spread(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms", percentile(sorted, 0.50),
        percentile(sorted, 0.95), sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A signed-in browser's session over plain HTTP: the workspace's form login (with its CSRF token), then pages. */
  private static final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private Browser(int port) {
      this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
      this.base = "http://localhost:" + port;
    }

    static Browser signIn(int port, String user) throws Exception {
      Browser browser = new Browser(port);
      String login = browser.get("/workspace/login");
      Matcher token = CSRF.matcher(login);
      if (!token.find()) {
        throw new IllegalStateException("the sign-in page carries no CSRF token");
      }
      String form = "username=" + user + "&password=" + user + "&_csrf="
          + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
      HttpResponse<String> signedIn = browser.http.send(HttpRequest.newBuilder(URI.create(browser.base
              + "/workspace/login")).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      if (signedIn.uri().getPath().endsWith("/login") || signedIn.statusCode() != 200) {
        throw new IllegalStateException(user + " could not sign in: " + signedIn.statusCode() + " " + signedIn.uri());
      }
      return browser;
    }

    String get(String path) throws Exception {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    }

    /** Milliseconds from the request to the last byte of the answer. */
    double timed(String path) throws Exception {
      long start = System.nanoTime();
      HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      double millis = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return millis;
    }
  }
}
