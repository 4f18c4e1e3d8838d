package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunContext;
import io.opentelemetry.context.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor service whose tasks run as part of the run that submitted them (context, MDC,
 * cancellation), or with the submitter's OpenTelemetry context outside any run.
 */
public final class RunAwareExecutorService extends AbstractExecutorService {
  private final Executor delegate;
  private final ExecutorService lifecycle;

  /**
   * @param delegate where tasks run
   * @param lifecycle the same as an executor service, or null for a plain executor
   */
  public RunAwareExecutorService(Executor delegate, ExecutorService lifecycle) {
    this.delegate = Objects.requireNonNull(delegate, "executor");
    this.lifecycle = lifecycle;
  }

  /**
   * @param task a task
   * @return the task, bound to the current run (or context)
   */
  public static Runnable bind(Runnable task) {
    Objects.requireNonNull(task, "task");
    Optional<DefaultRunContext> run = RunScope.current();
    return run.isPresent() ? run.get().wrap(task) : Context.current().wrap(task);
  }

  @Override
  public void execute(Runnable command) {
    delegate.execute(bind(command));
  }

  private ExecutorService lifecycle() {
    if (lifecycle == null) {
      throw new UnsupportedOperationException("a wrapped Executor has no lifecycle; wrap an ExecutorService");
    }
    return lifecycle;
  }

  @Override
  public void shutdown() {
    lifecycle().shutdown();
  }

  @Override
  public List<Runnable> shutdownNow() {
    return lifecycle().shutdownNow();
  }

  @Override
  public boolean isShutdown() {
    return lifecycle != null && lifecycle.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return lifecycle != null && lifecycle.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return lifecycle().awaitTermination(timeout, unit);
  }

  @Override
  public String toString() {
    return "run-aware(" + delegate + ")";
  }
}
