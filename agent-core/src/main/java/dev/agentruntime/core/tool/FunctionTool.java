package dev.agentruntime.core.tool;

import dev.agentruntime.core.model.ToolSpec;
import java.util.Objects;

/** A {@link Tool} defined by a spec and a lambda. Build with {@link Tool#builder(String)}. */
public final class FunctionTool implements Tool {
  private final ToolSpec spec;
  private final ToolHandler handler;
  private final boolean sideEffecting;

  private FunctionTool(ToolSpec spec, ToolHandler handler, boolean sideEffecting) {
    this.spec = spec;
    this.handler = handler;
    this.sideEffecting = sideEffecting;
  }

  static Builder builder(String name) {
    return new Builder(name);
  }

  @Override
  public ToolSpec spec() {
    return spec;
  }

  @Override
  public ToolResult execute(ToolInvocation invocation) throws Exception {
    return ToolResult.success(handler.handle(invocation));
  }

  @Override
  public boolean sideEffecting() {
    return sideEffecting;
  }

  @Override
  public String toString() {
    return "FunctionTool[" + spec.name() + "]";
  }

  /** Builder for {@link FunctionTool}. */
  public static final class Builder {
    private final String name;
    private String description = "";
    private String schema = ToolSpec.NO_PARAMETERS;
    private ToolHandler handler;
    private boolean sideEffecting;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param value what the tool does, for the model
     * @return this
     */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /**
     * @param jsonSchema JSON Schema of the arguments object
     * @return this
     */
    public Builder parameters(String jsonSchema) {
      this.schema = Objects.requireNonNull(jsonSchema, "parameters");
      return this;
    }

    /**
     * @param value whether the tool has side effects (see {@link Tool#sideEffecting()})
     * @return this
     */
    public Builder sideEffecting(boolean value) {
      this.sideEffecting = value;
      return this;
    }

    /**
     * @param value the tool body
     * @return this
     */
    public Builder handler(ToolHandler value) {
      this.handler = value;
      return this;
    }

    /**
     * @return the tool
     * @throws IllegalArgumentException naming the bad setting
     * @throws IllegalStateException when no handler was set
     */
    public FunctionTool build() {
      if (handler == null) {
        throw new IllegalStateException("tool '" + name + "': handler is required");
      }
      ToolArguments.validateSchema(name, schema);
      return new FunctionTool(new ToolSpec(name, description, schema), handler, sideEffecting);
    }
  }
}
