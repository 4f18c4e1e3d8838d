package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A model call runs on the run's thread: a client that ignores interrupts (a classic blocking
 * socket read) keeps the run until the call returns — what {@link RunHandle#cancel(String)}
 * documents. The run then ends cancelled; the late answer is not its result.
 */
class UninterruptibleModelCallTest {

  /** A client that ignores interrupts until {@code release} opens. */
  private static ModelClient stubborn(CountDownLatch inCall, CountDownLatch release) {
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) {
        inCall.countDown();
        while (true) { // ignores interrupts and swallows the status, like a blocking socket read
          try {
            if (release.await(60, TimeUnit.SECONDS)) {
              break;
            }
          } catch (InterruptedException swallowed) {
            // keeps reading
          }
        }
        return ModelResponse.ofText("late", TokenUsage.of(1, 1));
      }
    };
  }

  /** Without an attempt timeout the run waits for the call, then ends cancelled. */
  @Test
  void aRunCancelledDuringAnUninterruptibleModelCallEndsCancelledWhenTheCallReturns() throws Exception {
    CountDownLatch inCall = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ModelClient stubborn = stubborn(inCall, release);
    try (AgentRuntime rt = AgentRuntime.builder().model(stubborn).resilience(ResiliencePolicy.none()).build()) {
      RunHandle h = rt.start("go", RunOptions.defaults());
      assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();
      h.cancel("user pressed stop");
      assertThat(h.result().isDone()).as("still in the model call").isFalse();
      release.countDown();
      assertThatThrownBy(h::join).isInstanceOf(RunCancelledException.class);
    }
  }

  /** With modelAttemptTimeout the attempt is awaited interruptibly: cancel() ends the run at once. */
  @Test
  void withAnAttemptTimeoutCancelEndsTheRunWithoutWaitingForTheCall() throws Exception {
    CountDownLatch inCall = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (AgentRuntime rt = AgentRuntime.builder().model(stubborn(inCall, release))
        .resilience(ResiliencePolicy.builder().modelAttemptTimeout(java.time.Duration.ofMinutes(5)).build())
        .build()) {
      RunHandle h = rt.start("go", RunOptions.defaults());
      assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();
      h.cancel("user pressed stop");
      try {
        assertThatThrownBy(() -> h.result().get(20, TimeUnit.SECONDS))
            .hasCauseInstanceOf(RunCancelledException.class);
      } finally {
        release.countDown(); // lets the abandoned attempt's thread go
      }
    }
  }
}
