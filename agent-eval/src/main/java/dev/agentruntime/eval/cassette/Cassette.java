package dev.agentruntime.eval.cassette;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Records every model and tool call once and replays them byte for byte, with no network and no
 * key.
 *
 * <pre>{@code
 * // once, against the real endpoint (or WireMock):
 * Cassette cassette = Cassette.record(Path.of("src/test/resources/support.cassette.json"));
 * AgentRuntime rt = AgentRuntime.builder()
 *     .model(cassette.model(realClient)).tools(cassette.tools(realTools)).build();
 * ... run the eval ...
 * cassette.save();
 *
 * // in CI, from then on:
 * Cassette cassette = Cassette.replay(Path.of("src/test/resources/support.cassette.json"));
 * AgentRuntime rt = AgentRuntime.builder().model(cassette.model()).tools(cassette.tools()).build();
 * }</pre>
 *
 * <p>A model call is matched on its whole request (messages, tool specs, model, temperature, max
 * tokens; not metadata); a tool call on its name and arguments (JSON, key order ignored). Calls
 * asked more often than recorded get the last recorded answer again. A call the cassette does not
 * hold fails with {@link CassetteMissException} naming the closest recording and where it
 * differs. Wrap the raw client and tools (beneath the runtime), so that retries, guardrails and
 * costs still run on replay. Thread-safe.
 */
public final class Cassette {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /** Whether a cassette records or replays. */
  public enum Mode {
    /** Calls go to the real client and tools and are stored. */
    RECORD,
    /** Calls are answered from the cassette; nothing real is called. */
    REPLAY
  }

  private final Path file;
  private final Mode mode;
  private final List<ObjectNode> interactions = new ArrayList<>();
  private final Map<String, List<JsonNode>> modelAnswers = new HashMap<>();
  private final Map<String, List<JsonNode>> toolAnswers = new HashMap<>();
  private final Map<String, Integer> cursors = new HashMap<>();
  private final Map<String, ObjectNode> toolSpecs = new LinkedHashMap<>();
  private @Nullable ObjectNode modelInfo;

  private Cassette(Path file, Mode mode) {
    this.file = file;
    this.mode = mode;
  }

  /**
   * @param file where {@link #save()} writes the recording
   * @return an empty cassette in RECORD mode
   */
  public static Cassette record(Path file) {
    return new Cassette(Objects.requireNonNull(file, "file"), Mode.RECORD);
  }

