package org.recourse.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, Debian's chromium and chromium-driver (/usr/bin), never a downloaded
 * browser; and what every page test does with it: screenshots, a fetch as the signed-in user, evidence of a failure,
 * a person's click.
 */
public final class Chromium {

  private static final String CHROMIUM = System.getProperty("recourse.it.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("recourse.it.chromedriver", "/usr/bin/chromedriver");

  private Chromium() {
  }

  /** A new browser, its network logged (to tell what a tab a link opened received). */
  public static WebDriver start() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and "
          + CHROMEDRIVER + ". On Debian: apt-get install -y chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1600,1200");
    options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
    options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** A screenshot of the page as it is now, under target/browser-screenshots. */
  public static Path screenshot(WebDriver driver, String name) {
    try {
      Path file = Files.createDirectories(Path.of("target", "browser-screenshots")).resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What fetching {@code url} from the page gives, as the signed-in user's browser fetches it (with its cookies and
   * no other credentials): the HTTP status, the SHA-256 of the body in lower-case hexadecimal, and its length.
   */
  public static Fetched fetch(WebDriver driver, String url) {
    List<?> answer = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(response => response.arrayBuffer().then(body => crypto.subtle.digest('SHA-256', body)"
            + ".then(hash => done([response.status, Array.from(new Uint8Array(hash))"
            + ".map(b => b.toString(16).padStart(2, '0')).join(''), body.byteLength,"
            + " response.headers.get('Content-Type') || '']))))"
            + ".catch(error => done([0, String(error), 0, '']));", url);
    return new Fetched(((Number) answer.get(0)).intValue(), (String) answer.get(1),
        ((Number) answer.get(2)).longValue(), (String) answer.get(3));
  }

  /** A response the browser fetched: its status, the SHA-256 of its body, the body's length and its media type. */
  public record Fetched(int status, String sha256, long bytes, String mediaType) {
  }

  /** A screenshot and the page's HTML under target/browser-failures, for a test that could not go on. */
  public static Path saveEvidence(WebDriver driver) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
      String stamp = String.valueOf(System.currentTimeMillis());
      Files.write(folder.resolve(stamp + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(folder.resolve(stamp + ".html"), driver.getPageSource());
      return folder.resolve(stamp + ".png").toAbsolutePath();
    } catch (IOException | RuntimeException e) {
      return Path.of("(not saved: " + e.getMessage() + ")");
    }
  }

  /** Clicks like a person: scrolled into view, and past a tooltip left open by the mouse. */
  public static void click(WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException covered) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
  }
}
