package dev.agentruntime.eval;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.model.TokenUsage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of a case did: the result of every turn (for a failed turn, its partial result),
 * the events the runtime emitted, the failure if a turn threw, and what it took. Assertions read
 * this; the trajectory accessors span all turns.
 *
 * @param caseId the case
 * @param repeat which repeat (from 1)
 * @param inputs the user turns sent, in order
 * @param turns each turn's result, in order (a failed turn's partial result when it had one)
 * @param events every event of every turn, in order of arrival
 * @param error the failure that ended the case run, or null
 * @param latency wall-clock time of all turns
 * @param costUsd the agent's model spend (see {@link Costs})
 */
public record RunOutcome(
    String caseId,
    int repeat,
    List<String> inputs,
    List<AgentResult> turns,
    List<AgentEvent> events,
    @Nullable Throwable error,
    Duration latency,
    BigDecimal costUsd) {

  /**
   * Validates and copies.
   *
   * @param caseId the case
   * @param repeat which repeat (from 1)
   * @param inputs the user turns sent, in order
   * @param turns each turn's result, in order (a failed turn's partial result when it had one)
   * @param events every event of every turn, in order of arrival
   * @param error the failure that ended the case run, or null
   * @param latency wall-clock time of all turns
   * @param costUsd the agent's model spend (see {@link Costs})
   */
  public RunOutcome {
    Objects.requireNonNull(caseId, "caseId");
    inputs = List.copyOf(inputs);
    turns = List.copyOf(turns);
    events = List.copyOf(events);
    Objects.requireNonNull(latency, "latency");
    costUsd = costUsd == null ? BigDecimal.ZERO : costUsd;
  }

  /**
   * Builds an outcome from results alone (no events), for checking a run outside an eval.
   *
   * @param input the run's input
   * @param result a run's result
   * @return the outcome
   */
  public static RunOutcome of(String input, AgentResult result) {
    return new RunOutcome(result.runId(), 1, List.of(input), List.of(result), List.of(), null, result.duration(), Costs.of(result));
  }

  /** @return whether a turn threw */
  public boolean failed() {
    return error != null;
  }

  /** @return the last turn's result, or null when no turn produced one */
  public @Nullable AgentResult lastResult() {
    return turns.isEmpty() ? null : turns.get(turns.size() - 1);
  }

  /** @return the final answer (empty when the run failed without one) */
  public String output() {
    AgentResult r = lastResult();
    return r == null || error != null && r.stopReason() == StopReason.FAILED && r.output().isEmpty() ? "" : r.output();
  }

  /** @return every tool call of every turn, in order */
  public List<ToolCallRecord> toolCalls() {
    List<ToolCallRecord> all = new ArrayList<>();
    turns.forEach(t -> all.addAll(t.toolCalls()));
    return all;
  }

  /** @return every model call of every turn, in order */
  public List<ModelCallRecord> modelCalls() {
    List<ModelCallRecord> all = new ArrayList<>();
    turns.forEach(t -> all.addAll(t.modelCalls()));
    return all;
  }

  /** @return tokens over all turns */
  public TokenUsage usage() {
    TokenUsage u = TokenUsage.ZERO;
    for (AgentResult t : turns) {
      u = u.plus(t.usage());
    }
    return u;
  }

  /** @return steps over all turns */
  public int steps() {
    return turns.stream().mapToInt(AgentResult::steps).sum();
  }

  /**
   * @param type an event type
   * @param <E> the type
   * @return the events of that type
   */
  public <E extends AgentEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
