package dev.agentruntime.core;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.model.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run produced. Immutable.
 *
 * @param runId the run's id
 * @param output the final answer (for a run cut short: the best answer so far)
 * @param stopReason why it stopped
 * @param limit the limit that cut it short, or null when it completed
 * @param steps how many steps it took
 * @param modelCalls every model call made, in order
 * @param toolCalls every tool call made, in order of completion
 * @param usage total tokens over all model calls
 * @param duration wall-clock time of the run
 * @param attributes values published by interceptors (see {@link #attribute(AttributeKey)})
 */
public record AgentResult(
    String runId,
    String output,
    StopReason stopReason,
    @Nullable Limit limit,
    int steps,
    List<ModelCallRecord> modelCalls,
    List<ToolCallRecord> toolCalls,
    TokenUsage usage,
    Duration duration,
    Map<AttributeKey<?>, Object> attributes) {

  /**
   * Validates and copies.
   *
   * @param runId the run's id
   * @param output the final answer (for a run cut short: the best answer so far)
   * @param stopReason why it stopped
   * @param limit the limit that cut it short, or null when it completed
   * @param steps how many steps it took
   * @param modelCalls every model call made, in order
   * @param toolCalls every tool call made, in order of completion
   * @param usage total tokens over all model calls
   * @param duration wall-clock time of the run
   * @param attributes values published by interceptors (see {@link #attribute(AttributeKey)})
   */
  public AgentResult {
    Objects.requireNonNull(runId, "runId");
    output = output == null ? "" : output;
    Objects.requireNonNull(stopReason, "stopReason");
    modelCalls = List.copyOf(modelCalls);
    toolCalls = List.copyOf(toolCalls);
    usage = usage == null ? TokenUsage.ZERO : usage;
    Objects.requireNonNull(duration, "duration");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /**
   * @param newOutput the replacement output (e.g. with redacted values restored)
   * @return a copy with another output
   */
  public AgentResult withOutput(String newOutput) {
    return new AgentResult(runId, newOutput, stopReason, limit, steps, modelCalls, toolCalls, usage,
        duration, attributes);
  }

  /** @return whether a limit cut the run short */
  public boolean cutShort() {
    return stopReason == StopReason.LIMIT_REACHED;
  }

  /** @return the limit that cut the run short, if any */
  public Optional<Limit> limitReached() {
    return Optional.ofNullable(limit);
  }

  /**
   * @param key an attribute key
   * @param <T> the value type
   * @return the value an interceptor published under the key, if any
   */
  public <T> Optional<T> attribute(AttributeKey<T> key) {
    return Optional.ofNullable(key.type().cast(attributes.get(key)));
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "AgentResult[runId=" + runId + ", stopReason=" + stopReason + (limit == null ? "" : ", limit=" + limit)
        + ", steps=" + steps + ", modelCalls=" + modelCalls.size() + ", toolCalls=" + toolCalls.size()
        + ", usage=" + usage + ", duration=" + duration + ", output=<" + output.length() + " chars>"
        + ", attributes=" + attributes.keySet() + "]";
  }
}
