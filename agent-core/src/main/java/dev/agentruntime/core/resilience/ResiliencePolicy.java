package dev.agentruntime.core.resilience;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ModelClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the {@link dev.agentruntime.core.chain.Stage#RESILIENCE} stage does: fallback to
 * other models, then (per model and per tool) circuit breaker, retry and per-attempt timeout.
 * Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: {@link RetryPolicy#defaults()} for models and tools, {@link
 * CircuitBreakerPolicy#defaults()}, no per-attempt timeout (set one: HTTP clients have their own,
 * tools often do not), no fallback models.
 */
public final class ResiliencePolicy {
  private final RetryPolicy modelRetry;
  private final RetryPolicy toolRetry;
  private final CircuitBreakerPolicy circuitBreaker;
  private final Duration modelAttemptTimeout;
  private final Duration toolAttemptTimeout;
  private final List<ModelClient> fallbackModels;
  private final Clock circuitClock;

  private ResiliencePolicy(Builder b) {
    this.modelRetry = b.modelRetry;
    this.toolRetry = b.toolRetry;
    this.circuitBreaker = b.circuitBreaker;
    this.modelAttemptTimeout = b.modelAttemptTimeout;
    this.toolAttemptTimeout = b.toolAttemptTimeout;
    this.fallbackModels = List.copyOf(b.fallbackModels);
    this.circuitClock = b.circuitClock;
  }

  /** @return the defaults */
  public static ResiliencePolicy defaults() {
    return builder().build();
  }

  /** @return no retry, no breaker, no timeout, no fallback */
  public static ResiliencePolicy none() {
    return builder()
        .modelRetry(RetryPolicy.none())
        .toolRetry(RetryPolicy.none())
        .circuitBreaker(CircuitBreakerPolicy.disabled())
        .build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return retry for model calls */
  public RetryPolicy modelRetry() {
    return modelRetry;
  }

  /** @return retry for tool calls */
  public RetryPolicy toolRetry() {
    return toolRetry;
  }

  /** @return circuit breaker settings */
  public CircuitBreakerPolicy circuitBreaker() {
    return circuitBreaker;
  }

  /** @return per-attempt timeout for model calls, or null */
  public @Nullable Duration modelAttemptTimeout() {
    return modelAttemptTimeout;
  }

  /** @return per-attempt timeout for tool calls, or null */
  public @Nullable Duration toolAttemptTimeout() {
    return toolAttemptTimeout;
  }

  /** @return models tried in order when the primary fails */
  public List<ModelClient> fallbackModels() {
    return fallbackModels;
  }

  /** @return the clock circuit breakers measure their open state with */
  public Clock circuitClock() {
    return circuitClock;
  }

  /** Builder for {@link ResiliencePolicy}. */
  public static final class Builder {
    private RetryPolicy modelRetry = RetryPolicy.defaults();
    private RetryPolicy toolRetry = RetryPolicy.defaults();
    private CircuitBreakerPolicy circuitBreaker = CircuitBreakerPolicy.defaults();
    private Duration modelAttemptTimeout;
    private Duration toolAttemptTimeout;
    private final List<ModelClient> fallbackModels = new ArrayList<>();
    private Clock circuitClock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param value retry for both model and tool calls
     * @return this
     */
    public Builder retry(RetryPolicy value) {
      this.modelRetry = value;
      this.toolRetry = value;
      return this;
    }

    /**
     * @param value retry for model calls
     * @return this
     */
    public Builder modelRetry(RetryPolicy value) {
      this.modelRetry = value;
      return this;
    }

    /**
     * @param value retry for tool calls
     * @return this
     */
    public Builder toolRetry(RetryPolicy value) {
      this.toolRetry = value;
      return this;
    }

    /**
     * @param value circuit breaker settings
     * @return this
     */
    public Builder circuitBreaker(CircuitBreakerPolicy value) {
      this.circuitBreaker = value;
      return this;
    }

    /**
     * @param value per-attempt timeout for model calls, or null for none
     * @return this
     */
    public Builder modelAttemptTimeout(@Nullable Duration value) {
      this.modelAttemptTimeout = value;
      return this;
    }

    /**
     * @param value per-attempt timeout for tool calls, or null for none
     * @return this
     */
    public Builder toolAttemptTimeout(@Nullable Duration value) {
      this.toolAttemptTimeout = value;
      return this;
    }

    /**
     * @param models fallback models, tried in this order when the primary fails
     * @return this
     */
    public Builder fallbackModels(ModelClient... models) {
      fallbackModels.clear();
      for (ModelClient m : models) {
        fallbackModels.add(Objects.requireNonNull(m, "fallback model"));
      }
      return this;
    }

    /**
     * @param value clock for circuit breakers (tests use a controllable one)
     * @return this
     */
    public Builder circuitClock(Clock value) {
      this.circuitClock = value;
      return this;
    }

    /**
     * @return the policy
     * @throws IllegalArgumentException naming the bad setting
     */
    public ResiliencePolicy build() {
      Objects.requireNonNull(modelRetry, "ResiliencePolicy.modelRetry");
      Objects.requireNonNull(toolRetry, "ResiliencePolicy.toolRetry");
      Objects.requireNonNull(circuitBreaker, "ResiliencePolicy.circuitBreaker");
      Objects.requireNonNull(circuitClock, "ResiliencePolicy.circuitClock");
      positiveOrNull("modelAttemptTimeout", modelAttemptTimeout);
      positiveOrNull("toolAttemptTimeout", toolAttemptTimeout);
      return new ResiliencePolicy(this);
    }

    private static void positiveOrNull(String name, Duration d) {
      if (d != null && (d.isNegative() || d.isZero())) {
        throw new IllegalArgumentException("ResiliencePolicy." + name + " must be positive, was " + d);
      }
    }
  }
}
