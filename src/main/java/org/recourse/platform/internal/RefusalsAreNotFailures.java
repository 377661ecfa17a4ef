package org.recourse.platform.internal;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.recourse.platform.TaskRefusal;

/**
 * Command contexts that log a task form's refusal as the engine logs a bad user request, at DEBUG: the person is told
 * what to correct, and an ERROR with a stack trace (ENGINE-16004) would page someone for a form filled in wrongly.
 * Every other failure is logged by the engine as before.
 */
public final class RefusalsAreNotFailures extends CommandContextFactory {

  public RefusalsAreNotFailures(ProcessEngineConfigurationImpl configuration) {
    setProcessEngineConfiguration(configuration);
  }

  @Override
  public CommandContext createCommandContext() {
    return new CommandContext(processEngineConfiguration) {
      @Override
      protected boolean shouldLogFine(Throwable failure) {
        return super.shouldLogFine(failure) || TaskRefusal.in(failure).isPresent();
      }
    };
  }
}
