package org.recourse.payment.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A decision asked of the person who must not take it: 403, saying who may. */
@RestControllerAdvice(basePackages = "org.recourse")
public class PaymentProblems {

  @ExceptionHandler(FourEyesException.class)
  ProblemDetail fourEyes(FourEyesException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Four eyes");
    return problem;
  }
}
