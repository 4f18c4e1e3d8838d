package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.EventStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a caller does with {@link RunHandle#result()} must not take the run's own future away from
 * the runtime: a caller that times out, completes or cancels the future it was handed can still
 * stop the run with {@link RunHandle#cancel(String)} or by closing the {@link EventStream}.
 */
class RunHandleTest {

  /** A loop that blocks until interrupted, counting down {@code interrupted} when it is. */
  private static AgentLoop blockingLoop(CountDownLatch started, CountDownLatch interrupted) {
    return (in, ctx) -> {
      started.countDown();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return "late";
    };
  }

  /**
   * The future handed out completes exceptionally with the run's exception itself, as the run's own
   * future does: whenComplete / exceptionally see an AgentRuntimeException, not a wrapper.
   */
  @Test
  void theResultFutureFailsWithTheRunsOwnException() throws Exception {
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      RunHandle h = rt.start("go", RunOptions.defaults(), (in, ctx) -> {
        throw new IllegalStateException("boom");
      });
      java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
      CountDownLatch done = new CountDownLatch(1);
      h.result().whenComplete((r, t) -> {
        seen.set(t);
        done.countDown();
      });
      assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(seen.get()).isInstanceOf(dev.agentruntime.core.error.AgentRuntimeException.class)
          .hasMessageContaining("boom");
    }
  }

  /** handle.result().orTimeout(...) then handle.cancel(): the run must still be interrupted. */
  @Test
  void cancelAfterTheCallerTimedOutOnResultStopsTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      RunHandle h = rt.start("go", RunOptions.defaults(), blockingLoop(started, interrupted));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> h.result().orTimeout(50, TimeUnit.MILLISECONDS).join())
          .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
      h.cancel("caller gave up");
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("run interrupted by cancel()").isTrue();
      assertThatThrownBy(h::join).isInstanceOf(RunCancelledException.class);
    }
  }

  /**
   * result().cancel(true), the CompletableFuture idiom, cancels the run; a later cancel() is
   * harmless either way.
   */
  @Test
  void cancellingTheResultFutureStopsTheRunOrLeavesCancelWorking() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      RunHandle h = rt.start("go", RunOptions.defaults(), blockingLoop(started, interrupted));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      h.result().cancel(true);
      h.cancel("stop");
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("run interrupted").isTrue();
    }
  }

  /** result().cancel(true) alone is enough to stop the run. */
  @Test
  void cancellingTheResultFutureAloneCancelsTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      RunHandle h = rt.start("go", RunOptions.defaults(), blockingLoop(started, interrupted));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(h.result().cancel(true)).isTrue();
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("run interrupted").isTrue();
      assertThatThrownBy(h::join).isInstanceOf(RunCancelledException.class);
    }
  }

  /**
   * A caller completing the future it was handed (complete, completeOnTimeout) neither ends the
   * run nor changes what other callers of result() see.
   */
  @Test
  void completingTheResultFutureDoesNotEndTheRunNorDisableCancel() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      RunHandle h = rt.start("go", RunOptions.defaults(), blockingLoop(started, interrupted));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<AgentResult> mine = h.result();
      mine.complete(null);
      assertThat(h.result().isDone()).as("another caller's result()").isFalse();
      h.cancel("stop");
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("run interrupted").isTrue();
      assertThatThrownBy(() -> h.result().join()).hasCauseInstanceOf(RunCancelledException.class);
    }
  }

  /** Closing an EventStream whose result() a consumer timed out on still cancels the run. */
  @Test
  void closingTheStreamAfterTheConsumerTimedOutOnResultStopsTheRun() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().loop(blockingLoop(started, interrupted)).build()) {
      EventStream events = rt.stream("go");
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      try {
        events.result().completeOnTimeout(null, 50, TimeUnit.MILLISECONDS).join();
      } finally {
        events.close();
      }
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("run interrupted by close()").isTrue();
    }
  }
}
