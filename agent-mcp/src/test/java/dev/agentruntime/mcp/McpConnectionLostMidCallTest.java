package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static dev.agentruntime.mcp.HuntServer.hunt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.event.RetryScheduled;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.mcp.client.McpErrorClassifier;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection dies after a {@code tools/call} was sent and before its answer: the stdio server
 * process exits, or the HTTP connection is lost. The server may have made the effect, so a
 * side-effecting tool's call is UNKNOWN and never sent again (at most one {@code tools/call} per
 * tool call, as for a timeout); a read-only tool's stays TRANSIENT (retried), and so does a call
 * that could not be sent at all (the server was already gone: connection refused).
 */
@Timeout(120)
class McpConnectionLostMidCallTest {

  private static final RetryPolicy RETRY_ALL = new RetryPolicy(2, Duration.ofMillis(10), 2.0,
      Duration.ofMillis(50), 0, Duration.ofSeconds(1), true);

  @TempDir
  Path dir;

  // ------------------------------------------------------------------ stdio: the process exits

  @Test
  void aSideEffectingToolWhoseStdioServerExitsMidCallRunsOnceUnderTheDefaultRetry() throws Exception {
    Path log = dir.resolve("calls.log");
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").env("HUNT_CALL_LOG", log.toString()).build());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default resilience: tool retry on
      source.bindTo(runtime.tools());
      assertThat(source.tool("hunt__effect_then_exit").orElseThrow().sideEffecting()).isTrue();
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "hunt__effect_then_exit", "{}"));
      assertThat(lines(log)).as("tools/call the server processes received for one tool call")
          .containsExactly("effect_then_exit");
      assertThat(e.errorType()).isEqualTo("server_exited");
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome is unknown");
    }
  }

  @Test
  void aSideEffectingToolWhoseStdioServerExitsMidCallIsNotSentAgainEvenByARetryPolicyThatRetriesUnknown()
      throws Exception {
    Path log = dir.resolve("calls.log");
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").env("HUNT_CALL_LOG", log.toString()).build());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(RETRY_ALL).build()).build()) {
      source.bindTo(runtime.tools());
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "hunt__effect_then_exit", "{}"));
      assertThat(lines(log)).as("tools/call received for one tool call").hasSize(1);
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.errorType()).isEqualTo("server_exited");
      // a new tool call (another run) is sent, to a fresh server: only the same call is not sent twice
      catchThrowableOfType(McpServerException.class, () -> call(runtime, "hunt__effect_then_exit", "{}"));
      assertThat(lines(log)).hasSize(2);
    }
  }

  @Test
  void aReadOnlyToolWhoseStdioServerExitsMidCallIsTransientAndRetried() throws Exception {
    Path log = dir.resolve("calls.log");
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").env("HUNT_CALL_LOG", log.toString()).build());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default: 2 retries
      source.bindTo(runtime.tools());
      assertThat(source.tool("hunt__lookup_then_exit").orElseThrow().sideEffecting()).isFalse();
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "hunt__lookup_then_exit", "{}"));
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("server_exited");
      assertThat(e.getMessage()).doesNotContain("outcome is unknown");
      assertThat(lines(log)).as("the first attempt and 2 retries, each to a fresh server").hasSize(3);
    }
  }

  // ------------------------------------------------------------------ HTTP: the connection is lost

  @Test
  void aSideEffectingToolWhoseHttpConnectionIsLostMidCallRunsOnceUnderTheDefaultRetry() throws Exception {
    try (HttpHuntServer server = HttpHuntServer.start(TestServers.freePort());
        McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) {
      web.bindTo(runtime.tools());
      assertThat(web.tool("web__effect_lost").orElseThrow().sideEffecting()).isTrue();
      long t0 = System.nanoTime();
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_lost", "{}"));
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(call(runtime, "web__calls", "{}")).as("tools/call the server received for one tool call")
          .isEqualTo("{\"effect_lost\":1}");
      assertThat(e.errorType()).as("%s", e.getMessage()).isEqualTo("connection_lost");
      assertThat(took).as("not the request timeout").isLessThan(Duration.ofSeconds(15));
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome is unknown");
    }
  }

  @Test
  void aSideEffectingToolWhoseHttpConnectionIsLostMidCallIsNotSentAgainEvenByARetryPolicyThatRetriesUnknown()
      throws Exception {
    try (HttpHuntServer server = HttpHuntServer.start(TestServers.freePort());
        McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(RETRY_ALL).build()).build()) {
      web.bindTo(runtime.tools());
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_lost", "{}"));
      assertThat(call(runtime, "web__calls", "{}")).isEqualTo("{\"effect_lost\":1}");
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
    }
  }

  @Test
  void aSideEffectingToolWhoseHttpConnectionIsCutBeforeAnyAnswerRunsOnce() throws Exception {
    try (HttpHuntServer server = HttpHuntServer.start(TestServers.freePort());
        McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) {
      web.bindTo(runtime.tools());
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_cut", "{}"));
      assertThat(call(runtime, "web__calls", "{}")).as("tools/call the server received for one tool call")
          .isEqualTo("{\"effect_cut\":1}");
      assertThat(e.errorType()).as("%s", e.getMessage()).isIn("connection_closed", "transport_error");
      assertThat(e.classification()).as("%s: %s", e.errorType(), e.getMessage()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome is unknown");
    }
  }

  @Test
  void aReadOnlyToolWhoseHttpConnectionIsLostMidCallIsTransientAndRetried() throws Exception {
    try (HttpHuntServer server = HttpHuntServer.start(TestServers.freePort());
        McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default: 2 retries
      web.bindTo(runtime.tools());
      assertThat(web.tool("web__lookup_lost").orElseThrow().sideEffecting()).isFalse();
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__lookup_lost", "{}"));
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("connection_lost");
      assertThat(call(runtime, "web__calls", "{}")).as("the first attempt and 2 retries")
          .isEqualTo("{\"lookup_lost\":3}");
    }
  }

  @Test
  void aSideEffectingCallToAnHttpServerThatIsGoneIsNotSentSoItStaysTransientAndIsRetried() throws Exception {
    int port = TestServers.freePort();
    AtomicReference<HttpHuntServer> restarted = new AtomicReference<>();
    List<String> retried = new CopyOnWriteArrayList<>();
    HttpHuntServer first = HttpHuntServer.start(port);
    try (McpToolSource web = McpToolSource.connect(first.config());
        AgentRuntime runtime = AgentRuntime.builder().errorClassifier(McpErrorClassifier.create())
            .resilience(ResiliencePolicy.builder().toolRetry(new RetryPolicy(1, Duration.ofMillis(10), 2.0,
                Duration.ofMillis(50), 0, Duration.ofSeconds(1), false)).build())
            .listener(event -> {
              if (event instanceof RetryScheduled r) {
                retried.add(r.errorType());
                // the server is back (same port) before the retry: started here, on the run's thread
                if (restarted.get() == null) {
                  restarted.set(HttpHuntServer.startUnchecked(port));
                }
              }
            }).build()) {
      web.bindTo(runtime.tools());
      first.close(); // gone: the call's connection is refused, the request never reaches a server
      assertThat(call(runtime, "web__effect", "{}")).isEqualTo("done");
      assertThat(retried).as("the refused attempt was retried").containsExactly("mcp_connection_refused");
      assertThat(call(runtime, "web__calls", "{}")).isEqualTo("{\"effect\":1}");
    } finally {
      first.close();
      if (restarted.get() != null) {
        restarted.get().close();
      }
    }
  }

  private static List<String> lines(Path log) throws IOException {
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }
}
