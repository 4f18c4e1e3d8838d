package dev.agentruntime.guardrails.schema;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Validates JSON values against a JSON Schema, draft 2020-12 unless the schema's {@code $schema}
 * names another draft, with networknt's {@code json-schema-validator}: every keyword, including
 * local {@code $ref}/{@code $defs}, {@code oneOf}/{@code anyOf}/{@code allOf}, and {@code format}
 * (asserted, not only annotated: an answer whose {@code "format": "email"} field is not an e-mail
 * address fails). References are resolved inside the schema only; nothing is fetched over the
 * network. Errors name the JSON pointer of the offending value. Immutable and thread-safe.
 */
public final class JsonSchemaValidator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ERRORS = 20;
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .locale(Locale.ROOT)
          .build()));

  private final JsonNode schemaNode;
  private final Schema schema;

  private JsonSchemaValidator(JsonNode schemaNode, Schema schema) {
    this.schemaNode = schemaNode;
    this.schema = schema;
  }

  /**
   * @param schema the schema
   * @return a validator
   * @throws IllegalArgumentException when the schema is not an object or boolean, or is not a
   *     valid schema (an unknown {@code $schema} draft, a {@code $ref} that resolves nowhere)
   */
  public static JsonSchemaValidator of(JsonNode schema) {
    Objects.requireNonNull(schema, "schema");
    if (!schema.isObject() && !schema.isBoolean()) {
      throw new IllegalArgumentException("schema must be a JSON object or boolean, was " + schema.getNodeType());
    }
    JsonNode copy = schema.deepCopy();
    try {
      Schema compiled = REGISTRY.getSchema(copy);
      compiled.initializeValidators();
      return new JsonSchemaValidator(copy, compiled);
    } catch (SchemaException | IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("schema is not a valid JSON Schema: " + e.getMessage(), e);
    }
  }

  /**
   * @param schemaJson the schema as JSON text
   * @return a validator
   * @throws IllegalArgumentException when the text is not valid JSON or not a valid schema
   */
  public static JsonSchemaValidator of(String schemaJson) {
    Objects.requireNonNull(schemaJson, "schemaJson");
    try {
      return of(JSON.readTree(schemaJson));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("schema is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** @return the schema (a copy taken when this validator was made) */
  public JsonNode schema() {
    return schemaNode.deepCopy();
  }

  /**
   * @param value the value to validate ({@code null} is JSON {@code null})
   * @return the errors as {@code <JSON pointer>: <message>}, at most 20, empty when valid
   */
  public List<String> validate(@Nullable JsonNode value) {
    List<Error> errors = schema.validate(value == null ? JSON.nullNode() : value);
    List<String> out = new ArrayList<>(Math.min(errors.size(), MAX_ERRORS));
    for (Error e : errors) {
      if (out.size() == MAX_ERRORS) {
        break;
      }
      String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
      out.add((pointer.isEmpty() ? "/" : pointer) + ": " + e.getMessage());
    }
    return out;
  }
}
