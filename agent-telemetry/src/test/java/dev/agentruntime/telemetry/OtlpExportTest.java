package dev.agentruntime.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run exported over OTLP/HTTP to a local receiver, decoded from protobuf as a collector would. */
class OtlpExportTest {
  private WireMockServer receiver;

  @BeforeEach
  void start() {
    receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/v1/traces")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/x-protobuf")));
  }

  @AfterEach
  void stop() {
    receiver.stop();
  }

  @Test
  void aRunArrivesAtTheCollectorWithNamesParentsAndAttributes() throws Exception {
    OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder()
        .setEndpoint("http://localhost:" + receiver.port() + "/v1/traces").build();
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .setResource(Resource.getDefault().merge(Resource.create(
                io.opentelemetry.api.common.Attributes.of(AttributeKey.stringKey("service.name"), "support-bot"))))
            .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
            .build())
        .build();
    AgentResult result;
    try (AgentRuntime runtime = Fixtures.runtime(
        AgentTelemetry.builder().openTelemetry(sdk).semconvMode(SemconvMode.LATEST).build()).build()) {
      result = runtime.run("printer on fire", RunOptions.builder().sessionId("sess-otlp").build());
    }
    assertThat(sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
    sdk.close();

    List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo("/v1/traces")));
    assertThat(requests).isNotEmpty();
    assertThat(requests.get(0).getHeader("Content-Type")).isEqualTo("application/x-protobuf");
    List<Span> spans = new ArrayList<>();
    for (LoggedRequest r : requests) {
      ExportTraceServiceRequest decoded = ExportTraceServiceRequest.parseFrom(r.getBody());
      for (ResourceSpans rs : decoded.getResourceSpansList()) {
        assertThat(attributes(rs.getResource().getAttributesList())).containsEntry("service.name", "support-bot");
        for (ScopeSpans ss : rs.getScopeSpansList()) {
          assertThat(ss.getScope().getName()).isEqualTo(AgentTelemetry.INSTRUMENTATION_NAME);
          assertThat(ss.getSchemaUrl()).isEqualTo("https://opentelemetry.io/schemas/1.41.1");
          spans.addAll(ss.getSpansList());
        }
      }
    }
    assertThat(spans).extracting(Span::getName).containsExactlyInAnyOrder(
        "invoke_agent support", "chat gpt-4o", "execute_tool create_ticket", "chat gpt-4o");
    Map<String, Span> byName = new HashMap<>();
    spans.forEach(s -> byName.putIfAbsent(s.getName(), s));
    Span root = byName.get("invoke_agent support");
    assertThat(root.getParentSpanId().isEmpty()).isTrue();
    assertThat(root.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_INTERNAL);
    for (Span s : spans) {
      assertThat(s.getTraceId()).isEqualTo(root.getTraceId());
      if (s != root) {
        assertThat(s.getParentSpanId()).isEqualTo(root.getSpanId());
      }
    }
    Map<String, Object> chat = attributes(byName.get("chat gpt-4o").getAttributesList());
    assertThat(byName.get("chat gpt-4o").getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
    assertThat(chat).containsEntry("gen_ai.operation.name", "chat")
        .containsEntry("gen_ai.provider.name", "openai")
        .containsEntry("gen_ai.request.model", "gpt-4o")
        .containsEntry("server.address", "api.openai.com")
        .containsEntry("server.port", 443L)
        .containsEntry("gen_ai.conversation.id", "sess-otlp")
        .containsEntry("gen_ai.usage.input_tokens", result.modelCalls().get(0).usage().inputTokens())
        .containsKey("gen_ai.response.finish_reasons");
    Map<String, Object> tool = attributes(byName.get("execute_tool create_ticket").getAttributesList());
    assertThat(tool).containsEntry("gen_ai.tool.name", "create_ticket").containsEntry("gen_ai.tool.call.id", "call_1");
    assertThat(attributes(root.getAttributesList())).containsEntry("gen_ai.agent.name", "support")
        .containsEntry("agent_runtime.run.id", result.runId())
        .doesNotContainKey("gen_ai.usage.input_tokens");
  }

  static Map<String, Object> attributes(List<KeyValue> kvs) {
    return kvs.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> value(kv.getValue())));
  }

  private static Object value(AnyValue v) {
    switch (v.getValueCase()) {
      case STRING_VALUE:
        return v.getStringValue();
      case INT_VALUE:
        return v.getIntValue();
      case DOUBLE_VALUE:
        return v.getDoubleValue();
      case BOOL_VALUE:
        return v.getBoolValue();
      case ARRAY_VALUE:
        return v.getArrayValue().getValuesList().stream().map(OtlpExportTest::value).collect(Collectors.toList());
      default:
        return v.toString();
    }
  }
}
