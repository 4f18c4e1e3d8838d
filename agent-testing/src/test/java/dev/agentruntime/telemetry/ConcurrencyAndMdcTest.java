package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunHandle;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class ConcurrencyAndMdcTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
    MDC.clear();
  }

  @Test
  void concurrentRunsNeverMixSpans() throws Exception {
    int runs = 12;
    CountDownLatch allInside = new CountDownLatch(runs);
    Tool slow = Tool.builder("wait_for_all").handler(inv -> {
      allInside.countDown();
      allInside.await(); // every run is inside its tool call at the same time
      return inv.context().options().sessionId();
    }).build();
    ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
        .thenCallTool("wait_for_all", "{}").thenRespond(r -> "done").build();
    List<RunHandle> handles = new ArrayList<>();
    try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model).tools(slow)
        .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
      for (int i = 0; i < runs; i++) {
        handles.add(runtime.start("go " + i, RunOptions.builder().sessionId("s" + i).build()));
      }
      List<AgentResult> results = new ArrayList<>();
      for (RunHandle h : handles) {
        results.add(h.join());
      }
      assertThat(telemetry.runs()).hasSize(runs);
      for (int i = 0; i < runs; i++) {
        String session = "s" + i;
        List<SpanData> spans = telemetry.run(results.get(i).runId());
        assertThat(spans).extracting(SpanData::getName)
            .containsExactly("invoke_agent support", "chat gpt-4o", "execute_tool wait_for_all", "chat gpt-4o");
        String trace = spans.get(0).getTraceId();
        String runId = results.get(i).runId();
        assertThat(spans).allSatisfy(s -> {
          assertThat(s.getTraceId()).isEqualTo(trace);
          assertThat(s.getAttributes().get(RuntimeAttributes.RUN_ID)).isEqualTo(runId);
        });
        assertThat(spans.stream().filter(s -> s.getName().startsWith("chat")))
            .allSatisfy(s -> assertThat(s.getAttributes().get(GenAiAttributes.CONVERSATION_ID)).isEqualTo(session));
      }
      assertThat(telemetry.spans().stream().map(SpanData::getTraceId).distinct()).hasSize(runs);
    }
  }

  @Test
  void applicationLogsCarryTraceSpanRunAndSessionIdsOnEveryThreadAndMdcIsRestoredAfterwards() throws Exception {
    Logger appLog = (Logger) LoggerFactory.getLogger("app");
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    appLog.addAppender(logs);
    appLog.setLevel(Level.INFO);
    try {
      Tool a = logging("tool_a", appLog);
      Tool b = logging("tool_b", appLog);
      ScriptedModelClient model = ScriptedModelClient.builder().info(Fixtures.GPT)
          .thenCallTools(ToolCall.of("c1", "tool_a", "{}"), ToolCall.of("c2", "tool_b", "{}")) // run in parallel
          .thenRespond(r -> {
            appLog.info("model answering");
            return "done";
          })
          .build();
      MDC.put(AgentTelemetry.MDC_TRACE_ID, "caller-trace");
      AgentResult result;
      try (AgentRuntime runtime = AgentRuntime.builder().agentName("support").model(model).tools(a, b)
          .resilience(ResiliencePolicy.none()).interceptor(telemetry.interceptor()).build()) {
        result = runtime.run("go", RunOptions.builder().sessionId("sess-9").build());
      }
      SpanData root = telemetry.span("invoke_agent support");
      Map<String, Map<String, String>> byMessage = new ConcurrentHashMap<>();
      Map<String, String> threads = new ConcurrentHashMap<>();
      for (ILoggingEvent e : logs.list) {
        byMessage.put(e.getFormattedMessage(), e.getMDCPropertyMap());
        threads.put(e.getFormattedMessage(), e.getThreadName());
      }
      for (String tool : List.of("tool_a", "tool_b")) {
        SpanData span = telemetry.span("execute_tool " + tool);
        assertThat(byMessage.get("running " + tool))
            .containsEntry(AgentTelemetry.MDC_TRACE_ID, root.getTraceId())
            .containsEntry(AgentTelemetry.MDC_SPAN_ID, span.getSpanId())
            .containsEntry(AgentTelemetry.MDC_RUN_ID, result.runId())
            .containsEntry(AgentTelemetry.MDC_SESSION_ID, "sess-9");
      }
      assertThat(threads.values()).hasSizeGreaterThan(1); // the parallel tool calls used other threads
      assertThat(byMessage.get("model answering"))
          .containsEntry(AgentTelemetry.MDC_TRACE_ID, root.getTraceId())
          .containsEntry(AgentTelemetry.MDC_SPAN_ID, telemetry.spans("chat gpt-4o").get(1).getSpanId());
      // restored on the caller's thread
      assertThat(MDC.get(AgentTelemetry.MDC_TRACE_ID)).isEqualTo("caller-trace");
      assertThat(MDC.get(AgentTelemetry.MDC_SPAN_ID)).isNull();
      assertThat(MDC.get(AgentTelemetry.MDC_RUN_ID)).isNull();
      assertThat(MDC.get(AgentTelemetry.MDC_SESSION_ID)).isNull();
    } finally {
      appLog.detachAppender(logs);
    }
  }

  @Test
  void mdcCanBeSwitchedOff() throws Exception {
    Map<String, Map<String, String>> seen = new ConcurrentHashMap<>();
    try (InMemoryTelemetry quiet = InMemoryTelemetry.create(b -> b.mdc(false));
        AgentRuntime runtime = AgentRuntime.builder().model(ScriptedModelClient.builder()
                .thenCallTool("tool_a", "{}").thenRespond("ok").build())
            .tools(mdcRecorder("tool_a", seen)).interceptor(quiet.interceptor()).build()) {
      runtime.run("go");
      assertThat(quiet.spans()).hasSize(4);
    }
    assertThat(seen.get("tool_a")).doesNotContainKeys(AgentTelemetry.MDC_TRACE_ID, AgentTelemetry.MDC_RUN_ID);
  }

  private static Tool logging(String name, Logger log) {
    return Tool.builder(name).handler(inv -> {
      log.info("running " + name);
      return "ok";
    }).build();
  }

  private static Tool mdcRecorder(String name, Map<String, Map<String, String>> seen) {
    return Tool.builder(name).handler(inv -> {
      Map<String, String> copy = MDC.getCopyOfContextMap();
      seen.put(name, copy == null ? Map.of() : copy);
      return "ok";
    }).build();
  }
}
