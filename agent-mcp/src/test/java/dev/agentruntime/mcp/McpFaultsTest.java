package dev.agentruntime.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.CircuitOpenException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.mcp.client.McpErrorClassifier;
import dev.agentruntime.mcp.client.McpServerConfig;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Servers that die, hang, talk nonsense or cannot be started, and how the runtime sees it. */
class McpFaultsTest {

  private static McpServerConfig.Builder fake(String name) throws Exception {
    TestServers.assumeServers();
    Path script = Path.of(McpFaultsTest.class.getResource("/fake-mcp-server.js").toURI());
    return McpServerConfig.stdio(name, TestServers.assumeNode(), script.toString());
  }

  private static AgentRuntime noRetries() {
    return AgentRuntime.builder().resilience(ResiliencePolicy.none())
        .errorClassifier(McpErrorClassifier.create()).build();
  }

  private static McpServerException callFailing(AgentRuntime runtime, String tool) {
    return catchThrowableOfType(McpServerException.class,
        () -> runtime.run("call", (in, ctx) -> ctx.tools().call(ToolCall.of("1", tool, "{}")).content()));
  }

  @Test
  void aServerThatHangsPastTheRequestTimeoutIsATransientTimeout() {
    try (McpToolSource slow = McpToolSource.connect(TestServers.everything("slow")
            .requestTimeout(Duration.ofMillis(1500)).includeTools("trigger-long-running-operation", "echo").build());
        AgentRuntime runtime = noRetries()) {
      slow.bindTo(runtime.tools());
      long t0 = System.nanoTime();
      McpServerException e = catchThrowableOfType(McpServerException.class, () -> runtime.run("hang", (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "slow__trigger-long-running-operation", "{\"duration\": 30, \"steps\": 1}"))
              .content()));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
      // the tool is read-only (readOnlyHint); a side-effecting one's timeout is UNKNOWN: McpToolTimeoutTest
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("timeout");
      assertThat(e.serverName()).isEqualTo("slow");
      assertThat(e.toolName()).isEqualTo("slow__trigger-long-running-operation");
      // a hung call does not cost the connection: the server still answers the next call
      AgentResult next = runtime.run("echo", (in, ctx) ->
          ctx.tools().call(ToolCall.of("2", "slow__echo", "{\"message\":\"still here\"}")).content());
      assertThat(next.output()).isEqualTo("Echo: still here");
    }
  }

  @Test
  void aServerProcessKilledMidCallFailsTheCallAtOnceAndTheNextCallStartsAFreshServer() throws Exception {
    ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
    try (McpToolSource source = McpToolSource.connect(TestServers.everything("mortal")
            .requestTimeout(Duration.ofSeconds(60)).includeTools("trigger-long-running-operation", "echo").build());
        AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      Set<Long> servers = nodeChildren();
      assertThat(servers).isNotEmpty();
      long t0 = System.nanoTime();
      McpServerException e = catchThrowableOfType(McpServerException.class, () -> runtime.run("long", (in, ctx) -> {
        // the kill is timed from the call, not from before the run (whose start-up on a loaded
        // host could take the 800 ms, so the call would go to a fresh server and run its 20 s)
        killer.schedule(() -> servers.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)),
            800, TimeUnit.MILLISECONDS);
        return ctx.tools().call(ToolCall.of("1", "mortal__trigger-long-running-operation",
            "{\"duration\": 20, \"steps\": 2}")).content();
      }));
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("not the 60 s timeout").isLessThan(Duration.ofSeconds(15));
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("server_exited");

      AgentResult next = runtime.run("echo", (in, ctx) ->
          ctx.tools().call(ToolCall.of("2", "mortal__echo", "{\"message\":\"reborn\"}")).content());
      assertThat(next.output()).isEqualTo("Echo: reborn");
      assertThat(nodeChildren()).doesNotContainAnyElementsOf(servers);
    } finally {
      killer.shutdownNow();
    }
  }

  @Test
  void withRetriesOnTheRuntimeRecoversFromAServerThatDiesMidCall() throws Exception {
    try (McpToolSource source = McpToolSource.connect(fake("flaky").build());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(new RetryPolicy(1, Duration.ofMillis(10), 2.0,
                Duration.ofMillis(50), 0, Duration.ofSeconds(1), false)).build()).build()) {
      source.bindTo(runtime.tools());
      // "die" kills the server on every call; it is side-effecting (no annotations) and the server
      // died after the call was sent, so its outcome is unknown: not retried (a read-only tool's
      // call is, on a fresh process: McpConnectionLostMidCallTest)
      McpServerException e = callFailing(runtime, "flaky__die");
      assertThat(e.errorType()).isEqualTo("server_exited");
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      // the server was restarted after its death and answers a healthy tool
      assertThat(runtime.run("ok", (in, ctx) -> ctx.tools().call(ToolCall.of("2", "flaky__ok", "{}")).content()).output())
          .isEqualTo("fine");
    }
  }

  @Test
  void malformedJsonRpcIsAFailureOfThatServerNotAHang() throws Exception {
    try (McpToolSource source = McpToolSource.connect(fake("broken").requestTimeout(Duration.ofSeconds(2)).build());
        AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      long t0 = System.nanoTime();
      McpServerException garbage = callFailing(runtime, "broken__garbage");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
      // garbage is side-effecting (no annotations): its lost answer leaves the outcome unknown
      assertThat(garbage.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(garbage.getMessage()).contains("broken").contains("garbage");
      assertThat(garbage.errorType()).isEqualTo("timeout");

      McpServerException badShape = callFailing(runtime, "broken__bad_shape");
      assertThat(badShape.getMessage()).contains("'broken'");
      assertThat(badShape.errorType()).isEqualTo("malformed_response");
      assertThat(badShape.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      // the connection survives both: a well-formed call still works
      assertThat(runtime.run("ok", (in, ctx) -> ctx.tools().call(ToolCall.of("3", "broken__ok", "{}")).content()).output())
          .isEqualTo("fine");
    }
  }

  @Test
  void aServerThatCannotBeStartedIsPermanentAndSaysWhy() {
    McpServerException e = catchThrowableOfType(McpServerException.class, () -> McpToolSource.connect(
        McpServerConfig.stdio("ghost", "/nonexistent/mcp-server-binary").build()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.PERMANENT);
    assertThat(e.errorType()).isEqualTo("server_start_failed");
    assertThat(e.getMessage()).contains("ghost");
    FailureInfo info = McpErrorClassifier.create().classify(e);
    assertThat(info.classification()).isEqualTo(ErrorClassification.PERMANENT);
    assertThat(info.errorType()).isEqualTo("mcp_server_start_failed");
    assertThat(McpErrorClassifier.create().classify(new IllegalStateException("not ours"))).isNull();
  }

  @Test
  void anHttpServerThatIsNotThereIsTransient() throws Exception {
    int port = TestServers.freePort();
    McpServerException e = catchThrowableOfType(McpServerException.class, () -> McpToolSource.connect(
        McpServerConfig.http("nowhere", "http://127.0.0.1:" + port).initializationTimeout(Duration.ofSeconds(5))
            .requestTimeout(Duration.ofSeconds(5)).build()));
    assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
  }

  @Test
  void theCircuitBreakerIsPerServerADeadServerStopsItsToolsAndLeavesOthersAlone() throws Exception {
    try (McpToolSource flaky = McpToolSource.connect(fake("flaky").build());
        McpToolSource healthy = McpToolSource.connect(fake("healthy").build());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(RetryPolicy.none())
                .circuitBreaker(CircuitBreakerPolicy.defaults().withWindow(2, 2, 50f)).build()).build()) {
      flaky.bindTo(runtime.tools());
      healthy.bindTo(runtime.tools());
      callFailing(runtime, "flaky__die");
      callFailing(runtime, "flaky__die");
      assertThat(runtime.circuitState("mcp:flaky")).hasValue("OPEN");
      // every tool of the dead server is refused at once, without starting it again ...
      assertThatThrownBy(() -> runtime.run("ok", (in, ctx) ->
          ctx.tools().call(ToolCall.of("3", "flaky__ok", "{}")).content()))
          .isInstanceOf(CircuitOpenException.class).hasMessageContaining("mcp:flaky");
      // ... while the other server's identical tool is untouched
      assertThat(runtime.run("ok", (in, ctx) -> ctx.tools().call(ToolCall.of("4", "healthy__ok", "{}")).content()).output())
          .isEqualTo("fine");
      assertThat(runtime.circuitState("mcp:healthy")).hasValue("CLOSED");
    }
  }

  private static Set<Long> nodeChildren() {
    return ProcessHandle.current().children()
        .filter(p -> p.info().command().map(c -> c.endsWith("node")).orElse(false))
        .map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
  }
}
