package dev.agentruntime.mcp.client;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ErrorClassifier;
import dev.agentruntime.core.error.FailureInfo;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpTransportException;
import io.modelcontextprotocol.spec.McpTransportSessionClosedException;
import io.modelcontextprotocol.spec.McpTransportSessionNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Classifies MCP failures for the runtime's retry and circuit breaker: {@link McpServerException}s
 * and the MCP Java SDK's own exceptions. Returns null for anything else, so it composes with the
 * runtime's default classifier: {@code AgentRuntime.builder().errorClassifier(McpErrorClassifier.create())}.
 *
 * <ul>
 *   <li>TRANSIENT: a timeout, a closed or reset connection, a server process that died, an HTTP
 *       server that went away mid-call, an HTTP session the server forgot, a JSON-RPC internal error;
 *   <li>PERMANENT: a server that cannot be started (no such command), credentials refused (401,
 *       403), a request the server rejects (parse error, invalid request, unknown method,
 *       invalid params);
 *   <li>UNKNOWN: an answer that does not parse as the MCP result it claims to be, other JSON-RPC
 *       errors, a timeout of a side-effecting tool, a side-effecting tool's call whose connection
 *       died after it was sent, a side-effecting tool's call answered with an HTTP 5xx status
 *       that does not say the call was not processed (500, 502, 503, 504 and the others but
 *       501, 505, 511) — its outcome is unknown: {@link McpToolSource} reports those
 *       as UNKNOWN {@link McpServerException}s, whatever the SDK's exception says — not retried by
 *       default, but counted by the circuit breaker.
 * </ul>
 *
 * <p>An HTTP error status is classified here as for any HTTP API (5xx TRANSIENT, 4xx PERMANENT but
 * 408, 409, 429 TRANSIENT): right for a request that has no effect (the handshake, listing tools,
 * a read-only or idempotent tool). A side-effecting tool's call is another matter: the server (or
 * the one behind a gateway) may have acted on it before the error answer, so {@link McpToolSource},
 * which knows the tool, asks this class's {@code mayHaveActed(status)}.
 */
public final class McpErrorClassifier implements ErrorClassifier {

  private static final McpErrorClassifier INSTANCE = new McpErrorClassifier();

  private McpErrorClassifier() {}

  /** @return the classifier */
  public static McpErrorClassifier create() {
    return INSTANCE;
  }

