package dev.agentruntime.core.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms in which a {@link dev.agentruntime.core.session.SessionStore} keeps messages and a
 * {@link dev.agentruntime.core.checkpoint.CheckpointStore} keeps journal entries. The JDBC and Redis
 * stores both use it, so a message or an entry has one stored form; a store of your own may use it
 * too.
 *
 * <p>Deterministic: the same value always gives the same text (fields in a fixed order), so a store
 * may recognise a retried write by comparing strings. The forms are stored data: a later version may
 * add a field but never renames or drops one, and reads what earlier versions wrote.
 *
 * <p>A message is {@code {"role", "text"}}, plus {@code "toolCalls"} (each {@code {"id", "name",
 * "arguments", "idempotencyKey"}}) on an assistant message that calls tools and {@code "thinking"}
 * and {@code "attributes"} (an object, its keys sorted) on one that has them, or {@code
 * "toolCallId", "toolName", "isError"} on a tool result. A journal entry is {@code {"at"}} then, when
 * present, {@code "message"}, {@code "usage"}, {@code "responseModel"}, {@code "finishReason"},
 * {@code "toolCall"} and {@code "toolResult"}; its sequence number is never in the JSON (it is the entry's position), and
 * {@code "kind"} and {@code "key"} lead the object unless the store keeps them apart
 * ({@link #journalEntryBody}).
 *
 * <p>Text that is not such JSON fails with an {@link IllegalStateException} saying the stored JSON is
 * corrupt and what is wrong.
 */
public final class StoreJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreJson() {}

  // ------------------------------------------------------------------------------ messages

  /**
   * @param message a message
   * @return its JSON
   */
  public static String message(ChatMessage message) {
    return write(messageNode(Objects.requireNonNull(message, "message")));
  }

  /**
   * @param json a message's JSON, as {@link #message(ChatMessage)} wrote it
   * @return the message
   * @throws IllegalStateException when the text is not a stored message
   */
  public static ChatMessage message(String json) {
    return messageOf(read(Objects.requireNonNull(json, "json")));
  }

  private static ObjectNode messageNode(ChatMessage m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("role", m.role());
    n.put("text", m.text());
    if (m instanceof AssistantMessage a) {
      if (a.hasToolCalls()) {
        ArrayNode calls = n.putArray("toolCalls");
        a.toolCalls().forEach(c -> calls.add(toolCallNode(c)));
      }
      if (!a.thinking().isEmpty()) {
        n.put("thinking", a.thinking());
      }
      if (!a.attributes().isEmpty()) {
        n.set("attributes", JSON.valueToTree(sortedKeys(a.attributes())));
      }
    } else if (m instanceof ToolResultMessage t) {
      n.put("toolCallId", t.toolCallId());
      n.put("toolName", t.toolName());
      n.put("isError", t.isError());
    }
    return n;
  }

  private static ChatMessage messageOf(JsonNode n) {
    if (!n.isObject()) {
      throw corrupt("a message must be an object, was " + n.getNodeType());
    }
    String text = n.path("text").asText("");
    return switch (n.path("role").asText()) {
      case "system" -> new SystemMessage(text);
      case "user" -> new UserMessage(text);
      case "assistant" -> {
        List<ToolCall> calls = new ArrayList<>();
        n.path("toolCalls").forEach(c -> calls.add(toolCallOf(c)));
        JsonNode attributes = n.path("attributes");
        if (!attributes.isMissingNode() && !attributes.isObject()) {
          throw corrupt("an assistant message's attributes must be an object, was " + attributes.getNodeType());
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> attrs = attributes.isObject() ? JSON.convertValue(attributes, java.util.Map.class)
            : java.util.Map.of();
        try {
          yield new AssistantMessage(text, calls, n.path("thinking").asText(""), attrs);
        } catch (IllegalArgumentException e) {
          throw corrupt("an assistant message's attributes: " + e.getMessage());
        }
      }
      case "tool" -> new ToolResultMessage(textOrNull(n, "toolCallId"), n.path("toolName").asText(), text,
          n.path("isError").asBoolean());
      default -> throw new IllegalStateException("stored message has an unknown role: " + n.path("role"));
    };
  }

  private static ObjectNode toolCallNode(ToolCall c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", c.id());
    n.put("name", c.name());
    n.put("arguments", c.arguments());
    n.put("idempotencyKey", c.idempotencyKey());
    return n;
  }

  private static ToolCall toolCallOf(JsonNode n) {
    return new ToolCall(textOrNull(n, "id"), n.path("name").asText(), n.path("arguments").asText(),
        textOrNull(n, "idempotencyKey"));
  }

  // ------------------------------------------------------------------------------ journal entries

  /**
   * For a store that keeps an entry as one string.
   *
   * @param entry an entry
   * @return its JSON with its kind and call key, without its sequence number
   */
  public static String journalEntry(JournalEntry entry) {
    Objects.requireNonNull(entry, "entry");
    ObjectNode n = JSON.createObjectNode();
    n.put("kind", entry.kind().name());
    n.put("key", entry.callKey());
    return write(entryFields(n, entry));
  }

  /**
   * @param seq the entry's sequence number (its position in the journal)
   * @param json the entry's JSON, as {@link #journalEntry(JournalEntry)} wrote it
   * @return the entry
   * @throws IllegalStateException when the text is not a stored entry
   */
  public static JournalEntry journalEntry(long seq, String json) {
    JsonNode n = read(Objects.requireNonNull(json, "json"));
    return entryOf(seq, kind(n.path("kind").asText()), requiredText(n, "key"), n);
  }

  /**
   * For a store that keeps an entry's kind and call key apart (as columns, say).
   *
   * @param entry an entry
   * @return its JSON without its sequence number, kind and call key
   */
  public static String journalEntryBody(JournalEntry entry) {
    return write(entryFields(JSON.createObjectNode(), Objects.requireNonNull(entry, "entry")));
  }

  /**
   * @param seq the entry's sequence number (its position in the journal)
   * @param kind the entry's kind
   * @param callKey the entry's call key
   * @param bodyJson the rest, as {@link #journalEntryBody(JournalEntry)} wrote it
   * @return the entry
   * @throws IllegalStateException when the text is not a stored entry
   */
  public static JournalEntry journalEntry(long seq, JournalEntry.Kind kind, String callKey, String bodyJson) {
    return entryOf(seq, Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(callKey, "callKey"),
        read(Objects.requireNonNull(bodyJson, "bodyJson")));
  }

  private static ObjectNode entryFields(ObjectNode n, JournalEntry e) {
    n.put("at", e.at().toString());
    if (e.message() != null) {
      n.set("message", messageNode(e.message()));
    }
    TokenUsage u = e.usage();
    if (!u.equals(TokenUsage.ZERO)) {
      ObjectNode un = n.putObject("usage");
      un.put("input", u.inputTokens());
      un.put("output", u.outputTokens());
      un.put("cachedInput", u.cachedInputTokens());
      un.put("cacheWrite", u.cacheWriteInputTokens());
      un.put("reasoning", u.reasoningTokens());
    }
    n.put("responseModel", e.responseModel());
    if (e.finishReason() != null) {
      n.put("finishReason", e.finishReason().name());
    }
    if (e.toolCall() != null) {
      n.set("toolCall", toolCallNode(e.toolCall()));
    }
    if (e.toolResult() != null) {
      ObjectNode r = n.putObject("toolResult");
      r.put("content", e.toolResult().content());
      r.put("isError", e.toolResult().isError());
    }
    return n;
  }

  private static JournalEntry entryOf(long seq, JournalEntry.Kind kind, String callKey, JsonNode n) {
    if (!n.isObject()) {
      throw corrupt("a journal entry must be an object, was " + n.getNodeType());
    }
    AssistantMessage message = null;
    if (n.has("message")) {
      if (!(messageOf(n.get("message")) instanceof AssistantMessage a)) {
        throw corrupt("a journal entry's message must be the assistant's, was " + n.get("message").path("role"));
      }
      message = a;
    }
    TokenUsage usage = TokenUsage.ZERO;
    if (n.has("usage")) {
      JsonNode u = n.get("usage");
      usage = new TokenUsage(u.path("input").asLong(), u.path("output").asLong(), u.path("cachedInput").asLong(),
          u.path("cacheWrite").asLong(), u.path("reasoning").asLong());
    }
    ToolCall call = n.has("toolCall") ? toolCallOf(n.get("toolCall")) : null;
    ToolResult result = n.has("toolResult")
        ? new ToolResult(n.get("toolResult").path("content").asText(), n.get("toolResult").path("isError").asBoolean())
        : null;
    Instant at;
    try {
      at = Instant.parse(requiredText(n, "at"));
    } catch (DateTimeParseException e) {
      throw corrupt("a journal entry's \"at\" is not an instant: " + n.get("at"));
    }
    FinishReason finish = null;
    String f = textOrNull(n, "finishReason");
    if (f != null) {
      try {
        finish = FinishReason.valueOf(f);
      } catch (IllegalArgumentException e) {
        finish = FinishReason.UNKNOWN; // written by a newer version
      }
    }
    return new JournalEntry(seq, kind, callKey, message, usage, textOrNull(n, "responseModel"), call, result, at,
        finish);
  }

  // ------------------------------------------------------------------------------ run headers

  /**
   * @param history a run's history (the conversation before its input)
   * @return its JSON: an array of messages
   */
  public static String history(List<? extends ChatMessage> history) {
    ArrayNode a = JSON.createArrayNode();
    history.forEach(m -> a.add(messageNode(Objects.requireNonNull(m, "history message"))));
    return write(a);
  }

  /**
   * @param json a history's JSON, as {@link #history(List)} wrote it, or null (none)
   * @return the history
   * @throws IllegalStateException when the text is not a stored history
   */
  public static List<ChatMessage> history(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    JsonNode n = read(json);
    if (!n.isArray()) {
      throw corrupt("a history must be an array, was " + n.getNodeType());
    }
    List<ChatMessage> out = new ArrayList<>(n.size());
    n.forEach(m -> out.add(messageOf(m)));
    return out;
  }

  /**
   * @param limits a run's own limits
   * @return their JSON: every limit and the reaction to each
   */
  public static String limits(RunLimits limits) {
    ObjectNode n = JSON.createObjectNode();
    n.put("maxSteps", limits.maxSteps());
    n.put("maxModelCalls", limits.maxModelCalls());
    n.put("maxToolCalls", limits.maxToolCalls());
    ObjectNode perTool = n.putObject("maxToolCallsPerTool");
    new java.util.TreeMap<>(limits.maxToolCallsPerTool()).forEach(perTool::put);
    n.put("maxDuration", limits.maxDuration() == null ? null : limits.maxDuration().toString());
    n.put("maxRepeatedToolCalls", limits.maxRepeatedToolCalls());
    n.put("cycleRepetitions", limits.cycleRepetitions());
    n.put("maxCycleLength", limits.maxCycleLength());
    n.put("defaultReaction", limits.defaultReaction().name());
    ObjectNode reactions = n.putObject("reactions");
    for (Limit l : Limit.values()) {
      if (l != Limit.CONCURRENT_RUNS && limits.reaction(l) != limits.defaultReaction()) {
        reactions.put(l.name(), limits.reaction(l).name());
      }
    }
    return write(n);
  }

  /**
   * @param json limits' JSON, as {@link #limits(RunLimits)} wrote it, or null (none)
   * @return the limits, or null
   * @throws IllegalStateException when the text is not stored limits
   */
  public static @Nullable RunLimits limits(@Nullable String json) {
    if (json == null) {
      return null;
    }
    JsonNode n = read(json);
    try {
      RunLimits.Builder b = RunLimits.builder().maxSteps(n.path("maxSteps").asInt())
          .maxModelCalls(n.path("maxModelCalls").asInt()).maxToolCalls(n.path("maxToolCalls").asInt())
          .maxRepeatedToolCalls(n.path("maxRepeatedToolCalls").asInt())
          .cycleRepetitions(n.path("cycleRepetitions").asInt()).maxCycleLength(n.path("maxCycleLength").asInt())
          .defaultReaction(LimitReaction.valueOf(requiredText(n, "defaultReaction")));
      String d = textOrNull(n, "maxDuration");
      b.maxDuration(d == null ? null : java.time.Duration.parse(d));
      n.path("maxToolCallsPerTool").fields().forEachRemaining(e -> b.maxToolCalls(e.getKey(), e.getValue().asInt()));
      n.path("reactions").fields().forEachRemaining(e -> {
        try {
          b.onLimit(Limit.valueOf(e.getKey()), LimitReaction.valueOf(e.getValue().asText()));
        } catch (IllegalArgumentException unknown) {
          // a limit or reaction of a newer version: the default reaction applies
        }
      });
      return b.build();
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw corrupt("stored run limits are invalid: " + e.getMessage());
    }
  }

  private static JournalEntry.Kind kind(String name) {
    try {
      return JournalEntry.Kind.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw corrupt("a journal entry's \"kind\" must be one of MODEL_RESPONSE, TOOL_STARTED, TOOL_RESULT, was '"
          + name + "'");
    }
  }

  // ------------------------------------------------------------------------------ JSON

  private static @Nullable String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String requiredText(JsonNode n, String field) {
    String v = textOrNull(n, field);
    if (v == null) {
      throw corrupt("a journal entry has no \"" + field + "\"");
    }
    return v;
  }

  /** The value with every map's keys in order, so that equal attributes give the same text. */
  private static Object sortedKeys(Object v) {
    if (v instanceof java.util.Map<?, ?> m) {
      java.util.Map<String, Object> sorted = new java.util.TreeMap<>();
      m.forEach((k, x) -> sorted.put((String) k, sortedKeys(x)));
      return sorted;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(StoreJson::sortedKeys).toList();
    }
    return v;
  }

  private static IllegalStateException corrupt(String what) {
    return new IllegalStateException("stored JSON is corrupt: " + what);
  }

  private static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }
}
