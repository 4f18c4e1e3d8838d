package dev.agentruntime.core.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often to retry. Only {@link dev.agentruntime.core.error.ErrorClassification#TRANSIENT}
 * failures are retried (plus UNKNOWN ones when {@link #retryUnknown()} is set).
 *
 * <p>Defaults match the official OpenAI and Anthropic SDKs: 2 retries, 0.5 s doubling up to 8 s,
 * up to 25% jitter (subtracted, so the cap holds), and a server's Retry-After honoured up to 60 s
 * (a longer Retry-After is not waited for: the failure is returned at once).
 *
 * @param maxRetries retries after the first attempt (0 disables retrying)
 * @param initialBackoff delay before the first retry
 * @param multiplier backoff growth per retry
 * @param maxBackoff cap on the computed delay
 * @param jitter fraction (0..1) of the delay randomly removed
 * @param maxRetryAfter longest server-requested wait honoured
 * @param retryUnknown whether UNKNOWN failures are retried too
 */
public record RetryPolicy(
    int maxRetries,
    Duration initialBackoff,
    double multiplier,
    Duration maxBackoff,
    double jitter,
    Duration maxRetryAfter,
    boolean retryUnknown) {

  /** The most retries a policy may ask for. */
  public static final int MAX_RETRIES = 100;

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(
          2, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), 0.25, Duration.ofSeconds(60), false);

  /**
   * Validates the policy.
   *
   * @param maxRetries retries after the first attempt (0 disables retrying)
   * @param initialBackoff delay before the first retry
   * @param multiplier backoff growth per retry
   * @param maxBackoff cap on the computed delay
   * @param jitter fraction (0..1) of the delay randomly removed
   * @param maxRetryAfter longest server-requested wait honoured
   * @param retryUnknown whether UNKNOWN failures are retried too
   * @throws IllegalArgumentException naming the bad setting
   */
  public RetryPolicy {
    if (maxRetries < 0 || maxRetries > MAX_RETRIES) {
      throw new IllegalArgumentException(
          "RetryPolicy.maxRetries must be within 0.." + MAX_RETRIES + ", was " + maxRetries);
    }
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("RetryPolicy.maxBackoff (" + maxBackoff
          + ") must not be below initialBackoff (" + initialBackoff + ")");
    }
    Objects.requireNonNull(maxRetryAfter, "RetryPolicy.maxRetryAfter");
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("RetryPolicy.maxRetryAfter must be >= 0, was " + maxRetryAfter);
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("RetryPolicy.multiplier must be >= 1, was " + multiplier);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("RetryPolicy.jitter must be within 0..1, was " + jitter);
    }
  }

  private static void positive(String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("RetryPolicy." + name + " must be positive, was " + d);
    }
  }

  /** @return the SDK-matching defaults */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** @return a policy that never retries */
  public static RetryPolicy none() {
    return DEFAULTS.withMaxRetries(0);
  }

  /**
   * @param value retries after the first attempt
   * @return a copy
   */
  public RetryPolicy withMaxRetries(int value) {
    return new RetryPolicy(value, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter, retryUnknown);
  }

  /**
   * @param initial first delay
   * @param max delay cap
   * @return a copy with other backoff bounds
   */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxRetries, initial, multiplier, max, jitter, maxRetryAfter, retryUnknown);
  }

  /**
   * @param value jitter fraction 0..1 (0 makes delays deterministic)
   * @return a copy
   */
  public RetryPolicy withJitter(double value) {
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, value, maxRetryAfter, retryUnknown);
  }

  /**
   * @param value longest Retry-After honoured
   * @return a copy
   */
  public RetryPolicy withMaxRetryAfter(Duration value) {
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter, value, retryUnknown);
  }

  /**
   * @param value whether UNKNOWN failures are retried
   * @return a copy
   */
  public RetryPolicy withRetryUnknown(boolean value) {
    return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter, value);
  }

  /**
   * The delay before retry number {@code retry} without jitter.
   *
   * @param retry the retry, from 1
   * @return the delay
   */
  public Duration baseDelay(int retry) {
    double ms = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    return Duration.ofMillis((long) Math.min(ms, maxBackoff.toMillis()));
  }
}
