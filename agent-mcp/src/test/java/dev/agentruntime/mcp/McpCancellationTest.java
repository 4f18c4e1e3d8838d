package dev.agentruntime.mcp;

import static dev.agentruntime.mcp.HuntServer.call;
import static dev.agentruntime.mcp.HuntServer.hunt;
import static dev.agentruntime.mcp.HuntServer.noRetries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunHandle;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.mcp.client.McpServerException;
import dev.agentruntime.mcp.client.McpToolSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A call the client gives up on — past its request timeout, or because its run was cancelled — is
 * cancelled on the server too ({@code notifications/cancelled} with the request's id), so the
 * server can stop the work.
 */
class McpCancellationTest {

  /** The server's list of hang calls never cancelled, once it is empty or after 10 s. */
  private static String uncancelledSoon(AgentRuntime runtime) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String uncancelled = call(runtime, "hunt__uncancelled", "{}");
    while (!"[]".equals(uncancelled) && System.nanoTime() < deadline) {
      Thread.sleep(100); // the notification is sent without waiting: give it a moment on a busy machine
      uncancelled = call(runtime, "hunt__uncancelled", "{}");
    }
    return uncancelled;
  }

  @Test
  void aTimedOutCallIsCancelledOnTheServer() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").requestTimeout(Duration.ofMillis(1000)).build());
        AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      McpServerException e = catchThrowableOfType(McpServerException.class, () -> call(runtime, "hunt__hang", "{}"));
      assertThat(e.errorType()).isEqualTo("timeout");
      assertThat(uncancelledSoon(runtime))
          .as("tools/call requests the client gave up on without notifications/cancelled").isEqualTo("[]");
    }
  }

  @Test
  void aCancelledRunCancelsItsCallOnTheServer() throws Exception {
    try (McpToolSource source = McpToolSource.connect(hunt("hunt").requestTimeout(Duration.ofSeconds(60)).build());
        AgentRuntime runtime = noRetries()) {
      source.bindTo(runtime.tools());
      RunHandle h = runtime.start("x", RunOptions.defaults(), (in, ctx) ->
          ctx.tools().call(ToolCall.of("1", "hunt__hang", "{}")).content());
      Thread.sleep(1000);
      long t0 = System.nanoTime();
      h.cancel("user pressed stop");
      catchThrowable(h::join);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      assertThat(uncancelledSoon(runtime))
          .as("tools/call requests of a cancelled run the server was never told about").isEqualTo("[]");
    }
  }
}
