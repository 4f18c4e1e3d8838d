package dev.agentruntime.langchain4j;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ErrorClassifier;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.error.ModelCallException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps LangChain4j failures to agent-runtime's error classification, so the runtime's retries and
 * circuit breakers behave correctly with LangChain4j clients:
 *
 * <ul>
 *   <li>rate limits (429) are transient and carry the server's Retry-After (from the response
 *       header when {@link RetryAfterCapture} is installed, otherwise from the error text such as
 *       "Please try again in 1.5s"), except an exhausted quota ({@code insufficient_quota}), which
 *       is permanent;
 *   <li>timeouts, 5xx and connection errors (reset, refused, closed) are transient;
 *   <li>authentication, model-not-found and invalid-request errors are permanent;
 *   <li>a response that cannot be parsed is {@link ErrorClassification#UNKNOWN} (not retried by
 *       default).
 * </ul>
 */
public final class LangChain4jErrors {

  private static final Pattern TRY_AGAIN =
      Pattern.compile("try again in (\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|seconds?)\\b", Pattern.CASE_INSENSITIVE);

  private static final ErrorClassifier CLASSIFIER =
      error -> {
        Throwable root = unwrapCompletion(error);
        if (root instanceof AgentRuntimeException || !isLangChain4jOrIo(root)) {
          return null;
        }
        ModelCallException m = toModelCallException(root, null, null);
        return new FailureInfo(m.classification(), m.statusCode(), m.retryAfter(), m.errorType());
      };

  private LangChain4jErrors() {}

  /**
   * A classifier that understands LangChain4j's exceptions wherever they surface (for example a
   * tool that calls a LangChain4j model). Install it with
   * {@code AgentRuntime.builder().errorClassifier(LangChain4jErrors.classifier())}; it answers null
   * for anything else, so the runtime's default classifier still applies.
   *
   * @return the classifier
   */
  public static ErrorClassifier classifier() {
    return CLASSIFIER;
  }

