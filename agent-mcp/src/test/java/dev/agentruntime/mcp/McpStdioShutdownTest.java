package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpToolSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A stdio MCP server is a child process: closing the client must leave none behind — not the
 * server, not what the server started — and a server must end when its client closes its stdin
 * (the MCP stdio transport's shutdown: close the server's input, wait, then SIGTERM, then SIGKILL).
 * A {@code close()} that only starts the shutdown leaks the server whenever the JVM exits right
 * after (the end of a test suite, an application stopping).
 */
class McpStdioShutdownTest {
  private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
  private static final String CLASSPATH =
      System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  private static final Duration START = Duration.ofSeconds(60); // a bound for a loaded machine, not a speed target

  /** Our children running {@code marker} (a zombie waiting to be reaped is not running). */
  static List<ProcessHandle> children(String marker) {
    return ProcessHandle.current().children()
        .filter(p -> p.info().commandLine().orElse("").contains(marker))
        .filter(McpStdioShutdownTest::running).toList();
  }

  static boolean running(ProcessHandle p) {
    if (!p.isAlive()) {
      return false;
    }
    try { // Linux: /proc/<pid>/stat's third field is the state, Z for a zombie
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException gone) {
      return p.isAlive();
    }
  }

  @Test
  void closingOurClientStopsTheServerProcessBeforeCloseReturns() {
    Set<Long> before = children(StdioServerMain.class.getName()).stream().map(ProcessHandle::pid)
        .collect(Collectors.toSet());
    McpServerConfig config = McpServerConfig.stdio("plant", JAVA, "-cp", CLASSPATH, StdioServerMain.class.getName())
        .initializationTimeout(START).build();
    McpToolSource plant = McpToolSource.connect(config);
    List<ProcessHandle> started = children(StdioServerMain.class.getName()).stream()
        .filter(p -> !before.contains(p.pid())).toList();
    assertThat(started).as("the server runs as our child process").hasSize(1);
    ProcessHandle server = started.get(0);

    plant.close();

    assertThat(running(server)).as("server process %d still running after close() returned", server.pid()).isFalse();
  }

  @Test
  void whatTheServerStartedIsStoppedToo() throws Exception {
    // the server's own child: a sleep that never reads stdin and outlives its parent unless stopped
    String marker = "mcp-shutdown-" + System.nanoTime();
    McpServerConfig config = McpServerConfig.stdio("plant", "/bin/sh", "-c",
            "sleep 600 >/dev/null 2>&1 </dev/null & exec \"$0\" -cp \"$1\" \"$2\" " + marker,
            JAVA, CLASSPATH, StdioServerMain.class.getName())
        .initializationTimeout(START).build();
    McpToolSource plant = McpToolSource.connect(config);
    ProcessHandle server = children(marker).stream().findFirst().orElseThrow();
    List<ProcessHandle> sleeps = server.descendants()
        .filter(p -> p.info().command().orElse("").endsWith("sleep")).toList();
    assertThat(sleeps).as("the server started a child").hasSize(1);

    plant.close();

    assertThat(running(server)).as("the server").isFalse();
    assertThat(running(sleeps.get(0))).as("the server's child %d", sleeps.get(0).pid()).isFalse();
  }

  @Test
  void ourServerExitsWhenItsClientClosesItsInput() throws Exception {
    Process server = new ProcessBuilder(JAVA, "-cp", CLASSPATH, StdioServerMain.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      server.getOutputStream().close(); // what a client does to end a stdio session
      assertThat(server.waitFor(START.toSeconds(), TimeUnit.SECONDS))
          .as("the server exited after the end of its input").isTrue();
      assertThat(server.exitValue()).isZero();
    } finally {
      server.destroyForcibly();
    }
  }
}
