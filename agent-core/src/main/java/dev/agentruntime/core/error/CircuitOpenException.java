package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
/** A circuit breaker is open and refused the call without trying it. */
public class CircuitOpenException extends AgentRuntimeException implements PolicyRefusal {
  private static final long serialVersionUID = 1L;

  /** The circuit's name ({@code model:openai/gpt-4o}, {@code tool:search}). */
  private final String circuit;

  /**
   * @param runId the run, or null
   * @param circuit the circuit's name ({@code model:openai/gpt-4o}, {@code tool:search})
   * @param cause the underlying resilience4j exception, or null
   */
  public CircuitOpenException(@Nullable String runId, String circuit, @Nullable Throwable cause) {
    super(runId, "circuit '" + circuit + "' is open; call not attempted", cause);
    this.circuit = circuit;
  }

  /** @return the circuit's name */
  public String circuit() {
    return circuit;
  }

  /** @return {@code circuit_open}: an open circuit breaker refused the call */
  @Override
  public String errorType() {
    return "circuit_open";
  }

  /** @return {@code circuit_breaker} */
  @Override
  public String policy() {
    return "circuit_breaker";
  }
}
