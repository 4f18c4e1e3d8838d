package dev.agentruntime.core.event;

/**
 * Receives events synchronously on the thread where they happen, so keep it fast and
 * thread-safe. An exception thrown by a listener is logged and never fails the run.
 */
@FunctionalInterface
public interface AgentEventListener {
  /**
   * @param event what happened
   */
  void onEvent(AgentEvent event);
}
