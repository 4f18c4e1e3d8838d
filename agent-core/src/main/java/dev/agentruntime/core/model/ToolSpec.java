package dev.agentruntime.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the model is told about a tool.
 *
 * @param name the name, 1 to 64 characters of {@code [A-Za-z0-9_-]} (the OpenAI constraint)
 * @param description what the tool does, never null
 * @param parametersSchema a JSON Schema object describing the arguments, as JSON text
 */
public record ToolSpec(String name, String description, String parametersSchema) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** An empty-object schema, for tools without arguments. */
  public static final String NO_PARAMETERS = "{\"type\":\"object\",\"properties\":{}}";

  /**
   * Validates the spec.
   *
   * @param name the name, 1 to 64 characters of {@code [A-Za-z0-9_-]} (the OpenAI constraint)
   * @param description what the tool does, never null
   * @param parametersSchema a JSON Schema object describing the arguments, as JSON text
   */
  public ToolSpec {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tool name '" + name + "' must be 1-64 characters of letters, digits, '_' or '-'");
    }
    description = description == null ? "" : description;
    parametersSchema =
        parametersSchema == null || parametersSchema.isBlank() ? NO_PARAMETERS : parametersSchema;
  }

  /**
   * Component-wise, as a record's own; written out because the generated one is bootstrapped
   * through method handles on its first call, a cost a fresh runtime's first run pays when tool
   * specs are hashed (a token counter's cache).
   *
   * @param o another object
   * @return whether it is a spec with the same name, description and schema
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return this == o || o instanceof ToolSpec t && name.equals(t.name) && description.equals(t.description)
        && parametersSchema.equals(t.parametersSchema);
  }

  /** @return the hash of the components, combined as a record's own */
  @Override
  public int hashCode() {
    return (31 * name.hashCode() + description.hashCode()) * 31 + parametersSchema.hashCode();
  }
}
