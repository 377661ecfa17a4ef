package org.recourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.ApplicationModule;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the process models name, against the application: every bean an expression names exists, and belongs to the
 * feature that owns the model or to a feature on one side of an allowed dependency with it (a feature plugging its
 * adapters into another's process, or a process calling a feature it may use), never to one unrelated to it; every
 * variable a sequence flow branches on is a routing variable whose changes the engine's history keeps.
 */
@SpringBootTest
@ActiveProfiles("h2test")
class ProcessModelNamesTest {

  /** The feature each model belongs to. */
  static final Map<String, String> OWNERS = Map.of(
      "collection-case.bpmn", "casework",
      "collection-hold.bpmn", "compliance",
      "negotiation.bpmn", "negotiation",
      "plan-monitoring.bpmn", "negotiation",
      "refund-approval.bpmn", "payment",
      "legal-referral.bpmn", "legal",
      "complaint.bpmn", "complaint");

  /** What an expression may name that is neither a bean nor a variable. */
  static final Set<String> EL = Set.of("execution", "task", "true", "false", "null", "empty", "not", "and", "or",
      "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof",
      // the engine's own: a business rule task's result, in its output mapping
      "decisionResult");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(\\s*\\()?");

  @Autowired
  ApplicationContext context;

  @Value("${recourse.engine.history-variables}")
  Set<String> historyVariables;

  @Test
  void every_model_is_owned_by_a_feature() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      assertThat(models.map(model -> model.getFileName().toString()).filter(name -> name.endsWith(".bpmn")))
          .containsExactlyInAnyOrderElementsOf(OWNERS.keySet());
    }
  }

  @Test
  void every_bean_a_model_names_exists_in_a_feature_allowed_beside_its_owner() throws Exception {
    List<String> wrong = new ArrayList<>();
    Set<String> beans = new TreeSet<>();
    for (Map.Entry<String, String> model : OWNERS.entrySet()) {
      String owner = model.getValue();
      for (String name : names(expressions(model.getKey(), false))) {
        if (!context.containsBean(name)) {
          continue; // a variable
        }
        beans.add(name);
        String feature = featureOf(context.getType(name));
        if (!feature.equals(owner) && !allowed(feature, owner) && !allowed(owner, feature)) {
          wrong.add(model.getKey() + " (" + owner + ") names " + name + " of " + feature);
        }
      }
    }
    assertThat(beans).as("the beans the models name").contains("caseFactsListener", "workAccountListener",
        "holds", "sendLetterDelegate", "generateCourtPacketDelegate");
    assertThat(wrong).isEmpty();
  }

  @Test
  void every_variable_a_flow_branches_on_is_kept_in_the_engines_history() throws Exception {
    List<String> missing = new ArrayList<>();
    for (String model : OWNERS.keySet()) {
      for (String name : names(expressions(model, true))) {
        if (!context.containsBean(name) && !historyVariables.contains(name)) {
          missing.add(model + ": " + name);
        }
      }
    }
    assertThat(missing).as("routing variables missing from recourse.engine.history-variables").isEmpty();
  }

  @Test
  void a_name_in_a_model_that_is_no_bean_is_a_variable_some_java_code_or_model_sets() throws Exception {
    // Guards the two tests above against a misspelt bean being taken for a variable.
    Set<String> known = new TreeSet<>(historyVariables);
    List<String> unknown = new ArrayList<>();
    String code = allSources();
    String models = allModels();
    for (String model : OWNERS.keySet()) {
      for (String name : names(expressions(model, false))) {
        if (!context.containsBean(name) && !known.contains(name) && !code.contains("\"" + name + "\"")
            && !models.contains("'" + name + "'") && !models.contains("\"" + name + "\"")) {
          unknown.add(model + ": " + name);
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  /** The expressions of a model: those of its sequence flows' conditions only, or all of them. */
  private static List<String> expressions(String model, boolean conditionsOnly) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var document = factory.newDocumentBuilder().parse(Path.of("processes", model).toFile());
    List<String> texts = new ArrayList<>();
    collect(document.getDocumentElement(), conditionsOnly, texts);
    List<String> expressions = new ArrayList<>();
    for (String text : texts) {
      Matcher matcher = EXPRESSION.matcher(text);
      while (matcher.find()) {
        expressions.add(matcher.group(1));
      }
    }
    return expressions;
  }

  private static void collect(Element element, boolean conditionsOnly, List<String> texts) {
    boolean condition = element.getLocalName().equals("conditionExpression")
        && ((Element) element.getParentNode()).getLocalName().equals("sequenceFlow");
    if (!conditionsOnly || condition) {
      for (int i = 0; i < element.getAttributes().getLength(); i++) {
        texts.add(element.getAttributes().item(i).getNodeValue());
      }
      texts.add(ownText(element));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        collect(child, conditionsOnly, texts);
      }
    }
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i).getNodeType() == Node.TEXT_NODE || children.item(i).getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(children.item(i).getNodeValue());
      }
    }
    return text.toString();
  }

  /** The names an expression starts from: beans and variables, not methods, properties or string contents. */
  private static Set<String> names(List<String> expressions) {
    Set<String> names = new TreeSet<>();
    for (String expression : expressions) {
      Matcher matcher = NAME.matcher(expression.replaceAll("'[^']*'|\"[^\"]*\"", "''"));
      while (matcher.find()) {
        if (matcher.group(2) == null && !EL.contains(matcher.group(1))) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  private static String featureOf(Class<?> type) {
    String[] parts = type.getName().split("\\.");
    assertThat(parts[0] + "." + parts[1]).as(type.getName()).isEqualTo("org.recourse");
    return parts[2];
  }

  /** Whether {@code from} may use {@code to}, as its package-info.java declares. */
  private static boolean allowed(String from, String to) throws ClassNotFoundException {
    ApplicationModule module = Class.forName("org.recourse." + from + ".package-info")
        .getAnnotation(ApplicationModule.class);
    return module != null && Arrays.asList(module.allowedDependencies()).contains(to);
  }

  private static String allSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(file));
      }
      return all.toString();
    }
  }

  private static String allModels() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String model : OWNERS.keySet()) {
      all.append(Files.readString(Path.of("processes", model)));
    }
    return all.toString();
  }
}
