package dev.agentruntime.mcp.server;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * A {@link McpToolServer} served over streamable HTTP by an embedded Tomcat. Close it to stop.
 */
public final class McpHttpServer implements AutoCloseable {
  private final Tomcat tomcat;
  private final McpSyncServer server;
  private final Path baseDir;
  private final URI endpoint;

  private McpHttpServer(Tomcat tomcat, McpSyncServer server, Path baseDir, URI endpoint) {
    this.tomcat = tomcat;
    this.server = server;
    this.baseDir = baseDir;
    this.endpoint = endpoint;
  }

  static McpHttpServer start(McpToolServer tools, McpHttpOptions options) {
    HttpServletStreamableServerTransportProvider.Builder transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(tools.jsonMapper())
        .mcpEndpoint(options.endpoint());
    if (options.requiresToken()) {
      transport.securityValidator(new BearerTokenValidator(options.bearerToken()));
    }
    if (options.keepAliveInterval() != null) {
      transport.keepAliveInterval(options.keepAliveInterval());
    }
    HttpServletStreamableServerTransportProvider provider = transport.build();
    McpSyncServer server = McpServer.sync(provider)
        .serverInfo(tools.name(), tools.version())
        .instructions(tools.instructions())
        .jsonMapper(tools.jsonMapper())
        .capabilities(McpSchema.ServerCapabilities.builder().tools(true).build())
        .tools(tools.specifications())
        .build();
    Path baseDir;
    try {
      baseDir = Files.createTempDirectory("agent-mcp-tomcat");
    } catch (IOException e) {
      server.close();
      throw new UncheckedIOException("could not create Tomcat's base directory", e);
    }
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = new Connector();
    connector.setThrowOnFailure(true); // else a port in use is only logged and the server starts without it
    connector.setPort(options.port());
    connector.setProperty("address", options.host());
    tomcat.getService().addConnector(connector);
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    if (context instanceof org.apache.catalina.core.StandardContext standard) {
      // one servlet, no web applications to unload: the leak checks only print warnings
      standard.setClearReferencesRmiTargets(false);
      standard.setClearReferencesThreadLocals(false);
      standard.setClearReferencesStopThreads(false);
    }
    Tomcat.addServlet(context, "mcp", provider).setAsyncSupported(true);
    context.addServletMappingDecoded(options.endpoint(), "mcp");
    String where = options.host() + ":" + options.port();
    try {
      tomcat.start();
      if (connector.getState() != LifecycleState.STARTED || connector.getLocalPort() < 0) {
        throw new LifecycleException("the connector did not start (" + connector.getStateName() + ")");
      }
    } catch (LifecycleException e) {
      server.close();
      try {
        tomcat.stop();
        tomcat.destroy();
      } catch (LifecycleException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      deleteQuietly(baseDir);
      throw new IllegalStateException("could not start the MCP HTTP server on " + where + ": " + rootMessage(e), e);
    }
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    URI endpoint = URI.create("http://" + host + ":" + connector.getLocalPort() + options.endpoint());
    return new McpHttpServer(tomcat, server, baseDir, endpoint);
  }

  /** @return the port listened on */
  public int port() {
    return endpoint.getPort();
  }

  /** @return the full endpoint URL, e.g. {@code http://127.0.0.1:41234/mcp} */
  public URI endpoint() {
    return endpoint;
  }

  /** @return the base URL without the endpoint path */
  public String baseUrl() {
    return endpoint.getScheme() + "://" + endpoint.getRawAuthority();
  }

  /** @return the SDK server, e.g. to add tools or notify clients of a changed tool list */
  public McpSyncServer sdkServer() {
    return server;
  }

  @Override
  public void close() {
    try {
      server.closeGracefully();
    } finally {
      try {
        tomcat.stop();
        tomcat.destroy();
      } catch (LifecycleException e) {
        throw new IllegalStateException("could not stop the MCP HTTP server", e);
      } finally {
        deleteQuietly(baseDir);
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }

  /** Rejects requests without {@code Authorization: Bearer <token>} (compared in constant time). */
  private static final class BearerTokenValidator implements ServerTransportSecurityValidator {
    private final byte[] expected;

    BearerTokenValidator(String token) {
      this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void validateHeaders(Map<String, List<String>> headers) throws ServerTransportSecurityException {
      List<String> values = null;
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase("Authorization")) {
          values = e.getValue();
        }
      }
      if (values == null || values.isEmpty()) {
        throw new ServerTransportSecurityException(401, "Unauthorized: a bearer token is required");
      }
      for (String v : values) {
        if (v != null && MessageDigest.isEqual(expected, v.trim().getBytes(StandardCharsets.UTF_8))) {
          return;
        }
      }
      throw new ServerTransportSecurityException(401, "Unauthorized: invalid bearer token");
    }
  }
}
