package org.recourse.payment.internal;

import org.recourse.payment.Payment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Where payment files are posted: off the request thread, beside (not behind) portfolio files. */
@Configuration(proxyBeanMethods = false)
public class PaymentFileWork {

  /**
   * Payment files, one at a time per node: a file is posted as fast as the database takes it, and progress is
   * committed chunk by chunk, so a file cut off at shutdown resumes later.
   */
  @Bean
  TaskExecutor paymentFileExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(10_000);
    executor.setThreadNamePrefix("payment-file-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }
}
