package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.account.Language;
import org.recourse.correspondence.internal.TemplateCatalog;

/**
 * Every letter in every language, rendered from sample data, read back with PDFBox and validated as PDF/A-2b.
 * The PDFs are left in target/letters to look at.
 */
class LetterTemplatesTest {

  static final LetterRenderer RENDERER = new LetterRenderer(new TemplateCatalog(), new DocumentRenderer());
  private static final Currency USD = Currency.getInstance("USD");

  static Stream<Arguments> letters() {
    return Stream.of(LetterKind.values())
        .flatMap(kind -> Stream.of(Language.values()).map(language -> Arguments.of(kind, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("letters")
  void rendersAsPdfA(LetterKind kind, Language language) throws IOException {
    LetterRenderer.RenderedLetter letter = RENDERER.render(kind, language, USD, SampleLetters.of(kind, language));

    Path out = Path.of("target", "letters", kind.template() + "." + language.code() + ".pdf");
    Files.createDirectories(out.getParent());
    Files.write(out, letter.pdf());

    try (PDDocument document = Loader.loadPDF(letter.pdf())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(document.getNumberOfPages()).isEqualTo(letter.pages());
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo(letter.template().title());
      assertThat(text).contains("Recourse Recovery Services", "Emily Schmidt", "1845 Oakwood Avenue",
          "Springfield, IL 62704", "RC-0000042", "****4821");
      assertThat(text).contains(language == Language.EN
          ? "This communication is from a debt collector"
          : "Esta comunicación proviene de un cobrador de deudas");
    }
    assertThat(PdfA.violations(letter.pdf())).as("PDF/A-2b violations of %s", out).isEmpty();
    assertThat(letter.template().version()).isPositive();
  }
}
