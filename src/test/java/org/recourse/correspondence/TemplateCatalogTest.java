package org.recourse.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.account.Language;
import org.recourse.correspondence.internal.TemplateCatalog;

/** A missing template, language, version or title stops the start: never a broken letter later. */
class TemplateCatalogTest {

  @Test
  void every_letter_has_both_languages_a_version_and_a_title() {
    TemplateCatalog catalog = new TemplateCatalog();
    for (LetterKind kind : LetterKind.values()) {
      for (Language language : Language.values()) {
        TemplateCatalog.Template template = catalog.letter(kind, language);
        assertThat(template.name()).isEqualTo("letters/" + kind.template() + "." + language.code());
        assertThat(template.version()).isPositive();
        assertThat(template.title()).isNotBlank();
      }
    }
    assertThat(catalog.letter(LetterKind.VALIDATION_NOTICE, Language.ES).title())
        .isNotEqualTo(catalog.letter(LetterKind.VALIDATION_NOTICE, Language.EN).title());
  }

  @Test
  void a_missing_locale_a_missing_version_or_title_is_refused_at_start(@TempDir Path root) throws IOException {
    Path letters = Files.createDirectories(root.resolve("templates/letters"));
    Path mail = Files.createDirectories(root.resolve("templates/mail"));
    String good = "<html><head><meta name=\"template-version\" content=\"3\"/><title>A letter</title></head></html>";
    for (LetterKind kind : LetterKind.values()) {
      for (Language language : Language.values()) {
        Files.writeString(letters.resolve(kind.template() + "." + language.code() + ".html"), good);
      }
    }
    Files.writeString(mail.resolve("letter.en.html"), good);
    Files.writeString(mail.resolve("letter.es.html"), good);
    assertThat(new TemplateCatalog(loader(root)).letter(LetterKind.FINAL_DEMAND, Language.ES).version()).isEqualTo(3);

    Files.delete(letters.resolve("final-demand.es.html"));
    Files.writeString(letters.resolve("plan-default.en.html"), "<html><head><title>No version</title></head></html>");
    Files.writeString(letters.resolve("verification.es.html"),
        "<html><head><meta name=\"template-version\" content=\"1\"/></head></html>");

    assertThatThrownBy(() -> new TemplateCatalog(loader(root)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("templates/letters/final-demand.es.html is missing")
        .hasMessageContaining("templates/letters/plan-default.en.html names no <meta name=\"template-version\"")
        .hasMessageContaining("templates/letters/verification.es.html has no <title>");
  }

  private static ClassLoader loader(Path root) throws IOException {
    return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
  }
}
