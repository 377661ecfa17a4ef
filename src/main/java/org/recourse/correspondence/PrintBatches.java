package org.recourse.correspondence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.recourse.casework.CaseEventKind;
import org.recourse.casework.CaseNumbers;
import org.recourse.casework.CollectionCases;
import org.recourse.compliance.ContactChannel;
import org.recourse.compliance.ContactGuard;
import org.recourse.compliance.ContactRules;
import org.recourse.correspondence.internal.DocumentContentRepository;
import org.recourse.correspondence.internal.DocumentRepository;
import org.recourse.correspondence.internal.PrintBatchRepository;
import org.recourse.platform.Actors;
import org.recourse.platform.ClusterLocks;
import org.recourse.platform.ConflictException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily print batch: every letter queued for the post goes into one batch, handed to the mail house as one
 * merged PDF and a CSV manifest of addresses in the same order. Letters count as sent when the mail house confirms
 * the batch was posted. One node at a time cuts a batch, so no letter is in two.
 */
@Service
public class PrintBatches {

  static final String[] MANIFEST = {"sequence", "first_page", "pages", "document_id", "case_number", "letter",
      "language", "letter_date", "name", "address_1", "address_2", "address_3", "sha256"};

  private final PrintBatchRepository batches;
  private final DocumentRepository documents;
  private final DocumentContentRepository contents;
  private final CollectionCases cases;
  private final ClusterLocks locks;
  private final Clock clock;
  private final ContactGuard guard;

  PrintBatches(PrintBatchRepository batches, DocumentRepository documents, DocumentContentRepository contents,
      CollectionCases cases, ClusterLocks locks, Clock clock, ContactGuard guard) {
    this.guard = guard;
    this.batches = batches;
    this.documents = documents;
    this.contents = contents;
    this.cases = cases;
    this.locks = locks;
    this.clock = clock;
  }

  @Scheduled(cron = "${recourse.correspondence.print-batch-cron:0 0 17 * * MON-FRI}",
      zone = "${recourse.business-zone:America/New_York}")
  public void daily() {
    cut(Actors.SYSTEM);
  }

  /** Puts every letter waiting for the post into a new batch; empty if none is waiting. */
  public Optional<PrintBatch> cut(String actor) {
    return locks.withLock("print-batch", () -> {
      List<Document> waiting = documents.findByChannelAndStatusOrderByIdAsc(Channel.POST, DocumentStatus.QUEUED)
          .stream().filter(this::allowedNow).toList();
      if (waiting.isEmpty()) {
        return Optional.empty();
      }
      int pages = waiting.stream().mapToInt(Document::getPages).sum();
      PrintBatch batch = batches.save(new PrintBatch(waiting.size(), pages, clock.instant(), actor));
      waiting.forEach(document -> document.batch(batch.getId()));
      return Optional.of(batch);
    });
  }

  /**
   * The contact guard as the letter leaves for the mail house: a hold or a cease request that arrived after the
   * letter was written withholds it.
   */
  private boolean allowedNow(Document letter) {
    String caseNumber = CaseNumbers.of(letter.getCaseId());
    ContactRules.Decision decision = guard.decide(caseNumber,
        new ContactRules.Request(ContactChannel.LETTER, null, letter.getKind()), Actors.SYSTEM);
    if (!decision.allowed()) {
      cases.record(caseNumber, CaseEventKind.LETTER_WITHHELD, Actors.SYSTEM, letter.describe() + " (document "
          + letter.getId() + ") withheld from the print batch: " + decision.rule() + " — " + decision.reason());
      Documents.withhold(letter, decision.rule() + " — " + decision.reason(), cases);
    }
    return decision.allowed();
  }

  @Transactional(readOnly = true)
  public List<PrintBatch> list() {
    return batches.findAllByOrderByIdDesc();
  }

  @Transactional(readOnly = true)
  public PrintBatch get(long id) {
    return batches.findById(id).orElseThrow(() -> new NoSuchElementException("there is no print batch " + id));
  }

  /** The batch's letters as one PDF, in manifest order. */
  @Transactional(readOnly = true)
  public void writePdf(long id, OutputStream out) {
    get(id);
    PDFMergerUtility merger = new PDFMergerUtility();
    try (PDDocument merged = new PDDocument()) {
      List<PDDocument> sources = new ArrayList<>();
      try {
        for (Document document : documents.findByPrintBatchIdOrderByIdAsc(id)) {
          PDDocument source = Loader.loadPDF(new RandomAccessReadBuffer(
              contents.findById(document.getId()).orElseThrow().getContent()));
          sources.add(source);
          merger.appendDocument(merged, source);
        }
        merged.save(out);
      } finally {
        for (PDDocument source : sources) {
          source.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The print batch could not be merged", e);
    }
  }

  /** The manifest: one row per letter, with the address exactly as printed on it. */
  @Transactional(readOnly = true)
  @SuppressWarnings("unchecked")
  public void writeManifest(long id, Writer out) {
    get(id);
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(MANIFEST).get().print(out)) {
      int sequence = 0;
      int firstPage = 1;
      for (Document document : documents.findByPrintBatchIdOrderByIdAsc(id)) {
        Map<String, Object> debtor = (Map<String, Object>) LetterData.model(document.getData()).get("debtor");
        List<String> lines = (List<String>) debtor.get("addressLines");
        csv.printRecord(++sequence, firstPage, document.getPages(), document.getId(),
            CaseNumbers.of(document.getCaseId()), document.getKind(), document.getLanguage(),
            document.getLetterDate(), debtor.get("name"), line(lines, 0), line(lines, 1), line(lines, 2),
            document.getSha256());
        firstPage += document.getPages();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mail house posted the batch: its letters are sent. */
  @Transactional
  public PrintBatch confirm(long id, LocalDate mailedOn, String actor) {
    PrintBatch batch = get(id);
    if (batch.getStatus() == PrintBatch.Status.CONFIRMED) {
      throw new ConflictException("print batch " + id + " was confirmed on " + batch.getConfirmedAt()
          + " by " + batch.getConfirmedBy());
    }
    LocalDate mailed = mailedOn != null ? mailedOn : LocalDate.now(clock);
    batch.confirm(mailed, clock.instant(), actor);
    for (Document document : documents.findByPrintBatchIdOrderByIdAsc(id)) {
      document.sent(clock.instant());
      cases.record(CaseNumbers.of(document.getCaseId()), CaseEventKind.LETTER_SENT, actor,
          document.describe() + " posted on " + mailed + " in print batch " + id + " (document " + document.getId()
              + ")");
    }
    return batch;
  }

  private static String line(List<String> lines, int index) {
    return lines != null && index < lines.size() ? lines.get(index) : "";
  }
}
