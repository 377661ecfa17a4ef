package org.recourse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RecourseApplication {

  public static void main(String[] args) {
    SpringApplication.run(RecourseApplication.class, args);
  }
}
