package org.recourse.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.recourse.account.AccountRegistry;
import org.recourse.casework.CollectionCases;
import org.recourse.intake.AccountIntake;
import org.recourse.intake.internal.Placement;
import org.recourse.intake.internal.PlacementOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test on the real engine (H2, job executor off) that walks cases through their processes: the test users
 * and creditor exist, the clock stands at {@link #START} (a Wednesday at ten in New York) until the test moves it,
 * and {@link #driver} runs the cases' jobs and completes their tasks as their users would.
 */
@SpringBootTest
@ActiveProfiles("h2test")
public abstract class EngineTest {

  protected static final ZoneId EASTERN = ZoneId.of("America/New_York");
  protected static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
  protected static final LocalDateTime START = LocalDateTime.of(TODAY, LocalTime.of(10, 0));

  @Autowired
  protected IdentityService identity;
  @Autowired
  protected AccountRegistry accounts;
  @Autowired
  protected AccountIntake intake;
  @Autowired
  protected RuntimeService runtime;
  @Autowired
  protected ManagementService management;
  @Autowired
  protected TaskService tasks;
  @Autowired
  protected CollectionCases cases;

  protected CaseDriver driver;

  @BeforeEach
  void startTheClock() {
    ClockUtil.setCurrentTime(Date.from(START.atZone(EASTERN).toInstant()));
    TestData.usersAndCreditors(identity, accounts);
    driver = new CaseDriver(runtime, management, tasks, identity);
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  /** Places an account and runs its case to the collector's first task. */
  protected String atTheCollector(Placement placement) {
    String caseNumber = ((PlacementOutcome.Placed) intake.place(placement, "admin")).caseNumber();
    driver.runJobs(caseNumber);
    return caseNumber;
  }

  /** The test placement (a Texan owing $1,200.00 and $35.00 of fees, $1,235.00) at the collector's first task. */
  protected String atTheCollector() {
    return atTheCollector(TestData.placement(TestData.accountNumber(), "1200.00", null));
  }

  /** The business date the engine's clock stands at. */
  protected static LocalDate today() {
    return ClockUtil.now().toInstant().atZone(EASTERN).toLocalDate();
  }

  protected static void moveTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(EASTERN).toInstant()));
  }
}
