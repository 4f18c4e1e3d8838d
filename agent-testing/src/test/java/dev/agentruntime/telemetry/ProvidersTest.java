package dev.agentruntime.telemetry;

import static dev.agentruntime.testing.telemetry.TelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.resilience.CircuitBreakerPolicy;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.resilience.RetryPolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProvidersTest {

  @Test
  void noopRecordsNothingAndDoesNotMakeTheRuntimeBuildEvents() {
    AgentTelemetry noop = AgentTelemetry.noop();
    assertThat(noop.enabled()).isFalse();
    assertThat(noop).isNotInstanceOf(AgentEventListener.class);
    assertThat(noop.stage()).isEqualTo(Stage.TELEMETRY);
    assertThat(AgentTelemetry.builder().build()).isSameAs(noop);
    try (AgentRuntime runtime = Fixtures.runtime(noop).build()) {
      assertThat(runtime.run("hi").output()).isEqualTo("Ticket T-1 is open.");
    }
  }

  @Test
  void builderRejectsBadSettingsByName() {
    assertThatThrownBy(() -> AgentTelemetry.builder().openTelemetry(OpenTelemetry.noop()).useGlobalOpenTelemetry().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("useGlobalOpenTelemetry");
    assertThatThrownBy(() -> AgentTelemetry.builder().openTelemetry(OpenTelemetry.noop()).captureContent(null).build())
        .hasMessageContaining("captureContent");
    assertThatThrownBy(() -> AgentTelemetry.builder().openTelemetry(OpenTelemetry.noop()).redactor(null).build())
        .hasMessageContaining("redactor");
    assertThatThrownBy(() -> AgentTelemetry.console(null)).hasMessageContaining("out");
    assertThatThrownBy(() -> InMemoryTelemetry.create(null)).hasMessageContaining("options");
  }

  @Test
  void theGlobalInstanceIsUsedOnlyWhenAskedForAndNeverSet() {
    AgentTelemetry t = AgentTelemetry.builder().useGlobalOpenTelemetry().build();
    assertThat(t.enabled()).isTrue(); // records into the (no-op) global
    try (AgentRuntime runtime = Fixtures.runtime(t).build()) {
      assertThat(runtime.run("hi").output()).isEqualTo("Ticket T-1 is open.");
    }
  }

  @Test
  void semconvSwitchDecidesWhetherTheLegacyProviderNameIsEmittedToo() {
    assertThat(SemconvMode.fromOptIn(null)).isEqualTo(SemconvMode.LATEST_AND_LEGACY);
    assertThat(SemconvMode.fromOptIn("http")).isEqualTo(SemconvMode.LATEST_AND_LEGACY);
    assertThat(SemconvMode.fromOptIn("http, gen_ai_latest_experimental")).isEqualTo(SemconvMode.LATEST);
    assertThat(SemconvMode.legacySystemName("azure.ai.openai")).isEqualTo("az.ai.openai");

    try (InMemoryTelemetry legacy = InMemoryTelemetry.create(b -> b.semconvMode(SemconvMode.LATEST_AND_LEGACY));
        AgentRuntime runtime = Fixtures.runtime(legacy.interceptor()).build()) {
      runtime.run("hi");
      assertThat(legacy).hasSpan("chat gpt-4o").withAttribute("gen_ai.system", "openai")
          .withAttribute("gen_ai.provider.name", "openai")
          .and().hasMetric("gen_ai.client.operation.duration").withPoint("gen_ai.system", "openai");
    }
    try (InMemoryTelemetry latest = InMemoryTelemetry.create(b -> b.semconvMode(SemconvMode.LATEST));
        AgentRuntime runtime = Fixtures.runtime(latest.interceptor()).build()) {
      runtime.run("hi");
      assertThat(latest).hasSpan("chat gpt-4o").withoutAttribute("gen_ai.system")
          .withAttribute("gen_ai.provider.name", "openai");
    }
  }

  @Test
  void consolePrintsEachRunAsAReadableTree() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 429, "slow down", Duration.ofMillis(1), null))
        .thenCallTool("create_ticket", "{\"title\":\"x\"}")
        .thenRespond("done")
        .build();
    ResiliencePolicy retryOnce = ResiliencePolicy.builder()
        .modelRetry(RetryPolicy.defaults().withMaxRetries(1).withBackoff(Duration.ofMillis(1), Duration.ofMillis(1)))
        .circuitBreaker(CircuitBreakerPolicy.disabled()).build();
    try (AgentTelemetry console = AgentTelemetry.console(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        AgentRuntime runtime = Fixtures.runtime(console).model(model).resilience(retryOnce)
            .interceptor(new EventsCostAndContentTest.FakeCostAndGuardrails()).build()) {
      runtime.run("hi");
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = out.split("\n");
    assertThat(lines[0]).startsWith("invoke_agent support  ").contains("completed", "steps=2", "tokens ", "$0.0250");
    assertThat(out).contains("├─ chat gpt-4o  ", "tool_calls", "$0.0125")
        .contains("↻ retry 1 after 1 ms (429)")
        .contains("⚑ guardrail pii (input): rewrite")
        .contains("$ budget team-daily passed 80%, $1.7500 left")
        .contains("⚡ circuit model:openai/gpt-4o CLOSED → OPEN")
        .contains("├─ execute_tool create_ticket  ", "  ok")
        .contains("└─ chat gpt-4o  ");
    assertThat(out.indexOf("execute_tool")).isBetween(out.indexOf("├─ chat"), out.indexOf("└─ chat"));
  }

  @Test
  void consoleShowsErrors() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenFail(() -> ModelCallException.ofHttp("gpt-4o", 401, "bad key", null, null)).build();
    try (AgentTelemetry console = AgentTelemetry.console(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        AgentRuntime runtime = Fixtures.runtime(console).model(model).build()) {
      assertThatThrownBy(() -> runtime.run("hi")).isInstanceOf(ModelCallException.class);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("invoke_agent support", "failed", "└─ chat gpt-4o", "✗ 401: model call failed with HTTP 401");
  }

  @Test
  void consoleShowsStartOffsetsSoParallelToolCallsLookParallel() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenCallTools(dev.agentruntime.core.model.ToolCall.of("c1", "slow_a", "{}"),
            dev.agentruntime.core.model.ToolCall.of("c2", "slow_b", "{}"))
        .thenRespond("done")
        .build();
    // both tools must be running at the same time (each waits for the other), so their intervals
    // overlap whatever the machine's load; the console must show that overlap
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    java.util.function.Function<String, dev.agentruntime.core.tool.Tool> slow = name ->
        dev.agentruntime.core.tool.Tool.builder(name).description("sleeps").parameters("{\"type\":\"object\"}")
            .handler(call -> {
              together.await(10, java.util.concurrent.TimeUnit.SECONDS);
              Thread.sleep(100);
              return "ok";
            }).build();
    try (AgentTelemetry console = AgentTelemetry.console(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model)
            .tools(slow.apply("slow_a"), slow.apply("slow_b")).interceptor(console).build()) {
      runtime.run("hi");
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    long[] a = offsetAndDurationMillis(out, "execute_tool slow_a");
    long[] b = offsetAndDurationMillis(out, "execute_tool slow_b");
    long[] secondChat = offsetAndDurationMillis(out, "└─ chat gpt-4o");
    assertThat(out.split("\n")[0]).doesNotContain(" at +");   // the run itself has no offset
    assertThat(a[1]).isGreaterThanOrEqualTo(100);
    assertThat(b[1]).isGreaterThanOrEqualTo(100);
    // shown as overlapping: each starts before the other ends (10 ms for the display's rounding: whole ms, or 0.01 s above 1 s)
    assertThat(a[0]).isLessThanOrEqualTo(b[0] + b[1] + 10);
    assertThat(b[0]).isLessThanOrEqualTo(a[0] + a[1] + 10);
    // the second model call is shown after both finished
    assertThat(secondChat[0] + 10).isGreaterThanOrEqualTo(Math.max(a[0] + a[1], b[0] + b[1]));
  }

  /** The "at +N ms" / "at +N.NN s" offset and the duration after it on the line holding {@code marker}, in ms. */
  private static long[] offsetAndDurationMillis(String out, String marker) {
    String line = java.util.Arrays.stream(out.split("\n")).filter(l -> l.contains(marker)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + marker + " in\n" + out));
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("at \\+([0-9.]+) (ms|s)  ([0-9.]+) (ms|s)").matcher(line);
    assertThat(m.find()).as("offset and duration on: " + line).isTrue();
    return new long[] {millis(m.group(1), m.group(2)), millis(m.group(3), m.group(4))};
  }

  private static long millis(String value, String unit) {
    double v = Double.parseDouble(value);
    return Math.round(unit.equals("s") ? v * 1000 : v);
  }
}
