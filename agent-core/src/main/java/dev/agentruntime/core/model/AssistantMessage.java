package dev.agentruntime.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the model answered: text, tool calls, or both; with the model's reasoning when its provider
 * returns it.
 *
 * <p>{@code thinking} and {@code attributes} are what a reasoning model's provider needs to see
 * again in later requests of the same conversation: Anthropic's extended thinking with tool use
 * refuses a follow-up request whose assistant turn lacks its signed thinking block, Gemini wants
 * its thought signatures back. A model client fills them from the provider's answer and sends them
 * back with the message; the runtime keeps them with the message (in the run's history, sessions
 * and checkpoints) and never shows them as output. An output guardrail that rewrites the text
 * drops them (they may hold what it redacted).
 *
 * @param text the text, empty when the model only called tools
 * @param toolCalls the tool calls requested, in order; empty when none
 * @param thinking the model's reasoning as its provider returned it, empty when none
 * @param attributes provider data to send back with this message (a thinking block's signature,
 *     say), opaque to the runtime; JSON-like values only: strings, numbers, booleans, and lists and
 *     string-keyed maps of them, so that stores can keep them
 */
public record AssistantMessage(String text, List<ToolCall> toolCalls, String thinking, Map<String, Object> attributes)
    implements ChatMessage {

  /**
   * Validates and copies.
   *
   * @param text the text, empty when the model only called tools
   * @param toolCalls the tool calls requested, in order; empty when none
   * @param thinking the model's reasoning, empty (or null) when none
   * @param attributes provider data to send back with this message, empty (or null) when none
   * @throws IllegalArgumentException when an attribute's value is not JSON-like (naming it)
   */
  public AssistantMessage {
    text = text == null ? "" : text;
    toolCalls = List.copyOf(Objects.requireNonNull(toolCalls, "toolCalls"));
    thinking = thinking == null ? "" : thinking;
    if (attributes == null || attributes.isEmpty()) {
      attributes = Map.of();
    } else {
      Map<String, Object> copy = new LinkedHashMap<>();
      attributes.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "attribute name"),
          jsonLike(v, "attribute '" + k + "'")));
      attributes = java.util.Collections.unmodifiableMap(copy);
    }
  }

  /**
   * A message without reasoning.
   *
   * @param text the text, empty when the model only called tools
   * @param toolCalls the tool calls requested, in order; empty when none
   */
  public AssistantMessage(String text, List<ToolCall> toolCalls) {
    this(text, toolCalls, "", Map.of());
  }

  /**
   * A text-only answer.
   *
   * @param text the text
   * @return the message
   */
  public static AssistantMessage of(String text) {
    return new AssistantMessage(text, List.of());
  }

  /** @return whether the model asked for at least one tool call */
  public boolean hasToolCalls() {
    return !toolCalls.isEmpty();
  }

  @Override
  public String role() {
    return "assistant";
  }

  /** An immutable copy of a JSON-like value, or an exception naming where it is not one. */
  private static Object jsonLike(Object v, String where) {
    if (v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof java.math.BigInteger || v instanceof java.math.BigDecimal || v instanceof Short
        || v instanceof Byte) {
      return v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isFinite(d)) {
        return v;
      }
      throw new IllegalArgumentException(where + " must be finite, was " + v);
    }
    if (v instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(jsonLike(list.get(i), where + "[" + i + "]"));
      }
      return java.util.Collections.unmodifiableList(copy);
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(where + " has a key that is not a string: " + e.getKey());
        }
        copy.put(key, jsonLike(e.getValue(), where + "." + key));
      }
      return java.util.Collections.unmodifiableMap(copy);
    }
    throw new IllegalArgumentException(where + " must be a string, number, boolean, list or map (JSON-like), was "
        + (v == null ? "null" : v.getClass().getName()));
  }

  /**
   * @param v a value
   * @return whether it can be an attribute's value ({@link AssistantMessage the class comment})
   */
  public static boolean isJsonLike(Object v) {
    try {
      jsonLike(v, "value");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "AssistantMessage[<" + text.length() + " chars>, toolCalls=" + toolCalls
        + (thinking.isEmpty() ? "" : ", <" + thinking.length() + " chars of thinking>")
        + (attributes.isEmpty() ? "" : ", attributes=" + attributes.keySet()) + "]";
  }
}
