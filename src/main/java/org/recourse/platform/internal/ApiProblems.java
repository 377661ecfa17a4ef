package org.recourse.platform.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.recourse.platform.ConflictException;
import org.recourse.platform.FieldProblem;
import org.recourse.platform.InputRejectedException;
import org.recourse.platform.TaskRefusal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of Recourse's API as an RFC 9457 problem detail; input problems list each field in
 * {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InputRejectedException.class)
  ProblemDetail rejected(InputRejectedException e) {
    return invalid(e.getMessage(), e.problems());
  }

  /** A task listener's refusal of what a call submitted to a task: every problem, as the person should read them. */
  @ExceptionHandler(TaskRefusal.class)
  ProblemDetail refused(TaskRefusal refusal) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, refusal.getMessage());
    problem.setTitle("Refused");
    problem.setProperty("errors", refusal.problems().stream().map(message -> new FieldProblem("", message)).toList());
    return problem;
  }

  /** The engine wraps a task listener's refusal; any other engine failure stays an internal error. */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engineFailure(ProcessEngineException e) throws ProcessEngineException {
    return refused(TaskRefusal.in(e).orElseThrow(() -> e));
  }

  @ExceptionHandler(NoSuchElementException.class)
  ProblemDetail notFound(NoSuchElementException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, capitalize(e.getMessage()));
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, capitalize(e.getMessage()));
    problem.setTitle("Conflict");
    if (e.field() != null) {
      problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
    }
    return problem;
  }

  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ProblemDetail noProcessWaiting(MismatchingMessageCorrelationException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The case's process is not in a state that takes this message.");
    problem.setTitle("Conflict");
    return problem;
  }

  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
  ProblemDetail concurrentChange(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The case changed while this request was handled; send it again.");
    problem.setTitle("Concurrent change");
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        "Your groups do not allow this.");
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
        ? "one of " + Arrays.stream(e.getRequiredType().getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
        : "a " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
    return invalid("The request was not accepted",
        List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not " + expected)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), describe(error)))
        .toList();
    return ResponseEntity.badRequest().body(invalid("The request was not accepted", problems));
  }

  /** Unreadable JSON: name the field whose value has the wrong type, or say where the JSON breaks. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = e.getCause();
    FieldProblem problem;
    if (cause instanceof UnrecognizedPropertyException unknown) {
      problem = new FieldProblem(path(unknown), "is not a known field");
    } else if (cause instanceof InvalidFormatException format) {
      problem = new FieldProblem(path(format), "'" + format.getValue() + "' is not " + expected(format.getTargetType()));
    } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      problem = new FieldProblem(path(mismatch), "is not " + expected(mismatch.getTargetType()));
    } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      problem = new FieldProblem(path(mapping), mapping.getOriginalMessage());
    } else {
      problem = new FieldProblem("", "the body is not valid JSON"
          + (cause == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("")));
    }
    return ResponseEntity.badRequest().body(invalid("The request was not accepted", List.of(problem)));
  }

  static ProblemDetail invalid(String detail, List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail + ": "
        + problems.stream().map(p -> (p.field().isEmpty() ? "" : p.field() + " ") + p.message())
            .collect(Collectors.joining("; ")));
    problem.setTitle("Invalid input");
    problem.setProperty("errors", problems);
    return problem;
  }

  private static String describe(FieldError error) {
    return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of the expected type";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "BigDecimal" -> "an amount (a JSON number such as 1234.56)";
      case "LocalDate" -> "a date (yyyy-mm-dd)";
      case "Boolean", "boolean" -> "true or false";
      case "Integer", "int", "Long", "long" -> "a whole number";
      case "String" -> "text";
      case "List" -> "a list";
      default -> "a " + type.getSimpleName();
    };
  }

  private static String capitalize(String message) {
    if (message == null || message.isEmpty()) {
      return message;
    }
    return Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