  /**
   * @param file a recording written by {@link #save()}
   * @return the cassette in REPLAY mode
   * @throws IllegalArgumentException when the file is not a cassette (naming what is wrong)
   * @throws UncheckedIOException when it cannot be read
   */
  public static Cassette replay(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cassette " + file + ": " + e.getMessage(), e);
    }
    return replay(file, text);
  }

  /**
   * @param source where the recording came from (a file name or resource, for messages)
   * @param json a recording written by {@link #save()} (e.g. read from the classpath)
   * @return the cassette in REPLAY mode
   * @throws IllegalArgumentException when the text is not a cassette (naming what is wrong)
   */
  public static Cassette replay(Path source, String json) {
    Path file = Objects.requireNonNull(source, "source");
    Cassette c = new Cassette(file, Mode.REPLAY);
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("cassette " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (root == null || root.path("version").asInt() != 1 || !root.path("interactions").isArray()) {
      throw new IllegalArgumentException("cassette " + file + " is not a version-1 cassette (expected"
          + " {\"version\": 1, \"interactions\": [...]})");
    }
    c.modelInfo = root.hasNonNull("model") ? (ObjectNode) root.get("model") : null;
    root.path("tools").forEach(t -> c.toolSpecs.put(t.path("name").asText(), (ObjectNode) t));
    int i = 0;
    for (JsonNode n : root.get("interactions")) {
      i++;
      String kind = n.path("kind").asText();
      switch (kind) {
        case "model" -> c.modelAnswers.computeIfAbsent(key(n.get("request")), k -> new ArrayList<>())
            .add(require(n, "response", file, i));
        case "tool" -> c.toolAnswers.computeIfAbsent(toolKey(n.path("tool").asText(), require(n, "arguments", file, i)),
            k -> new ArrayList<>()).add(n);
        default -> throw new IllegalArgumentException("cassette " + file + " interaction " + i
            + ": kind must be model or tool, was '" + kind + "'");
      }
      c.interactions.add((ObjectNode) n);
    }
    return c;
  }

  /** @return RECORD or REPLAY */
  public Mode mode() {
    return mode;
  }

  /** @return the cassette's file */
  public Path file() {
    return file;
  }

  /** @return how many calls it holds */
  public synchronized int size() {
    return interactions.size();
  }

  /**
   * In RECORD mode: a client calling {@code delegate} and storing each exchange. In REPLAY mode:
   * {@code delegate} is never called (it may be null); answers come from the cassette.
   *
   * @param delegate the real client (may be null in REPLAY mode)
   * @return the client to give the runtime
   */
  public ModelClient model(@Nullable ModelClient delegate) {
    if (mode == Mode.REPLAY) {
      return model();
    }
    Objects.requireNonNull(delegate, "delegate");
    synchronized (this) {
      ModelInfo info = delegate.info();
      modelInfo = JSON.createObjectNode().put("provider", info.provider()).put("model", info.model());
    }
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) throws Exception {
        ModelResponse response = delegate.chat(request);
        ObjectNode n = JSON.createObjectNode().put("kind", "model");
        n.set("request", requestJson(request));
        n.set("response", responseJson(response));
        synchronized (Cassette.this) {
          interactions.add(n);
        }
        return response;
      }

      @Override
      public ModelInfo info() {
        return delegate.info();
      }
    };
  }

  /**
   * @return a replaying client reporting the recorded model's info
   * @throws IllegalStateException in RECORD mode
   */
  public ModelClient model() {
    requireReplay("model()");
    ModelInfo info = modelInfo == null ? ModelInfo.UNKNOWN
        : ModelInfo.of(modelInfo.path("provider").asText("unknown"), modelInfo.path("model").asText("unknown"));
    return new ModelClient() {
      @Override
      public ModelResponse chat(ModelRequest request) {
        JsonNode req = requestJson(request);
        JsonNode answer = next("model:" + key(req), modelAnswers.get(key(req)));
        if (answer == null) {
          throw new CassetteMissException(currentRun(), missMessage(req));
        }
        return responseFrom(answer);
      }

      @Override
      public ModelInfo info() {
        return info;
      }
    };
  }

  /**
   * @param delegates the real tools
   * @return in RECORD mode, tools running the delegates and storing each call; in REPLAY mode,
   *     tools with the delegates' specs answering from the cassette (the delegates never run)
   */
  public List<Tool> tools(List<? extends Tool> delegates) {
    List<Tool> out = new ArrayList<>();
    for (Tool t : delegates) {
      out.add(tool(t));
    }
    return out;
  }

  /** @return in REPLAY mode, every recorded tool, answering from the cassette */
  public List<Tool> tools() {
    requireReplay("tools()");
    List<Tool> out = new ArrayList<>();
    for (ObjectNode spec : toolSpecs.values()) {
      ToolSpec s = new ToolSpec(spec.path("name").asText(), spec.path("description").asText(""),
          spec.path("parameters").asText(null));
      out.add(replayTool(s, spec.path("sideEffecting").asBoolean(false)));
    }
    return out;
  }

  /**
   * @param delegate the real tool
   * @return see {@link #tools(List)}
   */
  public Tool tool(Tool delegate) {
    Objects.requireNonNull(delegate, "delegate");
    if (mode == Mode.REPLAY) {
      return replayTool(delegate.spec(), delegate.sideEffecting());
    }
    ToolSpec spec = delegate.spec();
    synchronized (this) {
      toolSpecs.put(spec.name(), JSON.createObjectNode().put("name", spec.name())
          .put("description", spec.description()).put("parameters", spec.parametersSchema())
          .put("sideEffecting", delegate.sideEffecting()));
    }
    return new Tool() {
      @Override
      public ToolSpec spec() {
        return spec;
      }

      @Override
      public boolean sideEffecting() {
        return delegate.sideEffecting();
      }

      @Override
      public ToolResult execute(ToolInvocation invocation) throws Exception {
        ObjectNode n = JSON.createObjectNode().put("kind", "tool").put("tool", spec.name());
        n.set("arguments", canonicalTree(invocation.call().arguments()));
        try {
          ToolResult r = delegate.execute(invocation);
          if (r != null) {
            n.putObject("result").put("content", r.content()).put("isError", r.isError());
          }
          return r;
        } catch (Exception e) {
          n.putObject("thrown").put("type", e.getClass().getName()).put("message", e.getMessage());
          throw e;
        } finally {
          synchronized (Cassette.this) {
            interactions.add(n);
          }
        }
      }
    };
  }

  private Tool replayTool(ToolSpec spec, boolean sideEffecting) {
    return new Tool() {
      @Override
      public ToolSpec spec() {
        return spec;
      }

      @Override
      public boolean sideEffecting() {
        return sideEffecting;
      }

      @Override
      public ToolResult execute(ToolInvocation invocation) throws Exception {
        String k = toolKey(spec.name(), canonicalTree(invocation.call().arguments()));
        JsonNode n = next("tool:" + k, toolAnswers.get(k));
        if (n == null) {
          throw new CassetteMissException(currentRun(), "cassette " + file + " holds no call of tool '" + spec.name()
              + "' with arguments " + invocation.call().arguments() + " (recorded calls of it: "
              + recordedArguments(spec.name()) + ")");
        }
        if (n.has("thrown")) {
          throw rethrown(n.get("thrown"));
        }
        JsonNode r = n.get("result");
        return r == null ? null : new ToolResult(r.path("content").asText(), r.path("isError").asBoolean());
      }
    };
  }

  /**
   * Writes the recording (RECORD mode), creating parent directories.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  public synchronized void save() {
    if (mode != Mode.RECORD) {
      throw new IllegalStateException("only a recording cassette can be saved");
    }
    ObjectNode root = JSON.createObjectNode().put("version", 1);
    if (modelInfo != null) {
      root.set("model", modelInfo);
    }
    ArrayNode tools = root.putArray("tools");
    toolSpecs.values().forEach(tools::add);
    ArrayNode all = root.putArray("interactions");
    // sorted (stably) by what was asked, so that runs in parallel record the same file every time
    List<ObjectNode> sorted = new ArrayList<>(interactions);
    sorted.sort(java.util.Comparator.comparing(Cassette::sortKey));
    sorted.forEach(all::add);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cassette " + file, e);
    }
  }

  private static String sortKey(ObjectNode n) {
    return "model".equals(n.path("kind").asText()) ? "0 " + n.get("request").toString()
        : "1 " + n.path("tool").asText() + " " + n.get("arguments").toString();
  }

  private synchronized @Nullable JsonNode next(String cursorKey, @Nullable List<JsonNode> answers) {
    if (answers == null || answers.isEmpty()) {
      return null;
    }
    int i = cursors.merge(cursorKey, 1, Integer::sum) - 1;
    return answers.get(Math.min(i, answers.size() - 1));
  }

  private void requireReplay(String what) {
    if (mode != Mode.REPLAY) {
      throw new IllegalStateException(what + " replays; a recording cassette needs the real client/tools");
    }
  }

  private static JsonNode require(JsonNode n, String field, Path file, int i) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("cassette " + file + " interaction " + i + " has no '" + field + "'");
    }
    return n.get(field);
  }

  private static @Nullable String currentRun() {
    return RunContext.current().map(RunContext::runId).orElse(null);
  }

  private String missMessage(JsonNode req) {
    JsonNode messages = req.get("messages");
    String best = null;
    int bestPrefix = -1;
    JsonNode bestReq = null;
    for (ObjectNode n : interactions) {
      if (!"model".equals(n.path("kind").asText())) {
        continue;
      }
      JsonNode recorded = n.get("request");
      int p = 0;
      JsonNode rm = recorded.path("messages");
      while (p < rm.size() && p < messages.size() && rm.get(p).equals(messages.get(p))) {
        p++;
      }
      if (p > bestPrefix) {
        bestPrefix = p;
        bestReq = recorded;
      }
    }
    StringBuilder sb = new StringBuilder("cassette ").append(file).append(" holds no model call matching this request (")
        .append(messages.size()).append(" messages, last: ").append(abbreviate(messages.get(messages.size() - 1).toString()))
        .append(")");
    if (bestReq == null) {
      return sb.append("; the cassette has no model calls. Re-record it.").toString();
    }
    JsonNode rm = bestReq.get("messages");
    if (bestPrefix < messages.size() && bestPrefix < rm.size()) {
      best = "message " + (bestPrefix + 1) + " differs: recorded " + abbreviate(rm.get(bestPrefix).toString())
          + ", now " + abbreviate(messages.get(bestPrefix).toString());
    } else if (bestPrefix == rm.size() && bestPrefix == messages.size()) {
      for (String f : List.of("tools", "model", "temperature", "maxOutputTokens")) {
        if (!Objects.equals(bestReq.get(f), req.get(f))) {
          best = "same messages, but '" + f + "' differs: recorded " + abbreviate(String.valueOf(bestReq.get(f)))
              + ", now " + abbreviate(String.valueOf(req.get(f)));
          break;
        }
      }
    } else {
      best = "the closest recording has " + rm.size() + " messages, this request " + messages.size();
    }
    return sb.append("; closest recording: ").append(best).append(". Re-record the cassette if the change is intended.")
        .toString();
  }

  private synchronized List<String> recordedArguments(String tool) {
    List<String> out = new ArrayList<>();
    for (ObjectNode n : interactions) {
      if ("tool".equals(n.path("kind").asText()) && tool.equals(n.path("tool").asText())) {
        out.add(n.get("arguments").toString());
      }
    }
    return out;
  }

  private static Exception rethrown(JsonNode thrown) {
    String type = thrown.path("type").asText();
    String message = thrown.path("message").isNull() ? null : thrown.path("message").asText();
    try {
      Class<?> c = Class.forName(type);
      if (Exception.class.isAssignableFrom(c)) {
        return (Exception) c.getConstructor(String.class).newInstance(message);
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      // fall through: a plain exception with the same message
    }
    return new IllegalStateException(message);
  }

  private static String key(JsonNode request) {
    return request.toString();
  }

  private static String toolKey(String tool, JsonNode arguments) {
    return tool + " " + arguments.toString();
  }

  private static JsonNode canonicalTree(String json) {
    try {
      Object plain = CANONICAL.readValue(json, Object.class);
      return CANONICAL.readTree(CANONICAL.writeValueAsString(sortKeys(plain)));
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object sortKeys(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> sorted = new TreeMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> sorted.put(k, sortKeys(v)));
      return sorted;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(Cassette::sortKeys).toList();
    }
    return o;
  }

  static ObjectNode requestJson(ModelRequest r) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode messages = n.putArray("messages");
    for (ChatMessage m : r.messages()) {
      ObjectNode o = messages.addObject().put("role", m.role()).put("text", m.text());
      if (m instanceof AssistantMessage a && a.hasToolCalls()) {
        ArrayNode calls = o.putArray("toolCalls");
        a.toolCalls().forEach(c -> calls.addObject().put("id", c.id()).put("name", c.name())
            .set("arguments", canonicalTree(c.arguments())));
      }
      if (m instanceof ToolResultMessage t) {
        o.put("toolCallId", t.toolCallId()).put("toolName", t.toolName()).put("isError", t.isError());
      }
    }
    ArrayNode tools = n.putArray("tools");
    r.tools().forEach(t -> tools.addObject().put("name", t.name()).put("description", t.description())
        .set("parameters", canonicalTree(t.parametersSchema())));
    n.put("model", r.model());
    n.put("temperature", r.temperature());
    n.put("maxOutputTokens", r.maxOutputTokens());
    return n;
  }

  static ObjectNode responseJson(ModelResponse r) {
    ObjectNode n = JSON.createObjectNode().put("text", r.text());
    ArrayNode calls = n.putArray("toolCalls");
    r.message().toolCalls().forEach(c -> calls.addObject().put("id", c.id()).put("name", c.name())
        .put("arguments", c.arguments()));
    TokenUsage u = r.usage();
    n.putObject("usage").put("input", u.inputTokens()).put("output", u.outputTokens())
        .put("cachedInput", u.cachedInputTokens()).put("cacheWriteInput", u.cacheWriteInputTokens())
        .put("reasoning", u.reasoningTokens());
    n.put("finishReason", r.finishReason().name());
    n.put("responseId", r.responseId());
    n.put("responseModel", r.responseModel());
    ObjectNode meta = n.putObject("metadata");
    r.metadata().forEach((k, v) -> {
      if (v instanceof String s) {
        meta.put(k, s);
      } else if (v instanceof Number || v instanceof Boolean) {
        meta.set(k, JSON.valueToTree(v));
      }
    });
    return n;
  }

  static ModelResponse responseFrom(JsonNode n) {
    List<ToolCall> calls = new ArrayList<>();
    n.path("toolCalls").forEach(c -> calls.add(ToolCall.of(c.path("id").asText(null), c.path("name").asText(),
        c.path("arguments").asText())));
    JsonNode u = n.path("usage");
    TokenUsage usage = new TokenUsage(u.path("input").asLong(), u.path("output").asLong(),
        u.path("cachedInput").asLong(), u.path("cacheWriteInput").asLong(), u.path("reasoning").asLong());
    Map<String, Object> meta = new LinkedHashMap<>();
    n.path("metadata").properties().forEach(e -> meta.put(e.getKey(),
        e.getValue().isTextual() ? e.getValue().asText() : e.getValue().isBoolean() ? e.getValue().asBoolean()
            : e.getValue().numberValue()));
    return new ModelResponse(new AssistantMessage(n.path("text").asText(""), calls), usage,
        Optional.ofNullable(n.path("finishReason").asText(null)).map(FinishReason::valueOf).orElse(null),
        n.path("responseId").asText(null), n.path("responseModel").asText(null), meta);
  }

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
