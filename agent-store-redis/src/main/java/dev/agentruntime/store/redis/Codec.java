package dev.agentruntime.store.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.checkpoint.JournalEntry;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON forms (Jackson) of what the session and checkpoint stores keep. Deterministic: the same value
 * always gives the same text (fields in a fixed order, tags sorted), so a Lua script can recognise
 * a retried write by comparing strings.
 */
final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Codec() {}

  /** A session log element's body: the run and the message, without the time (set by the server). */
  static String sessionBody(String runId, ChatMessage m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("run", runId);
    n.set("m", messageNode(m));
    return write(n);
  }

  /** @return [runId, message] of a session log element's body */
  static ChatMessage sessionMessage(JsonNode body) {
    return messageOf(body.get("m"));
  }

  static ObjectNode messageNode(ChatMessage m) {
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

  static ChatMessage messageOf(JsonNode n) {
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

  /** @return a journal entry's JSON, without its seq (its position in the list) */
  static String entry(JournalEntry e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("kind", e.kind().name());
    n.put("key", e.callKey());
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
    return write(n);
  }

  static JournalEntry entry(long seq, String json) {
    JsonNode n = read(json);
    AssistantMessage message = n.has("message") ? (AssistantMessage) messageOf(n.get("message")) : null;
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
    return new JournalEntry(seq, JournalEntry.Kind.valueOf(n.path("kind").asText()), n.path("key").asText(), message,
        usage, textOrNull(n, "responseModel"), call, result, Instant.parse(n.path("at").asText()));
  }

  static String header(RunHeader h) {
    ObjectNode n = JSON.createObjectNode();
    n.put("input", h.input());
    n.put("agentName", h.agentName());
    n.put("sessionId", h.sessionId());
    n.put("userId", h.userId());
    n.put("tenantId", h.tenantId());
    ObjectNode tags = n.putObject("tags");
    new TreeMap<>(h.tags()).forEach(tags::put);
    n.put("startedAt", h.startedAt().toString());
    return write(n);
  }

  static RunHeader header(String runId, String json) {
    JsonNode n = read(json);
    Map<String, String> tags = new LinkedHashMap<>();
    n.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    return new RunHeader(runId, n.path("input").asText(), textOrNull(n, "agentName"), textOrNull(n, "sessionId"),
        textOrNull(n, "userId"), textOrNull(n, "tenantId"), tags, Instant.parse(n.path("startedAt").asText()));
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static String write(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }
}
