package org.recourse.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.recourse.account.AccountRegistry;
import org.recourse.account.AccountSummary;
import org.recourse.casework.CaseStatus;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.Holds;
import org.recourse.correspondence.DocumentStatus;
import org.recourse.correspondence.Documents;
import org.recourse.demo.DemoData;
import org.recourse.negotiation.CaseArrangements;
import org.recourse.support.Accessibility;
import org.recourse.support.Chromium;
import org.recourse.support.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The debtor portal on the demo, in headless Chromium and in both languages: a debtor signs in with the reference of
 * their letter and their ZIP code, reads the itemization, proposes a plan their budget carries and has it agreed;
 * a second, in Spanish, disputes and the case stops collection; a third pays in full and the case closes with its
 * letter. Shares the demo application with the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"recourse.it.schema=recourse_it_browser", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"pgtest", "demo"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PortalBrowserIT {

  private static WebDriver driver;
  /** What the WCAG 2.1 AA audit found on each page walked, by page. */
  private final Map<String, List<String>> inaccessible = new LinkedHashMap<>();

  @LocalServerPort
  int port;
  @Autowired
  TaskService tasks;
  @Autowired
  CollectionCases cases;
  @Autowired
  AccountRegistry accounts;
  @Autowired
  Holds holds;
  @Autowired
  Documents documents;
  @Autowired
  CaseArrangements arrangements;
  @Autowired
  DemoData demo;

  @AfterAll
  static void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private WebDriverWait browser() {
    if (driver == null) {
      driver = Chromium.start();
    }
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /**
   * Cases waiting for a collector's work, from the middle of the queue (the other browser tests take its ends), once
   * the demo has worked its own cases (a pick before that may be one the demo is about to work).
   */
  private List<String> workedCases() {
    await().atMost(Duration.ofMinutes(3)).until(() -> !demo.loading());
    List<Task> work = await().atMost(Duration.ofMinutes(1)).until(() -> tasks.createTaskQuery()
        .taskDefinitionKey("Task_WorkAccount").taskUnassigned().orderByTaskPriority().asc().list(),
        found -> found.size() >= 20);
    // Untouched ones: no arrangement and no hold yet (the schema outlives a run).
    return work.subList(5, work.size()).stream().map(task -> task.getName().split(" · ")[1])
        .filter(c -> arrangements.of(c).isEmpty() && holds.of(c).isEmpty()).limit(3).toList();
  }

  private String zip(String caseNumber) {
    AccountSummary account = accounts.summary(cases.require(caseNumber).getAccountId());
    return account.mailingAddress().postalCode().substring(0, 5);
  }

  private void signIn(WebDriverWait wait, String lang, String caseNumber) {
    driver.manage().deleteAllCookies();
    driver.get("http://localhost:" + port + "/portal?lang=" + lang);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
    audit("sign-in (" + lang + ")");
    driver.findElement(By.id("reference")).sendKeys(caseNumber);
    driver.findElement(By.id("zip")).sendKeys(zip(caseNumber));
    driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("balance")));
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** The page as it is now, audited by axe-core's WCAG 2.1 A and AA rules. */
  private void audit(String page) {
    List<String> violations = Accessibility.violations(driver);
    if (!violations.isEmpty()) {
      inaccessible.put(page, violations);
    }
  }

  private String text(WebDriverWait wait, String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  @Test
  void three_debtors_agree_a_plan_dispute_and_pay_in_full_each_in_their_language() {
    WebDriverWait wait = browser();
    List<String> three = workedCases();
    String first = three.get(0);
    String second = three.get(1);
    String third = three.get(2);
    String firstDate = LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("M/d/yyyy"));

    // 1. In English: the itemization, then a plan the budget carries, checked and agreed.
    signIn(wait, "en", first);
    System.out.println("Screenshot: " + Chromium.screenshot(driver, "portal-home"));
    audit("account (en)");
    assertThat(driver.findElements(By.linkText("Set up a payment plan")))
        .as("the plan link on %s's page, which reads: %s", first, driver.findElement(By.tagName("main")).getText())
        .isNotEmpty();
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(text(wait, "itemization")).contains("you owed").contains("Total you owe now");
    driver.findElement(By.linkText("Set up a payment plan")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monthlyIncome")));
    audit("plan");
    type("monthlyIncome", "4200");
    type("fixedCosts", "2100");
    type("flexibleCosts", "900");
    type("otherDebts", "xyz");
    type("installments", "6");
    type("firstDate", firstDate);
    driver.findElement(By.cssSelector("button[value='check']")).click();
    // A wrong figure is named, with what was typed kept; nothing is recorded.
    assertThat(text(wait, "problems")).contains("Payments on other debts");
    assertThat(driver.findElement(By.id("monthlyIncome")).getAttribute("value")).isEqualTo("4200");
    assertThat(arrangements.of(first)).isEmpty();
    audit("plan, a field refused");
    type("otherDebts", "0");
    driver.findElement(By.cssSelector("button[value='check']")).click();
    assertThat(text(wait, "schedule")).contains("$1,200.00 a month");
    System.out.println("Screenshot: " + Chromium.screenshot(driver, "portal-plan-checked"));
    audit("plan, its schedule");
    driver.findElement(By.id("agreed")).click();
    driver.findElement(By.id("agree")).click();
    assertThat(text(wait, "done")).contains("Your payment plan is agreed");
    // The debtor's answer is given; the plan is agreed by the process's next step, on the job executor.
    await().atMost(Duration.ofSeconds(60)).until(() -> arrangements.of(first).get(0).status().equals("AGREED"));
    driver.navigate().refresh();
    assertThat(text(wait, "standing")).contains("Payment plan").contains("agreed");
    assertThat(arrangements.of(first)).first().satisfies(plan -> {
      assertThat(plan.kind()).isEqualTo("PLAN");
      assertThat(plan.status()).isEqualTo("AGREED");
      assertThat(plan.proposedBy()).isEqualTo("debtor (portal)");
    });
    // A first payment by card, the card kept: the plan's installments are charged to it on their due dates.
    driver.findElement(By.linkText("Pay now")).click();
    type("amount", "50.00");
    driver.findElement(By.id("method-CARD")).click();
    driver.findElement(By.id("saveForInstallments")).click();
    driver.findElement(By.id("pay")).click();
    assertThat(text(wait, "done")).contains("Your payment of $50.00 is received");
    assertThat(text(wait, "standing")).contains("Each payment is charged on its due date to your card");
    System.out.println("Screenshot: " + Chromium.screenshot(driver, "portal-plan-agreed"));

    // 2. In Spanish: a dispute within the validation period stops collection.
    signIn(wait, "es", second);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(text(wait, "itemization")).contains("Total que debe ahora").doesNotContain("statement");
    // A promise of more than is owed: the rule's reason in Spanish, by the field, and nothing recorded.
    driver.findElement(By.linkText("Prometer un pago")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount"))).sendKeys("99999");
    type("date", firstDate);
    driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    assertThat(text(wait, "amount-error")).startsWith("$99,999.00 es más que su saldo de");
    assertThat(arrangements.of(second)).isEmpty();
    audit("promise, refused by the rule (es)");
    driver.findElement(By.partialLinkText("Volver")).click();
    driver.findElement(By.partialLinkText("Disputar esta deuda")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-NOT_MINE")));
    audit("dispute (es)");
    driver.findElement(By.id("reason-NOT_MINE")).click();
    driver.findElement(By.id("request-VERIFICATION")).click();
    type("details", "No reconozco esta cuenta");
    driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    assertThat(text(wait, "done")).contains("Recibimos su disputa");
    assertThat(text(wait, "paused")).contains("Hemos pausado el cobro");
    assertThat(holds.pausesCollection(second)).isTrue();
    System.out.println("Screenshot: " + Chromium.screenshot(driver, "portal-dispute-es"));
    audit("account, collection paused (es)");
    driver.findElement(By.partialLinkText("le contactamos")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("fieldset")));
    audit("contact choices (es)");

    // 3. A payment of the whole balance closes the case, with its paid-in-full letter.
    signIn(wait, "en", third);
    String balance = text(wait, "balance");
    driver.findElement(By.linkText("Pay now")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("amount")));
    audit("pay");
    assertThat(driver.findElement(By.id("amount")).getAttribute("value")).isEqualTo(balance.replace("$", "")
        .replace(",", ""));
    driver.findElement(By.id("method-CARD")).click();
    driver.findElement(By.id("pay")).click();
    assertThat(text(wait, "done")).contains("Your payment of " + balance + " is received");
    await().atMost(Duration.ofSeconds(60)).until(() -> cases.require(third).getStatus() == CaseStatus.CLOSED);
    await().atMost(Duration.ofSeconds(60)).until(() -> documents.ofCase(third).stream()
        .anyMatch(d -> d.getKind().equals("paid-in-full") && d.getStatus() != DocumentStatus.RENDERING));
    driver.navigate().refresh();
    assertThat(text(wait, "closed")).contains("paid in full");
    String letter = documents.ofCase(third).stream().filter(d -> d.getKind().equals("paid-in-full")).findFirst()
        .orElseThrow().getTitle();
    assertThat(text(wait, "letters")).contains(letter);
    System.out.println("Screenshot: " + Chromium.screenshot(driver, "portal-paid-in-full"));
    audit("account, closed");
    assertThat(inaccessible).as("WCAG 2.1 AA rules broken, by page").isEmpty();
    // The audit sees what it should: a field added without a label is found.
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "document.querySelector('main').appendChild(document.createElement('input'));");
    assertThat(Accessibility.violations(driver)).anySatisfy(found -> assertThat(found).startsWith("label "));
  }
}
