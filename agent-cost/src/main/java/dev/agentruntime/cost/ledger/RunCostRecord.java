package dev.agentruntime.cost.ledger;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one whole run cost.
 *
 * @param day the day it ended, in the tracker's zone
 * @param runId the run
 * @param userId the user, or null
 * @param tenantId the tenant, or null
 * @param costUsd its exact total cost
 */
public record RunCostRecord(
    LocalDate day, String runId, @Nullable String userId, @Nullable String tenantId, BigDecimal costUsd) {}
