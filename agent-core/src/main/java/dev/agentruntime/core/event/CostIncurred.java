package dev.agentruntime.core.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model call was priced: what it cost and what the run has cost so far. Core never prices
 * anything itself; a cost interceptor (such as {@code agent-cost}'s {@code CostTracker}) emits
 * this through {@link dev.agentruntime.core.RunView#emit} each time it adds a call to the run's
 * cost, just before the call's {@link ModelCallCompleted}. A streaming attempt that was abandoned
 * (timed out, cancelled) but still billed by the provider gets one too, with {@code estimated} set.
 *
 * <p>{@code runCostUsd} is the run's total <em>after</em> this cost was added, so the last such
 * event of a run carries the run's whole cost (the value a cost interceptor publishes on the
 * result). Model calls of one run that overlap may deliver their events out of order: the largest
 * {@code runCostUsd} is the latest total.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param step the step of the model call
 * @param model the model the cost was priced for
 * @param costUsd this call's cost in USD, not negative
 * @param runCostUsd the run's cost so far in USD, this call included, not negative
 * @param estimated whether the cost is an estimate (the provider reported no usage, or the attempt
 *     was abandoned)
 * @param abandoned whether the cost is that of a streaming attempt the runtime abandoned (no
 *     response carries it)
 */
public record CostIncurred(
    @Nullable String runId,
    Instant timestamp,
    int step,
    String model,
    BigDecimal costUsd,
    BigDecimal runCostUsd,
    boolean estimated,
    boolean abandoned)
    implements AgentEvent {

  /**
   * An event for a call that was not abandoned.
   *
   * @param runId the run, or null for events outside a run
   * @param timestamp when it happened
   * @param step the step of the model call
   * @param model the model the cost was priced for
   * @param costUsd this call's cost in USD, not negative
   * @param runCostUsd the run's cost so far in USD, this call included, not negative
   * @param estimated whether the cost is an estimate
   */
  public CostIncurred(@Nullable String runId, Instant timestamp, int step, String model, BigDecimal costUsd,
      BigDecimal runCostUsd, boolean estimated) {
    this(runId, timestamp, step, model, costUsd, runCostUsd, estimated, false);
  }

  /**
   * Validates.
   *
   * @param runId the run, or null for events outside a run
   * @param timestamp when it happened
   * @param step the step of the model call
   * @param model the model the cost was priced for
   * @param costUsd this call's cost in USD, not negative
   * @param runCostUsd the run's cost so far in USD, this call included, not negative
   * @param estimated whether the cost is an estimate
   * @param abandoned whether it is the cost of an abandoned streaming attempt
   * @throws NullPointerException when timestamp, model or an amount is null
   * @throws IllegalArgumentException when an amount is negative, or the run's cost is smaller than
   *     this call's
   */
  public CostIncurred {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(costUsd, "costUsd");
    Objects.requireNonNull(runCostUsd, "runCostUsd");
    if (costUsd.signum() < 0) {
      throw new IllegalArgumentException("costUsd must not be negative, was " + costUsd.toPlainString());
    }
    if (abandoned && !estimated) {
      throw new IllegalArgumentException("an abandoned attempt's cost is an estimate: estimated must be true");
    }
    if (runCostUsd.compareTo(costUsd) < 0) {
      throw new IllegalArgumentException("runCostUsd (" + runCostUsd.toPlainString()
          + ") must include this call's costUsd (" + costUsd.toPlainString() + ")");
    }
  }

  @Override
  public String type() {
    return "cost_incurred";
  }
}
