package org.recourse.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Work Recourse does off the request thread, besides the engine's jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class BackgroundWork {

  /**
   * Portfolio files, one at a time per node: a file is placed as fast as the database takes it, and progress is
   * committed chunk by chunk, so a file cut off at shutdown resumes later.
   */
  @Bean
  TaskExecutor importExecutor() {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(10_000);
    executor.setThreadNamePrefix("portfolio-import-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }
}
