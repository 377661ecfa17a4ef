package org.recourse.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at PostgreSQL: 127.0.0.1:5432, database {@code test}, user {@code postgres}, unless
 * RECOURSE_IT_JDBC_URL / RECOURSE_IT_DB_USER / RECOURSE_IT_DB_PASSWORD (or the system properties
 * recourse.it.jdbc-url, ...) say otherwise. Each context names its schema with {@code recourse.it.schema}; the
 * schema is dropped and created afresh the first time a test run uses it, so every run starts clean and contexts
 * that must not share jobs (one with a job executor, one without) stay apart.
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

  public static String jdbcUrl() {
    return setting("RECOURSE_IT_JDBC_URL", "recourse.it.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  public static String user() {
    return setting("RECOURSE_IT_DB_USER", "recourse.it.db-user", "postgres");
  }

  public static String password() {
    return setting("RECOURSE_IT_DB_PASSWORD", "recourse.it.db-password", "");
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String schema = context.getEnvironment().getProperty("recourse.it.schema", "recourse_it");
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("recourse.it.schema must be a plain lower-case name: " + schema);
    }
    if (PREPARED.add(schema)) {
      recreate(schema, Boolean.getBoolean("recourse.it.keep-schema"));
    }
    String url = jdbcUrl() + (jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema
        + "&reWriteBatchedInserts=true&options=-c%20max_parallel_workers=0";
    Map<String, Object> properties = new HashMap<>();
    properties.put("spring.datasource.url", url);
    properties.put("spring.datasource.username", user());
    properties.put("spring.datasource.password", password());
    properties.put("spring.flyway.schemas", schema);
    properties.put("spring.flyway.default-schema", schema);
    // The engine checks for its tables in this schema only, not in whatever else the database holds.
    properties.put("camunda.bpm.database.schema-name", schema);
    properties.put("camunda.bpm.database.table-prefix", schema + ".");
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database", properties));
  }

  /** Drops the schema and creates it empty; with {@code keep} (a benchmark filling it once), creates it if missing. */
  private static void recreate(String schema, boolean keep) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), password());
        Statement statement = connection.createStatement()) {
      if (!keep) {
        statement.execute("drop schema if exists " + schema + " cascade");
      }
      statement.execute("create schema if not exists " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("""

          The integration tests need PostgreSQL at %s (user %s), and it is not reachable: %s
          Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), or point
          the tests at another server with RECOURSE_IT_JDBC_URL, RECOURSE_IT_DB_USER and RECOURSE_IT_DB_PASSWORD.
          """.formatted(jdbcUrl(), user(), e.getMessage()), e);
    }
  }

  private static String setting(String env, String property, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(env);
    }
    return value == null || value.isBlank() ? fallback : value;
  }
}
