package dev.agentruntime.store.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.agentruntime.core.checkpoint.RunHeader;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.store.json.StoreJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON forms (Jackson) of what only the Redis session and checkpoint stores keep: a session log
 * element's body (the run and the message, in {@link StoreJson}'s form) and a run's header.
 * Messages and journal entries themselves are {@link StoreJson}'s, shared with the JDBC stores.
 * Deterministic: the same value always gives the same text (fields in a fixed order, tags sorted),
 * so a Lua script can recognise a retried write by comparing strings.
 */
final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Codec() {}

  /** A session log element's body: the run and the message, without the time (set by the server). */
  static String sessionBody(String runId, ChatMessage m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("run", runId);
    n.putRawValue("m", new RawValue(StoreJson.message(m)));
    return write(n);
  }

  /** @return the message of a session log element's body */
  static ChatMessage sessionMessage(JsonNode body) {
    return StoreJson.message(write(body.path("m")));
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
    if (!h.history().isEmpty()) {
      n.put("history", StoreJson.history(h.history()));
    }
    if (h.limits() != null) {
      n.put("limits", StoreJson.limits(h.limits()));
    }
    return write(n);
  }

  static RunHeader header(String runId, String json) {
    JsonNode n = read(json);
    Map<String, String> tags = new LinkedHashMap<>();
    n.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
    return new RunHeader(runId, n.path("input").asText(), textOrNull(n, "agentName"), textOrNull(n, "sessionId"),
        textOrNull(n, "userId"), textOrNull(n, "tenantId"), tags, Instant.parse(n.path("startedAt").asText()),
        StoreJson.history(textOrNull(n, "history")), StoreJson.limits(textOrNull(n, "limits")));
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
