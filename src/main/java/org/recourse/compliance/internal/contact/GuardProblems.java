package org.recourse.compliance.internal.contact;

import org.recourse.compliance.ContactRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A contact or letter the guard refused, wherever in the API it was asked for: 409 with the rule and when it lifts. */
@RestControllerAdvice(basePackages = "org.recourse")
public class GuardProblems {

  @ExceptionHandler(ContactRefusedException.class)
  ProblemDetail refused(ContactRefusedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.decision().reason());
    problem.setTitle("Not allowed by the contact rules");
    problem.setProperty("rule", e.decision().rule());
    if (e.decision().liftsAt() != null) {
      problem.setProperty("liftsAt", e.decision().liftsAt().toString());
    }
    return problem;
  }
}
