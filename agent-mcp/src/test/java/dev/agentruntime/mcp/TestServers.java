package dev.agentruntime.mcp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentruntime.mcp.client.McpServerConfig;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds node and the MCP reference servers that {@code .ci/run} installs with
 * {@code npm ci --prefix agent-mcp/mcp-servers} (versions pinned in mcp-servers/package.json).
 */
final class TestServers {
  static final Path DIR = Path.of(System.getProperty("agentruntime.mcpServers",
      Path.of(System.getProperty("basedir", ".")).resolve("mcp-servers").toString())).toAbsolutePath();
  static final Path EVERYTHING =
      DIR.resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
  static final Path FILESYSTEM =
      DIR.resolve("node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");

  private TestServers() {}

  static Optional<Path> node() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, "node");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Skips the test, saying why, when node or the reference servers are not installed. */
  static String assumeNode() {
    Optional<Path> node = node();
    assumeTrue(node.isPresent(), "node is not on the PATH: install Node.js 20+ to run the MCP tests");
    return node.get().toString();
  }

  static void assumeServers() {
    assumeNode();
    assumeTrue(Files.exists(EVERYTHING) && Files.exists(FILESYSTEM),
        "MCP reference servers are not installed in " + DIR
            + ": run `npm ci --prefix agent-mcp/mcp-servers` (as .ci/run does)");
  }

  static McpServerConfig.Builder everything(String name) {
    assumeServers();
    return McpServerConfig.stdio(name, assumeNode(), EVERYTHING.toString(), "stdio");
  }

  static McpServerConfig.Builder filesystem(String name, Path root) {
    assumeServers();
    return McpServerConfig.stdio(name, assumeNode(), FILESYSTEM.toString(), root.toString());
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
