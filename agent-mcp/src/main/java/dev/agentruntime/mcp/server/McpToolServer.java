package dev.agentruntime.mcp.server;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Serves a runtime's tools — or a whole agent as one tool — to MCP clients (desktop assistants,
 * IDEs, other agents) over stdio or streamable HTTP, on the official MCP Java SDK.
 *
 * <p>Every call an MCP client makes is a run of the runtime: it passes through the same chain as
 * the runtime's own calls — telemetry, limits, guardrails (tool policy on the arguments, injection
 * and secret checks on results), budgets and resilience — and a refusal (a blocked argument, a
 * limit, a budget) comes back to the client as an MCP tool error, not as a protocol failure.
 *
 * <pre>{@code
 * McpToolServer server = McpToolServer.builder(runtime)
 *     .name("support").tools("lookup_order")       // or all of the runtime's tools
 *     .agent("ask_support", "Ask the support agent a question")
 *     .build();
 * try (McpHttpServer http = server.startHttp(McpHttpOptions.builder().bearerToken(token).build())) {
 *   ... http.endpoint() ...
 * }
 * }</pre>
 */
public final class McpToolServer {
  private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String AGENT_SCHEMA = "{\"type\":\"object\",\"properties\":{\"input\":{\"type\":\"string\","
      + "\"description\":\"What to ask the agent\"}},\"required\":[\"input\"]}";

  private final AgentRuntime runtime;
  private final String name;
  private final String version;
  private final String instructions;
  private final List<String> toolNames;
  private final Map<String, String> agents;
  private final Function<String, RunOptions> runOptions;
  private final ObjectMapper objectMapper = new ObjectMapper();
  private final McpJsonMapper jsonMapper = new JacksonMcpJsonMapper(objectMapper);

  private McpToolServer(Builder b, List<String> toolNames) {
    this.runtime = b.runtime;
    this.name = b.name;
    this.version = b.version;
    this.instructions = b.instructions;
    this.toolNames = toolNames;
    this.agents = Map.copyOf(b.agents);
    this.runOptions = b.runOptions;
  }

  /**
   * @param runtime the runtime whose tools or agent to serve
   * @return a builder
   */
  public static Builder builder(AgentRuntime runtime) {
    return new Builder(Objects.requireNonNull(runtime, "runtime"));
  }

  /** @return the names of the tools served, runtime tools first, then agent tools */
  public List<String> toolNames() {
    List<String> all = new ArrayList<>(toolNames);
    all.addAll(agents.keySet().stream().sorted().toList());
    return all;
  }

  /**
   * Serves over this process's standard input and output until the client ends the session by
   * closing this process's standard input (the MCP stdio transport's shutdown), then closes the
   * server and returns, so a server program's {@code main} ends with it:
   *
   * <pre>{@code
   * public static void main(String[] args) throws Exception {
   *   try (AgentRuntime runtime = ...) {
   *     McpToolServer.builder(runtime).name("tools").build().serveStdio();
   *   }
   * }
   * }</pre>
   *
   * Log to standard error only: anything else written to standard output breaks the protocol.
   *
   * @throws InterruptedException when the calling thread is interrupted (the server is closed)
   */
  public void serveStdio() throws InterruptedException {
    serveStdio(System.in, System.out);
  }

