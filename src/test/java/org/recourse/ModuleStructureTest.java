package org.recourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The features are modules: no cycles between them, none reaches into another's {@code internal} package, and each
 * uses only the features its {@code package-info.java} allows. A failure names the offending dependency.
 */
class ModuleStructureTest {

  /** The picture of the modules in the README, and the PlantUML it is drawn from. */
  static final Path PICTURE = Path.of("src/docs/modules.svg");
  static final Path SOURCE = Path.of("src/docs/modules.puml");

  static final ApplicationModules MODULES = ApplicationModules.of(RecourseApplication.class);

  @Test
  void features_use_only_the_published_face_of_the_features_they_are_allowed() {
    MODULES.verify();
  }

  /**
   * The README's picture is drawn from the modules as they are. When a dependency changes, redraw it with
   * {@code ./mvnw test -Dtest=ModuleStructureTest -Drecourse.redraw-modules=true}.
   */
  @Test
  void the_readme_picture_shows_the_modules_as_they_are() throws IOException {
    Path folder = Files.createTempDirectory("modules");
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
        .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML)
            // The demo uses every feature and only crowds the picture.
            .withExclusions(module -> module.getBasePackage().getName().endsWith(".demo")));
    // Drawn by PlantUML's own layout, so no Graphviz is needed.
    String drawn = inStableOrder(Files.readString(folder.resolve("components.puml"))
        .replace("@startuml", "@startuml\n!pragma layout smetana"));

    if (Boolean.getBoolean("recourse.redraw-modules")) {
      Files.createDirectories(SOURCE.getParent());
      Files.writeString(SOURCE, drawn);
      try (OutputStream svg = Files.newOutputStream(PICTURE)) {
        new SourceStringReader(drawn).outputImage(svg, new FileFormatOption(FileFormat.SVG));
      }
    }
    assertThat(drawn).as("the modules changed: redraw " + PICTURE + " with -Drecourse.redraw-modules=true")
        .isEqualTo(Files.exists(SOURCE) ? Files.readString(SOURCE) : "");
    assertThat(PICTURE).exists();
  }

  /** The documenter lists the arrows in the order it met them; sorted, the same modules draw the same text. */
  private static String inStableOrder(String puml) {
    List<String> lines = puml.lines().toList();
    List<String> arrows = lines.stream().filter(line -> line.contains(".> ")).sorted().toList();
    List<String> rest = lines.stream().filter(line -> !line.contains(".> ") && !line.equals("@enduml")).toList();
    return Stream.of(rest, arrows, List.of("@enduml")).flatMap(List::stream).collect(Collectors.joining("\n", "", "\n"));
  }
}