  @Override
  public @Nullable FailureInfo classify(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (e instanceof McpServerException m) {
        return new FailureInfo(m.classification(), -1, null, "mcp_" + m.errorType());
      }
    }
    FailureInfo info = classifySdk(error);
    return info == null ? null : new FailureInfo(info.classification(), info.statusCode(), null,
        "mcp_" + info.errorType());
  }

  /**
   * Classifies an exception thrown by the SDK's client (the error type is not prefixed).
   *
   * @param error the failure
   * @return what is known, or null when it is not an MCP failure we recognise
   */
  static @Nullable FailureInfo classifySdk(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      // a dead connection: TRANSIENT for the connection; a side-effecting tool's call that was sent
      // on it is UNKNOWN (McpToolSource says so: its outcome is unknown)
      if (e instanceof McpToolSource.ServerExitedException) {
        return info(ErrorClassification.TRANSIENT, -1, "server_exited");
      }
      if (e instanceof McpToolSource.ConnectionLostException) {
        return info(ErrorClassification.TRANSIENT, -1, "connection_lost");
      }
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        // an answer that is JSON but not the MCP message it claims to be: the same call would get
        // the same answer (no retry), yet it says the server is unwell (the breaker counts it)
        return info(ErrorClassification.UNKNOWN, -1, "malformed_response");
      }
      if (e instanceof McpHttpClientTransportAuthorizationException) {
        return info(ErrorClassification.PERMANENT, 401, "unauthorized");
      }
      if (e instanceof TimeoutException || e instanceof HttpTimeoutException) {
        return info(ErrorClassification.TRANSIENT, -1, "timeout");
      }
      if (e instanceof McpTransportSessionNotFoundException) {
        return info(ErrorClassification.TRANSIENT, 404, "session_not_found");
      }
      if (e instanceof McpTransportSessionClosedException) {
        return info(ErrorClassification.TRANSIENT, -1, "connection_closed");
      }
      if (e instanceof ConnectException) {
        return info(ErrorClassification.TRANSIENT, -1, "connection_refused");
      }
      if (e instanceof IOException io && startFailure(io)) {
        return info(ErrorClassification.PERMANENT, -1, "server_start_failed");
      }
      if (e instanceof McpError m && m.getJsonRpcError() != null && m.getJsonRpcError().code() != null) {
        return ofJsonRpc(m.getJsonRpcError().code(), m.getMessage());
      }
    }
    // a message-only pass: the SDK reports some failures as plain exceptions
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
      int status = httpStatus(m);
      if (status >= 400) {
        ErrorClassification c = ErrorClassification.ofHttpStatus(status, m);
        return info(c, status, status == 401 || status == 403 ? "unauthorized" : "http_" + status);
      }
      if (m.contains("failed to start process")) {
        return info(ErrorClassification.PERMANENT, -1, "server_start_failed");
      }
      if (m.contains("closed") || m.contains("broken pipe") || m.contains("stream") && m.contains("end")
          || m.contains("connection reset") || m.contains("terminated")) {
        return info(ErrorClassification.TRANSIENT, -1, "connection_closed");
      }
      if (e instanceof McpTransportException || e instanceof IOException || e instanceof UncheckedIOException) {
        return info(ErrorClassification.TRANSIENT, -1, "transport_error");
      }
    }
    return null;
  }

  /**
   * Whether an HTTP error answer to a request leaves open that the request was acted on, so that a
   * side-effecting {@code tools/call} answered with it has an unknown outcome and must not be sent
   * again. HTTP does not say that a 5xx answer means "not done", and the MCP server is often behind
   * a gateway or load balancer that forwarded the request before it failed:
   *
   * <ul>
   *   <li>500 Internal Server Error: the server may have failed after (or while) making the
   *       effect — it may have acted;
   *   <li>502 Bad Gateway, 504 Gateway Timeout: a gateway got no (valid) answer from the server it
   *       forwarded the request to, which may have acted, or may still be acting — may have acted;
   *   <li>503 Service Unavailable: usually "not processed" (overload, maintenance, often with
   *       {@code Retry-After}), but not promised, and proxies answer it for failures after
   *       forwarding too (Envoy / Istio: "upstream connect error or disconnect/reset before
   *       headers" after the upstream reset the connection; load balancers after an upstream
   *       timeout), and the SDK's exception does not carry the answer's headers to tell them
   *       apart — conservatively may have acted (a call not retried costs a model step; an effect
   *       made twice may not be undone);
   *   <li>any other or unknown 5xx (507, 508, a vendor's 520-599): may have acted;
   *   <li>501 Not Implemented, 505 HTTP Version Not Supported: the server refused the request as
   *       such before acting on it; 511 Network Authentication Required: a network proxy stopped
   *       it before any server — not acted on;
   *   <li>below 500 (4xx): not acted on, the request was refused (their classification is that of
   *       any HTTP API: 408, 409, 429 TRANSIENT, the others PERMANENT).
   * </ul>
   *
   * @param status an HTTP status
   * @return whether a side-effecting call answered with it may have made its effect
   */
  static boolean mayHaveActed(int status) {
    return status >= 500 && status != 501 && status != 505 && status != 511;
  }

  private static boolean startFailure(IOException e) {
    String m = e.getMessage();
    return m != null && m.startsWith("Cannot run program");
  }

  private static int httpStatus(String message) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("(?:http|status(?: code)?)[ :=]*(\\d{3})\\b").matcher(message);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  private static FailureInfo ofJsonRpc(int code, String message) {
    if (code == McpSchema.ErrorCodes.PARSE_ERROR || code == McpSchema.ErrorCodes.INVALID_REQUEST
        || code == McpSchema.ErrorCodes.METHOD_NOT_FOUND || code == McpSchema.ErrorCodes.INVALID_PARAMS) {
      return info(ErrorClassification.PERMANENT, -1, "jsonrpc_" + code);
    }
    if (code == McpSchema.ErrorCodes.INTERNAL_ERROR) {
      String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
      // the SDK reports transport faults (a dead process, an unreadable answer) as internal errors
      return info(ErrorClassification.TRANSIENT, -1, m.contains("timeout") ? "timeout" : "jsonrpc_internal_error");
    }
    return info(ErrorClassification.UNKNOWN, -1, "jsonrpc_" + code);
  }

  private static FailureInfo info(ErrorClassification c, int status, String type) {
    return new FailureInfo(c, status, null, type);
  }
}
