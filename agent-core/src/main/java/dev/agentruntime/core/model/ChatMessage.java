package dev.agentruntime.core.model;

/**
 * One message of a conversation. The hierarchy is closed so adapters can map every case.
 */
public sealed interface ChatMessage
    permits SystemMessage, UserMessage, AssistantMessage, ToolResultMessage {

  /** @return the role name as used by OpenAI-style APIs ({@code system}, {@code user}, ...) */
  String role();

  /** @return the message's text; empty (never null) when it has none */
  String text();
}
