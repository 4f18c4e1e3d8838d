package dev.agentruntime.core.model;

/** Why the model stopped generating. */
public enum FinishReason {
  /** A natural end of the answer. */
  STOP,
  /** The output token limit was reached. */
  LENGTH,
  /** The model wants tools to be called. */
  TOOL_CALLS,
  /** The provider's content filter stopped the answer. */
  CONTENT_FILTER,
  /** Any other reason the provider gave. */
  OTHER,
  /** The provider gave no reason (never read as {@link #STOP}). */
  UNKNOWN;

  /** @return the OpenTelemetry / OpenAI spelling ({@code stop}, {@code length}, ...) */
  public String wireName() {
    return switch (this) {
      case STOP -> "stop";
      case LENGTH -> "length";
      case TOOL_CALLS -> "tool_calls";
      case CONTENT_FILTER -> "content_filter";
      case OTHER -> "other";
      case UNKNOWN -> "unknown";
    };
  }
}
