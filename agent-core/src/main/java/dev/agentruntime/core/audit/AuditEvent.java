package dev.agentruntime.core.audit;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * What happened, before the log numbers and chains it. Never put secrets or redacted text in an
 * event: tool arguments go in as a hash, guardrail decisions as the guardrail's name and action.
 *
 * @param action what kind of thing happened ({@code tool_call}, {@code guardrail}, {@code approval},
 *     {@code budget_refused}, {@code limit_reached}, {@code run_completed}, {@code run_failed}, ...)
 * @param subject what it concerned: a tool, guardrail, budget or limit name; may be null
 * @param outcome how it ended ({@code ok}, {@code error}, {@code block}, {@code rewrite}, ...); may be null
 * @param argumentsHash SHA-256 (hex) of a tool call's arguments, or null
 * @param runId the run, or null
 * @param sessionId the session, or null
 * @param userId on whose behalf, or null
 * @param tenantId the tenant, or null
 * @param traceId the OpenTelemetry trace id, or null
 */
public record AuditEvent(String action, @Nullable String subject, @Nullable String outcome, @Nullable String argumentsHash, @Nullable String runId,
    @Nullable String sessionId, @Nullable String userId, @Nullable String tenantId, @Nullable String traceId) {
  /**
   * Validates.
   *
   * @param action what kind of thing happened ({@code tool_call}, {@code guardrail}, {@code approval},
   *     {@code budget_refused}, {@code limit_reached}, {@code run_completed}, {@code run_failed}, ...)
   * @param subject what it concerned: a tool, guardrail, budget or limit name; may be null
   * @param outcome how it ended ({@code ok}, {@code error}, {@code block}, {@code rewrite}, ...); may be null
   * @param argumentsHash SHA-256 (hex) of a tool call's arguments, or null
   * @param runId the run, or null
   * @param sessionId the session, or null
   * @param userId on whose behalf, or null
   * @param tenantId the tenant, or null
   * @param traceId the OpenTelemetry trace id, or null
   */
  public AuditEvent {
    Objects.requireNonNull(action, "action");
    if (action.isBlank()) {
      throw new IllegalArgumentException("action must not be blank");
    }
  }
}