  /**
   * Converts a failure of a LangChain4j model call.
   *
   * @param error what the LangChain4j client threw (or passed to a streaming handler's onError)
   * @param model the model that was called, or null
   * @param retryAfter the Retry-After captured from the HTTP response, or null
   * @return the classified exception, carrying the original as its cause; an
   *     {@link AgentRuntimeException} passes through unchanged only when it is already a
   *     {@link ModelCallException}
   */
  public static ModelCallException toModelCallException(Throwable error, @Nullable String model, @Nullable Duration retryAfter) {
    Throwable e = unwrapCompletion(error);
    if (e instanceof ModelCallException m) {
      return m;
    }
    HttpException http = find(e, HttpException.class);
    int status = http != null ? http.statusCode() : -1;
    String body = http != null ? http.getMessage() : e.getMessage();

    if (e instanceof RateLimitException || status == 429) {
      boolean quota = body != null && ErrorClassification.isQuotaExhausted(body);
      Duration wait = retryAfter != null ? retryAfter : retryAfterFromText(body);
      return new Failure(model, describe("rate limited (HTTP 429)", body), e,
          quota ? ErrorClassification.PERMANENT : ErrorClassification.TRANSIENT, 429, quota ? null : wait,
          quota ? "insufficient_quota" : "429");
    }
    if (e instanceof TimeoutException || find(e, HttpTimeoutException.class) != null
        || find(e, java.net.SocketTimeoutException.class) != null || status == 408) {
      return new Failure(model, describe("model call timed out", messageOf(e)), e,
          ErrorClassification.TRANSIENT, status > 0 ? status : -1, null, "timeout");
    }
    if (status > 0) {
      ErrorClassification c = ErrorClassification.ofHttpStatus(status, body);
      return new Failure(model, describe("model call failed with HTTP " + status, body), e, c, status,
          c == ErrorClassification.TRANSIENT ? retryAfter : null, Integer.toString(status));
    }
    if (e instanceof InternalServerException) {
      return new Failure(model, describe("model server error", body), e,
          ErrorClassification.TRANSIENT, -1, retryAfter, "server_error");
    }
    if (e instanceof AuthenticationException) {
      return new Failure(model, describe("authentication failed", body), e,
          ErrorClassification.PERMANENT, -1, null, "authentication_error");
    }
    if (e instanceof ModelNotFoundException) {
      return new Failure(model, describe("model not found", body), e,
          ErrorClassification.PERMANENT, -1, null, "model_not_found");
    }
    if (e instanceof InvalidRequestException) {
      return new Failure(model, describe("invalid request", body), e,
          ErrorClassification.PERMANENT, -1, null, "invalid_request");
    }
    if (e instanceof UnresolvedModelServerException || find(e, UnknownHostException.class) != null
        || find(e, java.nio.channels.UnresolvedAddressException.class) != null) {
      return new Failure(model, describe("model server address cannot be resolved", messageOf(e)), e,
          ErrorClassification.UNKNOWN, -1, null, "unknown_host");
    }
    if (find(e, JsonProcessingException.class) != null) {
      return new Failure(model, describe("model response could not be parsed", messageOf(e)), e,
          ErrorClassification.UNKNOWN, -1, null, "invalid_response");
    }
    if (find(e, InterruptedException.class) != null || find(e, InterruptedIOException.class) != null) {
      return new Failure(model, "model call interrupted", e, ErrorClassification.PERMANENT, -1, null,
          "interrupted");
    }
    if (find(e, IOException.class) != null) {
      return new Failure(model, describe("connection to the model server failed", messageOf(e)), e,
          ErrorClassification.TRANSIENT, -1, null, "connection_error");
    }
    if (e instanceof RetriableException) {
      return new Failure(model, describe("model call failed", messageOf(e)), e,
          ErrorClassification.TRANSIENT, -1, retryAfter, "model_error");
    }
    if (e instanceof NonRetriableException) {
      return new Failure(model, describe("model call failed", messageOf(e)), e,
          ErrorClassification.PERMANENT, -1, null, "model_error");
    }
    return new Failure(model, describe("model call failed", messageOf(e)), e,
        ErrorClassification.UNKNOWN, -1, null, e.getClass().getName());
  }

  /**
   * Reads a wait time from an error text such as OpenAI's "Please try again in 1.5s" or
   * "try again in 120ms".
   *
   * @param text the error text, or null
   * @return the wait, or null when the text names none
   */
  public static @Nullable Duration retryAfterFromText(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher m = TRY_AGAIN.matcher(text);
    if (!m.find()) {
      return null;
    }
    double v = Double.parseDouble(m.group(1));
    boolean millis = m.group(2).toLowerCase(Locale.ROOT).equals("ms");
    return Duration.ofNanos((long) (v * (millis ? 1_000_000d : 1_000_000_000d)));
  }

  private static boolean isLangChain4jOrIo(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof dev.langchain4j.exception.LangChain4jException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String messageOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getClass().getSimpleName() + ": " + t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return e.getClass().getSimpleName();
  }

  private static String describe(String what, String detail) {
    if (detail == null || detail.isBlank()) {
      return what;
    }
    String d = detail.length() <= 300 ? detail : detail.substring(0, 300) + "...";
    return what + ": " + d;
  }

  private static Throwable unwrapCompletion(Throwable error) {
    Throwable e = error;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** A {@link ModelCallException} with a precise telemetry error type. */
  static final class Failure extends ModelCallException {
    private static final long serialVersionUID = 1L;
    private final String errorType;

    Failure(String model, String message, Throwable cause, ErrorClassification classification,
        int status, Duration retryAfter, String errorType) {
      super(null, model, message, cause, classification, status, retryAfter);
      this.errorType = errorType;
    }

    @Override
    public String errorType() {
      return errorType;
    }
  }
}
