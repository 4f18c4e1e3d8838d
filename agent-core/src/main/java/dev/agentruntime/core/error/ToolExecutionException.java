package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/** A tool failed while executing. */
public class ToolExecutionException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /** The tool. */
  private final String toolName;
  /** Whether a retry may help. */
  private final ErrorClassification classification;

  /**
   * @param runId the run, or null
   * @param toolName the tool
   * @param message what happened
   * @param cause the tool's exception, or null
   * @param classification whether a retry may help
   */
  public ToolExecutionException(
      @Nullable String runId,
      String toolName,
      String message,
      @Nullable Throwable cause,
      ErrorClassification classification) {
    super(runId, message, cause);
    this.toolName = Objects.requireNonNull(toolName, "toolName");
    this.classification = Objects.requireNonNull(classification, "classification");
  }

  /** @return the tool that failed */
  public String toolName() {
    return toolName;
  }

  /** @return whether a retry may help */
  public ErrorClassification classification() {
    return classification;
  }
}
