package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import java.util.Optional;

/**
 * Root of every exception the runtime throws. Carries the id of the run it happened in (when it
 * happened inside one) and, for stops that leave something behind, the partial result.
 */
public class AgentRuntimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The run, or null. */
  private volatile String runId;
  private volatile transient AgentResult partialResult;

  /**
   * @param runId the run, or null
   * @param message what happened
   * @param cause the cause, or null
   */
  public AgentRuntimeException(@Nullable String runId, String message, @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
    this.runId = runId;
  }

  /**
   * @param runId the run, or null
   * @param message what happened
   */
  public AgentRuntimeException(@Nullable String runId, String message) {
    this(runId, message, null);
  }

  /** @return the id of the run this happened in, or null when outside a run */
  public @Nullable String runId() {
    return runId;
  }

  /** @return what the run had done before it stopped, when known */
  public Optional<AgentResult> partialResult() {
    return Optional.ofNullable(partialResult);
  }

  /**
   * Sets the run id if none is set yet, like {@link Throwable#initCause}. Used by the runtime.
   *
   * @param id the run id
   * @return this
   */
  public AgentRuntimeException initRunId(String id) {
    if (this.runId == null) {
      this.runId = id;
    }
    return this;
  }

  /**
   * Sets the partial result if none is set yet. Used by the runtime.
   *
   * @param result the partial result
   * @return this
   */
  public AgentRuntimeException initPartialResult(AgentResult result) {
    if (this.partialResult == null) {
      this.partialResult = result;
    }
    return this;
  }
}
