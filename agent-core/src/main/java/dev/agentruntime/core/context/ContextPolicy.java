package dev.agentruntime.core.context;

import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.ChatMessage;
import java.util.List;

/**
 * Decides what of a conversation goes into the next model call. Given the whole conversation
 * (system prompt, the session's earlier messages, this run's messages) it returns what to send;
 * the stored log is never changed.
 *
 * <p>A policy must never return a tool result whose tool call it cut (providers reject that with a
 * 400), and should keep the system prompt and the first user goal. The built-in
 * {@link TokenWindowPolicy} clears old tool results, then summarises the oldest turns, then drops
 * whole turns, until the conversation fits; write your own for other strategies.
 */
@FunctionalInterface
public interface ContextPolicy {

  /**
   * @param conversation the whole conversation, oldest first
   * @param run the run the call belongs to (for policies that call a model)
   * @return the messages to send, never empty when {@code conversation} is not
   * @throws Exception when no acceptable selection exists (for example
   *     {@link ContextWindowExceededException})
   */
  List<ChatMessage> select(List<ChatMessage> conversation, RunContext run) throws Exception;

  /** @return a policy that sends the whole conversation */
  static ContextPolicy sendAll() {
    return (conversation, run) -> conversation;
  }
}
