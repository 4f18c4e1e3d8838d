package dev.agentruntime.mcp;

import dev.agentruntime.mcp.client.McpServerConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The scripted streamable HTTP server {@code hunt-mcp-http-server.js}, as a node process. */
final class HttpHuntServer implements AutoCloseable {
  private final Process process;
  private final int port;

  private HttpHuntServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the server and returns once it listens (it says so on its stdout). */
  static HttpHuntServer start(int port) throws Exception {
    TestServers.assumeServers();
    Path script = Path.of(HttpHuntServer.class.getResource("/hunt-mcp-http-server.js").toURI());
    ProcessBuilder pb = new ProcessBuilder(TestServers.assumeNode(), script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PORT", String.valueOf(port));
    Process p = pb.start();
    HttpHuntServer server = new HttpHuntServer(p, port);
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("listening")) {
      server.close();
      throw new IllegalStateException("the HTTP hunt server did not start on port " + port + ": " + line);
    }
    return server;
  }

  static HttpHuntServer startUnchecked(int port) {
    try {
      return start(port);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  McpServerConfig config() {
    return config(baseUrl());
  }

  /** @return the server's base URL (its MCP endpoint is {@code /mcp}; any other path is a 404 page) */
  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  static McpServerConfig config(String baseUrl) {
    return McpServerConfig.http("web", baseUrl)
        .initializationTimeout(Duration.ofSeconds(10)).requestTimeout(Duration.ofSeconds(20)).build();
  }

  /** Kills the server and waits for it to be gone. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }
}
