package dev.agentruntime.guardrails.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A focused JSON Schema validator over Jackson's {@link JsonNode}, covering the keywords structured
 * LLM output uses: {@code type} (string or list), {@code properties}, {@code required},
 * {@code additionalProperties} (boolean or schema), {@code items}, {@code minItems},
 * {@code maxItems}, {@code uniqueItems}, {@code enum}, {@code const}, {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code minLength},
 * {@code maxLength}, {@code pattern}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}.
 * Other keywords ({@code $ref}, {@code format}, ...) are ignored. Errors name the JSON pointer of
 * the offending value. Immutable and thread-safe.
 */
public final class JsonSchemaValidator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERRORS = 20;

  private final JsonNode schema;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  private JsonSchemaValidator(JsonNode schema) {
    this.schema = schema;
  }

  /**
   * @param schema the schema
   * @return a validator
   * @throws IllegalArgumentException when the schema is not an object or boolean
   */
  public static JsonSchemaValidator of(JsonNode schema) {
    Objects.requireNonNull(schema, "schema");
    if (!schema.isObject() && !schema.isBoolean()) {
      throw new IllegalArgumentException("schema must be a JSON object or boolean, was " + schema.getNodeType());
    }
    return new JsonSchemaValidator(schema);
  }

  /**
   * @param schemaJson the schema as JSON text
   * @return a validator
   * @throws IllegalArgumentException when the text is not valid JSON
   */
  public static JsonSchemaValidator of(String schemaJson) {
    Objects.requireNonNull(schemaJson, "schemaJson");
    try {
      return of(JSON.readTree(schemaJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("schema is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** @return the schema */
  public JsonNode schema() {
    return schema;
  }

  /**
   * @param value the value to validate
   * @return the errors, empty when valid
   */
  public List<String> validate(JsonNode value) {
    List<String> errors = new ArrayList<>();
    check(schema, value == null ? JSON.nullNode() : value, "", errors);
    return errors;
  }

  private void error(List<String> errors, String path, String msg) {
    if (errors.size() < MAX_ERRORS) {
      errors.add((path.isEmpty() ? "/" : path) + ": " + msg);
    }
  }

  private void check(JsonNode s, JsonNode v, String path, List<String> errors) {
    if (errors.size() >= MAX_ERRORS) {
      return;
    }
    if (s.isBoolean()) {
      if (!s.booleanValue()) {
        error(errors, path, "no value is allowed here");
      }
      return;
    }
    if (!s.isObject()) {
      return;
    }
    JsonNode type = s.get("type");
    if (type != null && !typeMatches(type, v)) {
      error(errors, path, "expected " + (type.isArray() ? type.toString() : type.asText()) + " but got " + typeName(v));
      return;
    }
    JsonNode en = s.get("enum");
    if (en != null && en.isArray()) {
      boolean found = false;
      for (JsonNode e : en) {
        if (equal(e, v)) {
          found = true;
          break;
        }
      }
      if (!found) {
        error(errors, path, "must be one of " + en);
      }
    }
    JsonNode cn = s.get("const");
    if (cn != null && !equal(cn, v)) {
      error(errors, path, "must be " + cn);
    }
    if (v.isNumber()) {
      numeric(s, v.doubleValue(), path, errors);
    }
    if (v.isTextual()) {
      String t = v.textValue();
      int len = t.codePointCount(0, t.length());
      if (s.has("minLength") && len < s.get("minLength").asInt()) {
        error(errors, path, "shorter than " + s.get("minLength").asInt() + " characters");
      }
      if (s.has("maxLength") && len > s.get("maxLength").asInt()) {
        error(errors, path, "longer than " + s.get("maxLength").asInt() + " characters");
      }
      if (s.has("pattern")) {
        String p = s.get("pattern").asText();
        Pattern compiled;
        try {
          compiled = patterns.computeIfAbsent(p, Pattern::compile);
        } catch (java.util.regex.PatternSyntaxException e) {
          error(errors, path, "schema pattern /" + p + "/ is invalid");
          compiled = null;
        }
        if (compiled != null && !compiled.matcher(t).find()) {
          error(errors, path, "does not match /" + p + "/");
        }
      }
    }
    if (v.isObject()) {
      object(s, v, path, errors);
    }
    if (v.isArray()) {
      array(s, v, path, errors);
    }
    combinators(s, v, path, errors);
  }

  private void numeric(JsonNode s, double d, String path, List<String> errors) {
    if (s.has("minimum") && d < s.get("minimum").asDouble()) {
      error(errors, path, "less than minimum " + s.get("minimum").asText());
    }
    if (s.has("maximum") && d > s.get("maximum").asDouble()) {
      error(errors, path, "greater than maximum " + s.get("maximum").asText());
    }
    if (s.has("exclusiveMinimum") && s.get("exclusiveMinimum").isNumber() && d <= s.get("exclusiveMinimum").asDouble()) {
      error(errors, path, "must be greater than " + s.get("exclusiveMinimum").asText());
    }
    if (s.has("exclusiveMaximum") && s.get("exclusiveMaximum").isNumber() && d >= s.get("exclusiveMaximum").asDouble()) {
      error(errors, path, "must be less than " + s.get("exclusiveMaximum").asText());
    }
  }

  private void object(JsonNode s, JsonNode v, String path, List<String> errors) {
    JsonNode req = s.get("required");
    if (req != null && req.isArray()) {
      for (JsonNode r : req) {
        if (!v.has(r.asText())) {
          error(errors, path, "missing required property '" + r.asText() + "'");
        }
      }
    }
    JsonNode props = s.get("properties");
    JsonNode additional = s.get("additionalProperties");
    Iterator<Map.Entry<String, JsonNode>> it = v.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String child = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode ps = props == null ? null : props.get(e.getKey());
      if (ps != null) {
        check(ps, e.getValue(), child, errors);
      } else if (additional != null) {
        if (additional.isBoolean() && !additional.booleanValue()) {
          error(errors, path, "unexpected property '" + e.getKey() + "'");
        } else if (additional.isObject()) {
          check(additional, e.getValue(), child, errors);
        }
      }
    }
  }

  private void array(JsonNode s, JsonNode v, String path, List<String> errors) {
    if (s.has("minItems") && v.size() < s.get("minItems").asInt()) {
      error(errors, path, "fewer than " + s.get("minItems").asInt() + " items");
    }
    if (s.has("maxItems") && v.size() > s.get("maxItems").asInt()) {
      error(errors, path, "more than " + s.get("maxItems").asInt() + " items");
    }
    if (s.has("uniqueItems") && s.get("uniqueItems").asBoolean()) {
      java.util.Set<JsonNode> seen = new java.util.HashSet<>();
      for (JsonNode e : v) {
        if (!seen.add(e)) {
          error(errors, path, "items are not unique");
          break;
        }
      }
    }
    JsonNode items = s.get("items");
    if (items != null && (items.isObject() || items.isBoolean())) {
      for (int i = 0; i < v.size(); i++) {
        check(items, v.get(i), path + "/" + i, errors);
      }
    }
  }

  private void combinators(JsonNode s, JsonNode v, String path, List<String> errors) {
    JsonNode all = s.get("allOf");
    if (all != null && all.isArray()) {
      for (JsonNode sub : all) {
        check(sub, v, path, errors);
      }
    }
    JsonNode any = s.get("anyOf");
    if (any != null && any.isArray()) {
      int ok = countValid(any, v, path);
      if (ok == 0) {
        error(errors, path, "matches none of anyOf");
      }
    }
    JsonNode one = s.get("oneOf");
    if (one != null && one.isArray()) {
      int ok = countValid(one, v, path);
      if (ok != 1) {
        error(errors, path, "must match exactly one of oneOf, matched " + ok);
      }
    }
    JsonNode not = s.get("not");
    if (not != null) {
      List<String> sub = new ArrayList<>();
      check(not, v, path, sub);
      if (sub.isEmpty()) {
        error(errors, path, "must not match the 'not' schema");
      }
    }
  }

  private int countValid(JsonNode schemas, JsonNode v, String path) {
    int ok = 0;
    for (JsonNode sub : schemas) {
      List<String> e = new ArrayList<>();
      check(sub, v, path, e);
      if (e.isEmpty()) {
        ok++;
      }
    }
    return ok;
  }

  private static boolean equal(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean typeMatches(JsonNode type, JsonNode v) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t.asText(), v)) {
          return true;
        }
      }
      return false;
    }
    return typeMatches(type.asText(), v);
  }

  private static boolean typeMatches(String t, JsonNode v) {
    switch (t) {
      case "object": return v.isObject();
      case "array": return v.isArray();
      case "string": return v.isTextual();
      case "boolean": return v.isBoolean();
      case "null": return v.isNull();
      case "number": return v.isNumber();
      case "integer":
        return v.isIntegralNumber() || (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())
            && !Double.isInfinite(v.doubleValue()));
      default: return true;
    }
  }

  private static String typeName(JsonNode v) {
    if (v.isObject()) {
      return "object";
    } else if (v.isArray()) {
      return "array";
    } else if (v.isTextual()) {
      return "string";
    } else if (v.isBoolean()) {
      return "boolean";
    } else if (v.isNull()) {
      return "null";
    } else if (v.isIntegralNumber()) {
      return "integer";
    } else if (v.isNumber()) {
      return "number";
    }
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
