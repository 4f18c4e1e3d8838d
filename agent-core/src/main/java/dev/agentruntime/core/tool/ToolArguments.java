package dev.agentruntime.core.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A tool call's arguments: the JSON object the model sent, parsed and checked against every keyword
 * of the tool's parameters schema (JSON Schema, draft 2020-12 unless the schema names another, with
 * networknt's validator; {@code format} asserted; references resolved inside the schema only). A
 * required argument sent as JSON {@code null} counts as missing unless its schema allows null. Immutable.
 */
public final class ToolArguments {
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
   *     malformed, not an object, misses a required property (or sends it as {@code null} where its schema allows
   *     no null) or breaks
   *     any other keyword of the schema; the message names each violation by its JSON pointer
   * @throws IllegalStateException when the schema itself is not a valid JSON Schema (a tool built
   *     with {@link Tool#builder(String)} was checked when it was built; one from elsewhere, such
   *     as an MCP server, is checked here)
   */
  @SuppressWarnings("unchecked")
  public static ToolArguments parse(String toolName, String json, @Nullable String schema) {
    String text = json == null || json.isBlank() ? "{}" : json;
    Object value;
    try {
      value = JsonValues.read(text, false);
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
      ArgumentSchema compiled;
      try {
        compiled = ArgumentSchema.of(toolName, schema);
      } catch (IllegalArgumentException e) { // the tool's fault, not the arguments'
        throw new IllegalStateException(e.getMessage(), e);
      }
      compiled.check(toolName, args, text);
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

  /**
   * Checks a tool's parameters schema when the tool is built, so a bad one fails there and not on
   * the first call (a schema that needs the validator is compiled and memoised; a plain one is
   * only read).
   *
   * @throws IllegalArgumentException when the schema is not a JSON object or not a valid JSON Schema
   */
  static void validateSchema(String toolName, String schema) {
    ArgumentSchema.of(toolName, schema);
  }

  static String abbreviate(@Nullable String s) {
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
