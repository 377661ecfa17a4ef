package org.recourse.benchmark;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.recourse.RecourseApplication;
import org.recourse.account.AccountRegistry;
import org.recourse.support.PostgresTestDatabase;
import org.recourse.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The collector's queue with many cases open, on PostgreSQL: fills the database through the real portfolio import
 * until {@code benchmark.cases} cases wait at their first collector task (kept between runs with
 * {@code -Dbenchmark.reuse=true}: the schema is filled once, then topped up), then opens the collectors' queue, highest
 * priority first, first page of 50, as a collector, many times over HTTP, and prints the answer times:
 * <ul>
 *   <li>Tasklist's own call: signed in to the Tasklist webapp, the filter "My groups' tasks" listed through the
 *       webapp's engine API ({@code POST /camunda/api/engine/engine/default/filter/{id}/list}), sorted by priority,
 *       as Tasklist asks it; and its count, which Tasklist asks beside it;</li>
 *   <li>the engine's REST API with the same query ({@code POST /engine-rest/task}, candidate group, by priority and
 *       due date as the filter sorts);</li>
 *   <li>Recourse's own queue ({@code GET /api/work-queue?group=collectors}), each task with its case.</li>
 * </ul>
 *
 * <pre>./mvnw -Ptasklist-benchmark verify -Dbenchmark.cases=100000 [-Dbenchmark.reuse=true]</pre>
 */
public final class TaskListBenchmark {

  private static final String SCHEMA = "recourse_tasklist_bench";
  private static final int BATCH = 20_000;

