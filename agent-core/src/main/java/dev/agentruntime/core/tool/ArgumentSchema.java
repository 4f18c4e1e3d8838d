package dev.agentruntime.core.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A tool's parameters schema and the check of each call's arguments against it.
 *
 * <p>Every keyword is enforced by networknt's {@code json-schema-validator} (draft 2020-12 unless
 * the schema's {@code $schema} names another; {@code format} asserted; references resolved inside
 * the schema only, nothing fetched), and the schema itself is checked against its draft's
 * meta-schema when the tool is built. Loading that validator costs a fresh JVM about as much as
 * the rest of a first run (it brings Jackson's data binding), so a <em>plain</em> schema — an
 * object whose properties declare at most a primitive {@code type}, a {@code description} and a
 * {@code title}, plus {@code required} — is checked here directly: for such a schema these two
 * checks are all that JSON Schema asks. A required argument sent as JSON {@code null} counts as
 * missing (models send {@code null} for what they do not know) unless its schema allows null: a
 * property that declares no type or type {@code "null"}, a full schema's {@code "type": ["integer", "null"]},
 * {@code anyOf} with a null branch, ... (what Pydantic and FastMCP write for {@code int | None}).
 *
 * <p>Schemas that need the validator are compiled once and memoised by their text (a runtime has few
 * tools; MCP servers hand the same schemas to every session). A plain schema is read again on each
 * call (about 1 µs for a two-property schema), which keeps the memo's cache library off a first
 * run: with it, the cold-start benchmark's first run took 25 – 40 ms longer. Immutable and
 * thread-safe.
 */
final class ArgumentSchema {
  private static final Set<String> PRIMITIVE_TYPES =
      Set.of("string", "integer", "number", "boolean", "array", "object", "null");
  private static final Set<String> PLAIN_ROOT_KEYS = Set.of("type", "properties", "required", "description", "title");
  private static final Set<String> PLAIN_PROPERTY_KEYS = Set.of("type", "description", "title");
  private static final int MAX_REPORTED_ERRORS = 5;

  private final List<String> required;
  /** declared {@code type} by property name (plain schemas only) */
  private final Map<String, String> types;
  /** the compiled schema, or null for a plain one */
  private final @Nullable Schema full;

  private ArgumentSchema(List<String> required, Map<String, String> types, @Nullable Schema full) {
    this.required = required;
    this.types = types;
    this.full = full;
  }

  /**
   * @param toolName the tool, for messages
   * @param schema the parameters schema's text
   * @return the compiled schema
   * @throws IllegalArgumentException when the text is not a JSON object or not a valid JSON Schema
   */
  static ArgumentSchema of(String toolName, String schema) {
    Object root;
    try {
      root = JsonValues.read(schema, false);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tool '" + toolName + "': parameters schema is not valid JSON: " + e.getOriginalMessage());
    }
    if (!(root instanceof Map<?, ?> object)) {
      throw new IllegalArgumentException("tool '" + toolName + "': parameters schema must be a JSON object");
    }
    Map<String, String> types = plainTypes(object);
    if (types == null) {
      return Memo.SCHEMAS.get(schema, s -> new ArgumentSchema(required(object), Map.of(),
          Validator.compile(toolName, s, object)));
    }
    return new ArgumentSchema(required(object), types, null);
  }

  private static List<String> required(Map<?, ?> root) {
    List<String> required = new ArrayList<>();
    if (root.get("required") instanceof List<?> names) {
      names.forEach(n -> required.add((String) n)); // plain, or held to strings by the meta-schema
    }
    return List.copyOf(required);
  }

  /** @return the declared types by property when the schema is plain, else null */
  private static @Nullable Map<String, String> plainTypes(Map<?, ?> root) {
    if (!PLAIN_ROOT_KEYS.containsAll(root.keySet())
        || !absentOr(root, "type", "object"::equals)
        || !absentOr(root, "required", r -> r instanceof List<?> names
            && names.stream().allMatch(String.class::isInstance) && Set.copyOf(names).size() == names.size())
        || !absentOr(root, "description", String.class::isInstance)
        || !absentOr(root, "title", String.class::isInstance)
        || !absentOr(root, "properties", Map.class::isInstance)) {
      return null;
    }
    Map<String, String> types = new HashMap<>();
    Map<?, ?> properties = root.get("properties") instanceof Map<?, ?> props ? props : Map.of();
    for (Map.Entry<?, ?> p : properties.entrySet()) {
      if (!(p.getValue() instanceof Map<?, ?> prop)
          || !PLAIN_PROPERTY_KEYS.containsAll(prop.keySet())
          || !absentOr(prop, "type", t -> t instanceof String && PRIMITIVE_TYPES.contains(t))
          || !absentOr(prop, "description", String.class::isInstance)
          || !absentOr(prop, "title", String.class::isInstance)) {
        return null;
      }
      if (prop.get("type") instanceof String type) {
        types.put((String) p.getKey(), type);
      }
    }
    return types;
  }

  private static boolean absentOr(Map<?, ?> object, String key, Predicate<Object> valid) {
    return !object.containsKey(key) || valid.test(object.get(key));
  }

  /**
   * @param toolName the tool, for messages
   * @param args the arguments as parsed
   * @param json the arguments' text (what the full validator reads)
   * @throws IllegalArgumentException naming every violation (at most five), for the model
   */
  void check(String toolName, Map<String, Object> args, String json) {
    for (String r : required) {
      // absent; or JSON null where a plain schema declares a type other than "null" (a full schema decides below)
      if (!args.containsKey(r) || args.get(r) == null && full == null && types.get(r) != null
          && !"null".equals(types.get(r))) {
        throw missing(toolName, r);
      }
    }
    if (full != null) {
      List<Error> errors = Validator.errors(full, json);
      if (errors.isEmpty()) {
        return; // a required argument sent as null passes where its schema allows null (type [x, "null"], anyOf)
      }
      for (String r : required) {
        if (args.get(r) == null && Validator.at(errors, r)) {
          throw missing(toolName, r); // null where the schema allows none: what models send for what they do not know
        }
      }
      throw Validator.mismatch(toolName, errors);
    }
    if (types.isEmpty()) {
      return;
    }
    for (Map.Entry<String, Object> e : args.entrySet()) {
      String type = types.get(e.getKey());
      if (type != null && !matchesType(type, e.getValue())) {
        throw new IllegalArgumentException(
            "tool '" + toolName + "': argument '" + e.getKey() + "' must be of type " + type
                + ", got " + ToolArguments.abbreviate(JsonValues.write(e.getValue())));
      }
    }
  }

  private static IllegalArgumentException missing(String toolName, String name) {
    return new IllegalArgumentException("tool '" + toolName + "' is missing required argument '" + name + "'");
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
      default: // "null": the only other type a plain schema may declare
        return v == null;
    }
  }

  /** The memo of compiled schemas, made with the first schema that is not plain. */
  private static final class Memo {
    static final Cache<String, ArgumentSchema> SCHEMAS =
        Caffeine.newBuilder().maximumSize(1_000).executor(Runnable::run).build();
  }

  /** networknt's validator, loaded on the first schema that is not plain. */
  private static final class Validator {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ROOT)
            .build()));

    static Schema compile(String toolName, String schema, Map<?, ?> root) {
      String dialect = root.get("$schema") instanceof String s
          ? s : SpecificationVersion.DRAFT_2020_12.getDialectId();
      try {
        List<Error> metaErrors = REGISTRY.getSchema(SchemaLocation.of(dialect)).validate(schema, InputFormat.JSON);
        if (!metaErrors.isEmpty()) {
          throw new IllegalArgumentException(invalid(toolName, join(metaErrors)));
        }
        Schema compiled = REGISTRY.getSchema(schema, InputFormat.JSON);
        compiled.initializeValidators();
        return compiled;
      } catch (SchemaException | IllegalStateException e) {
        throw new IllegalArgumentException(invalid(toolName, e.getMessage()), e);
      }
    }

    static List<Error> errors(Schema schema, String json) {
      return schema.validate(json, InputFormat.JSON);
    }

    /** @return whether one of the errors is about the top-level property {@code name} */
    static boolean at(List<Error> errors, String name) {
      String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
      for (Error e : errors) {
        if (e.getInstanceLocation() != null && pointer.equals(e.getInstanceLocation().toString())) {
          return true;
        }
      }
      return false;
    }

    static IllegalArgumentException mismatch(String toolName, List<Error> errors) {
      return new IllegalArgumentException(
          "tool '" + toolName + "': arguments do not match the parameters schema: " + join(errors));
    }

    private static String invalid(String toolName, @Nullable String why) {
      return "tool '" + toolName + "': parameters schema is not a valid JSON Schema: " + why;
    }

    private static String join(List<Error> errors) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < Math.min(errors.size(), MAX_REPORTED_ERRORS); i++) {
        Error e = errors.get(i);
        String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        out.append(i == 0 ? "" : "; ").append(pointer.isEmpty() ? "/" : pointer).append(": ").append(e.getMessage());
      }
      if (errors.size() > MAX_REPORTED_ERRORS) {
        out.append("; and ").append(errors.size() - MAX_REPORTED_ERRORS).append(" more");
      }
      return out.toString();
    }
  }
}
