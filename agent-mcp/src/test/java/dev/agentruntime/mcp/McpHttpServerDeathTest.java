package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static dev.agentruntime.mcp.HuntServer.noRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An HTTP server that dies mid-call fails the call promptly, as a stdio one does, not at the timeout. */
class McpHttpServerDeathTest {

  @Test
  void anHttpServerThatDiesMidCallFailsTheCallPromptly() throws Exception {
    TestServers.assumeServers();
    int port = TestServers.freePort();
    ProcessBuilder pb = new ProcessBuilder(TestServers.assumeNode(), TestServers.EVERYTHING.toString(), "streamableHttp")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("PORT", String.valueOf(port));
    Process server = pb.start();
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    try {
      waitForPort(port, server);
      try (McpToolSource web = McpToolSource.connect(McpServerConfig.http("web", "http://127.0.0.1:" + port)
              .requestTimeout(Duration.ofSeconds(30)).build());
          AgentRuntime runtime = noRetries()) {
        web.bindTo(runtime.tools());
        killer.schedule(() -> { server.destroyForcibly(); }, 1500, TimeUnit.MILLISECONDS);
        long t0 = System.nanoTime();
        McpServerException e = catchThrowableOfType(McpServerException.class, () ->
            call(runtime, "web__trigger-long-running-operation", "{\"duration\": 25, \"steps\": 5}"));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(e).isNotNull();
        assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
        assertThat(e.errorType()).isEqualTo("connection_lost");
        assertThat(took).as("failed after %s (%s)", took, e.getMessage()).isLessThan(Duration.ofSeconds(10));
      }
    } finally {
      killer.shutdownNow();
      server.destroyForcibly();
      server.waitFor();
    }
  }

  private static void waitForPort(int port, Process server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the everything server exited with " + server.exitValue());
      }
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("no listener on port " + port);
  }
}
