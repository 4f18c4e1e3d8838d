package dev.agentruntime.core.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
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
 * "arguments", "idempotencyKey"}}) on an assistant message that calls tools, or {@code
 * "toolCallId", "toolName", "isError"} on a tool result. A journal entry is {@code {"at"}} then, when
 * present, {@code "message"}, {@code "usage"}, {@code "responseModel"}, {@code "toolCall"} and
 * {@code "toolResult"}; its sequence number is never in the JSON (it is the entry's position), and
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
    if (m instanceof AssistantMessage a && a.hasToolCalls()) {
      ArrayNode calls = n.putArray("toolCalls");
      a.toolCalls().forEach(c -> calls.add(toolCallNode(c)));
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
        yield new AssistantMessage(text, calls);
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
    return new JournalEntry(seq, kind, callKey, message, usage, textOrNull(n, "responseModel"), call, result, at);
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
