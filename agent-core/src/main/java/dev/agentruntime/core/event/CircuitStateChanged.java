package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A circuit breaker changed state (not tied to one run: runId may be null).
 *
 * @param runId the run, or null for events outside a run
 * @param timestamp when it happened
 * @param circuit the circuit's name
 * @param fromState the old state
 * @param toState the new state
 */
public record CircuitStateChanged(
    @Nullable String runId,
    Instant timestamp,
    String circuit,
    String fromState,
    String toState)
    implements AgentEvent {
  @Override
  public String type() {
    return "circuit_state_changed";
  }
}
