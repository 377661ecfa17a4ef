package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFieldsImpl;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A served JSON variable is stored as its source and key, and read as what the source answers at that moment. */
class ServedJsonTest {

  /** Reading turns bytes into text with the engine's charset: reads run in an engine's command, as they do live. */
  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:served-json;DB_CLOSE_DELAY=-1")
        .setProcessEngineName("served-json")
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static <T> T inCommand(Supplier<T> read) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> read.get());
  }

  private String balance = "$100.00";

  private final ServedJson.Source facts = new ServedJson.Source() {
    @Override
    public String name() {
      return "caseFacts";
    }

    @Override
    public String json(String key) {
      return "{\"caseNumber\":\"" + key + "\",\"balance\":\"" + balance + "\"}";
    }
  };

  private final ServedJson.Serializer serializer = new ServedJson.Serializer(name -> List.of(facts).stream()
      .filter(source -> source.name().equals(name)).findFirst().orElse(null));

  @Test
  void a_reference_is_stored_as_its_source_and_key_and_nothing_else() {
    ValueFieldsImpl fields = new ValueFieldsImpl();
    assertThat(serializer.canHandle(ServedJson.of("caseFacts", "RC-0000042"))).isTrue();

    serializer.writeValue((JsonValue) ServedJson.of("caseFacts", "RC-0000042"), fields);

    assertThat(fields.getTextValue()).isEqualTo("RC-0000042");
    assertThat(fields.getTextValue2()).isEqualTo("caseFacts");
    assertThat(fields.getByteArrayValue()).isNull();
  }

  @Test
  void it_reads_as_the_sources_answer_now_serialized_for_rest_and_deserialized_for_code() {
    ValueFieldsImpl fields = new ValueFieldsImpl();
    serializer.writeValue((JsonValue) ServedJson.of("caseFacts", "RC-0000042"), fields);
    balance = "$60.00";

    SerializableValue forRest = inCommand(() -> (SerializableValue) serializer.readValue(fields, false, false));
    assertThat(forRest.getType().getName()).isEqualTo("json");
    assertThat(forRest.getValueSerialized()).isEqualTo("{\"caseNumber\":\"RC-0000042\",\"balance\":\"$60.00\"}");

    SpinJsonNode forCode = inCommand(() -> (SpinJsonNode) serializer.readValue(fields, true, false).getValue());
    assertThat(forCode.prop("balance").stringValue()).isEqualTo("$60.00");
  }

  @Test
  void an_unknown_source_reads_as_an_empty_object() {
    ValueFieldsImpl fields = new ValueFieldsImpl();
    serializer.writeValue((JsonValue) ServedJson.of("retired", "RC-0000042"), fields);

    assertThat(inCommand(() -> ((SerializableValue) serializer.readValue(fields, false, false)).getValueSerialized()))
        .isEqualTo("{}");
  }

  @Test
  void ordinary_json_is_left_to_spin_and_never_written_as_a_reference() {
    JsonValue ordinary = SpinValues.jsonValue("{\"a\":1}").create();

    assertThat(serializer.canHandle(ordinary)).isFalse();
    assertThatThrownBy(() -> serializer.writeValue(ordinary, new ValueFieldsImpl()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(serializer.isMutableValue(ordinary)).isFalse();
  }
}
