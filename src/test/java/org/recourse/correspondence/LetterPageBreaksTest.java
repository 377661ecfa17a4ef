package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.account.Language;

/**
 * Every letter in both languages, from the sample data and at its longest (long names, addresses and creditors, the
 * time-barred notice, and every length of its list up to the most Recourse allows), read page by page with
 * {@link PageBreaks}: no page may be blank, hold only the footer, start with the signature or end on a heading. A
 * letter that fails is left in target/page-breaks to look at.
 */
class LetterPageBreaksTest {

  private static final Currency USD = Currency.getInstance("USD");
  /** The most installments a plan may have (recourse.negotiation.max-plan-installments). */
  private static final int MOST_INSTALLMENTS = 36;
  /** A clock time as the letters print it in either language: "8:00 a.m.", "8:00 p. m.", "8 p.m.". */
  private static final Pattern CLOCK_TIME = Pattern.compile("(?U)\\d{1,2}(:\\d{2})?\\s*[ap]\\.\\s*m\\.");

  static Stream<Arguments> letters() {
    return Stream.of(LetterKind.values())
        .flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("letters")
  void no_page_stands_alone_with_a_signature_a_footer_or_a_heading(LetterKind kind, Language language)
      throws IOException {
    List<String> problems = new ArrayList<>();
    check(kind, language, "sample", SampleLetters.of(kind, language), problems);
    for (int rows : rows(kind)) {
      check(kind, language, "longest-" + rows, SampleLetters.longest(kind, language, rows), problems);
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("letters")
  void a_clock_time_is_never_broken_across_lines(LetterKind kind, Language language) throws IOException {
    byte[] pdf = LetterTemplatesTest.RENDERER.render(kind, language, USD, SampleLetters.of(kind, language)).pdf();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // In the order the lines were laid out, so that a cell's lines follow each other as they wrap.
      text = new PDFTextStripper().getText(document).replace("\r\n", "\n");
    }
    Matcher time = CLOCK_TIME.matcher(text);
    int times = 0;
    while (time.find()) {
      times++;
      String around = text.substring(Math.max(0, time.start() - 40), Math.min(text.length(), time.end() + 40));
      assertThat(time.group()).as("a clock time in %s %s, around: %s", kind, language, around).doesNotContain("\n");
    }
    assertThat(times).as("clock times (the collector's hours) in %s %s", kind, language).isPositive();
  }

  /** The list lengths a letter is tried with at its longest: every one it can have where it lists anything. */
  private static List<Integer> rows(LetterKind kind) {
    return switch (kind) {
      case PLAN_AGREEMENT, PLAN_DEFAULT, SETTLEMENT_AGREEMENT, SETTLEMENT_OFFER ->
          IntStream.rangeClosed(1, MOST_INSTALLMENTS).boxed().toList();
      default -> List.of(3);
    };
  }

  private static void check(LetterKind kind, Language language, String variant, LetterData data,
      List<String> problems) throws IOException {
    byte[] pdf = LetterTemplatesTest.RENDERER.render(kind, language, USD, data).pdf();
    List<String> found = PageBreaks.LETTERS.problems(pdf);
    if (!found.isEmpty()) {
      Path out = Path.of("target", "page-breaks", kind.template() + "." + language.code() + "." + variant + ".pdf");
      Files.createDirectories(out.getParent());
      Files.write(out, pdf);
      found.forEach(problem -> problems.add(out.getFileName() + ": " + problem));
    }
  }
}
