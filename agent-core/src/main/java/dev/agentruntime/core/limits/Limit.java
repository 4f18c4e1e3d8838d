package dev.agentruntime.core.limits;

/** The limits a run can hit. */
public enum Limit {
  /** {@link RunLimits#maxSteps()}. */
  MAX_STEPS,
  /** {@link RunLimits#maxModelCalls()}. */
  MAX_MODEL_CALLS,
  /** {@link RunLimits#maxToolCalls()}. */
  MAX_TOOL_CALLS,
  /** {@link RunLimits#maxToolCallsPerTool()}. */
  MAX_TOOL_CALLS_PER_TOOL,
  /** {@link RunLimits#maxDuration()}. */
  MAX_DURATION,
  /** The same tool called with the same arguments too often ({@link RunLimits#maxRepeatedToolCalls()}). */
  REPEATED_TOOL_CALL,
  /** A sequence of tool calls repeating itself ({@link RunLimits#cycleRepetitions()}). */
  TOOL_CALL_CYCLE,
  /** The runtime's cap on concurrent runs was full for longer than its wait. Always fails. */
  CONCURRENT_RUNS
}
