package dev.agentruntime.mcp.client;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How to reach one MCP server and which of its tools to offer. Immutable; build with
 * {@link #stdio(String, String, String...)} or {@link #http(String, String)}.
 *
 * <p>Secrets a server needs (API keys for its backend, a bearer token for an HTTP server) come
 * from here — the configuration or the environment through {@link Builder#envFromSystem} and
 * {@link Builder#bearerTokenFromEnv} — never from the model: the model only fills in tool
 * arguments. A stdio server process does not inherit this JVM's environment: it gets only a
 * baseline ({@code PATH}, {@code HOME}, {@code LANG}, ...) plus what is set here, so secrets of
 * the host process do not leak into third-party servers. {@link #toString()} never prints values
 * of environment variables or headers.
 *
 * @param name the server's name: the namespace of its tools ({@code name__tool}) and its circuit
 *     ({@code mcp:name}); 1 to 32 characters of {@code [A-Za-z0-9_-]}
 * @param command the stdio command, or null for an HTTP server
 * @param args the stdio command's arguments
 * @param env environment variables set for the stdio process (values are secrets)
 * @param inheritEnvironment whether the stdio process inherits this JVM's whole environment
 * @param workingDirectory the stdio process's working directory, or null for this JVM's
 * @param url the HTTP server's base URL, or null for a stdio server; its path (and query) are kept:
 *     the endpoint goes below the path
 * @param endpoint the streamable HTTP endpoint path ({@code /mcp} by default), below the URL's path
 * @param headers HTTP headers sent with every request (values are secrets)
 * @param requestTimeout how long one request (a tool call, a listing) may take
 * @param initializationTimeout how long connecting and the MCP handshake may take
 * @param toolPrefix what is put before each tool's name ({@code name + "__"} by default)
 * @param includeTools the server's tool names to offer (empty: all)
 * @param excludeTools the server's tool names never to offer
 */
public record McpServerConfig(
    String name,
    @Nullable String command,
    List<String> args,
    Map<String, String> env,
    boolean inheritEnvironment,
    @Nullable Path workingDirectory,
    @Nullable URI url,
    String endpoint,
    Map<String, String> headers,
    Duration requestTimeout,
    Duration initializationTimeout,
    String toolPrefix,
    Set<String> includeTools,
    Set<String> excludeTools) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,32}");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_-]{0,40}");

  /**
   * Validates and copies.
   *
   * @param name the server's name
   * @param command the stdio command, or null
   * @param args the command's arguments
   * @param env environment variables for the stdio process
   * @param inheritEnvironment whether the process inherits this JVM's environment
   * @param workingDirectory the process's working directory, or null
   * @param url the HTTP base URL, or null
   * @param endpoint the streamable HTTP endpoint path
   * @param headers HTTP headers for every request
   * @param requestTimeout the per-request timeout, or null for 30 s
   * @param initializationTimeout the handshake timeout, or null for 30 s
   * @param toolPrefix the tool name prefix, or null for name + "__"
   * @param includeTools tools to offer (empty: all)
   * @param excludeTools tools never to offer
   * @throws IllegalArgumentException naming what is wrong
   */
  public McpServerConfig {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "MCP server name must be 1-32 characters of letters, digits, '_' or '-', was '" + name + "'");
    }
    if ((command == null) == (url == null)) {
      throw new IllegalArgumentException(
          "MCP server '" + name + "': exactly one of a stdio command or an HTTP url is needed");
    }
    if (command != null && command.isBlank()) {
      throw new IllegalArgumentException("MCP server '" + name + "': the stdio command is blank");
    }
    if (url != null && !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "MCP server '" + name + "': url must be http or https, was " + url);
    }
    if (url != null && (url.getRawAuthority() == null || url.getHost() == null)) {
      throw new IllegalArgumentException("MCP server '" + name + "': url has no host: " + url);
    }
    if (url != null && url.getRawFragment() != null) {
      throw new IllegalArgumentException("MCP server '" + name + "': url must not have a fragment (#"
          + url.getRawFragment() + "): it is never sent to the server");
    }
    args = List.copyOf(args == null ? List.of() : args);
    env = Map.copyOf(env == null ? Map.of() : env);
    headers = Map.copyOf(headers == null ? Map.of() : headers);
    endpoint = endpoint == null || endpoint.isBlank() ? "/mcp" : endpoint;
    if (!endpoint.startsWith("/")) {
      throw new IllegalArgumentException(
          "MCP server '" + name + "': endpoint must start with '/', was '" + endpoint + "'");
    }
    if (url != null && url.getRawQuery() != null && endpoint.contains("?")) {
      throw new IllegalArgumentException("MCP server '" + name
          + "': both the url and the endpoint have a query; put it in one of them");
    }
    requestTimeout = positive(name, "requestTimeout", requestTimeout, Duration.ofSeconds(30));
    initializationTimeout =
        positive(name, "initializationTimeout", initializationTimeout, Duration.ofSeconds(30));
    toolPrefix = toolPrefix == null ? name + "__" : toolPrefix;
    if (!PREFIX.matcher(toolPrefix).matches()) {
      throw new IllegalArgumentException("MCP server '" + name
          + "': toolPrefix must be at most 40 characters of letters, digits, '_' or '-', was '"
          + toolPrefix + "'");
    }
    includeTools = Set.copyOf(includeTools == null ? Set.of() : includeTools);
    excludeTools = Set.copyOf(excludeTools == null ? Set.of() : excludeTools);
    for (String t : includeTools) {
      if (excludeTools.contains(t)) {
        throw new IllegalArgumentException(
            "MCP server '" + name + "': tool '" + t + "' is both included and excluded");
      }
    }
  }

  private static Duration positive(String server, String what, Duration value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "MCP server '" + server + "': " + what + " must be positive, was " + value);
    }
    return value;
  }

  /**
   * Starts a stdio server configuration: the runtime starts {@code command} as a child process
   * and speaks MCP over its standard input and output.
   *
   * @param name the server's name (tool namespace)
   * @param command the executable, e.g. {@code npx} or an absolute path
   * @param args its arguments
   * @return a builder
   */
  public static Builder stdio(String name, String command, String... args) {
    Builder b = new Builder(name);
    b.command = Objects.requireNonNull(command, "command");
    b.args.addAll(List.of(args));
    return b;
  }

  /**
   * Starts a streamable HTTP server configuration.
   *
   * @param name the server's name (tool namespace)
   * @param url the server's base URL, e.g. {@code http://127.0.0.1:3001}; the endpoint path
   *     ({@code /mcp} by default, set with {@link Builder#endpoint(String)}) goes below its path:
   *     {@code http://host/tenant-a} is reached at {@code http://host/tenant-a/mcp}
   * @return a builder
   */
  public static Builder http(String name, String url) {
    Builder b = new Builder(name);
    Objects.requireNonNull(url, "url");
    try {
      b.url = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("MCP server '" + name + "': url is not a URI: " + url, e);
    }
    return b;
  }

  /**
   * The streamable HTTP endpoint: the endpoint path below the URL's path, with the URL's query
   * ({@code http://host/tenant-a} and {@code /mcp} are {@code http://host/tenant-a/mcp}).
   *
   * @return the endpoint URL, or null for a stdio server
   */
  @Nullable URI endpointUrl() {
    if (url == null) {
      return null;
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path + endpoint + query);
  }

  /** @return whether this server is reached over stdio */
  public boolean isStdio() {
    return command != null;
  }

  /**
   * @param toolName a tool name as the server lists it
   * @return whether the tool is offered
   */
  public boolean offers(String toolName) {
    return !excludeTools.contains(toolName) && (includeTools.isEmpty() || includeTools.contains(toolName));
  }

  /** @return the circuit breaker name all of this server's tools share */
  public String circuitName() {
    return "mcp:" + name;
  }

  /** @return the working directory, if one is set */
  public Optional<Path> workingDirectoryIfSet() {
    return Optional.ofNullable(workingDirectory);
  }

  /** The URL without its query's values (they may be keys), nor user info. */
  private static String printable(URI u) {
    String s = u.getScheme() + "://" + (u.getRawUserInfo() == null ? "" : "...@") + u.getHost()
        + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "" : u.getRawPath());
    return u.getRawQuery() == null ? s : s + "?...";
  }

  @Override
  public String toString() {
    String where = isStdio() ? "stdio " + command + " " + String.join(" ", args) : "http " + printable(endpointUrl());
    return "McpServerConfig[" + name + ": " + where + ", env " + env.keySet() + ", headers "
        + headers.keySet() + "]";
  }

  /** Builder for {@link McpServerConfig}; validation happens in {@link #build()}. */
  public static final class Builder {
    private final String name;
    private String command;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private boolean inheritEnvironment;
    private Path workingDirectory;
    private URI url;
    private String endpoint;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration requestTimeout;
    private Duration initializationTimeout;
    private String toolPrefix;
    private final Set<String> includeTools = new LinkedHashSet<>();
    private final Set<String> excludeTools = new LinkedHashSet<>();
    private Function<String, @Nullable String> environment = System::getenv;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param key environment variable set for the stdio process
     * @param value its value (a secret: never printed)
     * @return this
     */
    public Builder env(String key, String value) {
      env.put(Objects.requireNonNull(key, "env key"), Objects.requireNonNull(value, "env value"));
      return this;
    }

    /**
     * Passes variables of this JVM's environment on to the stdio process (and only those).
     *
     * @param keys the variable names
     * @return this
     * @throws IllegalArgumentException naming a variable that is not set
     */
    public Builder envFromSystem(String... keys) {
      for (String k : keys) {
        String v = environment.apply(k);
        if (v == null) {
          throw new IllegalArgumentException(
              "MCP server '" + name + "': environment variable " + k + " is not set");
        }
        env.put(k, v);
      }
      return this;
    }

    /**
     * @param value whether the stdio process inherits this JVM's whole environment (off by
     *     default: only a baseline and the variables set here are passed)
     * @return this
     */
    public Builder inheritEnvironment(boolean value) {
      this.inheritEnvironment = value;
      return this;
    }

    /**
     * @param value the stdio process's working directory
     * @return this
     */
    public Builder workingDirectory(Path value) {
      this.workingDirectory = value;
      return this;
    }

    /**
     * @param value the streamable HTTP endpoint path, {@code /mcp} by default, below the URL's path
     * @return this
     */
    public Builder endpoint(String value) {
      this.endpoint = value;
      return this;
    }

    /**
     * @param key an HTTP header sent with every request
     * @param value its value (a secret: never printed)
     * @return this
     */
    public Builder header(String key, String value) {
      headers.put(Objects.requireNonNull(key, "header name"), Objects.requireNonNull(value, "header value"));
      return this;
    }

    /**
     * @param token a bearer token sent as {@code Authorization: Bearer <token>}
     * @return this
     */
    public Builder bearerToken(String token) {
      return header("Authorization", "Bearer " + Objects.requireNonNull(token, "token"));
    }

    /**
     * @param variable an environment variable holding the bearer token
     * @return this
     * @throws IllegalArgumentException when the variable is not set
     */
    public Builder bearerTokenFromEnv(String variable) {
      String v = environment.apply(variable);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(
            "MCP server '" + name + "': environment variable " + variable + " is not set");
      }
      return bearerToken(v);
    }

    /**
     * @param value how long one request may take (30 s by default)
     * @return this
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    /**
     * @param value how long connecting and the handshake may take (30 s by default)
     * @return this
     */
    public Builder initializationTimeout(Duration value) {
      this.initializationTimeout = value;
      return this;
    }

    /**
     * @param value what goes before each tool name ({@code name__} by default; empty allowed
     *     when only one server is used)
     * @return this
     */
    public Builder toolPrefix(String value) {
      this.toolPrefix = value;
      return this;
    }

    /**
     * @param toolNames the only tools to offer, as the server names them
     * @return this
     */
    public Builder includeTools(String... toolNames) {
      includeTools.addAll(List.of(toolNames));
      return this;
    }

    /**
     * @param toolNames tools never to offer, as the server names them
     * @return this
     */
    public Builder excludeTools(String... toolNames) {
      excludeTools.addAll(List.of(toolNames));
      return this;
    }

    /**
     * For tests: where {@link #envFromSystem} and {@link #bearerTokenFromEnv} look variables up.
     *
     * @param lookup variable name to value (null when unset)
     * @return this
     */
    public Builder environmentLookup(Function<String, @Nullable String> lookup) {
      this.environment = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * @return the configuration
     * @throws IllegalArgumentException naming what is wrong
     */
    public McpServerConfig build() {
      if (url != null && !env.isEmpty()) {
        throw new IllegalArgumentException(
            "MCP server '" + name + "': environment variables apply to stdio servers only");
      }
      if (command != null && !headers.isEmpty()) {
        throw new IllegalArgumentException(
            "MCP server '" + name + "': HTTP headers apply to HTTP servers only");
      }
      return new McpServerConfig(name, command, args, env, inheritEnvironment, workingDirectory, url,
          endpoint, headers, requestTimeout, initializationTimeout, toolPrefix, includeTools, excludeTools);
    }
  }
}
