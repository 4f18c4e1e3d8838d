package dev.agentruntime.core.resilience;

import java.time.Duration;

/**
 * Circuit breaker settings, one breaker per model and per tool. Defaults suit LLM traffic, which
 * is low-volume and slow (resilience4j's own default of a 100-call window would take minutes of
 * failures to open): a count window of the last 10 calls, evaluated from 5 calls, opening at 50%
 * failures, staying open 30 s, then letting 2 trial calls through. Only transient and unknown
 * failures count; permanent ones (a bad request) say nothing about the backend's health.
 *
 * @param failureRateThreshold percentage of failures that opens the circuit (1..100)
 * @param slidingWindowSize calls in the window
 * @param minimumNumberOfCalls calls needed before the rate is evaluated
 * @param waitDurationInOpenState how long the circuit stays open before half-opening
 * @param permittedCallsInHalfOpenState trial calls while half-open
 * @param enabled whether breakers are used at all
 */
public record CircuitBreakerPolicy(
    float failureRateThreshold,
    int slidingWindowSize,
    int minimumNumberOfCalls,
    Duration waitDurationInOpenState,
    int permittedCallsInHalfOpenState,
    boolean enabled) {

  private static final CircuitBreakerPolicy DEFAULTS =
      new CircuitBreakerPolicy(50f, 10, 5, Duration.ofSeconds(30), 2, true);

  /**
   * Validates.
   *
   * @param failureRateThreshold percentage of failures that opens the circuit (1..100)
   * @param slidingWindowSize calls in the window
   * @param minimumNumberOfCalls calls needed before the rate is evaluated
   * @param waitDurationInOpenState how long the circuit stays open before half-opening
   * @param permittedCallsInHalfOpenState trial calls while half-open
   * @param enabled whether breakers are used at all
   * @throws IllegalArgumentException naming the bad setting
   */
  public CircuitBreakerPolicy {
    if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
      throw new IllegalArgumentException(
          "CircuitBreakerPolicy.failureRateThreshold must be within (0, 100], was " + failureRateThreshold);
    }
    if (slidingWindowSize < 1) {
      throw new IllegalArgumentException(
          "CircuitBreakerPolicy.slidingWindowSize must be >= 1, was " + slidingWindowSize);
    }
    if (minimumNumberOfCalls < 1 || minimumNumberOfCalls > slidingWindowSize) {
      throw new IllegalArgumentException(
          "CircuitBreakerPolicy.minimumNumberOfCalls must be within 1.." + slidingWindowSize
              + " (the window), was " + minimumNumberOfCalls);
    }
    if (waitDurationInOpenState == null || waitDurationInOpenState.isNegative() || waitDurationInOpenState.isZero()) {
      throw new IllegalArgumentException(
          "CircuitBreakerPolicy.waitDurationInOpenState must be positive, was " + waitDurationInOpenState);
    }
    if (permittedCallsInHalfOpenState < 1) {
      throw new IllegalArgumentException(
          "CircuitBreakerPolicy.permittedCallsInHalfOpenState must be >= 1, was " + permittedCallsInHalfOpenState);
    }
  }

  /** @return the LLM-friendly defaults */
  public static CircuitBreakerPolicy defaults() {
    return DEFAULTS;
  }

  /** @return breakers switched off */
  public static CircuitBreakerPolicy disabled() {
    return new CircuitBreakerPolicy(50f, 10, 5, Duration.ofSeconds(30), 2, false);
  }

  /**
   * @param window calls in the window
   * @param minimumCalls calls before evaluation
   * @param thresholdPercent failure percentage that opens
   * @return a copy
   */
  public CircuitBreakerPolicy withWindow(int window, int minimumCalls, float thresholdPercent) {
    return new CircuitBreakerPolicy(
        thresholdPercent, window, minimumCalls, waitDurationInOpenState, permittedCallsInHalfOpenState, enabled);
  }

  /**
   * @param value how long to stay open
   * @return a copy
   */
  public CircuitBreakerPolicy withWaitDurationInOpenState(Duration value) {
    return new CircuitBreakerPolicy(
        failureRateThreshold, slidingWindowSize, minimumNumberOfCalls, value, permittedCallsInHalfOpenState, enabled);
  }

  /**
   * @param value trial calls while half-open
   * @return a copy
   */
  public CircuitBreakerPolicy withPermittedCallsInHalfOpenState(int value) {
    return new CircuitBreakerPolicy(
        failureRateThreshold, slidingWindowSize, minimumNumberOfCalls, waitDurationInOpenState, value, enabled);
  }
}
