package org.recourse.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.recourse.account.Language;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCases;
import org.recourse.correspondence.internal.DocumentContent;
import org.recourse.correspondence.internal.DocumentContentRepository;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.correspondence.internal.PersonTasks;
import org.recourse.platform.Actors;
import org.recourse.platform.FilesAtWork;
import org.recourse.platform.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lays out the letters that were recorded, behind the steps that sent them: a case reaches its next task without
 * waiting for a PDF, and a portfolio of thousands is placed at the pace of the database, with its letters following.
 * Every node renders; each document is claimed by one node life with a conditional update, and a claim whose node
 * stopped is taken over once its {@link Node} lease is out (at once when that node restarted). The e-mail dispatcher
 * and the print batch take only rendered letters.
 * A node that shuts down finishes the letter at hand and leaves the rest waiting, unclaimed, for the next round.
 */
@Component
public class DocumentRendering implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRendering.class);
  static final int ATTEMPTS = 3;
  private static final int BATCH = 50;
  private static final Duration LOOK_AT_JOBS_EVERY = Duration.ofMillis(250);

  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final LetterRenderer renderer;
  private final CollectionCases cases;
  private final PersonTasks people;
  private final TransactionTemplate transaction;
  private final ManagementService management;
  private final CorrespondenceSettings settings;
  private final FilesAtWork files;
  private final Node node;
  private final Clock clock;
  private volatile boolean running;

  DocumentRendering(DocumentRepository documents, DocumentContentRepository contents, LetterRenderer renderer,
      CollectionCases cases, PersonTasks people, PlatformTransactionManager transactions,
      ManagementService management, CorrespondenceSettings settings, FilesAtWork files, Node node, Clock clock) {
    this.node = node;
    this.management = management;
    this.files = files;
    this.settings = settings;
    this.documents = documents;
    this.contents = contents;
    this.renderer = renderer;
    this.cases = cases;
    this.people = people;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /**
   * Renders every document waiting, until none is left; returns how many were rendered. While this node works
   * through a file (a portfolio being placed, payments being posted) or the engine has due jobs, it steps aside,
   * looking again every {@link #LOOK_AT_JOBS_EVERY} between documents (the count reads the job table): cases reach
   * their collectors first, their letters follow (and the print batch and e-mail wait for them).
   */
  @Scheduled(initialDelayString = "${recourse.correspondence.render-initial-delay:PT2S}",
      fixedDelayString = "${recourse.correspondence.render-every:PT1S}")
  public int renderPending() {
    int rendered = 0;
    long lookedAtJobs = System.nanoTime() - LOOK_AT_JOBS_EVERY.toNanos();
    while (true) {
      Set<String> alive = node.alive();
      List<Long> waiting = transaction.execute(status -> documents.toRender(alive, Limit.of(BATCH)));
      int claimed = 0;
      for (Long id : waiting) {
        if (!running) {
          return rendered;
        }
        if (System.nanoTime() - lookedAtJobs >= LOOK_AT_JOBS_EVERY.toNanos()) {
          if (nodeBusy()) {
            return rendered;
          }
          lookedAtJobs = System.nanoTime();
        }
        Boolean mine = transaction.execute(status ->
            documents.claimRendering(id, node.token(), clock.instant(), alive) == 1);
        if (Boolean.TRUE.equals(mine)) {
          claimed++;
          if (render(id)) {
            rendered++;
          }
        }
      }
      if (claimed == 0) {
        return rendered;
      }
    }
  }

  @Override
  public void start() {
    running = true;
  }

  /** The context is closing: the loop stops after the letter it is rendering, before the database goes away. */
  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private boolean render(long id) {
    Document document = transaction.execute(status -> documents.findById(id).orElseThrow());
    LetterRenderer.RenderedLetter letter;
    try {
      letter = renderer.render(LetterKind.fromTemplate(document.getKind()), Language.fromCode(document.getLanguage()),
          Currency.getInstance(document.getCurrency()), document.getData());
    } catch (RuntimeException failure) {
      LOG.error("Document {} ({}) could not be rendered", id, document.getKind(), failure);
      transaction.executeWithoutResult(status -> failed(id, failure));
      return false;
    }
    try {
      transaction.executeWithoutResult(status -> {
        contents.save(new DocumentContent(id, letter.pdf()));
        documents.findById(id).orElseThrow().rendered(letter.template(), letter.pdf().length, letter.pages(),
            Letters.sha256(letter.pdf()), clock.instant());
      });
    } catch (RuntimeException failure) {
      // Not stored: the claim is let go (this node is alive, so no lease would free it) and the try counted.
      LOG.error("Document {} ({}) was rendered but could not be stored", id, document.getKind(), failure);
      transaction.executeWithoutResult(status -> failed(id, failure));
      return false;
    }
    return true;
  }

  private void failed(long id, RuntimeException failure) {
    Document document = documents.findById(id).orElseThrow();
    boolean last = document.getRenderAttempts() + 1 >= ATTEMPTS;
    document.renderFailed(last);
    if (last) {
      long caseId = document.getCaseId();
      cases.record(CaseNumbers.of(caseId), CaseEventKind.LETTER_FAILED, Actors.SYSTEM,
          document.describe() + " could not be produced: " + failure.getMessage());
      people.ask("Letter not produced", caseId, document.describe(), "Rendering document " + id + " failed "
          + ATTEMPTS + " times: " + failure.getMessage() + ". Correct the template or the data, then send the letter"
          + " again (POST /api/cases/" + CaseNumbers.of(caseId) + "/letters).");
    }
  }

  private boolean nodeBusy() {
    int limit = settings.getRenderYieldToJobs();
    return limit > 0 && (files.any() || management.createJobQuery().executable().active().count() >= limit);
  }

  /** How many documents wait to be rendered (for the benchmark and operations). */
  public long waiting() {
    return documents.countByStatus(DocumentStatus.RENDERING);
  }
}
