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
 * The JSON of a run's tags column (Jackson). Messages and journal entries are
 * {@link dev.agentruntime.core.store.json.StoreJson}'s, shared with the Redis stores.
 */
public final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Codec() {}

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
