package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recourse as the README runs it, on its embedded H2 file under ./data with the job executor on, stopped as Ctrl-C
 * or a service manager stops it: the log of the stop holds no error and no stack trace.
 */
class ShutdownIT {

  @TempDir
  Path workingDirectory;

  @Test
  void stopping_the_app_on_h2_logs_no_error() throws Exception {
    Path log = workingDirectory.resolve("recourse.log");
    Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.recourse.RecourseApplication", "--server.port=0")
        .directory(workingDirectory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!Files.readString(log).contains("Started RecourseApplication")) {
        assertThat(app.isAlive()).as("the app runs; its log:%n%s", Files.readString(log)).isTrue();
        assertThat(System.nanoTime()).as("the app started within three minutes").isLessThan(deadline);
        Thread.sleep(500);
      }
      app.destroy(); // SIGTERM, what Ctrl-C and a service manager send
      assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app stopped").isTrue();
    } finally {
      app.destroyForcibly();
    }
    String stop = Files.readString(log);
    stop = stop.substring(stop.indexOf("Started RecourseApplication"));
    assertThat(stop).as("the log of the stop").doesNotContain(" ERROR ").doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(new File(workingDirectory.toFile(), "data/recourse.mv.db")).as("the database under ./data").exists();
  }
}
