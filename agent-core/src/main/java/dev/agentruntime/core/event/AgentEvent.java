package dev.agentruntime.core.event;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * Something that happened in a run. The hierarchy is sealed so a {@code switch} over it is
 * exhaustive; every event is an immutable record.
 */
public sealed interface AgentEvent
    permits RunStarted,
        StepStarted,
        ModelCallStarted,
        TextDelta,
        TextDiscarded,
        ModelCallCompleted,
        CostIncurred,
        ToolCallStarted,
        ToolCallCompleted,
        GuardrailTriggered,
        BudgetThresholdReached,
        RetryScheduled,
        CircuitStateChanged,
        LimitReached,
        RunCompleted,
        RunFailed {

  /** @return the run it happened in, or null for events outside a run */
  @Nullable String runId();

  /** @return when it happened */
  Instant timestamp();

  /** @return the event's type in snake case ({@code run_started}, ...), used as the SSE event name */
  String type();
}
