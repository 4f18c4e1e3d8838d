package dev.agentruntime.core.model;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * A tool call requested by the model.
 *
 * @param id the provider's call id (may be null when the provider has none)
 * @param name the tool name, never null
 * @param arguments the arguments as a JSON object text, never null ({@code {}} when none)
 * @param idempotencyKey caller-chosen key for side-effecting tools, or null to derive one from the
 *     run and the call id
 */
public record ToolCall(@Nullable String id, String name, String arguments, @Nullable String idempotencyKey) {

  /**
   * Validates the call.
   *
   * @param id the provider's call id (may be null when the provider has none)
   * @param name the tool name, never null
   * @param arguments the arguments as a JSON object text, never null ({@code {}} when none)
   * @param idempotencyKey caller-chosen key for side-effecting tools, or null to derive one from the
   *     run and the call id
   */
  public ToolCall {
    Objects.requireNonNull(name, "name");
    arguments = arguments == null || arguments.isBlank() ? "{}" : arguments;
  }

  /**
   * A call without an explicit idempotency key.
   *
   * @param id call id
   * @param name tool name
   * @param arguments JSON arguments
   * @return the call
   */
  public static ToolCall of(String id, String name, String arguments) {
    return new ToolCall(id, name, arguments, null);
  }

  /**
   * @param key the idempotency key
   * @return a copy with the given idempotency key
   */
  public ToolCall withIdempotencyKey(String key) {
    return new ToolCall(id, name, arguments, key);
  }

  /**
   * @param newArguments replacement arguments
   * @return a copy with other arguments (used by guardrails that rewrite arguments)
   */
  public ToolCall withArguments(String newArguments) {
    return new ToolCall(id, name, newArguments, idempotencyKey);
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ToolCall[id=" + id + ", name=" + name + ", arguments=<" + arguments.length() + " chars>"
        + (idempotencyKey == null ? "" : ", idempotencyKey=<set>") + "]";
  }
}
