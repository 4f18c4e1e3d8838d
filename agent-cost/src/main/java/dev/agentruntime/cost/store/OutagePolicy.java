package dev.agentruntime.cost.store;

import java.util.Objects;

/**
 * What the cost tracker does while its {@link CostStore} is unavailable (it threw
 * {@link CostStoreUnavailableException}).
 *
 * @param budgets for money budgets: {@link Mode#FAIL_CLOSED} (default: the call is refused with
 *     an error naming the store) or {@link Mode#FAIL_OPEN} (the call goes ahead unchecked, with a
 *     warning, and what it spends is still counted: at once if the store is back when it ends,
 *     else by the kept settle); settles that fail are kept and retried (they are idempotent)
 * @param rateLimits for RPM/TPM plans: fail closed (default), fail open, or
 *     {@link Mode#LOCAL_FALLBACK}: a limiter in this process allowing {@code localFraction} of each
 *     limit (e.g. 1/replicas)
 * @param localFraction the share of each rate limit the local fallback allows, in (0, 1]
 */
public record OutagePolicy(Mode budgets, Mode rateLimits, double localFraction) {

  /** What to do while the store is down. */
  public enum Mode {
    /** Refuse the call, naming the store. */
    FAIL_CLOSED,
    /** Let the call through without the store's check. */
    FAIL_OPEN,
    /** Rate limits only: limit in this process at a fraction of the plan. */
    LOCAL_FALLBACK
  }

  /**
   * Validates the policy.
   *
   * @param budgets for money budgets: {@link Mode#FAIL_CLOSED} (default: the call is refused with
   *     an error naming the store) or {@link Mode#FAIL_OPEN} (the call goes ahead unchecked, with a
   *     warning, and what it spends is still counted: at once if the store is back when it ends,
   *     else by the kept settle); settles that fail are kept and retried (they are idempotent)
   * @param rateLimits for RPM/TPM plans: fail closed (default), fail open, or
   *     {@link Mode#LOCAL_FALLBACK}: a limiter in this process allowing {@code localFraction} of each
   *     limit (e.g. 1/replicas)
   * @param localFraction the share of each rate limit the local fallback allows, in (0, 1]
   */
  public OutagePolicy {
    Objects.requireNonNull(budgets, "OutagePolicy.budgets");
    Objects.requireNonNull(rateLimits, "OutagePolicy.rateLimits");
    if (budgets == Mode.LOCAL_FALLBACK) {
      throw new IllegalArgumentException(
          "OutagePolicy.budgets: LOCAL_FALLBACK applies to rate limits only (a local budget cannot "
              + "know what other replicas spent); use FAIL_CLOSED or FAIL_OPEN");
    }
    if (!(localFraction > 0 && localFraction <= 1)) {
      throw new IllegalArgumentException(
          "OutagePolicy.localFraction must be in (0, 1], was " + localFraction);
    }
  }

  /** @return fail closed for budgets and rate limits (the default) */
  public static OutagePolicy failClosed() {
    return new OutagePolicy(Mode.FAIL_CLOSED, Mode.FAIL_CLOSED, 1);
  }

  /**
   * @param mode for budgets
   * @return this policy with that budget mode
   */
  public OutagePolicy withBudgets(Mode mode) {
    return new OutagePolicy(mode, rateLimits, localFraction);
  }

  /**
   * @param mode for rate limits
   * @return this policy with that rate-limit mode
   */
  public OutagePolicy withRateLimits(Mode mode) {
    return new OutagePolicy(budgets, mode, localFraction);
  }

  /**
   * @param fraction the share of each limit a replica allows on its own during an outage
   * @return this policy with rate limits falling back to a local limiter at that fraction
   */
  public OutagePolicy withLocalRateLimitFallback(double fraction) {
    return new OutagePolicy(budgets, Mode.LOCAL_FALLBACK, fraction);
  }
}
