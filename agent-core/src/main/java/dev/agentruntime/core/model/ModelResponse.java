package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One chat response.
 *
 * @param message the model's message (text and/or tool calls)
 * @param usage tokens used by this call ({@link TokenUsage#ZERO} when the provider reports none)
 * @param finishReason why generation stopped; {@link FinishReason#UNKNOWN} when the provider did
 *     not say (null is read as unknown, never as a normal stop)
 * @param responseId the provider's response id, or null
 * @param responseModel the model that actually answered (may differ from the requested one), or null
 * @param metadata values added by interceptors (for example the call's cost), never null
 */
public record ModelResponse(
    AssistantMessage message,
    TokenUsage usage,
    @Nullable FinishReason finishReason,
    @Nullable String responseId,
    @Nullable String responseModel,
    Map<String, Object> metadata) {

  /**
   * Validates and copies.
   *
   * @param message the model's message (text and/or tool calls)
   * @param usage tokens used by this call ({@link TokenUsage#ZERO} when the provider reports none)
   * @param finishReason why generation stopped; {@link FinishReason#UNKNOWN} when the provider did
   *     not say (null is read as unknown, never as a normal stop)
   * @param responseId the provider's response id, or null
   * @param responseModel the model that actually answered (may differ from the requested one), or null
   * @param metadata values added by interceptors (for example the call's cost), never null
   */
  public ModelResponse {
    Objects.requireNonNull(message, "message");
    usage = usage == null ? TokenUsage.ZERO : usage;
    finishReason = finishReason == null ? FinishReason.UNKNOWN : finishReason;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /**
   * A plain text answer.
   *
   * @param text the text
   * @param usage the usage
   * @return the response
   */
  public static ModelResponse ofText(String text, TokenUsage usage) {
    return new ModelResponse(AssistantMessage.of(text), usage, FinishReason.STOP, null, null, null);
  }

  /** @return the answer's text, empty when none */
  public String text() {
    return message.text();
  }

  /**
   * @param newMessage replacement message (used by output guardrails that rewrite)
   * @return a copy with another message
   */
  public ModelResponse withMessage(AssistantMessage newMessage) {
    return new ModelResponse(newMessage, usage, finishReason, responseId, responseModel, metadata);
  }

  /**
   * @param key metadata key
   * @param value metadata value
   * @return a copy with one more metadata entry
   */
  public ModelResponse withMetadata(String key, Object value) {
    Map<String, Object> copy = new HashMap<>(metadata);
    copy.put(key, value);
    return new ModelResponse(message, usage, finishReason, responseId, responseModel, copy);
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ModelResponse[message=" + message + ", usage=" + usage + ", finishReason=" + finishReason
        + ", responseId=" + responseId + ", responseModel=" + responseModel + ", metadata=" + metadata.keySet() + "]";
  }
}
