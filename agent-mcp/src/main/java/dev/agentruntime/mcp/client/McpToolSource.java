package dev.agentruntime.mcp.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.idempotency.IdempotencyKeys;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolRegistry;
import dev.agentruntime.core.tool.ToolResult;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpAsyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpTransportSessionNotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The tools of one MCP server, as runtime {@link Tool}s: connects over stdio or streamable HTTP
 * with the official MCP Java SDK, lists the server's tools and keeps them current when the server
 * announces a change ({@code notifications/tools/list_changed}).
 *
 * <pre>{@code
 * McpToolSource files = McpToolSource.connect(
 *     McpServerConfig.stdio("files", "npx", "-y", "@modelcontextprotocol/server-filesystem", dir).build());
 * AgentRuntime runtime = AgentRuntime.builder().model(model).build();
 * files.bindTo(runtime.tools());   // files__read_text_file, files__list_directory, ...
 * }</pre>
 *
 * <p>A server that died or closed the connection is started (or reconnected) again on the next
 * call. Failures are thrown as {@link McpServerException}s classified for the runtime's retry and
 * circuit breaker; all of a server's tools share the circuit {@code mcp:<server>}. Thread-safe.
 */
public final class McpToolSource implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(McpToolSource.class);
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  /** What a stdio server inherits of our environment unless told to inherit all of it. */
  private static final Set<String> BASELINE_ENV = Set.of("PATH", "HOME", "USER", "LOGNAME", "SHELL",
      "TERM", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ", "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR",
      "TEMP", "TMP", "APPDATA", "LOCALAPPDATA", "PROGRAMFILES", "USERPROFILE", "COMSPEC", "PATHEXT");

  private final McpServerConfig config;
  private final ObjectMapper objectMapper = new ObjectMapper();
  private final McpJsonMapper jsonMapper = new JacksonMcpJsonMapper(objectMapper);
  private final Object connectLock = new Object();
  private final Object toolsLock = new Object();
  private final List<ToolRegistry> registries = new CopyOnWriteArrayList<>();
  private final List<Consumer<List<McpTool>>> listeners = new CopyOnWriteArrayList<>();
  private Connection client; // guarded by connectLock
  /**
   * Side-effecting calls whose outcome is unknown (their idempotency keys, the most recent ones):
   * they timed out, their connection died after they were sent, or they were answered with an HTTP
   * 5xx status that does not say they were not processed. A retry of such a call fails
   * again without sending it, whatever the retry policy.
   */
  private final Map<String, McpServerException> unknownOutcomes = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, McpServerException> eldest) {
          return size() > 1_000;
        }
      });

  /**
   * One live connection: the SDK client, for stdio its transport (which knows the server process),
   * a future completed when the process exits (or, for HTTP, when the server is found gone:
   * {@code lost} says so), the transport the client sends through (which can cancel a call on the
   * server), and whether a ping checks the server after a broken response stream now.
   */
  private record Connection(McpAsyncClient client, CompletableFuture<Void> exited, StdioTransport stdio,
      CancellableCallTransport calls, AtomicReference<ConnectionLostException> lost,
      java.util.concurrent.atomic.AtomicBoolean probing) {
    <T> T await(Mono<T> request) {
      // a server process that dies (an HTTP server that is gone) mid-call fails the call at once
      // instead of at the timeout
      Mono<T> died = Mono.fromFuture(exited, true).then(Mono.error(
          () -> lost.get() != null ? lost.get() : new ServerExitedException()));
      return Mono.firstWithSignal(request, died).block();
    }

    <T> T await(Mono<T> request, Duration timeout) {
      return await(request.timeout(timeout));
    }
  }

  /** The stdio server process exited. */
  static final class ServerExitedException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    ServerExitedException() {
      super("the server process exited");
    }
  }
  /** The HTTP server cannot be reached any more (a ping after a broken response stream failed). */
  static final class ConnectionLostException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    ConnectionLostException() {
      super("the connection to the server was lost (a response stream broke and the server does not answer)");
    }
  }

  /**
   * The failure types of a connection that died with a call on it (the stdio process exited, the
   * HTTP connection broke or was lost): no answer will come, whatever the server did.
   */
  private static final Set<String> CONNECTION_DIED =
      Set.of("server_exited", "connection_lost", "connection_closed", "transport_error");

  /**
   * How long a call whose connection died waits for the transport to tell whether the request
   * left at all (an HTTP request refused by a server that is gone is reported in milliseconds).
   */
  private static final Duration SEND_SETTLE = Duration.ofSeconds(2);

  /** How long a stdio server gets to exit after its stdin is closed, and again after SIGTERM. */
  private static final Duration EXIT_GRACE = Duration.ofSeconds(2);
  private volatile Map<String, McpTool> tools = Map.of();
  private volatile boolean closed;

  private McpToolSource(McpServerConfig config) {
    this.config = config;
  }

  /**
   * Connects to the server and lists its tools.
   *
   * @param config the server
   * @return the connected source
   * @throws McpServerException when the server cannot be started or reached, or the handshake
   *     fails (classified: a missing command is PERMANENT, a refused connection TRANSIENT)
   */
  public static McpToolSource connect(McpServerConfig config) {
    McpToolSource source = new McpToolSource(Objects.requireNonNull(config, "config"));
    source.connected();
    return source;
  }

  /** @return the server's configuration */
  public McpServerConfig config() {
    return config;
  }

  /** @return the server's tools offered now, by runtime name (namespaced) */
  public List<McpTool> tools() {
    return List.copyOf(tools.values());
  }

  /**
   * @param runtimeName a namespaced tool name ({@code server__tool})
   * @return that tool, if the server offers it now
   */
  public Optional<McpTool> tool(String runtimeName) {
    return Optional.ofNullable(tools.get(runtimeName));
  }

  /**
   * Registers the server's tools in a registry (usually {@code runtime.tools()}) and keeps them in
   * sync: tools the server adds appear, tools it removes disappear, changed ones are replaced (a
   * tool disabled with the registry's kill switch stays disabled).
   *
   * @param registry the registry
   * @return this
   * @throws IllegalArgumentException when a tool of the same name, not from this server, is
   *     already registered (choose another {@link McpServerConfig.Builder#toolPrefix})
   */
  public McpToolSource bindTo(ToolRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    synchronized (toolsLock) {
      for (String name : tools.keySet()) {
        if (registry.find(name).isPresent()) {
          throw new IllegalArgumentException("MCP server '" + config.name() + "': a tool named '" + name
              + "' is already registered; give the server another toolPrefix");
        }
      }
      tools.values().forEach(registry::register);
      registries.add(registry);
    }
    return this;
  }

  /**
   * @param listener told the new tool list each time the server's tools change
   * @return this
   */
  public McpToolSource onToolsChanged(Consumer<List<McpTool>> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Lists the server's tools again now (a change the server announces is picked up without this).
   *
   * @return the tools offered now
   * @throws McpServerException when the server fails
   */
  public List<McpTool> refreshTools() {
    Connection c = connected();
    try {
      updateTools(listAll(c));
    } catch (RuntimeException e) {
      throw failure(null, config.name(), "could not list its tools", e, c);
    }
    return tools();
  }

  /**
   * Closes the connection and unregisters nothing. A stdio server is stopped before this returns:
   * its stdin is closed, and if it has not exited two seconds later it and every process it
   * started get SIGTERM, then SIGKILL two seconds after that.
   */
  @Override
  public void close() {
    closed = true;
    Connection c;
    synchronized (connectLock) {
      c = client;
      client = null;
    }
    closeQuietly(c);
  }

  @Override
  public String toString() {
    return "McpToolSource[" + config + ", " + tools.size() + " tools]";
  }

  // ------------------------------------------------------------------ calls

  ToolResult call(McpTool tool, ToolInvocation invocation) throws InterruptedException {
    String runId = invocation.context().runId();
    String callKey = tool.sideEffecting() && runId != null
        ? IdempotencyKeys.of(runId, invocation.call()) : null;
    McpServerException unknown = callKey == null ? null : unknownOutcomes.get(callKey);
    if (unknown != null) {
      // a retry of a call whose outcome is unknown: sending it again could make its effect twice
      throw new McpServerException(runId, tool.name(), config.name(), unknown.getMessage(), unknown,
          ErrorClassification.UNKNOWN, unknown.errorType());
    }
    Connection c;
    try {
      c = connected();
      if (c.exited().isDone()) {
        // found dead (the process exited, the HTTP server is gone) and not replaced yet: a call is
        // not sent on it (it would fail as if sent, its outcome unknown), but on a fresh connection
        invalidate(c);
        c = connected();
      }
    } catch (McpServerException e) {
      throw new McpServerException(runId, tool.name(), config.name(), e.getMessage(), e.getCause(),
          e.classification(), e.errorType());
    }
    Map<String, Object> args;
    try {
      args = objectMapper.readValue(invocation.arguments().json(), MAP);
    } catch (JsonProcessingException e) {
      // the runtime parses arguments before a tool runs: this is not reachable with its chain
      return ToolResult.error("arguments for tool '" + tool.name() + "' are not a JSON object");
    }
    McpSchema.CallToolResult result;
    CancellableCallTransport.RequestId requestId = new CancellableCallTransport.RequestId();
    try {
      result = c.await(c.client().callTool(new McpSchema.CallToolRequest(tool.mcpName(), args))
              .contextWrite(requestId.context()),
          config.requestTimeout());
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted() || hasCause(e, InterruptedException.class)) {
        // given up: tell the server, which may stop the work (MCP cancellation)
        c.calls().cancel(requestId, invocation.context().isCancelled() ? "the run was cancelled"
            : "the caller was interrupted");
        Thread.currentThread().interrupt();
        InterruptedException interrupted = new InterruptedException(
            "call of MCP tool '" + tool.mcpName() + "' on server '" + config.name() + "' was interrupted");
        interrupted.initCause(e);
        throw interrupted;
      }
      FailureInfo info = McpErrorClassifier.classifySdk(e);
      if (info != null && "timeout".equals(info.errorType())) {
        c.calls().cancel(requestId, "no answer within " + config.requestTimeout().toMillis()
            + " ms (the client's request timeout)");
      }
      McpServerException failed = failure(runId, tool.name(), "failed tool '" + tool.mcpName() + "'", e, c);
      boolean timedOut = "timeout".equals(failed.errorType());
      // the connection died with the call on it, after the call was sent (a call that was never
      // sent, or was refused, reached no server: it stays TRANSIENT)
      boolean diedAfterSending = tool.sideEffecting() && CONNECTION_DIED.contains(failed.errorType())
          && requestId.mayHaveReachedServer(SEND_SETTLE);
      // an HTTP error answer that does not say the call was left undone (a gateway's 502 / 504, a
      // server's 500): the server, or the one behind the gateway, may have acted on it
      int status = info == null ? -1 : info.statusCode();
      boolean answeredMayHaveActed = tool.sideEffecting() && failed.errorType().equals("http_" + status)
          && McpErrorClassifier.mayHaveActed(status);
      if (tool.sideEffecting() && (timedOut || diedAfterSending || answeredMayHaveActed)) {
        String why = timedOut ? "it may have run, or may still be running, on the server"
            : answeredMayHaveActed ? "the call was answered HTTP " + status + ", which does not say it was not "
                + "run: the server, or the one behind a gateway, may have run it"
            : "the call was sent before the connection died: it may have run on the server";
        McpServerException outcomeUnknown = outcomeUnknown(failed, why);
        if (callKey != null) {
          unknownOutcomes.put(callKey, outcomeUnknown);
        }
        throw outcomeUnknown;
      }
      throw failed;
    }
    if (result == null) {
      throw new McpServerException(runId, tool.name(), config.name(), "MCP server '" + config.name()
          + "' answered tool '" + tool.mcpName() + "' with no result", null, ErrorClassification.TRANSIENT,
          "empty_result");
    }
    String text = render(result);
    return Boolean.TRUE.equals(result.isError())
        ? ToolResult.error(text.isEmpty() ? "tool '" + tool.name() + "' failed without a message" : text)
        : ToolResult.success(text);
  }

  /**
   * A side-effecting tool that timed out, whose connection died after the call was sent (the
   * stdio process exited, the HTTP connection was lost), or whose call was answered with an HTTP
   * status that leaves open whether it was processed (500, 502, 503, 504, ...: see
   * {@code McpErrorClassifier.mayHaveActed}), may have made its effect on the server (or may
   * still be making it): the same call sent again could make it twice, so the failure is UNKNOWN
   * (the runtime's retry does not retry it by default; a retry policy that retries UNKNOWN failures
   * meets the same failure without the call being sent again) and says the outcome is unknown. A
   * read-only or idempotent tool's failure stays TRANSIENT, and so does a call that cannot have
   * reached the server (the connection was refused) or that the server says it did not process
   * (501 and the like; a 4xx keeps its own classification).
   *
   * @param why why the outcome is unknown, for the message
   */
  private static McpServerException outcomeUnknown(McpServerException failed, String why) {
    return new McpServerException(failed.runId(), failed.toolName(), failed.serverName(),
        failed.getMessage() + "; the tool has side effects and its outcome is unknown (" + why
            + "): the call is not sent again", failed.getCause(),
        ErrorClassification.UNKNOWN, failed.errorType());
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private McpServerException failure(String runId, String toolName, String what, RuntimeException e,
      Connection used) {
    FailureInfo info = McpErrorClassifier.classifySdk(e);
    ErrorClassification classification =
        info == null ? ErrorClassification.UNKNOWN : info.classification();
    String type = info == null ? "unknown" : info.errorType();
    if ("timeout".equals(type)) {
      // a slow tool leaves the connection usable; a server that stopped reading (or whose answers
      // the SDK stopped reading, after a malformed line) does not: ask it for a ping
      if (used != null && !answersPing(used)) {
        invalidate(used);
      }
    } else if (!type.startsWith("jsonrpc_") && !"malformed_response".equals(type)) {
      // the connection is broken (closed, reset, process gone, unreadable): start afresh next call
      invalidate(used);
    }
    String message = "MCP server '" + config.name() + "' " + what + ": " + type + " ("
        + (type.startsWith("http_") ? httpReason(e) : rootMessage(e)) + ")";
    return new McpServerException(runId, toolName, config.name(), message, e, classification, type);
  }

  private boolean answersPing(Connection c) {
    try {
      c.await(c.client().ping(), max(Duration.ofSeconds(1), config.requestTimeout().dividedBy(2)));
      return true;
    } catch (RuntimeException e) {
      log.info("MCP server '{}' does not answer a ping after a timeout: reconnecting on the next call",
          config.name());
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    String m = fullRootMessage(e);
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }

  private static String fullRootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The most of an HTTP error's reason a message carries. */
  private static final int HTTP_REASON_LENGTH = 200;

  /**
   * The reason of an HTTP error answer, for a message: the SDK's text (which says the status) with
   * the server's body reduced to plain text — an error page's head, styles, scripts, comments and
   * tags dropped, whitespace collapsed — and at most 200 characters. The message is logged and may
   * be shown to a model: a page of HTML is neither readable there nor bounded.
   */
  private static String httpReason(Throwable e) {
    String raw = fullRootMessage(e);
    // (a long page is read no further than its start: the reason fits in it)
    String text = raw.substring(0, Math.min(raw.length(), 20_000))
        .replaceAll("(?is)<(head|script|style)\\b.*?</\\1\\s*>", " ")
        .replaceAll("(?s)<!--.*?-->", " ")
        .replaceAll("(?s)<[!/?a-zA-Z][^>]*>", " ")
        .replaceAll("(?s)<[!/?a-zA-Z].*", " ") // a tag the SDK cut off, and what follows it
        .replace("&nbsp;", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
    return text.length() > HTTP_REASON_LENGTH ? text.substring(0, HTTP_REASON_LENGTH - 3).strip() + "..." : text;
  }

  private String render(McpSchema.CallToolResult result) {
    List<String> parts = new ArrayList<>();
    if (result.content() != null) {
      for (McpSchema.Content content : result.content()) {
        parts.add(render(content));
      }
    }
    String text = String.join("\n", parts);
    if (text.isEmpty() && result.structuredContent() != null) {
      try {
        text = objectMapper.writeValueAsString(result.structuredContent());
      } catch (JsonProcessingException e) {
        text = String.valueOf(result.structuredContent());
      }
    }
    return text;
  }

  private static String render(McpSchema.Content content) {
    if (content instanceof McpSchema.TextContent t) {
      return t.text() == null ? "" : t.text();
    }
    if (content instanceof McpSchema.ImageContent i) {
      return "[image " + i.mimeType() + ", " + base64Bytes(i.data()) + " bytes]";
    }
    if (content instanceof McpSchema.AudioContent a) {
      return "[audio " + a.mimeType() + ", " + base64Bytes(a.data()) + " bytes]";
    }
    if (content instanceof McpSchema.EmbeddedResource r) {
      if (r.resource() instanceof McpSchema.TextResourceContents t) {
        return t.text() == null ? "" : t.text();
      }
      if (r.resource() instanceof McpSchema.BlobResourceContents b) {
        return "[resource " + b.uri() + " " + b.mimeType() + ", " + base64Bytes(b.blob()) + " bytes]";
      }
      return "[resource]";
    }
    if (content instanceof McpSchema.ResourceLink l) {
      return "[resource link " + l.uri() + (l.name() == null ? "" : " (" + l.name() + ")") + "]";
    }
    return "[" + content.type() + " content]";
  }

  private static long base64Bytes(String data) {
    return data == null ? 0 : data.length() * 3L / 4;
  }

  // ------------------------------------------------------------------ connection

  private Connection connected() {
    synchronized (connectLock) {
      if (closed) {
        throw new McpServerException(null, config.name(), config.name(),
            "MCP server '" + config.name() + "': its tool source is closed", null,
            ErrorClassification.PERMANENT, "closed");
      }
      if (client == null) {
        client = open();
      }
      return client;
    }
  }

  private void invalidate(Connection broken) {
    if (broken == null) {
      return;
    }
    synchronized (connectLock) {
      if (client != broken) {
        return;
      }
      client = null;
    }
    log.info("MCP server '{}': connection lost, reconnecting on the next call", config.name());
    closeQuietly(broken);
  }

  private Connection open() {
    if (config.isStdio() && !commandExists()) {
      throw new McpServerException(null, config.name(), config.name(), "MCP server '" + config.name()
          + "' could not be started: server_start_failed (command '" + config.command()
          + "' is not an executable file nor found on the PATH)", null, ErrorClassification.PERMANENT,
          "server_start_failed");
    }
    CompletableFuture<Void> exited = new CompletableFuture<>();
    Connection c;
    try {
      McpClientTransport transport = transport();
      AtomicReference<Connection> self = new AtomicReference<>();
      CancellableCallTransport calls = new CancellableCallTransport(transport, e -> {
        Connection opened = self.get();
        if (opened != null && opened.stdio() == null) {
          probeAfterStreamError(opened, e);
        }
      });
      McpAsyncClient sdk = McpClient.async(calls)
          // the handshake may take the initialization timeout; each later request is bounded by
          // the request timeout, applied per call
          .requestTimeout(max(config.requestTimeout(), config.initializationTimeout()))
          .initializationTimeout(config.initializationTimeout())
          .clientInfo(new McpSchema.Implementation("agent-runtime", "agent-runtime MCP client", "0.1.0"))
          .capabilities(McpSchema.ClientCapabilities.builder().build())
          .toolsChangeConsumer(listed -> Mono.fromRunnable(() -> toolsChanged(listed)))
          .build();
      c = new Connection(sdk, exited, transport instanceof StdioTransport st ? st : null, calls,
          new AtomicReference<>(), new java.util.concurrent.atomic.AtomicBoolean());
      self.set(c);
      watchExit(transport, c);
    } catch (RuntimeException e) {
      throw failure(null, config.name(), "could not be set up", e, null);
    }
    try {
      c.await(c.client().initialize());
      updateTools(listAll(c));
      return c;
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw failure(null, config.name(), "could not be connected", e, null);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * For HTTP: a response stream that broke (the SDK only tells its exception handler, and the call
   * it carried waits for its timeout) may mean the server is gone. Ask it for a ping, without
   * waiting here; a ping that fails for want of a connection (refused, closed, reset: nobody
   * there; not a timeout nor an HTTP error) fails the connection's pending calls at once, as a dead stdio process does, and the next call
   * connects afresh. A server that answers keeps the connection.
   */
  private void probeAfterStreamError(Connection c, Throwable streamError) {
    if (closed || c.exited().isDone() || streamError instanceof McpTransportSessionNotFoundException
        || !c.client().isInitialized() || !c.probing().compareAndSet(false, true)) {
      return;
    }
    log.debug("MCP server '{}': a response stream failed ({}); checking the server", config.name(),
        streamError.toString());
    c.client().ping().timeout(max(Duration.ofSeconds(1), config.requestTimeout().dividedBy(2)))
        .subscribe(ok -> c.probing().set(false), e -> {
          c.probing().set(false);
          FailureInfo info = McpErrorClassifier.classifySdk(e);
          if (info == null || !Set.of("connection_refused", "connection_closed", "transport_error")
              .contains(info.errorType())) {
            return; // slow, or there and refusing (401, ...): the calls keep their own outcome
          }
          log.warn("MCP server '{}': a response stream broke and the server does not answer a ping ({}): "
              + "failing its pending calls, reconnecting on the next call", config.name(), rootMessage(e));
          c.lost().compareAndSet(null, new ConnectionLostException());
          c.exited().complete(null);
          invalidate(c);
        });
  }

  /** The SDK only logs a command that cannot be started and lets the handshake time out. */
  private boolean commandExists() {
    String command = config.command();
    if (command.contains("/") || command.contains(java.io.File.separator)) {
      java.nio.file.Path p = java.nio.file.Path.of(command);
      if (!p.isAbsolute() && config.workingDirectory() != null) {
        p = config.workingDirectory().resolve(p);
      }
      return java.nio.file.Files.isExecutable(p);
    }
    String path = config.env().getOrDefault("PATH", System.getenv("PATH"));
    if (path == null) {
      return true; // cannot tell: let the start fail
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      for (String ext : new String[] {"", ".exe", ".cmd", ".bat"}) {
        if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(dir, command + ext))) {
          return true;
        }
      }
    }
    return false;
  }

  /** For stdio: completes the connection's {@code exited} future when the server process ends. */
  private void watchExit(McpClientTransport transport, Connection c) {
    if (!(transport instanceof StdioClientTransport stdio)) {
      return;
    }
    Thread watcher = new Thread(() -> {
      // the process starts when the client connects (initialize); wait for it to be there
      while (!c.exited().isDone()) {
        try {
          stdio.awaitForExit();
          break;
        } catch (RuntimeException notStartedOrInterrupted) {
          if (closed || Thread.currentThread().isInterrupted()) {
            return;
          }
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
      if (!c.exited().isDone()) {
        log.warn("MCP server '{}': the server process exited", config.name());
        c.exited().complete(null);
        invalidate(c);
      }
    }, "mcp-exit-watch-" + config.name());
    watcher.setDaemon(true);
    watcher.start();
  }

  private McpClientTransport transport() {
    if (config.isStdio()) {
      ServerParameters params = ServerParameters.builder(config.command())
          .args(config.args()).env(config.env()).build();
      StdioTransport t = new StdioTransport(params, jsonMapper, config);
      t.setStdErrorHandler(line -> log.debug("MCP server '{}' stderr: {}", config.name(), line));
      return t;
    }
    Map<String, String> headers = config.headers();
    // the SDK resolves the endpoint against the base URL as a URI reference: "/mcp" would replace
    // the base URL's path, so the base is the origin and the endpoint the whole path below it
    java.net.URI endpoint = Objects.requireNonNull(config.endpointUrl());
    String origin = endpoint.getScheme() + "://" + endpoint.getRawAuthority();
    String path = endpoint.getRawPath() + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery());
    return HttpClientStreamableHttpTransport.builder(origin)
        .endpoint(path)
        .jsonMapper(jsonMapper)
        .connectTimeout(config.initializationTimeout())
        .httpRequestCustomizer((request, method, uri, body, context) -> headers.forEach(request::setHeader))
        .build();
  }

  /**
   * Closes a connection. A stdio server is stopped before this returns, as the MCP stdio transport
   * says: its stdin is closed and it gets {@link #EXIT_GRACE} to exit, then it and every process
   * it started are sent SIGTERM, and SIGKILL after another {@code EXIT_GRACE}. (The SDK's own close
   * sends SIGTERM to the server alone, later, on another thread: a JVM that exits right after
   * closing would leave the server running.)
   */
  private void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    c.exited().complete(null); // stops the exit watcher; pending calls fail as "exited"
    Process process = c.stdio() == null ? null : c.stdio().process();
    List<ProcessHandle> tree = new ArrayList<>();
    if (process != null) {
      tree.add(process.toHandle());
      process.descendants().forEach(tree::add); // now: once the server is gone they are no one's children
      try {
        process.getOutputStream().close(); // end of input: a well-behaved server exits
      } catch (java.io.IOException e) {
        log.debug("MCP server '{}': closing its stdin failed", config.name(), e);
      }
      awaitExit(List.of(process.toHandle()), EXIT_GRACE);
    }
    try {
      // stops the SDK's streams and threads (the process is gone by now, or is sent SIGTERM here)
      c.client().closeGracefully().block(EXIT_GRACE.multipliedBy(2));
    } catch (RuntimeException e) {
      log.debug("MCP server '{}': closing the client failed", config.name(), e);
      try {
        c.client().close();
      } catch (RuntimeException again) {
        log.debug("MCP server '{}': closing the client failed", config.name(), again);
      }
    }
    stop(tree);
  }

  /** Sends SIGTERM to the processes still alive, then SIGKILL to those alive after the grace. */
  private void stop(List<ProcessHandle> processes) {
    List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
    if (alive.isEmpty()) {
      return;
    }
    alive.forEach(ProcessHandle::destroy);
    awaitExit(alive, EXIT_GRACE);
    List<ProcessHandle> stubborn = alive.stream().filter(ProcessHandle::isAlive).toList();
    if (!stubborn.isEmpty()) {
      log.warn("MCP server '{}': process(es) {} still there {} after SIGTERM: sending SIGKILL", config.name(),
          stubborn.stream().map(ProcessHandle::pid).toList(), EXIT_GRACE);
      stubborn.forEach(ProcessHandle::destroyForcibly);
      awaitExit(stubborn, EXIT_GRACE);
    }
  }

  /** Waits up to {@code timeout} in all for the processes to exit. */
  private static void awaitExit(List<ProcessHandle> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ProcessHandle p : processes) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        p.onExit().get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * The SDK's stdio transport, started with our environment policy and working directory, that
   * can tell which process it started (the SDK keeps it private: read once by reflection; when
   * that is refused, closing falls back to the SDK's SIGTERM to the server alone).
   */
  private static final class StdioTransport extends StdioClientTransport {
    private static final java.lang.reflect.Field PROCESS = processField();
    private final McpServerConfig config;

    StdioTransport(ServerParameters params, McpJsonMapper jsonMapper, McpServerConfig config) {
      super(params, jsonMapper);
      this.config = config;
    }

    @Override
    protected ProcessBuilder getProcessBuilder() {
      ProcessBuilder pb = new ProcessBuilder();
      if (!config.inheritEnvironment()) {
        pb.environment().keySet().retainAll(BASELINE_ENV);
      }
      config.workingDirectoryIfSet().ifPresent(dir -> pb.directory(dir.toFile()));
      return pb;
    }

    /** @return the server process, or null when not started (or not knowable) */
    Process process() {
      if (PROCESS == null) {
        return null;
      }
      try {
        return (Process) PROCESS.get(this);
      } catch (IllegalAccessException | RuntimeException e) {
        return null;
      }
    }

    private static java.lang.reflect.Field processField() {
      try {
        java.lang.reflect.Field f = StdioClientTransport.class.getDeclaredField("process");
        if (!Process.class.isAssignableFrom(f.getType())) {
          return null;
        }
        f.setAccessible(true);
        return f;
      } catch (ReflectiveOperationException | RuntimeException e) {
        log.warn("the MCP SDK's stdio transport does not tell its server process ({}): a closed stdio server "
            + "is only sent SIGTERM, its own children are not stopped", e.toString());
        return null;
      }
    }
  }

  private List<McpSchema.Tool> listAll(Connection c) {
    Duration timeout = config.requestTimeout();
    List<McpSchema.Tool> all = new ArrayList<>();
    McpSchema.ListToolsResult page = c.await(c.client().listTools(), timeout);
    for (int pages = 1; ; pages++) {
      if (page.tools() != null) {
        all.addAll(page.tools());
      }
      String cursor = page.nextCursor();
      if (cursor == null || cursor.isEmpty() || pages >= 1_000) {
        return all;
      }
      page = c.await(c.client().listTools(cursor), timeout);
    }
  }

  // ------------------------------------------------------------------ tool list

  private void toolsChanged(List<McpSchema.Tool> listed) {
    if (closed) {
      return;
    }
    log.info("MCP server '{}' changed its tools: {} listed", config.name(), listed.size());
    updateTools(listed);
  }

  private void updateTools(List<McpSchema.Tool> listed) {
    List<McpTool> snapshot;
    synchronized (toolsLock) {
      Map<String, McpTool> next = new LinkedHashMap<>();
      for (McpSchema.Tool t : listed) {
        if (t == null || t.name() == null || !config.offers(t.name())) {
          continue;
        }
        String runtimeName = runtimeName(t.name());
        McpTool other = next.get(runtimeName);
        if (other != null) {
          // only when two hashed names collide (or a server names a tool like another's hashed
          // name): which one keeps the name must not depend on the order of the list
          boolean keepOther = wins(other.mcpName(), t.name(), runtimeName);
          log.warn("MCP server '{}': tools '{}' and '{}' both map to the name '{}'; '{}' is not offered",
              config.name(), other.mcpName(), t.name(), runtimeName, keepOther ? t.name() : other.mcpName());
          if (keepOther) {
            continue;
          }
        }
        next.put(runtimeName, new McpTool(this, t, runtimeName, schemaJson(t)));
      }
      Map<String, McpTool> previous = tools;
      tools = Collections.unmodifiableMap(next);
      if (previous.equals(next)) {
        return;
      }
      for (ToolRegistry registry : registries) {
        sync(registry, previous, next);
      }
      snapshot = List.copyOf(next.values());
    }
    for (Consumer<List<McpTool>> l : listeners) {
      try {
        l.accept(snapshot);
      } catch (RuntimeException e) {
        log.warn("an MCP tools-changed listener failed", e);
      }
    }
  }

  private void sync(ToolRegistry registry, Map<String, McpTool> previous, Map<String, McpTool> next) {
    Map<String, String> disabledReasons = new LinkedHashMap<>();
    for (Map.Entry<String, McpTool> old : previous.entrySet()) {
      McpTool replacement = next.get(old.getKey());
      if (replacement == null || !replacement.equals(old.getValue())) {
        Optional<Tool> there = registry.find(old.getKey());
        if (there.isPresent() && there.get() == old.getValue()) {
          registry.disabledReason(old.getKey()).ifPresent(r -> disabledReasons.put(old.getKey(), r));
          registry.unregister(old.getKey());
        }
      }
    }
    for (Map.Entry<String, McpTool> e : next.entrySet()) {
      McpTool before = previous.get(e.getKey());
      if (before != null && before.equals(e.getValue()) && registry.find(e.getKey()).isPresent()) {
        continue;
      }
      Optional<String> disabled = Optional.ofNullable(disabledReasons.get(e.getKey()));
      if (registry.find(e.getKey()).isPresent()) {
        log.warn("MCP server '{}': tool '{}' is not registered: another tool has that name",
            config.name(), e.getKey());
        continue;
      }
      try {
        registry.register(e.getValue());
      } catch (IllegalArgumentException raced) {
        log.warn("MCP server '{}': tool '{}' is not registered: {}", config.name(), e.getKey(),
            raced.getMessage());
      }
      disabled.ifPresent(reason -> registry.disable(e.getKey(), reason));
    }
  }

  private String schemaJson(McpSchema.Tool t) {
    if (t.inputSchema() == null || t.inputSchema().isEmpty()) {
      return ToolSpec.NO_PARAMETERS;
    }
    try {
      return objectMapper.writeValueAsString(t.inputSchema());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("MCP server '" + config.name() + "': schema of tool '" + t.name()
          + "' cannot be written as JSON", e);
    }
  }

  /**
   * The namespaced name, a function of the server's tool name alone (so it means the same server
   * tool whatever else the server lists, in whatever order): prefix + the name as it is when it
   * is 1+ characters of {@code [A-Za-z0-9_-]} and the whole fits in 64 characters; otherwise
   * prefix + the name with every other character replaced by '_', cut to fit, + '_' + the first 8
   * hex digits of the SHA-256 of the original name ({@code a.b} is {@code a_b_<hash>}, never
   * {@code a_b}).
   */
  private String runtimeName(String mcpName) {
    String cleaned = mcpName.replaceAll("[^A-Za-z0-9_-]", "_");
    String name = config.toolPrefix() + cleaned;
    if (name.length() > 64 || !cleaned.equals(mcpName) || cleaned.isEmpty()) {
      String hash = shortHash(mcpName);
      int keep = Math.max(0, 64 - hash.length() - 1 - config.toolPrefix().length());
      name = config.toolPrefix() + cleaned.substring(0, Math.min(keep, cleaned.length())) + "_" + hash;
    }
    return name;
  }

  /**
   * Of two server tools mapped to the same runtime name, whether the first keeps it: the one whose
   * name is the runtime name unchanged, else the smaller name.
   */
  private boolean wins(String first, String second, String runtimeName) {
    String plain = runtimeName.substring(config.toolPrefix().length());
    if (first.equals(plain) != second.equals(plain)) {
      return first.equals(plain);
    }
    return first.compareTo(second) <= 0;
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
