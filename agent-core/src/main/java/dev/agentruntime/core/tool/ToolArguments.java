package dev.agentruntime.core.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tool call's arguments: the JSON object the model sent, parsed and checked against the tool's
 * schema (required properties and primitive types). Immutable.
 */
public final class ToolArguments {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Parsed schemas by their text: a runtime has few tools, each call used to re-parse its schema. */
  private static final com.github.benmanes.caffeine.cache.Cache<String, JsonNode> SCHEMAS =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
          .executor(Runnable::run).build();

  private final String json;
  private final ObjectNode node;
  /** Converted from {@link #node} on first use: many tools only read {@link #json()}. */
  private volatile Map<String, Object> values;

  private ToolArguments(String json, ObjectNode node) {
    this.json = json;
    this.node = node;
  }

  /**
   * Parses arguments and checks them against a schema.
   *
   * @param toolName the tool, for messages
   * @param json the JSON object text
   * @param schema the tool's JSON Schema (may be null)
   * @return the arguments
   * @throws IllegalArgumentException with a message written for the model when the JSON is
   *     malformed, not an object, or misses a required property or has a wrong primitive type
   */
  @SuppressWarnings("unchecked")
  public static ToolArguments parse(String toolName, String json, String schema) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "arguments for tool '"
              + toolName
              + "' are not valid JSON ("
              + e.getOriginalMessage()
              + "); send a JSON object matching the tool's parameters schema");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "arguments for tool '" + toolName + "' must be a JSON object, got: " + abbreviate(json));
    }
    if (schema != null) {
      checkAgainstSchema(toolName, (ObjectNode) node, schema);
    }
    return new ToolArguments(json, (ObjectNode) node);
  }

  static void validateSchema(String toolName, String schema) {
    try {
      JsonNode s = MAPPER.readTree(schema);
      if (s == null || !s.isObject()) {
        throw new IllegalArgumentException(
            "tool '" + toolName + "': parameters schema must be a JSON object");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tool '" + toolName + "': parameters schema is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static void checkAgainstSchema(String toolName, ObjectNode args, String schema) {
    JsonNode s = SCHEMAS.get(schema, text -> {
      try {
        return MAPPER.readTree(text);
      } catch (JsonProcessingException e) {
        return MAPPER.missingNode(); // schemas are validated when tools are built
      }
    });
    JsonNode required = s.path("required");
    if (required.isArray()) {
      for (JsonNode r : required) {
        if (!args.has(r.asText()) || args.get(r.asText()).isNull()) {
          throw new IllegalArgumentException(
              "tool '" + toolName + "' is missing required argument '" + r.asText() + "'");
        }
      }
    }
    JsonNode props = s.path("properties");
    if (props.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = args.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode type = props.path(e.getKey()).path("type");
        if (type.isTextual() && !matchesType(type.asText(), e.getValue())) {
          throw new IllegalArgumentException(
              "tool '"
                  + toolName
                  + "': argument '"
                  + e.getKey()
                  + "' must be of type "
                  + type.asText()
                  + ", got "
                  + abbreviate(e.getValue().toString()));
        }
      }
    }
  }

  private static boolean matchesType(String type, JsonNode v) {
    return switch (type) {
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "array" -> v.isArray();
      case "object" -> v.isObject();
      case "null" -> v.isNull();
      default -> true;
    };
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 120 ? s : s.substring(0, 120) + "...";
  }

  /** @return the JSON text as the model sent it */
  public String json() {
    return json;
  }

  /** @return all arguments as an unmodifiable map of JSON values (String, Number, Boolean, List, Map) */
  public Map<String, Object> asMap() {
    Map<String, Object> v = values;
    if (v == null) {
      // benign race: every thread computes an equal immutable map from the immutable-by-use node
      @SuppressWarnings("unchecked")
      Map<String, Object> map = MAPPER.convertValue(node, LinkedHashMap.class);
      v = Collections.unmodifiableMap(map);
      values = v;
    }
    return v;
  }

  /**
   * @param name argument name
   * @return the value, if present
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(asMap().get(name));
  }

  /**
   * @param name argument name
   * @return the value as text
   * @throws IllegalArgumentException when absent
   */
  public String getString(String name) {
    Object v = asMap().get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing argument '" + name + "'");
    }
    return v.toString();
  }

  /**
   * @param name argument name
   * @param fallback value when absent
   * @return the value as text, or the fallback
   */
  public String getString(String name, String fallback) {
    Object v = asMap().get(name);
    return v == null ? fallback : v.toString();
  }

  /**
   * @param name argument name
   * @return the value as a long
   * @throws IllegalArgumentException when absent or not a number
   */
  public long getLong(String name) {
    Object v = asMap().get(name);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v != null) {
      try {
        return Long.parseLong(v.toString().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("argument '" + name + "' is not a number: " + v);
      }
    }
    throw new IllegalArgumentException("missing argument '" + name + "'");
  }

  @Override
  public String toString() {
    return json;
  }
}
