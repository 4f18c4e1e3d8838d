package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Objects;

/** A model call failed; says whether a retry may help. */
public class ModelCallException extends AgentRuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whether a retry may help. */
  private final ErrorClassification classification;
  /** HTTP status, or -1. */
  private final int statusCode;
  private final transient Duration retryAfter;
  /** The model that failed, or null. */
  private final String model;
  /** The {@code error.type} for telemetry (e.g. {@code timeout}, {@code truncated}). */
  private final String errorType;

  /**
   * @param runId the run, or null
   * @param model the model that failed, or null
   * @param message what happened
   * @param cause the underlying failure, or null
   * @param classification whether a retry may help
   * @param statusCode HTTP status, or -1
   * @param retryAfter server-requested wait before retrying, or null
   */
  public ModelCallException(
      @Nullable String runId,
      @Nullable String model,
      String message,
      @Nullable Throwable cause,
      ErrorClassification classification,
      int statusCode,
      @Nullable Duration retryAfter) {
    super(runId, message, cause);
    this.model = model;
    this.classification = Objects.requireNonNull(classification, "classification");
    this.statusCode = statusCode;
    this.retryAfter = retryAfter;
    this.errorType = null;
  }

  /**
   * A failure with an explicit telemetry error type.
   *
   * @param runId the run, or null (set by the runtime)
   * @param model the model called, or null
   * @param message what happened
   * @param cause the underlying failure, or null
   * @param classification whether retrying may help
   * @param statusCode the HTTP status, or -1
   * @param retryAfter the server's Retry-After, or null
   * @param errorType the {@code error.type} for telemetry (e.g. {@code timeout}, {@code truncated})
   */
  public ModelCallException(@Nullable String runId, @Nullable String model, String message, @Nullable Throwable cause,
      ErrorClassification classification, int statusCode, @Nullable Duration retryAfter, String errorType) {
    super(runId, message, cause);
    this.model = model;
    this.classification = Objects.requireNonNull(classification, "classification");
    this.statusCode = statusCode;
    this.retryAfter = retryAfter;
    this.errorType = errorType;
  }

  /**
   * An HTTP failure, classified by {@link ErrorClassification#ofHttpStatus}.
   *
   * @param model the model, or null
   * @param statusCode HTTP status
   * @param body response body or message, or null
   * @param retryAfter server-requested wait, or null
   * @param cause underlying failure, or null
   * @return the exception
   */
  public static ModelCallException ofHttp(
      @Nullable String model, int statusCode, @Nullable String body, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    return new ModelCallException(
        null,
        model,
        "model call failed with HTTP " + statusCode + (body == null ? "" : ": " + abbreviate(body)),
        cause,
        ErrorClassification.ofHttpStatus(statusCode, body),
        statusCode,
        retryAfter);
  }

  private static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  /** @return whether a retry may help */
  public ErrorClassification classification() {
    return classification;
  }

  /** @return the HTTP status, or -1 */
  public int statusCode() {
    return statusCode;
  }

  /** @return the server-requested wait before retrying, or null */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }

  /** @return the model that failed, or null */
  public @Nullable String model() {
    return model;
  }

  /** @return a low-cardinality error type for telemetry: the status code, or {@code model_error} */
  public String errorType() {
    if (errorType != null) {
      return errorType;
    }
    return statusCode > 0 ? Integer.toString(statusCode) : "model_error";
  }
}
