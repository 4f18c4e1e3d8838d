package dev.agentruntime.eval.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.eval.Assertion;
import dev.agentruntime.eval.Dataset;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.assertion.OutputAssertions;
import dev.agentruntime.eval.assertion.TelemetryAssertions;
import dev.agentruntime.eval.assertion.TrajectoryAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads datasets from JSONL, YAML and JSON with Jackson; every error names file, case and key. */
public final class DatasetParser {
  /** Keys under {@code expect} handled here. */
  public static final Set<String> BUILT_IN = Set.of("output", "tools", "telemetry");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> CASE_KEYS =
      Set.of("id", "description", "input", "turns", "session", "tags", "metadata", "expect");

  private DatasetParser() {}

  /**
   * @param file the file
   * @param custom custom expectation kinds
   * @return the dataset
   */
  public static Dataset load(Path file, Map<String, Dataset.ExpectationFactory> custom) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dataset " + file, e);
    }
    String fileName = file.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    String format = lower.endsWith(".jsonl") ? "jsonl" : lower.endsWith(".yaml") || lower.endsWith(".yml") ? "yaml"
        : lower.endsWith(".json") ? "json" : null;
    if (format == null) {
      throw new IllegalArgumentException("dataset " + file + ": unknown format (use .jsonl, .yaml, .yml or .json)");
    }
    String base = fileName.substring(0, fileName.lastIndexOf('.'));
    return parse(base, text, format, custom, file.toString());
  }

  /**
   * @param name dataset name
   * @param text content
   * @param format jsonl, yaml or json
   * @param custom custom expectation kinds
   * @return the dataset
   */
  public static Dataset parse(String name, String text, String format, Map<String, Dataset.ExpectationFactory> custom) {
    return parse(name, text, format, custom, name + "." + format);
  }

  private static Dataset parse(String name, String text, String format,
      Map<String, Dataset.ExpectationFactory> custom, String source) {
    List<EvalCase> cases = new ArrayList<>();
    switch (format) {
      case "jsonl" -> {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i].strip();
          if (line.isEmpty() || line.startsWith("//")) {
            continue;
          }
          String where = source + " line " + (i + 1);
          JsonNode node;
          try {
            node = JSON.readTree(line);
          } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not valid JSON: " + e.getMessage(), e);
          }
          cases.add(toCase(node, where, custom));
        }
      }
      case "yaml", "json" -> {
        JsonNode root;
        try {
          root = ("yaml".equals(format) ? YAML : JSON).readTree(text);
        } catch (IOException e) {
          throw new IllegalArgumentException(source + ": not valid " + format.toUpperCase(Locale.ROOT) + ": "
              + e.getMessage(), e);
        }
        JsonNode list = root;
        if (root != null && root.isObject()) {
          if (root.hasNonNull("name")) {
            name = root.get("name").asText();
          }
          list = root.get("cases");
        }
        if (list == null || !list.isArray()) {
          throw new IllegalArgumentException(source + ": expected a list of cases or an object with 'cases'");
        }
        for (int i = 0; i < list.size(); i++) {
          JsonNode c = list.get(i);
          String where = source + " case " + (i + 1) + (c.hasNonNull("id") ? " (" + c.get("id").asText() + ")" : "");
          cases.add(toCase(c, where, custom));
        }
      }
      default -> throw new IllegalArgumentException(source + ": unknown format " + format);
    }
    if (cases.isEmpty()) {
      throw new IllegalArgumentException(source + ": no cases");
    }
    try {
      return new Dataset(name, cases);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  private static EvalCase toCase(JsonNode n, String where, Map<String, Dataset.ExpectationFactory> custom) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(where + ": a case must be an object");
    }
    unknownKeys(n, CASE_KEYS, where);
    if (!n.hasNonNull("id")) {
      throw new IllegalArgumentException(where + ": missing 'id'");
    }
    EvalCase.Builder b = EvalCase.builder(n.get("id").asText());
    if (n.hasNonNull("description")) {
      b.description(n.get("description").asText());
    }
    if (n.has("input") && n.has("turns")) {
      throw new IllegalArgumentException(where + ": give either 'input' or 'turns', not both");
    }
    if (n.hasNonNull("input")) {
      b.input(text(n.get("input"), where + ": input"));
    } else if (n.hasNonNull("turns")) {
      for (String t : strings(n.get("turns"), where + ": turns")) {
        b.turn(t);
      }
    }
    JsonNode session = n.get("session");
    if (session != null) {
      unknownKeys(session, Set.of("id", "history"), where + ": session");
      if (session.hasNonNull("id")) {
        b.sessionId(session.get("id").asText());
      }
      if (session.hasNonNull("history")) {
        b.history(history(session.get("history"), where + ": session.history"));
      }
    }
    if (n.hasNonNull("tags")) {
      b.tags(strings(n.get("tags"), where + ": tags").toArray(String[]::new));
    }
    if (n.hasNonNull("metadata")) {
      n.get("metadata").properties().forEach(e -> b.metadata(e.getKey(), e.getValue().asText()));
    }
    if (n.hasNonNull("expect")) {
      b.expect(expectations(n.get("expect"), where + ": expect", custom));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<ChatMessage> history(JsonNode list, String where) {
    if (!list.isArray()) {
      throw new IllegalArgumentException(where + ": expected a list of {role, text}");
    }
    List<ChatMessage> out = new ArrayList<>();
    for (JsonNode m : list) {
      String role = m.path("role").asText("");
      String text = m.path("text").asText(m.path("content").asText(""));
      out.add(switch (role) {
        case "user" -> new UserMessage(text);
        case "assistant" -> AssistantMessage.of(text);
        case "system" -> new SystemMessage(text);
        default -> throw new IllegalArgumentException(where + ": role '" + role + "' is not user, assistant or system");
      });
    }
    return out;
  }

  private static List<Assertion> expectations(JsonNode e, String where, Map<String, Dataset.ExpectationFactory> custom) {
    if (!e.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    List<Assertion> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> kind : e.properties()) {
      String w = where + "." + kind.getKey();
      JsonNode v = kind.getValue();
      switch (kind.getKey()) {
        case "output" -> output(v, w, out);
        case "tools" -> tools(v, w, out);
        case "telemetry" -> telemetry(v, w, out);
        default -> {
          Dataset.ExpectationFactory f = custom.get(kind.getKey());
          if (f == null) {
            List<String> known = new ArrayList<>(List.of("output", "tools", "telemetry"));
            known.addAll(custom.keySet());
            throw new IllegalArgumentException(where + ": unknown expectation '" + kind.getKey() + "' (known: "
                + String.join(", ", known) + ")");
          }
          try {
            out.add(f.create(JSON.convertValue(v, Object.class)));
          } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(w + ": " + ex.getMessage(), ex);
          }
        }
      }
    }
    return out;
  }

  private static void output(JsonNode v, String where, List<Assertion> out) {
    unknownKeys(v, Set.of("equals", "contains", "notContains", "regex", "jsonSchema", "number"), where);
    try {
      if (v.has("equals")) {
        out.add(OutputAssertions.equalTo(text(v.get("equals"), where + ".equals")));
      }
      if (v.has("contains")) {
        out.add(OutputAssertions.contains(strings(v.get("contains"), where + ".contains").toArray(String[]::new)));
      }
      if (v.has("notContains")) {
        out.add(OutputAssertions.doesNotContain(strings(v.get("notContains"), where + ".notContains")
            .toArray(String[]::new)));
      }
      if (v.has("regex")) {
        out.add(OutputAssertions.matches(text(v.get("regex"), where + ".regex")));
      }
      if (v.has("jsonSchema")) {
        JsonNode s = v.get("jsonSchema");
        out.add(OutputAssertions.matchesJsonSchema(s.isTextual() ? s.asText() : s.toString()));
      }
      if (v.has("number")) {
        JsonNode num = v.get("number");
        if (!num.path("value").isNumber()) {
          throw new IllegalArgumentException("number needs a numeric 'value' (and optional 'tolerance')");
        }
        out.add(OutputAssertions.numberCloseTo(num.get("value").asDouble(), num.path("tolerance").asDouble(0)));
      }
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static void tools(JsonNode v, String where, List<Assertion> out) {
    unknownKeys(v, Set.of("called", "calledWith", "inOrder", "anyOrder", "subsetOf", "supersetOf", "never",
        "maxSteps", "maxToolCalls"), where);
    try {
      if (v.has("called")) {
        strings(v.get("called"), where + ".called").forEach(t -> out.add(TrajectoryAssertions.called(t)));
      }
      if (v.has("calledWith")) {
        JsonNode cw = v.get("calledWith");
        if (!cw.isObject()) {
          throw new IllegalArgumentException("calledWith must map tool names to argument objects");
        }
        for (Map.Entry<String, JsonNode> e : cw.properties()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> args = JSON.convertValue(e.getValue(), LinkedHashMap.class);
          out.add(TrajectoryAssertions.calledWith(e.getKey(), args));
        }
      }
      if (v.has("inOrder")) {
        out.add(TrajectoryAssertions.calledInOrder(strings(v.get("inOrder"), where).toArray(String[]::new)));
      }
      if (v.has("anyOrder")) {
        out.add(TrajectoryAssertions.calledInAnyOrder(strings(v.get("anyOrder"), where).toArray(String[]::new)));
      }
      if (v.has("subsetOf")) {
        out.add(TrajectoryAssertions.calledSubsetOf(strings(v.get("subsetOf"), where).toArray(String[]::new)));
      }
      if (v.has("supersetOf")) {
        out.add(TrajectoryAssertions.calledSupersetOf(strings(v.get("supersetOf"), where).toArray(String[]::new)));
      }
      if (v.has("never")) {
        strings(v.get("never"), where + ".never").forEach(t -> out.add(TrajectoryAssertions.neverCalled(t)));
      }
      if (v.has("maxSteps")) {
        out.add(TrajectoryAssertions.atMostSteps(integer(v.get("maxSteps"), where + ".maxSteps")));
      }
      if (v.has("maxToolCalls")) {
        out.add(TrajectoryAssertions.atMostToolCalls(integer(v.get("maxToolCalls"), where + ".maxToolCalls")));
      }
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static void telemetry(JsonNode v, String where, List<Assertion> out) {
    unknownKeys(v, Set.of("maxCostUsd", "maxTokens", "maxLatencyMs", "noGuardrailBlock", "noRetry", "noLimitHit",
        "limitHit", "guardrailTriggered", "failsWith"), where);
    try {
      if (v.has("maxCostUsd")) {
        out.add(TelemetryAssertions.costAtMost(v.get("maxCostUsd").asText()));
      }
      if (v.has("maxTokens")) {
        out.add(TelemetryAssertions.tokensAtMost(integer(v.get("maxTokens"), where + ".maxTokens")));
      }
      if (v.has("maxLatencyMs")) {
        out.add(TelemetryAssertions.latencyAtMost(Duration.ofMillis(integer(v.get("maxLatencyMs"), where))));
      }
      if (flag(v, "noGuardrailBlock", where)) {
        out.add(TelemetryAssertions.noGuardrailBlock());
      }
      if (flag(v, "noRetry", where)) {
        out.add(TelemetryAssertions.noRetry());
      }
      if (flag(v, "noLimitHit", where)) {
        out.add(TelemetryAssertions.noLimitHit());
      }
      if (v.has("limitHit")) {
        String l = v.get("limitHit").asText();
        try {
          out.add(TelemetryAssertions.limitHit(Limit.valueOf(l)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("limitHit '" + l + "' is not one of " + List.of(Limit.values()), e);
        }
      }
      if (v.has("guardrailTriggered")) {
        JsonNode g = v.get("guardrailTriggered");
        String name = g.isTextual() ? g.asText() : g.path("name").asText(null);
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("guardrailTriggered needs a guardrail name");
        }
        out.add(TelemetryAssertions.guardrailTriggered(name, g.isObject() ? g.path("action").asText(null) : null));
      }
      if (v.has("failsWith")) {
        out.add(TelemetryAssertions.failsWith(exceptionType(v.get("failsWith").asText())));
      }
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(where) ? e : new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static Class<? extends Throwable> exceptionType(String name) {
    String fqcn = name.contains(".") ? name : "dev.agentruntime.core.error." + name;
    try {
      Class<?> c = Class.forName(fqcn, false, DatasetParser.class.getClassLoader());
      if (!Throwable.class.isAssignableFrom(c)) {
        throw new IllegalArgumentException("failsWith '" + name + "' is not an exception type");
      }
      return c.asSubclass(Throwable.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("failsWith '" + name + "': no such exception (simple names are looked up in "
          + AgentRuntimeException.class.getPackageName() + ")", e);
    }
  }

  private static boolean flag(JsonNode v, String key, String where) {
    if (!v.has(key)) {
      return false;
    }
    if (!v.get(key).isBoolean()) {
      throw new IllegalArgumentException(where + "." + key + " must be true or false");
    }
    return v.get(key).asBoolean();
  }

  private static int integer(JsonNode v, String where) {
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException(where + " must be an integer, was " + v);
    }
    return v.asInt();
  }

  private static String text(JsonNode v, String where) {
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + " must be a string, was " + v);
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode v, String where) {
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + " must be a string or a list of strings, was " + v);
    }
    List<String> out = new ArrayList<>();
    v.forEach(x -> out.add(text(x, where)));
    return out;
  }

  private static void unknownKeys(JsonNode n, Set<String> known, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object, was " + n);
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw new IllegalArgumentException(where + ": unknown key '" + k + "' (known: "
            + known.stream().sorted().toList() + ")");
      }
    }
  }
}
