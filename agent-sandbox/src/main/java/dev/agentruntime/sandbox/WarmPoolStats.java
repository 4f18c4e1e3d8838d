package dev.agentruntime.sandbox;

import java.util.Objects;

/**
 * A snapshot of one language's warm pool ({@link CodeSandbox.Builder#warmPool(String, int)}).
 *
 * @param language the pool's language
 * @param capacity sandboxes the pool keeps ready at most
 * @param ready sandboxes ready now
 * @param served executions that ran in a pooled sandbox
 * @param missed executions that found the pool empty and started cold (or were not eligible:
 *     input files or their own limits are not counted here, they always start cold)
 * @param started sandboxes the pool has started
 * @param failed sandboxes that failed to start
 */
public record WarmPoolStats(String language, int capacity, int ready, long served, long missed, long started,
    long failed) {

  /**
   * Validates.
   *
   * @param language the pool's language
   * @param capacity sandboxes the pool keeps ready at most
   * @param ready sandboxes ready now
   * @param served executions that ran in a pooled sandbox
   * @param missed executions that found the pool empty and started cold (or were not eligible:
   *     input files or their own limits are not counted here, they always start cold)
   * @param started sandboxes the pool has started
   * @param failed sandboxes that failed to start
   */
  public WarmPoolStats {
    Objects.requireNonNull(language, "language");
  }
}
