package org.recourse.platform;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.impl.JsonValueSerializer;
import org.camunda.spin.plugin.variable.value.SpinValue;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;

/**
 * JSON variables that the engine stores as a key and Recourse serves when they are read: the facts a task form
 * shows about its case are read from Recourse's tables whenever Tasklist (or anything else) asks for them, so they
 * are never stale and never copied into the engine's tables. What a read returns is an ordinary JSON variable
 * ({@code type: "Json"} over REST); what the engine keeps is the name of the source and the key, in the variable's
 * two text columns, and no byte array.
 *
 * <p>Sources are named ({@link Source#name()}); a variable whose source is unknown reads as {@code {}}.
 */
public final class ServedJson {

  /** Serializer name, in ACT_RU_VARIABLE.TYPE_. */
  static final String SERIALIZER = "recourse-served-json";

  /** Answers the JSON document of a key, e.g. the facts of a case by its number. */
  public interface Source {

    String name();

    String json(String key);
  }

  private ServedJson() {
  }

  /** A variable value that stores {@code key} and reads as what {@code source} answers for it. */
  public static TypedValue of(String source, String key) {
    return new Reference(source, key);
  }

  /** The value written: it carries only the source and the key. */
  static final class Reference extends JsonValueImpl {

    private static final long serialVersionUID = 1L;

    final String source;
    final String key;

    Reference(String source, String key) {
      super("{}");
      this.source = source;
      this.key = key;
    }
  }

  /**
   * Writes a {@link Reference} as its source and key; reads one by asking the source. Registered ahead of Spin's
   * JSON serializer, it takes references only, so every other JSON variable is stored as before.
   */
  static final class Serializer extends JsonValueSerializer {

    private final Function<String, Source> sources;

    Serializer(Function<String, Source> sources) {
      this.sources = sources;
    }

    @Override
    public String getName() {
      return SERIALIZER;
    }

    @Override
    public boolean canHandle(TypedValue value) {
      return value instanceof Reference;
    }

    @Override
    public void writeValue(SpinValue value, ValueFields fields) {
      if (!(value instanceof Reference reference)) {
        throw new IllegalArgumentException("a served JSON variable is written as a reference, not as " + value);
      }
      fields.setTextValue(reference.key);
      fields.setTextValue2(reference.source);
    }

    @Override
    protected byte[] readSerializedValueFromFields(ValueFields fields) {
      Source source = sources.apply(fields.getTextValue2());
      String json = source == null ? "{}" : source.json(fields.getTextValue());
      return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean isMutableValue(SpinValue value) {
      // What is read is the source's current answer: changing it in a process would change nothing stored.
      return false;
    }
  }
}
