package dev.agentruntime.cost.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the renewal of the budget reservations of calls in flight: one task per {@link
 * BudgetEnforcer}, repeated at a fixed period while any reservation is open, cancelled by itself
 * when none is. Thread-safe.
 */
public interface RenewalScheduler {

  /**
   * Runs a task every {@code period}, the first time one period from now, until cancelled.
   *
   * @param task the task; it never throws (failures are its own to log)
   * @param period the period, positive
   * @return what cancels it
   */
  Cancellable every(Duration period, Runnable task);

  /** A scheduled task, cancelled once it is no longer needed. */
  @FunctionalInterface
  interface Cancellable {
    /** Cancels the task: it does not run again (a run in progress finishes). */
    void cancel();
  }

  /**
   * The default: one daemon thread, created when the first task is scheduled and ended when no
   * task has been due for a while (the tracker has no close lifecycle: an idle scheduler holds no
   * thread). Cancelled tasks leave its queue at once.
   *
   * @param threadName the name of its thread
   * @return a new scheduler
   */
  static RenewalScheduler daemon(String threadName) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads);
    executor.setRemoveOnCancelPolicy(true);
    executor.setKeepAliveTime(30, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
    return (period, task) -> {
      long nanos = Math.max(1, period.toNanos());
      ScheduledFuture<?> f = executor.scheduleAtFixedRate(task, nanos, nanos, TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    };
  }
}
