package org.recourse.platform.internal;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Values a process hands on within the step it is in and the engine does not keep, for expressions such as an
 * output mapping: {@code ${transientValues.text(decisionResult.singleResult.segment)}}. The caller that started the
 * step reads them from the variables the start returns; the database never sees them.
 */
@Component("transientValues")
public class TransientValues {

  public TypedValue text(String value) {
    return Variables.stringValue(value, true);
  }
}
