package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
/**
 * Decides whether a failure is worth retrying. Set your own on the runtime builder to teach the
 * runtime about your client's exceptions; it is consulted first, and the
 * {@linkplain #defaults() default} classifier answers whatever it returns null for.
 */
@FunctionalInterface
public interface ErrorClassifier {

  /**
   * @param error the failure
   * @return what is known about it, or null to defer to the default classifier
   */
  @Nullable FailureInfo classify(Throwable error);

  /**
   * The built-in classifier: understands the runtime's own exceptions, timeouts, connection
   * failures and interrupted calls; everything else is {@link ErrorClassification#UNKNOWN}.
   *
   * @return the default classifier
   */
  static ErrorClassifier defaults() {
    return DefaultErrorClassifier.INSTANCE;
  }

  /**
   * @param fallback consulted when this classifier returns null
   * @return a classifier that asks this one first
   */
  default ErrorClassifier orElse(@Nullable ErrorClassifier fallback) {
    return error -> {
      FailureInfo info = classify(error);
      return info != null ? info : fallback.classify(error);
    };
  }
}
