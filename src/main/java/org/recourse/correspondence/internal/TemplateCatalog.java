package org.recourse.correspondence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.account.Language;
import org.recourse.correspondence.LetterKind;
import org.springframework.stereotype.Component;

/**
 * The letter and mail templates, checked when Recourse starts: every letter in every language, each naming its
 * version and title. A missing template or locale stops the start with the list of what is missing, so that no
 * case ever reaches a letter that cannot be written.
 */
@Component
public class TemplateCatalog {

  public static final String ROOT = "templates/";
  static final String MAIL = "mail/letter";

  private static final Pattern VERSION =
      Pattern.compile("<meta\\s+name=\"template-version\"\\s+content=\"(\\d+)\"\\s*/?>");
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]+)</title>");

  private final Map<LetterKind, Map<Language, Template>> letters = new EnumMap<>(LetterKind.class);
  private final Map<Language, Template> mail = new EnumMap<>(Language.class);

  public TemplateCatalog() {
    this(TemplateCatalog.class.getClassLoader());
  }

  /** The catalog of the templates {@code loader} finds under {@code templates/}. */
  public TemplateCatalog(ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    for (LetterKind kind : LetterKind.values()) {
      Map<Language, Template> byLanguage = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        load(loader, "letters/" + kind.template() + "." + language.code(), problems)
            .ifPresent(t -> byLanguage.put(language, t));
      }
      letters.put(kind, byLanguage);
    }
    for (Language language : Language.values()) {
      load(loader, MAIL + "." + language.code(), problems).ifPresent(t -> mail.put(language, t));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Recourse cannot write its letters: " + String.join("; ", problems));
    }
  }

  public Template letter(LetterKind kind, Language language) {
    return letters.get(kind).get(language);
  }

  public Template mail(Language language) {
    return mail.get(language);
  }

  private static java.util.Optional<Template> load(ClassLoader loader, String name, List<String> problems) {
    String path = ROOT + name + ".html";
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        problems.add(path + " is missing");
        return java.util.Optional.empty();
      }
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher version = VERSION.matcher(source);
      Matcher title = TITLE.matcher(source);
      if (!version.find()) {
        problems.add(path + " names no <meta name=\"template-version\" content=\"N\"/>");
        return java.util.Optional.empty();
      }
      if (!title.find() || title.group(1).isBlank()) {
        problems.add(path + " has no <title>");
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Template(name, Integer.parseInt(version.group(1)), title.group(1).trim()));
    } catch (IOException e) {
      problems.add(path + " cannot be read: " + e.getMessage());
      return java.util.Optional.empty();
    }
  }

  /** A template: its name relative to {@code templates/} without extension, its version and its title. */
  public record Template(String name, int version, String title) {
  }
}
