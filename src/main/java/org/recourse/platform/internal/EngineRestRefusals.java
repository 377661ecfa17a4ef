package org.recourse.platform.internal;

import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.recourse.platform.TaskForbidden;
import org.recourse.platform.TaskRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine REST API answers a task form's refusal as 400 with the person's words in {@code message}, which
 * Tasklist shows above the form, rather than as a 500 carrying the engine's "ENGINE-03051 ..." wrapping. Both doors
 * to it get the mappers: {@code /engine-rest} and the webapps' own {@code /camunda/api/engine}, which Tasklist calls
 * and which is a JAX-RS application outside Spring; so they come by Jersey's auto-discovery
 * (META-INF/services), which every Jersey application in the JVM runs.
 */
public class EngineRestRefusals implements AutoDiscoverable {

  private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

  // Ahead of Camunda's own mapper for engine exceptions, which has the default priority (5000).
  private static final int BEFORE_CAMUNDA = 100;

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineFailures.class)) {
      context.register(EngineFailures.class, BEFORE_CAMUNDA);
      context.register(RestFailures.class, BEFORE_CAMUNDA);
    }
  }

  /** What the engine REST API answers for a refused form: Camunda's error shape, with each problem besides. */
  public record Refused(String type, String message, List<String> problems) {
  }

  /** The refusal in the failure's causes as a 400, or the failure as Camunda answers and logs it. */
  static Response answer(Throwable failure) {
    if (failure instanceof TaskAlreadyClaimedException claimed) {
      // Someone else holds the task: a conflict to tell the person, not a server failure.
      log.info("Task not claimed: {}", claimed.getMessage());
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new Refused("TaskAlreadyClaimed", "Someone else has claimed this task.", List.of())).build();
    }
    return TaskRefusal.in(failure).map(refusal -> {
      // A refusal of who acts (TaskForbidden) rather than of what they entered is forbidden, not a bad form.
      boolean forbidden = refusal instanceof TaskForbidden;
      log.info("Task {} refused: {}", forbidden ? "action" : "form", refusal.getMessage());
      return Response.status(forbidden ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new Refused(refusal.getClass().getSimpleName(), refusal.getMessage(), refusal.problems())).build();
    }).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(failure));
  }

  /** Completing a task ({@code /task/{id}/complete}) lets the engine's exception through. */
  public static class EngineFailures implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException failure) {
      return answer(failure);
    }
  }

  /** Submitting a task's form ({@code /task/{id}/submit-form}) wraps it in a REST exception. */
  public static class RestFailures implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException failure) {
      return answer(failure);
    }
  }
}
