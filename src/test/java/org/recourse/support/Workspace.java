package org.recourse.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Recourse's own pages in headless Chromium, as a collector or a manager uses them: sign in, find a case, read what
 * the guard allows, record a call or a complaint, open the dashboard, export a table, download the report.
 */
public final class Workspace implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  public Workspace(int port) {
    this.driver = Chromium.start();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    this.baseUrl = "http://localhost:" + port;
  }

  /** Signs in afresh at the workspace's own page, as {@code user} with the password {@code user} (the demo's). */
  public Workspace signIn(String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/workspace/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    driver.findElement(By.cssSelector("form button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.top nav")));
    return this;
  }

  /** Opens an address of the application (a path such as /workspace/cases/RC-0000001). */
  public Workspace open(String path) {
    driver.get(baseUrl + path);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    return this;
  }

  /** The links of the header's navigation the signed-in person sees. */
  public List<String> navigation() {
    return driver.findElements(By.cssSelector("header.top nav a")).stream().map(WebElement::getText).toList();
  }

  /** Searches from the search page by what a caller gives (a phone number, a name, a ZIP) and returns the hits. */
  public List<String> search(String words) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Find a case"))));
    WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
    box.clear();
    box.sendKeys(words);
    box.submit();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits, #no-hits")));
    return driver.findElements(By.cssSelector("#hits tbody tr")).stream().map(WebElement::getText).toList();
  }

  /** Opens the case of a search hit by its number. */
  public Workspace openHit(String caseNumber) {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(caseNumber))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reach")));
    return this;
  }

  /** The text of a section of the page by its id (reach, on-file, money, contacts, complaints, ...). */
  public String section(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  /** The text of the page's main part. */
  public String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  /** The guard's table: each way to reach the debtor, whether it is allowed now, the rule, when it lifts. */
  public List<GuardRow> guard() {
    return driver.findElements(By.cssSelector("#guard tbody tr")).stream().map(row -> {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      return new GuardRow(cells.get(0).getText(), row.getAttribute("class").contains("allowed"),
          cells.get(2).getText(), cells.get(3).getText());
    }).toList();
  }

  /** One way to reach the debtor as the case page shows it. */
  public record GuardRow(String way, boolean allowed, String rule, String lifts) {
  }

  /** Records a call the debtor made to us, from the number on the caller ID. */
  public Workspace recordInboundCall(String number, String result, String notes) {
    WebElement form = driver.findElement(By.id("call"));
    click(form.findElement(By.cssSelector("input[name='direction'][value='INBOUND']")));
    type("call-number", number);
    new Select(driver.findElement(By.id("call-result"))).selectByVisibleText(result);
    type("call-notes", notes);
    return submit(form);
  }

  /** Records a complaint; a blank summary or category is left for the refusal to name. */
  public Workspace recordComplaint(String receivedVia, String category, String summary) {
    WebElement form = driver.findElement(By.id("complaint"));
    if (receivedVia != null) {
      new Select(driver.findElement(By.id("complaint-via"))).selectByVisibleText(receivedVia);
    }
    if (category != null) {
      new Select(driver.findElement(By.id("complaint-category"))).selectByVisibleText(category);
    }
    type("complaint-summary", summary);
    return submit(form);
  }

  /** What the page says an action did, or empty. */
  public String done() {
    return driver.findElements(By.cssSelector("p.done")).stream().map(WebElement::getText).findFirst().orElse("");
  }

  /** What the page says was refused and why (the reason and each field's problem), or empty. */
  public String refused() {
    return driver.findElements(By.cssSelector("div.refused[role='alert']")).stream().map(WebElement::getText)
        .findFirst().orElse("");
  }

  /** Opens the dashboard from the header, once its charts are drawn. */
  public Workspace openDashboard() {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dashboard"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.kpi")));
    wait.until(d -> chartsDrawn() == d.findElements(By.cssSelector("canvas[data-chart]")).size());
    return this;
  }

  /** Sets a collector's target for the month the dashboard shows, from the form under the collectors' table. */
  public Workspace setTarget(String collector, String amount) {
    WebElement form = driver.findElement(By.id("target"));
    type("target-collector", collector);
    type("target-amount", amount);
    click(form.findElement(By.cssSelector("button[type='submit']")));
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("collectors")));
    return this;
  }

  /** What a form field on the page holds. */
  public String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  /** How many of the page's canvases Chart.js has drawn a chart on. */
  public long chartsDrawn() {
    Object drawn = ((JavascriptExecutor) driver).executeScript(
        "return window.Chart ? Array.from(document.querySelectorAll('canvas[data-chart]'))"
            + ".filter(c => Chart.getChart(c) !== undefined).length : 0;");
    return ((Number) drawn).longValue();
  }

  /** The address a link on the page points to, found by its text (or its label for a screen reader). */
  public String link(String text) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//a[normalize-space(.) = '" + text + "' or @aria-label = '" + text + "']"))).getAttribute("href");
  }

  /** Downloads {@code url} as the signed-in person's browser does: status, media type, the body's bytes. */
  public Download download(String url) {
    List<?> answer = (List<?>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(response => response.blob().then(blob => {"
            + "  const reader = new FileReader();"
            + "  reader.onload = () => done([response.status, response.headers.get('Content-Type') || '',"
            + "    response.headers.get('Content-Disposition') || '', reader.result.split(',')[1] || '']);"
            + "  reader.readAsDataURL(blob); }))"
            + ".catch(error => done([0, String(error), '', '']));", url);
    return new Download(((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2),
        Base64.getDecoder().decode((String) answer.get(3)));
  }

  /** A file the browser received. */
  public record Download(int status, String mediaType, String disposition, byte[] body) {
  }

  public Path screenshot(String name) {
    return Chromium.screenshot(driver, name);
  }

  /** A screenshot of the whole page, its window stretched to the page's height for the shot. */
  public Path screenshotWhole(String name) {
    var size = driver.manage().window().getSize();
    long height = ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollHeight;")).longValue();
    driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 100,
        16000)));
    try {
      return Chromium.screenshot(driver, name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  private void type(String id, String value) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    if (value != null) {
      field.sendKeys(value);
    }
  }

  /** Submits a form and waits for the page that answers it (the case page again, with what was done or refused). */
  private Workspace submit(WebElement form) {
    click(form.findElement(By.cssSelector("button[type='submit']")));
    wait.until(ExpectedConditions.stalenessOf(form));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reach")));
    return this;
  }

  private void click(WebElement element) {
    Chromium.click(driver, element);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
