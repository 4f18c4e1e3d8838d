package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code tools/call} over HTTP answered with a 5xx status (a gateway's 502 / 504 after it forwarded
 * the request, a server's 500 after it started the work): the server, or the upstream behind the
 * gateway, may have made the effect. A side-effecting tool's call is UNKNOWN and never sent again (at
 * most one {@code tools/call} per tool call, as for a timeout or a connection lost mid-call); a
 * read-only tool's stays TRANSIENT and is retried; a status saying the request was not processed
 * (501 Not Implemented) stays TRANSIENT.
 */
@Timeout(120)
class McpHttpServerErrorMidCallTest {

  private static final RetryPolicy RETRY_ALL = new RetryPolicy(2, Duration.ofMillis(10), 2.0,
      Duration.ofMillis(50), 0, Duration.ofSeconds(1), true);

  private static HttpHuntServer server;

  @BeforeAll
  static void start() throws Exception {
    server = HttpHuntServer.start(TestServers.freePort());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {500, 502, 503, 504})
  void aSideEffectingToolAnswered5xxRunsOnceUnderTheDefaultRetry(int status) throws Exception {
    try (McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default resilience: tool retry on
      web.bindTo(runtime.tools());
      assertThat(web.tool("web__effect_fails").orElseThrow().sideEffecting()).isTrue();
      String before = call(runtime, "web__calls", "{}");
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_fails", "{\"status\":" + status + "}"));
      assertThat(e).as("the run's failure").isNotNull();
      assertThat(effectCalls(call(runtime, "web__calls", "{}")) - effectCalls(before))
          .as("tools/call the server received for one tool call (%s: %s)", e.classification(), e.getMessage())
          .isEqualTo(1);
      assertThat(e.errorType()).isEqualTo("http_" + status);
      assertThat(e.classification()).as("%s", e.getMessage()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.getMessage()).contains("outcome is unknown").contains(String.valueOf(status))
          .doesNotContain("<", ">", "nginx/1.25.3</center>");
    }
  }

  @Test
  void aSideEffectingToolAnswered502IsNotSentAgainEvenByARetryPolicyThatRetriesUnknown() throws Exception {
    try (McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder()
            .resilience(ResiliencePolicy.builder().toolRetry(RETRY_ALL).build()).build()) {
      web.bindTo(runtime.tools());
      String before = call(runtime, "web__calls", "{}");
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_fails", "{\"status\":502}"));
      assertThat(effectCalls(call(runtime, "web__calls", "{}")) - effectCalls(before))
          .as("tools/call received for one tool call, retried twice").isEqualTo(1);
      assertThat(e.classification()).isEqualTo(ErrorClassification.UNKNOWN);
      assertThat(e.errorType()).isEqualTo("http_502");
      // a new tool call (another run) is sent: only the same call is not sent twice
      catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_fails", "{\"status\":502}"));
      assertThat(effectCalls(call(runtime, "web__calls", "{}")) - effectCalls(before)).isEqualTo(2);
    }
  }

  @Test
  void aReadOnlyToolAnswered502IsTransientAndRetried() throws Exception {
    try (McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) { // default: 2 retries
      web.bindTo(runtime.tools());
      assertThat(web.tool("web__lookup_fails").orElseThrow().sideEffecting()).isFalse();
      String before = call(runtime, "web__calls", "{}");
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__lookup_fails", "{\"status\":502}"));
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("http_502");
      assertThat(e.getMessage()).doesNotContain("outcome is unknown");
      assertThat(count(call(runtime, "web__calls", "{}"), "lookup_fails") - count(before, "lookup_fails"))
          .as("the first attempt and 2 retries").isEqualTo(3);
    }
  }

  @Test
  void aSideEffectingToolAnswered501NotImplementedWasNotProcessedSoItStaysTransient() throws Exception {
    try (McpToolSource web = McpToolSource.connect(server.config());
        AgentRuntime runtime = AgentRuntime.builder().build()) {
      web.bindTo(runtime.tools());
      String before = call(runtime, "web__calls", "{}");
      McpServerException e = catchThrowableOfType(McpServerException.class,
          () -> call(runtime, "web__effect_fails", "{\"status\":501}"));
      assertThat(e.classification()).isEqualTo(ErrorClassification.TRANSIENT);
      assertThat(e.errorType()).isEqualTo("http_501");
      assertThat(e.getMessage()).doesNotContain("outcome is unknown");
      assertThat(effectCalls(call(runtime, "web__calls", "{}")) - effectCalls(before))
          .as("the first attempt and 2 retries").isEqualTo(3);
    }
  }

  private static int effectCalls(String counts) {
    return count(counts, "effect_fails");
  }

  /** @return the count of a tool in the server's {@code calls} answer ({"effect_fails":2,...}) */
  private static int count(String counts, String tool) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + tool + "\":(\\d+)").matcher(counts);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
