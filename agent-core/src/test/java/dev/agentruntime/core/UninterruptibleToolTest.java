package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bug 9: maxDuration and cancel() end the run on time even when a tool ignores interrupts. */
class UninterruptibleToolTest {
  private ServerSocket server;
  private Socket client;
  private final AtomicBoolean spin = new AtomicBoolean(true);

  @BeforeEach
  void open() throws Exception {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
  }

  @AfterEach
  void close() throws Exception {
    spin.set(false);
    client.close(); // unblocks the abandoned read
    server.close();
  }

  /** Reads from a classic socket that never sends: Thread.interrupt() does not stop it. */
  private Tool blockedRead() {
    return Tool.builder("fetch").description("fetches").handler(inv -> {
      InputStream in = client.getInputStream();
      return "read " + in.read();
    }).build();
  }

  private Tool busyLoop() {
    return Tool.builder("crunch").description("crunches").handler(inv -> {
      long n = 0;
      while (spin.get()) {
        n++;
      }
      return "n=" + n;
    }).build();
  }

  private static AgentRuntime runtime(Tool tool, Duration maxDuration) {
    return AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenCallTool(tool.name(), "{}").thenRespond("done").build())
        .tools(tool)
        .limits(RunLimits.builder().maxDuration(maxDuration).build())
        .build();
  }

  @Test
  void maxDurationEndsARunWhoseToolIsBlockedInASocketRead() {
    try (AgentRuntime rt = runtime(blockedRead(), Duration.ofMillis(2_000))) {
      long t0 = System.nanoTime();
      LimitExceededException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> catchThrowableOfType(LimitExceededException.class, () -> rt.run("go")), "the run did not end");
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertThat(e).isNotNull();
      assertThat(e.limit()).isEqualTo(Limit.MAX_DURATION);
      // the deadline must pass while the tool is blocked (2 s leaves room for a cold JVM to reach the
      // tool), and the run must end soon after it, not when the read returns (never)
      assertThat(ms).isLessThan(5_000);
      assertThat(e.partialResult()).hasValueSatisfying(r -> assertThat(r.toolCalls()).singleElement()
          .satisfies(c -> assertThat(c.error()).hasMessageContaining("wall-clock limit")));
      // (the message says "abandoned" when the tool's thread was still blocked at the deadline; when
      // the platform's socket gave way to the interrupt, the call simply failed at the deadline)
    }
  }

  @Test
  void maxDurationEndsARunWhoseToolIsABusyLoop() {
    try (AgentRuntime rt = runtime(busyLoop(), Duration.ofMillis(500))) {
      long t0 = System.nanoTime();
      LimitExceededException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
          () -> catchThrowableOfType(LimitExceededException.class, () -> rt.run("go")), "the run did not end");
      assertThat(e).isNotNull();
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(3_000);
    }
  }

  @Test
  void cancelEndsARunWhoseToolIsBlockedInASocketRead() throws Exception {
    try (AgentRuntime rt = runtime(blockedRead(), Duration.ofMinutes(5))) {
      RunHandle h = rt.start("go", RunOptions.defaults());
      Thread.sleep(300);
      long t0 = System.nanoTime();
      h.cancel("user left");
      Throwable t = catchThrowableOfType(Throwable.class, () -> h.result().get(3, TimeUnit.SECONDS));
      assertThat(t).hasCauseInstanceOf(RunCancelledException.class);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(2_000);
    }
  }
}
