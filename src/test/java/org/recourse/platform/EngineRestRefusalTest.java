package org.recourse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.support.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A form submitted through the engine's REST API, as Tasklist submits it: a refusal comes back once, with every
 * problem in the person's words, as a 400, and is logged as the refusal it is, not as an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class EngineRestRefusalTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  /**
   * The engine REST API finds its engine by name in a registry of the JVM, where every test context's engine is
   * "default": the last started wins. This test's requests are for this context's engine.
   */
  @BeforeEach
  void engineRestUsesThisContextsEngine(@Autowired ProcessEngine engine) {
    ProcessEngines.registerProcessEngine(engine);
  }

  @Test
  void a_form_with_two_problems_is_refused_once_naming_both_and_no_error_is_logged(CapturedOutput log) {
    String caseNumber = atTheCollector();
    Task work = driver.task(caseNumber, "Task_WorkAccount");
    tasks.claim(work.getId(), "collector");
    int logged = log.getAll().length();

    ResponseEntity<JsonNode> answer = http.withBasicAuth("collector", "collector").postForEntity(
        "/engine-rest/task/{id}/submit-form", form("""
            {"variables": {
              "outcome": {"value": "PROMISE_TO_PAY", "type": "String"},
              "promiseAmount": {"value": 0, "type": "Integer"},
              "promiseDate": {"value": "next week", "type": "String"}}}"""), JsonNode.class, work.getId());

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    String message = answer.getBody().path("message").asText();
    assertThat(message).doesNotStartWith("ENGINE-")
        .isEqualTo("Promised amount must be greater than zero. Promise date: 'next week' is not a date (yyyy-mm-dd).");
    assertThat(tasks.createTaskQuery().taskId(work.getId()).count()).as("the task is still open").isOne();

    String after = log.getAll().substring(logged);
    assertThat(after).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("ENGINE-16004")
        .contains("Task form refused: " + message);
  }

  @Test
  void a_request_the_engine_cannot_carry_out_is_still_answered_as_camunda_answers_it() {
    ResponseEntity<JsonNode> answer = http.withBasicAuth("collector", "collector").postForEntity(
        "/engine-rest/task/{id}/submit-form", form("{\"variables\": {}}"), JsonNode.class, "no-such-task");

    assertThat(answer.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(answer.getStatusCode().value()).isNotEqualTo(400);
    assertThat(answer.getBody().path("type").asText()).isNotEqualTo(TaskRefusal.class.getSimpleName());
  }

  private static HttpEntity<String> form(String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json, headers);
  }
}
