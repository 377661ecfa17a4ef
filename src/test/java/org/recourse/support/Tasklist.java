package org.recourse.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in headless Chromium, as a person uses it: sign in, pick a filter, open a task, claim it, fill
 * its Camunda Form, complete it, in {@link Chromium}.
 */
public final class Tasklist implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private String openedTaskId;

  public Tasklist(int port) {
    this.driver = Chromium.start();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    this.baseUrl = "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  /** Signs in afresh, as {@code user} with the password {@code user} (the demo's convention). */
  public Tasklist signIn(String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl);
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.task-filter")));
    return this;
  }

  /** The names of the filters the signed-in user sees (without the count Tasklist shows beside the open one). */
  public List<String> filters() {
    return wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("div.task-filter h4.name a")))
        .stream().map(WebElement::getText).map(name -> name.replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
        .filter(name -> !name.isEmpty()).toList();
  }

  public Tasklist openFilter(String filterName) {
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.), \"" + filterName + "\")]"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, .no-task")));
    return this;
  }

  /** The names of the tasks in the open filter's list (its first page). */
  public List<String> taskNames() {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h4.task a, .no-task, .tasks-list")));
    sleep(1000); // the list renders page by page
    for (int tries = 1; ; tries++) {
      try {
        return driver.findElements(By.cssSelector("h4.task a")).stream().map(WebElement::getText).map(String::trim)
            .toList();
      } catch (StaleElementReferenceException rerendered) {
        // Tasklist drew the list again (its periodic refresh) while it was read: read the new one.
        if (tries == 5) {
          throw rerendered;
        }
        sleep(300);
      }
    }
  }

  /** Opens the task whose name mentions {@code text} (a case number). */
  public Tasklist openTask(String text) {
    openedTaskId = null;
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//h4[contains(@class,'task')]/a[contains(normalize-space(.), '" + text + "')]"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    return this;
  }

  /** Opens a task by its link, as a person following a link to it would. */
  public Tasklist openTaskById(String taskId) {
    openedTaskId = taskId;
    driver.get(baseUrl + "#/?task=" + taskId);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    return this;
  }

  /** The text the open task's form shows, e.g. the case facts. */
  public String formText() {
    return visible(By.cssSelector(".fjs-container")).getText();
  }

  public Tasklist claim() {
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    if (openedTaskId != null) {
      // Tasklist moves to "My tasks" after a claim and, for a task opened by its link, drops the selection.
      openTaskById(openedTaskId);
    }
    return this;
  }

  public Tasklist choose(String label) {
    click(visible(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.), '" + label + "')]")));
    return this;
  }

  /** Types into the form field with the given component id (as in the .form file). */
  public Tasklist type(String componentId, String value) {
    By locator = By.cssSelector("[id$='-" + componentId + "'], [id$='-" + componentId + "-date']");
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement field = visible(locator);
        field.clear();
        field.sendKeys(value);
        if ("text".equals(field.getAttribute("type")) && field.getAttribute("class").contains("flatpickr")) {
          field.sendKeys(Keys.ENTER);
        }
        return this;
      } catch (StaleElementReferenceException rerendered) {
        // The form was drawn again under the cursor (after a refusal, say): find the field anew.
        if (attempt == 3) {
          throw rerendered;
        }
      }
    }
  }

  /** Picks an option of a select field (form-js draws its own drop-down list) by its label. */
  public Tasklist select(String componentId, String label) {
    click(visible(By.cssSelector("[id$='-" + componentId + "-display']")));
    click(visible(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.) = '" + label + "']")));
    return this;
  }

  /** Picks the first option of a select field, whatever it is called (a list the case fills, say). */
  public Tasklist selectFirst(String componentId) {
    click(visible(By.cssSelector("[id$='-" + componentId + "-display']")));
    click(visible(By.cssSelector(".fjs-dropdownlist-item")));
    return this;
  }

  public Tasklist complete() {
    dismissErrors();
    click(visible(By.cssSelector("button[ng-click='complete()']:not([disabled])")));
    // Done when the form has gone, or when Tasklist shows the refusal (an alert present but still empty is not yet).
    wait.until(d -> d.findElements(By.cssSelector(".fjs-container")).stream().noneMatch(WebElement::isDisplayed)
        || !errors().isEmpty());
    return this;
  }

  private void dismissErrors() {
    for (WebElement close : driver.findElements(By.cssSelector(".alert-danger .close, .alert-error .close"))) {
      if (close.isDisplayed()) {
        click(close);
      }
    }
  }

  /** The address of the first link in the open task's form whose text contains {@code text}. */
  public String linkInForm(String text) {
    return visible(By.xpath("//div[contains(@class,'fjs-container')]//a[contains(normalize-space(.), '" + text + "')]"))
        .getAttribute("href");
  }

  /**
   * Follows the link in the open task's form whose text contains {@code text} with a person's click, one that a veil
   * over the form would catch (no script click to get past it), and tells what opened: a new tab, its address and
   * what the server sent it, or a failure when the link opened over Tasklist. Tasklist's tab is current again after.
   */
  public Opened followLinkInForm(String text) {
    String tasklistTab = driver.getWindowHandle();
    Set<String> before = driver.getWindowHandles();
    WebElement link = visible(By.xpath("//div[contains(@class,'fjs-container')]//a[contains(normalize-space(.), '"
        + text + "')]"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
    driver.manage().logs().get("performance"); // what was logged before the click is not the tab's
    link.click();
    String tab;
    try {
      tab = wait.until(d -> d.getWindowHandles().stream().filter(handle -> !before.contains(handle)).findFirst()
          .orElse(null));
    } catch (TimeoutException e) {
      throw new TimeoutException("the link opened no new tab, Tasklist's tab is at " + driver.getCurrentUrl()
          + "; the page is saved in " + saveEvidence(), e);
    }
    int after = driver.getWindowHandles().size();
    driver.switchTo().window(tab);
    String url = wait.until(d -> d.getCurrentUrl().equals("about:blank") ? null : d.getCurrentUrl());
    JsonNode response;
    try {
      response = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> documentResponse(url));
    } catch (TimeoutException answeredBeforeWeLooked) {
      // The log follows the current tab only: a response that came before the switch is not in it. Ask again.
      driver.navigate().refresh();
      response = wait.until(d -> documentResponse(url));
    }
    driver.close();
    driver.switchTo().window(tasklistTab);
    return new Opened(before.size(), after, url, response.path("status").asInt(),
        response.path("mimeType").asText(), response.path("headers").path("Content-Length").asLong(-1));
  }

  /** The response to the browser's request for a page at {@code url}, from the network's log; null until it came. */
  private JsonNode documentResponse(String url) {
    for (var entry : driver.manage().logs().get("performance")) {
      try {
        JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        JsonNode params = message.path("params");
        if ("Network.responseReceived".equals(message.path("method").asText())
            && "Document".equals(params.path("type").asText())
            && url.equals(params.path("response").path("url").asText())) {
          return params.path("response");
        }
      } catch (IOException e) {
        throw new IllegalStateException("the browser logged what is not JSON: " + entry.getMessage(), e);
      }
    }
    return null;
  }

  /** A tab a link opened: the tabs before and after, its address, and the response its page got, with its length. */
  public record Opened(int tabsBefore, int tabsAfter, String url, int status, String mediaType, long bytes) {
  }

  /**
   * The actions Tasklist's header shows now ("Start process", "Create task"), once the script that hides what the
   * user may not do has asked the engine.
   */
  public List<String> headerActions() {
    try {
      Thread.sleep(1500); // the engine's authorization check answers well within this
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return driver.findElements(By.cssSelector(".start-process-action a, .create-task-action a")).stream()
        .filter(WebElement::isDisplayed).map(element -> element.getText().trim()).toList();
  }

  /** Whether the open task can still be claimed, that is, nobody has claimed it. */
  public boolean claimable() {
    return driver.findElements(By.cssSelector("button.claim")).stream().anyMatch(WebElement::isDisplayed);
  }

  /** A screenshot of the page as it is now, under target/browser-screenshots. */
  public Path screenshot(String name) {
    return Chromium.screenshot(driver, name);
  }

  /** What fetching {@code url} from the page gives, as the signed-in user's browser fetches it. */
  public Chromium.Fetched fetch(String url) {
    return Chromium.fetch(driver, url);
  }

  /** Error notifications on the page, such as a refused form. */
  public List<String> errors() {
    return driver.findElements(By.cssSelector(".alert-danger, .alert-error")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).filter(text -> !text.isBlank()).toList();
  }

  /** The first element found that is displayed: Tasklist keeps earlier forms in the page, hidden. */
  private WebElement visible(By locator) {
    try {
      return wait.until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    } catch (TimeoutException e) {
      throw new TimeoutException("no visible " + locator + "; the page is saved in " + saveEvidence(), e);
    }
  }

  /** A screenshot and the page's HTML under target/browser-failures, for a test that could not go on. */
  public Path saveEvidence() {
    return Chromium.saveEvidence(driver);
  }

  private void click(WebElement element) {
    Chromium.click(driver, element);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
