package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Objects;

/**
 * What an {@link ErrorClassifier} learned about a failure.
 *
 * @param classification whether a retry may help
 * @param statusCode the HTTP status, or -1 when none
 * @param retryAfter how long the server asked to wait before retrying, or null
 * @param errorType a low-cardinality type for telemetry ({@code error.type}), e.g. {@code 429},
 *     {@code timeout}, or the exception's class name
 */
public record FailureInfo(
    ErrorClassification classification, int statusCode, @Nullable Duration retryAfter, String errorType) {

  /**
   * Validates.
   *
   * @param classification whether a retry may help
   * @param statusCode the HTTP status, or -1 when none
   * @param retryAfter how long the server asked to wait before retrying, or null
   * @param errorType a low-cardinality type for telemetry ({@code error.type}), e.g. {@code 429},
   *     {@code timeout}, or the exception's class name
   */
  public FailureInfo {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(errorType, "errorType");
  }
}
