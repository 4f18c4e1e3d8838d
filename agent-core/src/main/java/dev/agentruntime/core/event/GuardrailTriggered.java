package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A guardrail did something other than pass.
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param guardrail the guardrail's name
 * @param point input, output, tool_call or tool_result
 * @param action block, rewrite, reask or warn
 * @param reason why
 */
public record GuardrailTriggered(
    @Nullable String runId,
    Instant timestamp,
    String guardrail,
    String point,
    String action,
    String reason)
    implements AgentEvent {
  @Override
  public String type() {
    return "guardrail_triggered";
  }
}
