package org.recourse.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The WCAG 2.1 A and AA rules of axe-core (Deque's accessibility engine, installed by the build into target/axe)
 * run on the page the browser shows now: what they find, one line per rule broken, with the elements that break it.
 */
public final class Accessibility {

  private static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
  private static final String RUN = "const done = arguments[arguments.length - 1];"
      + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
      + " resultTypes: ['violations']})"
      + ".then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
      + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' '))}))))"
      + ".catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));";

  private static String source;

  private Accessibility() {
  }

  /** The rules the page breaks, as "rule (impact): help — element: why; ..."; empty when it breaks none. */
  public static List<String> violations(WebDriver driver) {
    JavascriptExecutor page = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined';"))) {
      page.executeScript(axe());
    }
    List<String> found = new ArrayList<>();
    for (Object each : (List<?>) page.executeAsyncScript(RUN)) {
      Map<?, ?> violation = (Map<?, ?>) each;
      found.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + " — "
          + String.join("; ", ((List<?>) violation.get("nodes")).stream().map(String::valueOf).toList()));
    }
    return found;
  }

  private static synchronized String axe() {
    if (source == null) {
      if (!Files.isReadable(AXE)) {
        throw new IllegalStateException("The accessibility audit needs axe-core at " + AXE.toAbsolutePath()
            + "; the build installs it in pre-integration-test (npm install axe-core), run the tests with ./mvnw verify");
      }
      try {
        source = Files.readString(AXE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }
}
