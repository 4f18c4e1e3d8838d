package dev.agentruntime.cost.ledger;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.TokenUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One priced model call.
 *
 * @param timestamp when it completed
 * @param day its calendar day in the tracker's zone
 * @param runId the run, or null outside a run
 * @param sessionId the session, or null
 * @param userId the user, or null
 * @param tenantId the tenant, or null
 * @param provider the provider
 * @param model the model it was priced as (catalog id)
 * @param usage its tokens
 * @param costUsd its exact cost (an estimate when {@code estimated})
 * @param estimated true when the usage was estimated, not reported by the provider: a streaming
 *     call abandoned mid-way (timeout, cancellation, deadline) is billed but never reports usage
 */
public record CostRecord(
    Instant timestamp,
    LocalDate day,
    @Nullable String runId,
    @Nullable String sessionId,
    @Nullable String userId,
    @Nullable String tenantId,
    String provider,
    String model,
    TokenUsage usage,
    BigDecimal costUsd,
    boolean estimated) {
  /**
   * Validates the record.
   *
   * @param timestamp when it completed
   * @param day its calendar day in the tracker's zone
   * @param runId the run, or null outside a run
   * @param sessionId the session, or null
   * @param userId the user, or null
   * @param tenantId the tenant, or null
   * @param provider the provider
   * @param model the model it was priced as (catalog id)
   * @param usage its tokens
   * @param costUsd its exact cost (an estimate when {@code estimated})
   * @param estimated true when the usage was estimated, not reported by the provider
   */
  public CostRecord {
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(costUsd, "costUsd");
  }

  /**
   * A call priced from the usage its provider reported.
   *
   * @param timestamp when it completed
   * @param day its calendar day in the tracker's zone
   * @param runId the run, or null outside a run
   * @param sessionId the session, or null
   * @param userId the user, or null
   * @param tenantId the tenant, or null
   * @param provider the provider
   * @param model the model it was priced as (catalog id)
   * @param usage its tokens
   * @param costUsd its exact cost
   */
  public CostRecord(Instant timestamp, LocalDate day, @Nullable String runId, @Nullable String sessionId,
      @Nullable String userId,
      @Nullable String tenantId, String provider, String model, TokenUsage usage, BigDecimal costUsd) {
    this(timestamp, day, runId, sessionId, userId, tenantId, provider, model, usage, costUsd, false);
  }
}
