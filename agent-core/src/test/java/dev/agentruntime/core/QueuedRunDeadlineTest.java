package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A run's {@code maxDuration} counts from when the run was started, including the time it queued
 * on the executor and waited for a {@code maxConcurrentRuns} slot; and a run waiting for a slot
 * can be cancelled.
 */
class QueuedRunDeadlineTest {

  /** A loop that holds its slot until {@code release} opens. */
  private static AgentLoop holding(CountDownLatch started, CountDownLatch release) {
    return (in, ctx) -> {
      started.countDown();
      release.await();
      return "held";
    };
  }

  /** A loop blocked on the run's thread (as in a model call) until interrupted. */
  private static final AgentLoop BLOCKED = (in, ctx) -> {
    Thread.sleep(120_000);
    return "late";
  };

  private static RunOptions maxDuration(Duration d) {
    return RunOptions.builder().limits(RunLimits.builder().maxDuration(d).build()).build();
  }

  private static Throwable failureOf(RunHandle h) throws Exception {
    try {
      h.result().get(20, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  /** A run whose deadline passes while it waits for a concurrency slot fails on time. */
  @Test
  void deadlinePassingWhileWaitingForASlotEndsTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().maxConcurrentRuns(1, Duration.ofMinutes(2)).build()) {
      RunHandle holder = rt.start("hold", RunOptions.defaults(), holding(started, release));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      try {
        RunHandle waiting = rt.start("wait", maxDuration(Duration.ofMillis(300)), BLOCKED);
        Throwable failure = failureOf(waiting); // TimeoutException (not a failure) when it waits on
        assertThat(failure).isInstanceOf(LimitExceededException.class);
        assertThat(((LimitExceededException) failure).limit()).isEqualTo(Limit.MAX_DURATION);
      } finally {
        release.countDown();
      }
      assertThat(holder.join().output()).isEqualTo("held");
    }
  }

  /**
   * A run that queued on the executor past its deadline is interrupted as soon as it starts, not a
   * full maxDuration later.
   */
  @Test
  void timeQueuedOnTheExecutorCountsAgainstMaxDuration() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Duration max = Duration.ofSeconds(3);
    try (AgentRuntime rt = AgentRuntime.builder().executor(one).build()) {
      RunHandle holder = rt.start("hold", RunOptions.defaults(), holding(started, release));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle queued = rt.start("queued", maxDuration(max), BLOCKED);
      Thread.sleep(max.toMillis() + 500); // the queued run's deadline passes while it queues
      long releasedAt = System.nanoTime();
      release.countDown();
      Throwable failure = failureOf(queued);
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - releasedAt);
      assertThat(failure).isInstanceOf(LimitExceededException.class);
      // before the fix the watchdog was armed a full maxDuration (3 s) after the run began
      assertThat(ms).as("ms from the run's start to its end, deadline long passed").isLessThan(2000);
      assertThat(holder.join().output()).isEqualTo("held");
    } finally {
      one.shutdownNow();
    }
  }

  /** cancel() reaches a run waiting for a concurrency slot. */
  @Test
  void cancelEndsARunWaitingForASlot() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().maxConcurrentRuns(1, Duration.ofMinutes(2)).build()) {
      RunHandle holder = rt.start("hold", RunOptions.defaults(), holding(started, release));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      try {
        RunHandle waiting = rt.start("wait", RunOptions.defaults(), BLOCKED);
        Thread.sleep(200); // most likely in the slot wait by now; either way it must end
        waiting.cancel("user pressed stop");
        assertThat(failureOf(waiting)).isInstanceOf(RunCancelledException.class);
      } finally {
        release.countDown();
      }
      assertThat(holder.join().output()).isEqualTo("held");
    }
  }

  /**
   * A run cancelled before its thread reached the slot wait (queued on the executor) does not sit
   * out the wait: it ends cancelled at once.
   */
  @Test
  void aRunCancelledBeforeItReachesTheSlotWaitDoesNotWaitForASlot() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch go = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
    // the second run's task starts only when the test says so: after the cancel
    java.util.concurrent.Executor delayed = r -> {
      boolean second = tasks.incrementAndGet() == 2;
      Thread t = new Thread(() -> {
        if (second) {
          try {
            go.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        r.run();
      });
      t.setDaemon(true);
      t.start();
    };
    try (AgentRuntime rt = AgentRuntime.builder().executor(delayed).maxConcurrentRuns(1, Duration.ofMinutes(2)).build()) {
      RunHandle holder = rt.start("hold", RunOptions.defaults(), holding(started, release));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      try {
        RunHandle waiting = rt.start("wait", RunOptions.defaults(), BLOCKED);
        waiting.cancel("user pressed stop");
        go.countDown();
        assertThat(failureOf(waiting)).isInstanceOf(RunCancelledException.class);
      } finally {
        release.countDown();
      }
      assertThat(holder.join().output()).isEqualTo("held");
    }
  }

  /** A run cancelled while still queued on the executor ends cancelled as soon as it starts. */
  @Test
  void aRunCancelledWhileQueuedEndsCancelled() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().executor(one).build()) {
      RunHandle holder = rt.start("hold", RunOptions.defaults(), holding(started, release));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      RunHandle queued = rt.start("queued", RunOptions.defaults(), BLOCKED);
      queued.cancel("changed my mind");
      release.countDown();
      assertThat(failureOf(queued)).isInstanceOf(RunCancelledException.class);
      assertThat(holder.join().output()).isEqualTo("held");
    } finally {
      one.shutdownNow();
    }
  }
}
