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

  /** Our child processes now. */
  static Set<Long> children() {
    return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
  }

  /**
   * The one child process started since {@code before} (the tests of a class run one at a time).
   * Found by pid: {@code ProcessHandle.Info} cuts long command lines (a test class path) short.
   */
  static ProcessHandle startedSince(Set<Long> before) {
    List<ProcessHandle> started = ProcessHandle.current().children()
        .filter(p -> !before.contains(p.pid())).filter(McpStdioShutdownTest::running).toList();
    assertThat(started).as("the server runs as our child process").hasSize(1);
    return started.get(0);
  }

  /** Test hygiene: whatever a failed assertion left running is killed. */
  static void kill(List<ProcessHandle> processes) {
    processes.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
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
    Set<Long> before = children();
    McpServerConfig config = McpServerConfig.stdio("plant", JAVA, "-cp", CLASSPATH, StdioServerMain.class.getName())
        .initializationTimeout(START).build();
    McpToolSource plant = McpToolSource.connect(config);
    ProcessHandle server = startedSince(before);
    try {
      plant.close();

      assertThat(running(server)).as("server process %d still running after close() returned", server.pid()).isFalse();
    } finally {
      kill(List.of(server));
    }
  }

  @Test
  void whatTheServerStartedIsStoppedToo() throws Exception {
    // the server's own child: a sleep that never reads stdin and outlives its parent unless stopped
    Set<Long> before = children();
    McpServerConfig config = McpServerConfig.stdio("plant", "/bin/sh", "-c",
            "sleep 600 >/dev/null 2>&1 </dev/null & exec \"$0\" -cp \"$1\" \"$2\"",
            JAVA, CLASSPATH, StdioServerMain.class.getName())
        .initializationTimeout(START).build();
    McpToolSource plant = McpToolSource.connect(config);
    ProcessHandle server = startedSince(before);
    List<ProcessHandle> sleeps = server.descendants()
        .filter(p -> p.info().command().orElse("").endsWith("sleep")).toList();
    try {
      assertThat(sleeps).as("the server started a child").hasSize(1);

      plant.close();

      assertThat(running(server)).as("the server").isFalse();
      assertThat(running(sleeps.get(0))).as("the server's child %d", sleeps.get(0).pid()).isFalse();
    } finally {
      kill(sleeps);
      kill(List.of(server));
    }
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