  /**
   * Serves over the given streams until {@code in} ends (or fails), then closes the server and
   * returns.
   *
   * @param in what the client writes
   * @param out what the client reads
   * @throws InterruptedException when the calling thread is interrupted (the server is closed)
   */
  public void serveStdio(InputStream in, OutputStream out) throws InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    McpSyncServer server = startStdio(new EndWatchingInputStream(Objects.requireNonNull(in, "in"), ended),
        Objects.requireNonNull(out, "out"));
    try {
      ended.await();
    } finally {
      server.close();
    }
  }

  /** Counts a latch down when the stream ends, fails or is closed. */
  private static final class EndWatchingInputStream extends FilterInputStream {
    private final CountDownLatch ended;

    EndWatchingInputStream(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return watch(() -> super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return watch(() -> super.read(b, off, len));
    }

    @Override
    public void close() throws IOException {
      ended.countDown();
      super.close();
    }

    private int watch(IoRead read) throws IOException {
      try {
        int n = read.read();
        if (n < 0) {
          ended.countDown();
        }
        return n;
      } catch (IOException | RuntimeException e) {
        ended.countDown();
        throw e;
      }
    }

    @FunctionalInterface
    private interface IoRead {
      int read() throws IOException;
    }
  }

  /**
   * Serves over this process's standard input and output (for an MCP client that starts this
   * program), in the background; {@link #serveStdio()} serves until the client closes the session. Log to standard error only: anything else written to standard output breaks the
   * protocol.
   *
   * @return the running server; close it to stop
   */
  public McpSyncServer startStdio() {
    return startStdio(System.in, System.out);
  }

  /**
   * Serves over the given streams.
   *
   * @param in what the client writes
   * @param out what the client reads
   * @return the running server; close it to stop
   */
  public McpSyncServer startStdio(InputStream in, OutputStream out) {
    StdioServerTransportProvider transport = new StdioServerTransportProvider(jsonMapper, in, out);
    return McpServer.sync(transport)
        .serverInfo(name, version)
        .instructions(instructions)
        .jsonMapper(jsonMapper)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
        .tools(specifications())
        .build();
  }

  /**
   * Serves over streamable HTTP on an embedded server. A bearer token is required unless the
   * options explicitly allow unauthenticated access.
   *
   * @param options where to listen and how to authenticate
   * @return the running server; close it to stop
   */
  public McpHttpServer startHttp(McpHttpOptions options) {
    return McpHttpServer.start(this, Objects.requireNonNull(options, "options"));
  }

  McpJsonMapper jsonMapper() {
    return jsonMapper;
  }

  String name() {
    return name;
  }

  String version() {
    return version;
  }

  String instructions() {
    return instructions;
  }

  List<McpServerFeatures.SyncToolSpecification> specifications() {
    List<McpServerFeatures.SyncToolSpecification> specs = new ArrayList<>();
    for (String toolName : toolNames) {
      Tool tool = runtime.tools().find(toolName).orElseThrow(() ->
          new IllegalStateException("tool '" + toolName + "' is no longer registered in the runtime"));
      specs.add(new McpServerFeatures.SyncToolSpecification(
          mcpTool(tool.spec(), tool.sideEffecting()), (exchange, request) -> callTool(toolName, request)));
    }
    agents.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(agent -> specs.add(
        new McpServerFeatures.SyncToolSpecification(
            mcpTool(new ToolSpec(agent.getKey(), agent.getValue(), AGENT_SCHEMA), true),
            (exchange, request) -> callAgent(agent.getKey(), request))));
    return specs;
  }

  private McpSchema.Tool mcpTool(ToolSpec spec, boolean sideEffecting) {
    Map<String, Object> schema;
    try {
      schema = objectMapper.readValue(spec.parametersSchema(), MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("tool '" + spec.name() + "': parameters schema is not JSON", e);
    }
    return McpSchema.Tool.builder()
        .name(spec.name())
        .description(spec.description())
        .inputSchema(schema)
        .annotations(new McpSchema.ToolAnnotations(null, !sideEffecting, sideEffecting, false, true, null))
        .build();
  }

  private McpSchema.CallToolResult callTool(String toolName, McpSchema.CallToolRequest request) {
    String arguments;
    try {
      arguments = objectMapper.writeValueAsString(request.arguments() == null ? Map.of() : request.arguments());
    } catch (JsonProcessingException e) {
      return error("arguments for tool '" + toolName + "' cannot be read as JSON");
    }
    ToolCall call = ToolCall.of("mcp-" + UUID.randomUUID(), toolName, arguments);
    AtomicReference<ToolResult> result = new AtomicReference<>();
    try {
      runtime.run(arguments, runOptions.apply(toolName), (input, ctx) -> {
        ToolResult r = ctx.tools().call(call);
        result.set(r);
        return r.content();
      });
    } catch (AgentRuntimeException e) {
      return error(refusal(toolName, e));
    } catch (RuntimeException e) {
      return error("tool '" + toolName + "' failed: " + e.getMessage());
    }
    ToolResult r = result.get();
    if (r == null) {
      return error("tool '" + toolName + "' returned nothing");
    }
    return McpSchema.CallToolResult.builder().addTextContent(r.content()).isError(r.isError()).build();
  }

  private McpSchema.CallToolResult callAgent(String toolName, McpSchema.CallToolRequest request) {
    Object input = request.arguments() == null ? null : request.arguments().get("input");
    if (!(input instanceof String text) || text.isBlank()) {
      return error("tool '" + toolName + "' needs a non-blank string argument 'input'");
    }
    try {
      AgentResult result = runtime.run(text, runOptions.apply(toolName));
      return McpSchema.CallToolResult.builder().addTextContent(result.output() == null ? "" : result.output())
          .isError(false).build();
    } catch (AgentRuntimeException e) {
      return error(refusal(toolName, e));
    } catch (RuntimeException e) {
      return error("agent '" + toolName + "' failed: " + e.getMessage());
    }
  }

  private static String refusal(String toolName, AgentRuntimeException e) {
    Throwable t = e;
    while (t.getCause() instanceof AgentRuntimeException && t.getCause() != t) {
      t = t.getCause();
    }
    return "tool '" + toolName + "' was refused: " + t.getMessage();
  }

  private static McpSchema.CallToolResult error(String message) {
    return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  /** Builder for {@link McpToolServer}; validated in {@link #build()}. */
  public static final class Builder {
    private final AgentRuntime runtime;
    private String name = "agent-runtime";
    private String version = "0.1.0";
    private String instructions;
    private final Set<String> tools = new LinkedHashSet<>();
    private boolean allTools = true;
    private final Map<String, String> agents = new LinkedHashMap<>();
    private Function<String, RunOptions> runOptions = toolName -> RunOptions.defaults();

    private Builder(AgentRuntime runtime) {
      this.runtime = runtime;
    }

    /**
     * @param value the server name told to clients
     * @return this
     */
    public Builder name(String value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /**
     * @param value the server version told to clients
     * @return this
     */
    public Builder version(String value) {
      this.version = Objects.requireNonNull(value, "version");
      return this;
    }

    /**
     * @param value instructions for the client's model, or null for none
     * @return this
     */
    public Builder instructions(@Nullable String value) {
      this.instructions = value;
      return this;
    }

    /**
     * Serves only these runtime tools (all registered tools by default).
     *
     * @param names tool names registered in the runtime
     * @return this
     */
    public Builder tools(String... names) {
      allTools = false;
      tools.addAll(List.of(names));
      return this;
    }

    /**
     * Serves none of the runtime's tools (only agents added with {@link #agent}).
     *
     * @return this
     */
    public Builder noTools() {
      allTools = false;
      tools.clear();
      return this;
    }

    /**
     * Adds the runtime's whole agent as one tool taking {@code {"input": "..."}}: each call is a
     * full run (the runtime's model, loop, tools and limits) whose output is the tool's result.
     *
     * @param toolName the tool's name
     * @param description what the agent does, for the client's model
     * @return this
     */
    public Builder agent(String toolName, String description) {
      agents.put(Objects.requireNonNull(toolName, "toolName"), Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * @param value the run options of each call, by tool name (user, tenant, tags, limits)
     * @return this
     */
    public Builder runOptions(Function<String, RunOptions> value) {
      this.runOptions = Objects.requireNonNull(value, "runOptions");
      return this;
    }

    /**
     * @return the server (not started)
     * @throws IllegalArgumentException naming an unknown tool, a bad or duplicate tool name
     * @throws IllegalStateException when there is nothing to serve
     */
    public McpToolServer build() {
      List<String> names = allTools
          ? runtime.tools().enabledSpecs().stream().map(ToolSpec::name).toList()
          : List.copyOf(tools);
      for (String t : names) {
        if (runtime.tools().find(t).isEmpty()) {
          throw new IllegalArgumentException("tool '" + t + "' is not registered in the runtime");
        }
      }
      for (String a : agents.keySet()) {
        if (!TOOL_NAME.matcher(a).matches()) {
          throw new IllegalArgumentException(
              "agent tool name '" + a + "' must be 1-64 characters of letters, digits, '_' or '-'");
        }
        if (names.contains(a)) {
          throw new IllegalArgumentException("agent tool name '" + a + "' is also a runtime tool's name");
        }
      }
      if (names.isEmpty() && agents.isEmpty()) {
        throw new IllegalStateException("McpToolServer has nothing to serve: the runtime has no tools and no agent was added");
      }
      if (name.isBlank()) {
        throw new IllegalArgumentException("McpToolServer name must not be blank");
      }
      return new McpToolServer(this, names);
    }
  }
}
