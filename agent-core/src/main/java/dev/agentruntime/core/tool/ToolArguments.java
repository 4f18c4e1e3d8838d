package dev.agentruntime.core.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A tool call's arguments: the JSON object the model sent, parsed and checked against the tool's
 * schema (required properties and primitive types). Immutable.
 */
public final class ToolArguments {
  /**
   * Checks by schema text: a runtime has few tools, and each call used to re-parse its schema.
   * Memoised up to {@value #MAX_SCHEMAS} distinct schemas; past that a schema is parsed per call.
   */
  private static final ConcurrentHashMap<String, SchemaCheck> SCHEMAS = new ConcurrentHashMap<>();

  private static final int MAX_SCHEMAS = 1_000;

  private final String json;
  private final Map<String, Object> values;

  private ToolArguments(String json, Map<String, Object> values) {
    this.json = json;
    this.values = Collections.unmodifiableMap(values);
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
  public static ToolArguments parse(String toolName, String json, @Nullable String schema) {
    Object value;
    try {
      value = JsonValues.read(json == null || json.isBlank() ? "{}" : json, false);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "arguments for tool '"
              + toolName
              + "' are not valid JSON ("
              + e.getOriginalMessage()
              + "); send a JSON object matching the tool's parameters schema");
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(
          "arguments for tool '" + toolName + "' must be a JSON object, got: " + abbreviate(json));
    }
    Map<String, Object> args = (Map<String, Object>) value;
    if (schema != null) {
      schemaCheck(schema).check(toolName, args);
    }
    return new ToolArguments(json, args);
  }

  /**
   * The canonical form of a JSON text: compact, object keys sorted at every depth, values written as
   * Jackson writes them. Texts that differ only in key order or white space have the same form, so
   * it tells whether two calls carry the same arguments.
   *
   * @param json a JSON text (its first value is read)
   * @return the canonical form
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static String canonicalJson(String json) {
    try {
      return JsonValues.write(JsonValues.read(json, true));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  static void validateSchema(String toolName, String schema) {
    Object s;
    try {
      s = JsonValues.read(schema, false);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tool '" + toolName + "': parameters schema is not valid JSON: " + e.getOriginalMessage());
    }
    if (!(s instanceof Map)) {
      throw new IllegalArgumentException(
          "tool '" + toolName + "': parameters schema must be a JSON object");
    }
  }

  private static SchemaCheck schemaCheck(String schema) {
    SchemaCheck c = SCHEMAS.get(schema);
    if (c == null) {
      c = SchemaCheck.of(schema);
      if (SCHEMAS.size() < MAX_SCHEMAS) {
        SCHEMAS.putIfAbsent(schema, c);
      }
    }
    return c;
  }

  /** What the arguments are checked for: the required properties and the declared primitive types. */
  private static final class SchemaCheck {
    private final List<String> required;
    /** declared {@code type} by property name, for properties that declare one as a string */
    private final Map<String, String> types;

    private SchemaCheck(List<String> required, Map<String, String> types) {
      this.required = required;
      this.types = types;
    }

    static SchemaCheck of(String schema) {
      Object s;
      try {
        s = JsonValues.read(schema, false);
      } catch (JsonProcessingException e) {
        s = null; // schemas are validated when tools are built
      }
      java.util.ArrayList<String> required = new java.util.ArrayList<>();
      java.util.HashMap<String, String> types = new java.util.HashMap<>();
      if (s instanceof Map<?, ?> root) {
        if (root.get("required") instanceof List<?> names) {
          for (Object n : names) {
            required.add(JsonValues.asText(n));
          }
        }
        if (root.get("properties") instanceof Map<?, ?> props) {
          for (Map.Entry<?, ?> p : props.entrySet()) {
            if (p.getValue() instanceof Map<?, ?> prop && prop.get("type") instanceof String type) {
              types.put((String) p.getKey(), type);
            }
          }
        }
      }
      return new SchemaCheck(List.copyOf(required), types);
    }

    void check(String toolName, Map<String, Object> args) {
      for (String r : required) {
        if (args.get(r) == null) { // absent or JSON null
          throw new IllegalArgumentException(
              "tool '" + toolName + "' is missing required argument '" + r + "'");
        }
      }
      if (types.isEmpty()) {
        return;
      }
      for (Map.Entry<String, Object> e : args.entrySet()) {
        String type = types.get(e.getKey());
        if (type != null && !matchesType(type, e.getValue())) {
          throw new IllegalArgumentException(
              "tool '"
                  + toolName
                  + "': argument '"
                  + e.getKey()
                  + "' must be of type "
                  + type
                  + ", got "
                  + abbreviate(JsonValues.write(e.getValue())));
        }
      }
    }
  }

  private static boolean matchesType(String type, @Nullable Object v) {
    switch (type) {
      case "string":
        return v instanceof String;
      case "integer":
        if (v instanceof Double d) {
          return d == Math.rint(d);
        }
        return v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger;
      case "number":
        return v instanceof Number;
      case "boolean":
        return v instanceof Boolean;
      case "array":
        return v instanceof List;
      case "object":
        return v instanceof Map;
      case "null":
        return v == null;
      default:
        return true;
    }
  }

  private static String abbreviate(@Nullable String s) {
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
    return values;
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
