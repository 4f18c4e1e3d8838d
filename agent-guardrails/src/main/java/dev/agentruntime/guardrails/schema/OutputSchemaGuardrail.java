package dev.agentruntime.guardrails.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Requires the model's answer to be JSON that satisfies a JSON Schema (draft 2020-12, see
 * {@link JsonSchemaValidator}). A Markdown code fence around the JSON is
 * accepted and removed. On failure it re-asks (default) with the validation errors as feedback,
 * or blocks. A streamed answer is judged once, when complete ({@link #judgesStreamedParts()}).
 */
public final class OutputSchemaGuardrail implements Guardrail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonSchemaValidator validator;
  private final boolean reask;

  private OutputSchemaGuardrail(String name, JsonSchemaValidator validator, boolean reask) {
    this.name = name;
    this.validator = validator;
    this.reask = reask;
  }

  /**
   * @param schemaJson the schema as JSON text
   * @return a guardrail that re-asks on invalid output
   */
  public static OutputSchemaGuardrail of(String schemaJson) {
    return builder().schema(schemaJson).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<GuardrailPoint> points() {
    return EnumSet.of(GuardrailPoint.OUTPUT);
  }

  /** @return false: a part of a streamed answer is no JSON yet; the answer is judged when complete */
  @Override
  public boolean judgesStreamedParts() {
    return false;
  }

  /**
   * @param text a model answer
   * @return the JSON inside it (a surrounding Markdown fence removed)
   */
  static String stripFence(String text) {
    String t = text.strip();
    if (t.startsWith("```")) {
      int nl = t.indexOf('\n');
      int end = t.lastIndexOf("```");
      if (nl > 0 && end > nl) {
        return t.substring(nl + 1, end).strip();
      }
    }
    return t;
  }

  @Override
  public GuardrailDecision evaluate(GuardrailSubject subject) {
    String body = stripFence(subject.text());
    String problem;
    JsonNode node = null;
    try {
      node = JSON.readTree(body);
      problem = node == null || node.isMissingNode() ? "the answer is empty, expected JSON" : null;
    } catch (JsonProcessingException e) {
      problem = "the answer is not valid JSON (" + e.getOriginalMessage() + ")";
    }
    if (problem == null) {
      List<String> errors = validator.validate(node);
      if (errors.isEmpty()) {
        return body.equals(subject.text()) ? GuardrailDecision.pass()
            : GuardrailDecision.rewrite(body, "removed the Markdown fence around the JSON answer");
      }
      problem = "the JSON does not match the schema: " + String.join("; ", errors);
    }
    return reask
        ? GuardrailDecision.reask(problem + ". Reply with only a JSON value matching this schema: " + validator.schema())
        : GuardrailDecision.block(problem);
  }

  /** Builder for {@link OutputSchemaGuardrail}. */
  public static final class Builder {
    private String name = "output_schema";
    private JsonSchemaValidator validator;
    private boolean reask = true;

    private Builder() {}

    /**
     * @param value event name (default {@code output_schema})
     * @return this
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * @param schemaJson the schema as JSON text (required)
     * @return this
     */
    public Builder schema(String schemaJson) {
      this.validator = JsonSchemaValidator.of(schemaJson);
      return this;
    }

    /**
     * @param schema the schema (required)
     * @return this
     */
    public Builder schema(JsonNode schema) {
      this.validator = JsonSchemaValidator.of(schema);
      return this;
    }

    /**
     * @param value re-ask on failure (default true) or block
     * @return this
     */
    public Builder reask(boolean value) {
      this.reask = value;
      return this;
    }

    /**
     * @return the guardrail
     * @throws IllegalStateException when no schema is set
     */
    public OutputSchemaGuardrail build() {
      if (validator == null) {
        throw new IllegalStateException("schema is required: call schema(...)");
      }
      return new OutputSchemaGuardrail(name, validator, reask);
    }
  }
}
