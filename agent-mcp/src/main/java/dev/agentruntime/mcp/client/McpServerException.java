package dev.agentruntime.mcp.client;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.ToolExecutionException;
import java.util.Objects;

/**
 * An MCP server failed a tool call or could not be reached: it did not start, died, hung past the
 * request timeout, closed the connection, answered with something that is not JSON-RPC, or
 * answered with a JSON-RPC error. A tool that ran and reported an error ({@code isError}) is not
 * an exception: the model sees that as an error result.
 *
 * <p>Classified for the runtime's resilience stage: a dead, hung or unreachable server is
 * {@link ErrorClassification#TRANSIENT} (retried, and counted against the server's circuit
 * {@code mcp:<server>}); a server that cannot be started, refuses our credentials or rejects the
 * request as invalid is {@link ErrorClassification#PERMANENT}. A side-effecting tool (one the server
 * does not mark read-only or idempotent) that times out, or whose connection dies after the call
 * was sent (the stdio process exits, the HTTP connection is lost: error types {@code timeout},
 * {@code server_exited}, {@code connection_lost}, ...), or whose call is answered with an HTTP 5xx
 * status that does not say the call was not processed (a gateway's 502 or 504, a server's 500,
 * also 503: {@code http_<status>}), is {@link ErrorClassification#UNKNOWN}: it may have made its
 * effect, so it is not retried by default, and a retry of the same tool call fails the same way
 * without sending it again. A call that never reached a server (the connection was refused) or
 * that was refused as such (501, 505, 511, a 4xx) keeps its classification (TRANSIENT for 5xx).
 */
public class McpServerException extends ToolExecutionException {
  private static final long serialVersionUID = 1L;

  /** The MCP server that failed. */
  private final String serverName;
  /** A short, low-cardinality failure type. */
  private final String errorType;

  /**
   * @param runId the run, or null
   * @param toolName the runtime tool name (namespaced), or the server name for connection failures
   * @param serverName the MCP server
   * @param message what happened
   * @param cause the SDK's exception, or null
   * @param classification whether a retry may help
   * @param errorType a short low-cardinality type ({@code timeout}, {@code connection_closed}, ...)
   */
  public McpServerException(@Nullable String runId, String toolName, String serverName, String message,
      @Nullable Throwable cause, ErrorClassification classification, String errorType) {
    super(runId, toolName, message, cause, classification);
    this.serverName = Objects.requireNonNull(serverName, "serverName");
    this.errorType = Objects.requireNonNull(errorType, "errorType");
  }

  /** @return the MCP server that failed */
  public String serverName() {
    return serverName;
  }

  /** @return a short type: timeout, connection_closed, server_start_failed, unauthorized, jsonrpc_error, ... */
  public String errorType() {
    return errorType;
  }
}
