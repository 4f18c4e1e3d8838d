package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One chat request. Immutable; derive variants with the {@code with...} methods or
 * {@link #toBuilder()}.
 *
 * @param messages the conversation so far, never empty
 * @param tools the tools the model may call; empty for none
 * @param model the model to use, or null for the client's default
 * @param temperature sampling temperature, or null for the provider's default
 * @param maxOutputTokens output token cap, or null for the provider's default
 * @param metadata free-form values for interceptors (never sent to the model)
 */
public record ModelRequest(
    List<ChatMessage> messages,
    List<ToolSpec> tools,
    @Nullable String model,
    @Nullable Double temperature,
    @Nullable Integer maxOutputTokens,
    Map<String, Object> metadata) {

  /**
   * Metadata key: how many of the request's last messages are the runtime's own turn and no part
   * of the conversation (an {@code Integer}): the wrap-up instruction after a limit, a re-asked
   * answer and the guardrail's feedback. A session keeps the conversation without them.
   */
  public static final String RUNTIME_TAIL = "agent_runtime.runtime_tail";

  /**
   * Validates and copies.
   *
   * @param messages the conversation so far, never empty
   * @param tools the tools the model may call; empty for none
   * @param model the model to use, or null for the client's default
   * @param temperature sampling temperature, or null for the provider's default
   * @param maxOutputTokens output token cap, or null for the provider's default
   * @param metadata free-form values for interceptors (never sent to the model)
   */
  public ModelRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty");
    }
    tools = tools == null ? List.of() : List.copyOf(tools);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    if (maxOutputTokens != null && maxOutputTokens <= 0) {
      throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
    }
    if (temperature != null && (temperature < 0 || temperature.isNaN())) {
      throw new IllegalArgumentException("temperature must be >= 0, was " + temperature);
    }
  }

  /**
   * A request with only messages.
   *
   * @param messages the messages
   * @return the request
   */
  public static ModelRequest of(ChatMessage... messages) {
    return new ModelRequest(List.of(messages), List.of(), null, null, null, Map.of());
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder initialised from this request */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.messages.addAll(messages);
    b.tools.addAll(tools);
    b.model = model;
    b.temperature = temperature;
    b.maxOutputTokens = maxOutputTokens;
    b.metadata = metadata;
    return b;
  }

  /**
   * @param newMessages replacement messages
   * @return a copy with other messages
   */
  public ModelRequest withMessages(List<ChatMessage> newMessages) {
    return new ModelRequest(newMessages, tools, model, temperature, maxOutputTokens, metadata);
  }

  /**
   * @param newModel replacement model name, or null for the client's default
   * @return a copy for another model
   */
  public ModelRequest withModel(@Nullable String newModel) {
    return new ModelRequest(messages, tools, newModel, temperature, maxOutputTokens, metadata);
  }

  /** @return the last message */
  public ChatMessage lastMessage() {
    return messages.get(messages.size() - 1);
  }

  /** Builder for {@link ModelRequest}. */
  public static final class Builder {
    private final List<ChatMessage> messages = new ArrayList<>();
    private final List<ToolSpec> tools = new ArrayList<>();
    private String model;
    private Double temperature;
    private Integer maxOutputTokens;
    private Map<String, Object> metadata = Map.of();

    private Builder() {}

    /**
     * @param message message to append
     * @return this
     */
    public Builder addMessage(ChatMessage message) {
      messages.add(Objects.requireNonNull(message, "message"));
      return this;
    }

    /**
     * @param all messages to append
     * @return this
     */
    public Builder messages(List<? extends ChatMessage> all) {
      messages.clear();
      messages.addAll(all);
      return this;
    }

    /**
     * @param all tool specs offered to the model
     * @return this
     */
    public Builder tools(List<ToolSpec> all) {
      tools.clear();
      tools.addAll(all);
      return this;
    }

    /**
     * @param value model name, or null for the client's default
     * @return this
     */
    public Builder model(@Nullable String value) {
      this.model = value;
      return this;
    }

    /**
     * @param value temperature, or null
     * @return this
     */
    public Builder temperature(@Nullable Double value) {
      this.temperature = value;
      return this;
    }

    /**
     * @param value output token cap, or null
     * @return this
     */
    public Builder maxOutputTokens(@Nullable Integer value) {
      this.maxOutputTokens = value;
      return this;
    }

    /**
     * @param value metadata for interceptors
     * @return this
     */
    public Builder metadata(Map<String, Object> value) {
      this.metadata = value;
      return this;
    }

    /** @return the validated request */
    public ModelRequest build() {
      return new ModelRequest(messages, tools, model, temperature, maxOutputTokens, metadata);
    }
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ModelRequest[messages=" + messages + ", tools=" + tools.size() + ", model=" + model
        + ", temperature=" + temperature + ", maxOutputTokens=" + maxOutputTokens + ", metadata=" + metadata.keySet() + "]";
  }
}
