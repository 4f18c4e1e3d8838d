package dev.agentruntime.core.error;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

final class DefaultErrorClassifier implements ErrorClassifier {
  static final DefaultErrorClassifier INSTANCE = new DefaultErrorClassifier();

  private DefaultErrorClassifier() {}

  @Override
  public FailureInfo classify(Throwable error) {
    Throwable e = unwrap(error);
    if (e instanceof ModelCallException m) {
      return new FailureInfo(m.classification(), m.statusCode(), m.retryAfter(), m.errorType());
    }
    if (e instanceof ToolExecutionException t) {
      // an attempt past toolAttemptTimeout
      return new FailureInfo(t.classification(), -1, null,
          t.getCause() instanceof TimeoutException ? "timeout" : "tool_error");
    }
    if (e instanceof RateLimitedException r) {
      return new FailureInfo(ErrorClassification.TRANSIENT, 429, r.retryAfter(), "429");
    }
    if (e instanceof CircuitOpenException) {
      return new FailureInfo(ErrorClassification.TRANSIENT, -1, null, "circuit_open");
    }
    if (e instanceof AgentRuntimeException) {
      // limits, guardrails, budgets, cancellation: decisions, not faults; never retried
      return new FailureInfo(
          ErrorClassification.PERMANENT, -1, null, e.getClass().getSimpleName());
    }
    if (e instanceof TimeoutException
        || e instanceof SocketTimeoutException
        || e instanceof HttpTimeoutException) {
      return new FailureInfo(ErrorClassification.TRANSIENT, -1, null, "timeout");
    }
    if (e instanceof UnknownHostException) {
      return new FailureInfo(ErrorClassification.UNKNOWN, -1, null, "unknown_host");
    }
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof ClosedChannelException
        || e instanceof EOFException) {
      return new FailureInfo(ErrorClassification.TRANSIENT, -1, null, "connection_error");
    }
    if (e instanceof SocketException || (e instanceof IOException && isReset(e))) {
      return new FailureInfo(ErrorClassification.TRANSIENT, -1, null, "connection_error");
    }
    if (e instanceof InterruptedException || e instanceof InterruptedIOException) {
      return new FailureInfo(ErrorClassification.PERMANENT, -1, null, "interrupted");
    }
    return new FailureInfo(ErrorClassification.UNKNOWN, -1, null, e.getClass().getName());
  }

  private static boolean isReset(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return false;
    }
    String s = m.toLowerCase(Locale.ROOT);
    return s.contains("connection reset")
        || s.contains("broken pipe")
        || s.contains("stream was reset")
        || s.contains("unexpected end of stream")
        || s.contains("connection closed");
  }

  static Throwable unwrap(Throwable error) {
    Throwable e = error;
    while ((e instanceof ExecutionException || e instanceof CompletionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    return e;
  }
}
