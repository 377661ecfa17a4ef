package org.recourse.correspondence;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.recourse.account.Language;
import org.recourse.correspondence.internal.TemplateCatalog;

/**
 * How fast validation notices render to PDF/A, on one and on two threads, and how big they are. Run with
 * {@code ./mvnw -Pletter-benchmark verify} ({@code -Dbenchmark.letters=N} per run, default 2000).
 */
public final class LetterBenchmark {

  private LetterBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int letters = Integer.getInteger("benchmark.letters", 2000);
    LetterRenderer renderer = new LetterRenderer(new TemplateCatalog(), new DocumentRenderer());
    Currency usd = Currency.getInstance("USD");

    // Warm up the JIT, Thymeleaf's template cache and the font parsing paths.
    run(renderer, usd, 300, 2);

    System.out.printf(Locale.ROOT, "Recourse letter benchmark: validation notices (one page, PDF/A-2b), %d cores, JDK %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (int threads : new int[] {1, 2}) {
      Result result = run(renderer, usd, letters, threads);
      System.out.printf(Locale.ROOT, "  %d thread%s  %6d letters in %6.1f s  %7.1f letters/s  average %,d bytes, largest %,d%n",
          threads, threads == 1 ? " " : "s", letters, result.seconds, letters / result.seconds,
          result.bytes / letters, result.largest);
    }
  }

  private static Result run(LetterRenderer renderer, Currency usd, int letters, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong bytes = new AtomicLong();
    AtomicLong largest = new AtomicLong();
    long start = System.nanoTime();
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = letters / threads + (t < letters % threads ? 1 : 0);
        int thread = t;
        work.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            Language language = (i + thread) % 4 == 0 ? Language.ES : Language.EN;
            byte[] pdf = renderer.render(LetterKind.VALIDATION_NOTICE, language, usd,
                SampleLetters.of(LetterKind.VALIDATION_NOTICE, language)).pdf();
            bytes.addAndGet(pdf.length);
            largest.accumulateAndGet(pdf.length, Math::max);
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result((System.nanoTime() - start) / 1e9, bytes.get(), largest.get());
  }

  private record Result(double seconds, long bytes, long largest) {
  }
}
