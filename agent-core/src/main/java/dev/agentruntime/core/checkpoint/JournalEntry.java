package dev.agentruntime.core.checkpoint;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Instant;
import java.util.Objects;

/**
 * One step of a run's journal: a model response, a side-effecting tool call about to run, or a tool
 * call's result.
 *
 * @param seq position in the journal, from 0, gap-free
 * @param kind what happened
 * @param callKey which call: the model call's index ({@code "m0"}, {@code "m1"}, ...) or the tool
 *     call's key (its id, or name and arguments when the provider gives no id)
 * @param message the model's message ({@link Kind#MODEL_RESPONSE} only)
 * @param usage the model call's tokens ({@link Kind#MODEL_RESPONSE} only, else ZERO)
 * @param responseModel the model that answered, or null
 * @param toolCall the tool call (tool entries only)
 * @param toolResult the tool's result ({@link Kind#TOOL_RESULT} only)
 * @param at when it was recorded
 * @param finishReason why the model stopped ({@link Kind#MODEL_RESPONSE} only), or null when unknown
 */
public record JournalEntry(long seq, Kind kind, String callKey, AssistantMessage message, TokenUsage usage,
    @Nullable String responseModel, ToolCall toolCall, ToolResult toolResult, Instant at,
    @Nullable FinishReason finishReason) {

  /** Kinds of entry. */
  public enum Kind {
    /** A model call returned. */
    MODEL_RESPONSE,
    /** A side-effecting tool call is about to run. */
    TOOL_STARTED,
    /** A tool call returned. */
    TOOL_RESULT
  }

  /**
   * Validates.
   *
   * @param seq position in the journal, from 0, gap-free
   * @param kind what happened
   * @param callKey which call: the model call's index ({@code "m0"}, {@code "m1"}, ...) or the tool
   *     call's key (its id, or name and arguments when the provider gives no id)
   * @param message the model's message ({@link Kind#MODEL_RESPONSE} only)
   * @param usage the model call's tokens ({@link Kind#MODEL_RESPONSE} only, else ZERO)
   * @param responseModel the model that answered, or null
   * @param toolCall the tool call (tool entries only)
   * @param toolResult the tool's result ({@link Kind#TOOL_RESULT} only)
   * @param at when it was recorded
   * @param finishReason why the model stopped, or null
   */
  public JournalEntry {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must be >= 0, was " + seq);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(callKey, "callKey");
    Objects.requireNonNull(at, "at");
    usage = usage == null ? TokenUsage.ZERO : usage;
    switch (kind) {
      case MODEL_RESPONSE -> Objects.requireNonNull(message, "message (of a MODEL_RESPONSE entry)");
      case TOOL_STARTED -> Objects.requireNonNull(toolCall, "toolCall (of a TOOL_STARTED entry)");
      case TOOL_RESULT -> {
        Objects.requireNonNull(toolCall, "toolCall (of a TOOL_RESULT entry)");
        Objects.requireNonNull(toolResult, "toolResult (of a TOOL_RESULT entry)");
      }
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    }
    if (kind != Kind.MODEL_RESPONSE) {
      finishReason = null;
    }
  }

  /**
   * An entry without a finish reason (as written before entries had one).
   *
   * @param seq position in the journal, from 0, gap-free
   * @param kind what happened
   * @param callKey which call
   * @param message the model's message ({@link Kind#MODEL_RESPONSE} only)
   * @param usage the model call's tokens
   * @param responseModel the model that answered, or null
   * @param toolCall the tool call (tool entries only)
   * @param toolResult the tool's result ({@link Kind#TOOL_RESULT} only)
   * @param at when it was recorded
   */
  public JournalEntry(long seq, Kind kind, String callKey, AssistantMessage message, TokenUsage usage,
      @Nullable String responseModel, ToolCall toolCall, ToolResult toolResult, Instant at) {
    this(seq, kind, callKey, message, usage, responseModel, toolCall, toolResult, at, null);
  }

  /**
   * @param seq position
   * @param callKey the model call's key
   * @param response the response
   * @param at when
   * @return the entry
   */
  public static JournalEntry modelResponse(long seq, String callKey, ModelResponse response, Instant at) {
    return new JournalEntry(seq, Kind.MODEL_RESPONSE, callKey, response.message(), response.usage(),
        response.responseModel(), null, null, at, response.finishReason());
  }

  /**
   * @param seq position
   * @param callKey the tool call's key
   * @param call the call
   * @param at when
   * @return the entry
   */
  public static JournalEntry toolStarted(long seq, String callKey, ToolCall call, Instant at) {
    return new JournalEntry(seq, Kind.TOOL_STARTED, callKey, null, null, null, call, null, at);
  }

  /**
   * @param seq position
   * @param callKey the tool call's key
   * @param call the call
   * @param result the result
   * @param at when
   * @return the entry
   */
  public static JournalEntry toolResult(long seq, String callKey, ToolCall call, ToolResult result, Instant at) {
    return new JournalEntry(seq, Kind.TOOL_RESULT, callKey, null, null, null, call, result, at);
  }
}
