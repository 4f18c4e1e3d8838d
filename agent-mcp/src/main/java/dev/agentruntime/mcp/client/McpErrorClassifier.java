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
 *       died after it was sent (its outcome is unknown: {@link McpToolSource} reports those as
 *       UNKNOWN {@link McpServerException}s, whatever the SDK's exception says) — not retried by
 *       default, but counted by the circuit breaker.
 * </ul>
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
