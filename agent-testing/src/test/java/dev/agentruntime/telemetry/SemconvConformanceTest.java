package dev.agentruntime.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.testing.telemetry.InMemoryTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.AttributeType;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Conformance against the OpenTelemetry GenAI semantic conventions v1.41.1 (registry, spans,
 * metrics) from the shared third-party evaluation data: every {@code gen_ai.*} attribute we emit
 * exists in the registry with the declared type, enum values we emit are members, every span
 * type carries its required attributes and kind, and metric names, instruments and units match.
 */
class SemconvConformanceTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** attribute id → type node (a string, or an object with members for enums). */
  private final Map<String, JsonNode> registry = new HashMap<>();
  private final Map<String, JsonNode> groups = new HashMap<>();
  private final Map<String, JsonNode> metricsByName = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private final AtomicInteger checks = new AtomicInteger();
  private final Set<String> attributesChecked = new TreeSet<>();

  @Test
  void everythingWeEmitConformsToTheGenAiConventions() throws Exception {
    String dir = System.getProperty("agentruntime.evaldata");
    File folder = dir == null ? null : new File(dir, "otel-genai-semconv");
    assumeTrue(folder != null && new File(folder, "registry.yaml").isFile(),
        "third-party evaluation data not found (system property agentruntime.evaldata=" + dir
            + "); skipping the conventions conformance check");
    load(folder);

    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(b -> b.semconvMode(SemconvMode.LATEST)
            .captureContent(ContentCapture.SPAN_ATTRIBUTES_AND_EVENTS));
        AgentRuntime runtime = AgentRuntime.builder().agentName("support")
            .model(ScriptedModelClient.builder().info(Fixtures.GPT)
                .thenCallTools(ToolCall.of("call_1", "create_ticket", "{\"title\":\"x\"}"))
                .thenAnswer(r -> new ModelResponse(AssistantMessage.of("done"), new TokenUsage(900, 120, 800, 40, 60),
                    FinishReason.STOP, "chatcmpl-1", "gpt-4o-2024-08-06", null))
                .build())
            .systemPrompt("Be brief.")
            .tools(Fixtures.createTicket(new AtomicInteger()))
            .interceptor(telemetry.interceptor()).build()) {
      runtime.run("printer on fire", RunOptions.builder().sessionId("s-1").build());

      checkSpan(telemetry.span("invoke_agent support"), "span.gen_ai.invoke_agent.internal");
      for (SpanData chat : telemetry.spans("chat gpt-4o")) {
        checkSpan(chat, "span.gen_ai.inference.client");
      }
      checkSpan(telemetry.span("execute_tool create_ticket"), "span.gen_ai.execute_tool.internal");
      for (LogRecordData event : telemetry.events(GenAiAttributes.EVENT_INFERENCE_DETAILS)) {
        checkRegistryTypes("event " + GenAiAttributes.EVENT_INFERENCE_DETAILS, event.getAttributes());
      }
      Set<String> metricsSeen = new LinkedHashSet<>();
      for (MetricData m : telemetry.metrics()) {
        if (m.getName().startsWith("gen_ai.") && !m.getData().getPoints().isEmpty()) {
          metricsSeen.add(m.getName());
          checkMetric(m);
        }
      }
      assertThat(metricsSeen).containsExactlyInAnyOrder(
          GenAiAttributes.METRIC_TOKEN_USAGE, GenAiAttributes.METRIC_OPERATION_DURATION);
    }
    System.out.printf("semconv conformance: %d checks, %d distinct gen_ai attributes %s, metrics %s%n",
        checks.get(), attributesChecked.size(), attributesChecked,
        List.of(GenAiAttributes.METRIC_TOKEN_USAGE, GenAiAttributes.METRIC_OPERATION_DURATION));
    assertThat(problems).as("conformance problems").isEmpty();
    assertThat(attributesChecked).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void theLegacyDuplicateIsTheOnlyNameOutsideTheLatestRegistry() throws Exception {
    String dir = System.getProperty("agentruntime.evaldata");
    File folder = dir == null ? null : new File(dir, "otel-genai-semconv");
    assumeTrue(folder != null && new File(folder, "registry.yaml").isFile(),
        "third-party evaluation data not found; skipping");
    load(folder);
    try (InMemoryTelemetry telemetry = InMemoryTelemetry.create(b -> b.semconvMode(SemconvMode.LATEST_AND_LEGACY));
        AgentRuntime runtime = Fixtures.runtime(telemetry.interceptor()).build()) {
      runtime.run("hi");
      Set<String> unknown = new TreeSet<>();
      for (SpanData s : telemetry.spans()) {
        s.getAttributes().forEach((k, v) -> {
          if (k.getKey().startsWith("gen_ai.") && !registry.containsKey(k.getKey())) {
            unknown.add(k.getKey());
          }
        });
      }
      assertThat(unknown).containsExactly("gen_ai.system");
    }
  }

  // ------------------------------------------------------------------ checks

  private void checkSpan(SpanData span, String groupId) {
    JsonNode group = groups.get(groupId);
    assertThat(group).as("span group %s in spans.yaml", groupId).isNotNull();
    check(span.getKind() == SpanKind.valueOf(group.get("span_kind").asText().toUpperCase()),
        span.getName() + ": kind " + span.getKind() + " but " + groupId + " says " + group.get("span_kind").asText());
    Map<String, String> levels = new HashMap<>();
    collectAttributes(groupId, levels);
    for (Map.Entry<String, String> e : levels.entrySet()) {
      if ("required".equals(e.getValue())) {
        check(has(span.getAttributes(), e.getKey()), span.getName() + ": required attribute " + e.getKey() + " missing");
      }
    }
    span.getAttributes().forEach((k, v) -> {
      if (k.getKey().startsWith("gen_ai.")) {
        check(levels.containsKey(k.getKey()),
            span.getName() + ": " + k.getKey() + " is not an attribute of " + groupId);
      }
    });
    checkRegistryTypes(span.getName(), span.getAttributes());
    String op = span.getAttributes().get(GenAiAttributes.OPERATION_NAME);
    check(span.getName().startsWith(op), span.getName() + ": name does not start with the operation " + op);
  }

  private void checkMetric(MetricData m) {
    JsonNode def = metricsByName.get(m.getName());
    check(def != null, "metric " + m.getName() + " is not in metrics.yaml");
    if (def == null) {
      return;
    }
    check(def.get("instrument").asText().equals("histogram") == (m.getType() == MetricDataType.HISTOGRAM),
        m.getName() + ": instrument " + m.getType() + " but the conventions say " + def.get("instrument").asText());
    check(def.get("unit").asText().equals(m.getUnit()),
        m.getName() + ": unit " + m.getUnit() + " but the conventions say " + def.get("unit").asText());
    Map<String, String> levels = new HashMap<>();
    collectAttributes(def.get("id").asText(), levels);
    for (PointData p : m.getData().getPoints()) {
      for (Map.Entry<String, String> e : levels.entrySet()) {
        if ("required".equals(e.getValue())) {
          check(has(p.getAttributes(), e.getKey()), m.getName() + ": required attribute " + e.getKey() + " missing");
        }
      }
      checkRegistryTypes("metric " + m.getName(), p.getAttributes());
    }
  }

  private void checkRegistryTypes(String where, Attributes attributes) {
    attributes.forEach((k, v) -> {
      String key = k.getKey();
      if (!key.startsWith("gen_ai.")) {
        return;
      }
      attributesChecked.add(key);
      JsonNode type = registry.get(key);
      check(type != null, where + ": " + key + " is not in the registry");
      if (type == null) {
        return;
      }
      if (type.isObject()) { // enum: a string, and ours must be a listed member
        check(k.getType() == AttributeType.STRING, where + ": " + key + " is an enum but we emit " + k.getType());
        Set<String> members = new TreeSet<>();
        type.get("members").forEach(mm -> members.add(mm.get("value").asText()));
        check(members.contains(String.valueOf(v)), where + ": " + key + "=" + v + " is not one of " + members);
        return;
      }
      String declared = type.asText();
      AttributeType expected;
      switch (declared) {
        case "string":
          expected = AttributeType.STRING;
          break;
        case "int":
          expected = AttributeType.LONG;
          break;
        case "double":
          expected = AttributeType.DOUBLE;
          break;
        case "boolean":
          expected = AttributeType.BOOLEAN;
          break;
        case "string[]":
          expected = AttributeType.STRING_ARRAY;
          break;
        case "any":
          expected = null; // structured values; we emit them as JSON strings
          break;
        default:
          expected = null;
          problems.add(where + ": unknown registry type " + declared + " for " + key);
      }
      if (expected != null) {
        check(k.getType() == expected, where + ": " + key + " is " + declared + " but we emit " + k.getType());
      }
    });
  }

  private void check(boolean ok, String problem) {
    checks.incrementAndGet();
    if (!ok) {
      problems.add(problem);
    }
  }

  private static boolean has(Attributes attributes, String key) {
    for (AttributeKey<?> k : attributes.asMap().keySet()) {
      if (k.getKey().equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Attribute → requirement level of a group and the groups it extends (the most specific wins). */
  private void collectAttributes(String groupId, Map<String, String> into) {
    JsonNode group = groups.get(groupId);
    if (group == null) {
      return;
    }
    if (group.has("attributes")) {
      for (JsonNode a : group.get("attributes")) {
        String ref = a.has("ref") ? a.get("ref").asText() : a.path("id").asText();
        JsonNode level = a.get("requirement_level");
        String l = level == null ? null : level.isTextual() ? level.asText() : level.fieldNames().next();
        if (l != null || !into.containsKey(ref)) {
          into.put(ref, l == null ? into.getOrDefault(ref, "recommended") : l);
        }
      }
    }
    if (group.has("extends")) {
      Map<String, String> parent = new HashMap<>();
      collectAttributes(group.get("extends").asText(), parent);
      parent.forEach(into::putIfAbsent);
    }
  }

  private void load(File folder) throws Exception {
    for (JsonNode g : YAML.readTree(new File(folder, "registry.yaml")).get("groups")) {
      for (JsonNode a : g.path("attributes")) {
        registry.put(a.get("id").asText(), a.get("type"));
      }
    }
    for (String file : List.of("spans.yaml", "metrics.yaml")) {
      for (JsonNode g : YAML.readTree(new File(folder, file)).get("groups")) {
        groups.put(g.get("id").asText(), g);
        if ("metric".equals(g.path("type").asText())) {
          metricsByName.put(g.get("metric_name").asText(), g);
        }
      }
    }
  }
}
