package dev.agentruntime.core.error;

import org.jspecify.annotations.Nullable;
import java.util.Locale;

/** Whether trying the same call again may help. */
public enum ErrorClassification {
  /** Retrying may succeed: timeouts, 408, 409, 429, 5xx, 529, connection resets. */
  TRANSIENT,
  /** Retrying will fail the same way: 400, 401, 403, 404, 422, exhausted quota, schema errors. */
  PERMANENT,
  /** Not known; not retried by default. */
  UNKNOWN;

  /**
   * Classifies an HTTP failure the way the official OpenAI and Anthropic SDKs do, with one
   * refinement: a 429 whose body says the quota or spend cap is exhausted is permanent, since
   * retrying it only burns time.
   *
   * @param status the HTTP status code
   * @param body the response body or error message, may be null
   * @return the classification
   */
  public static ErrorClassification ofHttpStatus(int status, @Nullable String body) {
    if (status == 429 && body != null && isQuotaExhausted(body)) {
      return PERMANENT;
    }
    if (status == 408 || status == 409 || status == 429 || status >= 500) {
      return TRANSIENT;
    }
    if (status >= 400) {
      return PERMANENT;
    }
    return UNKNOWN;
  }

  /**
   * @param text an error body or message
   * @return whether it reports an exhausted quota or spend cap (never worth retrying)
   */
  public static boolean isQuotaExhausted(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("insufficient_quota")
        || t.contains("enforced_spend_limit_reached")
        || t.contains("billing_hard_limit_reached")
        || t.contains("exceeded your current quota");
  }
}
