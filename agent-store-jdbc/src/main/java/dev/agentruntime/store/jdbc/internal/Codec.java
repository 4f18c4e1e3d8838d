package dev.agentruntime.store.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON of a run's tags column (Jackson), and free text columns that must hold any string.
 * Messages and journal entries are {@link dev.agentruntime.core.store.json.StoreJson}'s, shared
 * with the Redis stores.
 *
 * <p>PostgreSQL's {@code text} cannot hold U+0000, which a tool's raw output or a pasted input may
 * contain. Such a value is stored as its JSON string literal, and the column's {@code _encoding}
 * companion says {@link #JSON_ENCODING}; every other value is stored as it is, encoding NULL (so
 * rows written before the companion existed read unchanged).
 */
public final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Codec() {}

  /** The encoding of a text value stored as its JSON string literal. */
  public static final String JSON_ENCODING = "json";

  /**
   * @param value a text value
   * @return its encoding: {@link #JSON_ENCODING} when it holds U+0000, else null (stored as it is)
   */
  public static String encoding(String value) {
    return value != null && value.indexOf('\u0000') >= 0 ? JSON_ENCODING : null;
  }

  /**
   * @param value a text value
   * @return what to store for it (see {@link #encoding})
   */
  public static String encode(String value) {
    if (encoding(value) == null) {
      return value;
    }
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * @param stored what the column holds, or null
   * @param encoding its encoding column
   * @return the value
   * @throws IllegalStateException when a JSON-encoded value is corrupt, or the encoding unknown
   */
  public static String decode(String stored, String encoding) {
    if (stored == null || encoding == null) {
      return stored;
    }
    if (!JSON_ENCODING.equals(encoding)) {
      throw new IllegalStateException("unknown text encoding '" + encoding + "' (written by a newer version?)");
    }
    try {
      return JSON.readValue(stored, String.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param tags tags
   * @return their JSON
   */
  public static String tags(Map<String, String> tags) {
    ObjectNode n = JSON.createObjectNode();
    new TreeMap<>(tags).forEach(n::put);
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * @param json tags' JSON
   * @return the tags
   */
  public static Map<String, String> tags(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is corrupt: " + e.getOriginalMessage(), e);
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
