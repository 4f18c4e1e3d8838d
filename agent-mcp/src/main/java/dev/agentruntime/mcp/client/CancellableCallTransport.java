package dev.agentruntime.mcp.client;

import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The SDK's transport, seen through: it learns the JSON-RPC id of each {@code tools/call} request
 * it sends for a caller that asked (the SDK keeps request ids to itself and has no way to cancel a
 * request), so that a call we give up on can be cancelled on the server with the MCP
 * {@code notifications/cancelled} notification, sent through the same transport, and whether
 * sending it failed before it could reach the server (a connection refused). It also tells
 * the failures the SDK's transport reports only to its exception handler (a response stream that
 * broke: the call it carried is never answered).
 */
final class CancellableCallTransport implements McpClientTransport {
  private static final Logger log = LoggerFactory.getLogger(CancellableCallTransport.class);
  /** The MCP method of the cancellation notification (the SDK has no constant for it). */
  static final String METHOD_NOTIFICATION_CANCELLED = "notifications/cancelled";

  private final McpClientTransport delegate;
  private volatile Consumer<Throwable> sdkHandler = e -> { };

  /**
   * @param delegate the SDK's transport
   * @param onError told each failure the transport reports to its exception handler
   */
  CancellableCallTransport(McpClientTransport delegate, Consumer<Throwable> onError) {
    this.delegate = delegate;
    delegate.setExceptionHandler(e -> {
      try {
        sdkHandler.accept(e);
      } finally {
        onError.accept(e);
      }
    });
  }

  /**
   * Where the id of one request is put when the transport sends it, and how its sending failed,
   * if it did.
   */
  static final class RequestId {
    private final AtomicReference<Object> id = new AtomicReference<>();
    private final AtomicReference<Throwable> sendFailure = new AtomicReference<>();
    /** Completed when the transport is done sending (delivered, or failed). */
    private final CompletableFuture<Void> settled = new CompletableFuture<>();

    /** @return the Reactor context that makes the transport fill this in */
    Context context() {
      return Context.of(RequestId.class, this);
    }

    /** @return the request's JSON-RPC id, or null when it was not sent (yet) */
    Object get() {
      return id.get();
    }

    /**
     * Whether the request may have reached the server: it was handed to the transport, and its
     * sending did not fail in a way that says it never left (no connection could be made to the
     * server, or the transport's session was closed already). A request written to a stdio server
     * that then dies, or posted to an HTTP server that then breaks the connection, may have.
     *
     * @param settle how long to wait for the transport to finish sending, when it has not yet (the
     *     connection can be found dead while a refused request is still being reported)
     * @return false only when the server cannot have received the request
     */
    boolean mayHaveReachedServer(Duration settle) {
      if (id.get() == null) {
        return false;
      }
      try {
        settled.get(settle.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // still sending: it may have left
      }
      for (Throwable t = sendFailure.get(); t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof java.net.ConnectException || t instanceof java.net.http.HttpConnectTimeoutException
            || t instanceof io.modelcontextprotocol.spec.McpTransportSessionClosedException) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Tells the server that the request is given up (MCP cancellation), without waiting: a request
   * that was never sent, or already answered, needs no cancellation (the server ignores one for a
   * finished request).
   *
   * @param request the request's id holder
   * @param reason why, for the server's logs
   */
  void cancel(RequestId request, String reason) {
    Object id = request.get();
    if (id == null) {
      return;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("requestId", id);
    params.put("reason", reason);
    try {
      delegate.sendMessage(new McpSchema.JSONRPCNotification(McpSchema.JSONRPC_VERSION,
              METHOD_NOTIFICATION_CANCELLED, params))
          .subscribe(ok -> { }, e -> log.debug("could not send notifications/cancelled for request {}", id, e));
    } catch (RuntimeException e) {
      log.debug("could not send notifications/cancelled for request {}", id, e);
    }
  }

  @Override
  public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
    if (!(message instanceof McpSchema.JSONRPCRequest request)
        || !McpSchema.METHOD_TOOLS_CALL.equals(request.method())) {
      return delegate.sendMessage(message);
    }
    return Mono.deferContextual(ctx -> {
      RequestId holder = ctx.<RequestId>getOrEmpty(RequestId.class).orElse(null);
      if (holder == null) {
        return delegate.sendMessage(message);
      }
      holder.id.set(request.id());
      return delegate.sendMessage(message)
          .doOnError(e -> holder.sendFailure.compareAndSet(null, e))
          .doFinally(signal -> holder.settled.complete(null));
    });
  }

  @Override
  public Mono<Void> connect(Function<Mono<McpSchema.JSONRPCMessage>, Mono<McpSchema.JSONRPCMessage>> handler) {
    return delegate.connect(handler);
  }

  @Override
  public void setExceptionHandler(Consumer<Throwable> handler) {
    this.sdkHandler = handler == null ? e -> { } : handler;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return delegate.closeGracefully();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
    return delegate.unmarshalFrom(data, typeRef);
  }

  @Override
  public List<String> protocolVersions() {
    return delegate.protocolVersions();
  }
}
