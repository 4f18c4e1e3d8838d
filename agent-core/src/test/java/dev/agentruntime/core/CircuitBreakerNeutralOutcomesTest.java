package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A call the runtime cancelled or refused says nothing about the backend's health: the circuit
 * breaker counts it neither as a success nor as a failure. Above all, a cancelled or refused
 * trial call in HALF_OPEN must not close the circuit on a backend that is still down.
 */
class CircuitBreakerNeutralOutcomesTest {
  private static final String CIRCUIT = "model:acme/flaky-1";

  /** A backend that fails (503), blocks until interrupted, or answers. */
  private static final class Backend implements ModelClient {
    final AtomicReference<String> mode = new AtomicReference<>("fail");
    final CountDownLatch blocked = new CountDownLatch(1);

    @Override
    public ModelResponse chat(ModelRequest request) throws Exception {
      switch (mode.get()) {
        case "block" -> {
          blocked.countDown();
          Thread.sleep(120_000); // an interruptible client: cancel() interrupts it
          throw new AssertionError("not interrupted");
        }
        case "ok" -> {
          return ModelResponse.ofText("up", TokenUsage.of(1, 1));
        }
        case "read-timeout" -> throw new ModelCallException(null, "m", "read timed out",
            new java.net.SocketTimeoutException("Read timed out"),
            dev.agentruntime.core.error.ErrorClassification.TRANSIENT, -1, null);
        default -> throw ModelCallException.ofHttp("m", 503, "status 503", null, null);
      }
    }

    @Override
    public ModelInfo info() {
      return ModelInfo.of("acme", "flaky-1");
    }
  }

  private static ResiliencePolicy halfOpenWithOneTrial() {
    return ResiliencePolicy.builder().retry(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(4, 4, 50)
            .withWaitDurationInOpenState(Duration.ofMinutes(10)).withPermittedCallsInHalfOpenState(1))
        .build();
  }

  /** Creates the runtime's breaker (one failed call, still CLOSED), then takes it to HALF_OPEN. */
  private static CircuitBreaker halfOpen(AgentRuntime rt) {
    assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
    CircuitBreaker b = rt.circuitBreakerRegistry().circuitBreaker(CIRCUIT);
    b.transitionToOpenState();
    b.transitionToHalfOpenState();
    assertThat(b.getState()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    return b;
  }

  private static void cancelATrialCall(AgentRuntime rt, Backend backend) throws Exception {
    backend.mode.set("block");
    RunHandle h = rt.start("hi", RunOptions.defaults());
    assertThat(backend.blocked.await(10, TimeUnit.SECONDS)).isTrue();
    h.cancel("user pressed stop");
    assertThatThrownBy(h::join).isInstanceOf(RunCancelledException.class);
  }

  /** HALF_OPEN, one permitted trial call, and it is cancelled: the circuit stays HALF_OPEN. */
  @Test
  void aCancelledTrialCallDoesNotCloseTheCircuit() throws Exception {
    Backend backend = new Backend();
    try (AgentRuntime rt = AgentRuntime.builder().model(backend).resilience(halfOpenWithOneTrial()).build()) {
      CircuitBreaker b = halfOpen(rt);
      cancelATrialCall(rt, backend);
      assertThat(b.getState()).as("after a cancelled trial call").isEqualTo(CircuitBreaker.State.HALF_OPEN);
      // the trial permit was given back: the next call is the trial, and the backend is still down
      backend.mode.set("fail");
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
      assertThat(b.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
  }

  /**
   * A provider that times out reading (a {@code SocketTimeoutException}, an {@code
   * InterruptedIOException} that no interrupt caused) is a failing backend: its calls open the
   * circuit like any other failure.
   */
  @Test
  void aReadTimeoutOfTheProviderCountsAsAFailure() throws Exception {
    Backend backend = new Backend();
    backend.mode.set("read-timeout");
    try (AgentRuntime rt = AgentRuntime.builder().model(backend).resilience(halfOpenWithOneTrial()).build()) {
      for (int i = 0; i < 4; i++) {
        assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
      }
      CircuitBreaker b = rt.circuitBreakerRegistry().circuitBreaker(CIRCUIT);
      assertThat(b.getMetrics().getNumberOfFailedCalls()).as("failed calls recorded").isEqualTo(4);
      assertThat(b.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }
  }

  /** A refusal of the runtime's own policies below the breaker is no trial call either. */
  @Test
  void aRefusedTrialCallDoesNotCloseTheCircuit() throws Exception {
    Backend backend = new Backend();
    AtomicBoolean refuse = new AtomicBoolean();
    AgentInterceptor perAttemptGuard = new AgentInterceptor() {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        if (refuse.get()) {
          throw new GuardrailViolationException(chain.context().runId(), "policy", "model_call", "no");
        }
        return chain.proceed(chain.request());
      }
    };
    try (AgentRuntime rt = AgentRuntime.builder().model(backend).resilience(halfOpenWithOneTrial())
        .interceptor(Placement.after(Stage.RESILIENCE), perAttemptGuard).build()) {
      CircuitBreaker b = halfOpen(rt);
      refuse.set(true);
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(GuardrailViolationException.class);
      assertThat(b.getState()).as("after a refused trial call").isEqualTo(CircuitBreaker.State.HALF_OPEN);
      refuse.set(false);
      backend.mode.set("ok");
      assertThat(rt.run("hi").output()).isEqualTo("up");
      assertThat(b.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
  }

  /**
   * In CLOSED, cancelled calls do not dilute the failure rate: 2 failures and 2 cancelled calls
   * leave a 4-call window at 2 recorded calls, not at 50% of 4.
   */
  @Test
  void cancelledCallsAreNotRecordedInTheWindow() throws Exception {
    Backend backend = new Backend();
    try (AgentRuntime rt = AgentRuntime.builder().model(backend).resilience(halfOpenWithOneTrial()).build()) {
      assertThatThrownBy(() -> rt.run("hi")).isInstanceOf(ModelCallException.class);
      CircuitBreaker b = rt.circuitBreakerRegistry().circuitBreaker(CIRCUIT);
      cancelATrialCall(rt, backend);
      assertThat(b.getMetrics().getNumberOfBufferedCalls()).isEqualTo(1);
      assertThat(b.getMetrics().getNumberOfSuccessfulCalls()).isZero();
    }
  }

  /**
   * A breaker the application registered itself in a shared registry (its own config, without the
   * runtime's ignore rules) still does not count a cancelled trial call as a success.
   */
  @Test
  void aCancelledTrialCallDoesNotCloseABreakerTheApplicationRegistered() throws Exception {
    CircuitBreakerRegistry shared = CircuitBreakerRegistry.ofDefaults();
    CircuitBreaker b = shared.circuitBreaker(CIRCUIT, CircuitBreakerConfig.custom()
        .slidingWindowSize(4).minimumNumberOfCalls(4).permittedNumberOfCallsInHalfOpenState(1)
        .waitDurationInOpenState(Duration.ofMinutes(10)).build());
    Backend backend = new Backend();
    try (AgentRuntime rt = AgentRuntime.builder().model(backend).resilience(halfOpenWithOneTrial())
        .circuitBreakerRegistry(shared).build()) {
      b.transitionToOpenState();
      b.transitionToHalfOpenState();
      cancelATrialCall(rt, backend);
      assertThat(b.getState()).as("after a cancelled trial call").isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }
  }
}
