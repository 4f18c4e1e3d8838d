package dev.agentruntime.telemetry;

/**
 * Records nothing: every hook proceeds directly. It is deliberately not an event listener, so
 * adding it does not make the runtime build events.
 */
final class NoopAgentTelemetry implements AgentTelemetry {
  static final NoopAgentTelemetry INSTANCE = new NoopAgentTelemetry();

  private NoopAgentTelemetry() {}

  @Override
  public boolean enabled() {
    return false;
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "AgentTelemetry.noop()";
  }
}