  private TaskListBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int cases = Integer.getInteger("benchmark.cases", 100_000);
    int samples = Integer.getInteger("benchmark.samples", 300);
    if (Boolean.getBoolean("benchmark.reuse")) {
      System.setProperty("recourse.it.keep-schema", "true");
    }
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RecourseApplication.class)
        .initializers(new PostgresTestDatabase())
        .run("--recourse.it.schema=" + SCHEMA, "--server.port=0",
            "--recourse.intake.staging-dir=target/benchmark-imports",
            // The letters do not bear on the queue: they are not rendered while the database fills.
            "--recourse.correspondence.render-initial-delay=PT100H",
            "--logging.level.root=WARN", "--logging.level.org.recourse.benchmark=INFO")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      TestData.usersAndCreditors(app.getBean(IdentityService.class), app.getBean(AccountRegistry.class));
      fill(app, jdbc, cases);
      jdbc.execute("vacuum analyze");
      if (Boolean.getBoolean("benchmark.fillOnly")) {
        return;
      }
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String base = "http://localhost:" + port;
      long open = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);

      Tasklist tasklist = Tasklist.signIn(base, "collector");
      String filter = tasklist.filterId("My groups' tasks");
      String sorted = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"}],\"active\":true}";
      HttpClient plain = HttpClient.newHttpClient();
      String basic = "Basic " + Base64.getEncoder().encodeToString("collector:collector".getBytes(StandardCharsets.UTF_8));

      System.out.println();
      System.out.printf(Locale.ROOT, "Recourse task-list benchmark: %d open tasks (%d cases at the collector), "
              + "PostgreSQL %s, %d cores, JDK %s; %d calls each, after 50 not counted (the server warm)%n", open,
          jdbc.queryForObject("select count(*) from collection_case where status = 'IN_COLLECTION'", Long.class),
          jdbc.queryForObject("show server_version", String.class), Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"), samples);
      report("Tasklist: My groups' tasks, first 50 by priority", samples,
          () -> tasklist.post("/camunda/api/engine/engine/default/filter/" + filter
              + "/list?firstResult=0&maxResults=50", sorted));
      String engineQuery = "{\"candidateGroup\":\"collectors\",\"includeAssignedTasks\":true,\"active\":true,"
          + "\"sorting\":[{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},{\"sortBy\":\"dueDate\","
          + "\"sortOrder\":\"asc\"}]}";
      report("engine REST: candidateGroup=collectors, by priority and due date", samples,
          () -> post(plain, base + "/engine-rest/task?firstResult=0&maxResults=50", engineQuery, basic));
      report("Recourse: /api/work-queue?group=collectors, first 50", samples,
          () -> get(plain, base + "/api/work-queue?group=collectors&size=50", basic));
      // Tasklist asks the filter's count beside its list: it counts every task of the filter, so it is timed apart.
      report("Tasklist: the same filter's count", Math.max(1, samples / 10),
          () -> tasklist.post("/camunda/api/engine/engine/default/filter/" + filter + "/count", sorted));
    }
  }

  /** Places portfolios of {@link #BATCH} accounts until {@code cases} cases wait at the collector. */
  private static void fill(ConfigurableApplicationContext app, JdbcTemplate jdbc, int cases) throws Exception {
    AccountRegistry registry = app.getBean(AccountRegistry.class);
    ScheduledExecutorService analyzer = IntakeBenchmark.standInForAutovacuum(jdbc, SCHEMA);
    try {
      int batch = 0;
      while (true) {
        long atCollector = jdbc.queryForObject(
            "select count(*) from collection_case where status = 'IN_COLLECTION'", Long.class);
        if (atCollector >= cases) {
          return;
        }
        int accounts = (int) Math.min(BATCH, cases - atCollector);
        String creditor;
        do {
          creditor = String.format(Locale.ROOT, "Q%02d", ++batch);
        } while (jdbc.queryForObject("select count(*) from creditor where code = ?", Long.class, creditor) > 0);
        registry.registerCreditor(creditor, "Queue Bank " + batch);
        Path file = Files.createTempFile("recourse-tasklist-", ".csv");
        try {
          IntakeBenchmark.writePortfolio(file, accounts, creditor);
          long took = IntakeBenchmark.place(app, jdbc, file, accounts, (int) atCollector).allAtCollector();
          System.out.printf(Locale.ROOT, "  filled: %d more cases at the collector in %.1f s (%d in all)%n", accounts,
              IntakeBenchmark.seconds(took), atCollector + accounts);
        } finally {
          Files.deleteIfExists(file);
        }
      }
    } finally {
      analyzer.shutdownNow();
    }
  }

  private static void report(String what, int samples, Supplier<Integer> call) {
    for (int i = 0; i < Math.min(50, samples); i++) {
      call.get();
    }
    List<Double> millis = new ArrayList<>(samples);
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      int status = call.get();
      millis.add((System.nanoTime() - start) / 1e6);
      if (status != 200) {
        throw new IllegalStateException(what + " answered " + status);
      }
    }
    Collections.sort(millis);
    System.out.printf(Locale.ROOT, "  %-62s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", what,
        millis.get(samples / 2), millis.get((int) Math.ceil(samples * 0.95) - 1), millis.get(samples - 1));
  }

  private static int post(HttpClient client, String url, String json, String authorization) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
          .header("Authorization", authorization).header("Content-Type", "application/json")
          .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(url, e);
    }
  }

  private static int get(HttpClient client, String url, String authorization) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
          .header("Authorization", authorization)
          .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(url, e);
    }
  }

  /** The Tasklist webapp as a browser holds it: its session cookie and its CSRF token. */
  private record Tasklist(String base, HttpClient client, CookieManager cookies) {

    static Tasklist signIn(String base, String user) throws Exception {
      CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
      HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
      Tasklist tasklist = new Tasklist(base, client, cookies);
      client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(user, StandardCharsets.UTF_8);
      HttpResponse<String> login = client.send(tasklist.request("/camunda/api/admin/auth/user/default/login/tasklist")
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("Tasklist sign-in answered " + login.statusCode() + ": " + login.body());
      }
      return tasklist;
    }

    HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
          "application/json");
      cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return request;
    }

    String filterId(String name) throws Exception {
      String body = client.send(request("/camunda/api/engine/engine/default/filter?resourceType=Task").GET().build(),
          HttpResponse.BodyHandlers.ofString()).body();
      int at = body.indexOf("\"name\":\"" + name.replace("'", "\\u0027") + "\"");
      if (at < 0) {
        at = body.indexOf("\"name\":\"" + name + "\"");
      }
      if (at < 0) {
        throw new IllegalStateException("no filter " + name + " in " + body);
      }
      int id = body.lastIndexOf("\"id\":\"", at);
      return body.substring(id + 6, body.indexOf('"', id + 6));
    }

    int post(String path, String json) {
      try {
        return client.send(request(path).timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
      } catch (Exception e) {
        throw new IllegalStateException(path, e);
      }
    }
  }
}
