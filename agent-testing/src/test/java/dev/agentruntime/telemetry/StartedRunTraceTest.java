package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run started on the runtime's executor belongs to the trace of whoever started it. */
class StartedRunTraceTest {
  private final InMemoryTelemetry telemetry = InMemoryTelemetry.create();

  @AfterEach
  void close() {
    telemetry.close();
  }

  @Test
  void aRunStartedFromATracedRequestIsPartOfThatRequestsTrace() {
    Span request = telemetry.openTelemetry().getTracer("app").spanBuilder("POST /chat").startSpan();
    try (AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build();
        Scope ignored = request.makeCurrent()) {
      runtime.start("My printer is on fire", RunOptions.defaults()).join();
    } finally {
      request.end();
    }
    SpanData run = telemetry.span("invoke_agent support");
    SpanData req = telemetry.span("POST /chat");
    assertThat(run.getTraceId()).as("the run is in the request's trace").isEqualTo(req.getTraceId());
    assertThat(run.getParentSpanId()).isEqualTo(req.getSpanId());
  }

  @Test
  void aStreamedRunIsPartOfTheTraceOfWhoeverStartedIt() {
    Span request = telemetry.openTelemetry().getTracer("app").spanBuilder("GET /chat/stream").startSpan();
    try (AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build();
        Scope ignored = request.makeCurrent()) {
      EventStream events = runtime.stream("My printer is on fire");
      events.forEach(e -> { });
      events.result().join();
    } finally {
      request.end();
    }
    SpanData run = telemetry.span("invoke_agent support");
    assertThat(run.getParentSpanId()).isEqualTo(telemetry.span("GET /chat/stream").getSpanId());
  }
}
