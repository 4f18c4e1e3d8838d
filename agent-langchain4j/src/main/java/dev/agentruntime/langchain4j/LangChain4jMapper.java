package dev.agentruntime.langchain4j;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.FinishReason;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.model.UserMessage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.internal.JsonSchemaElementJsonUtils;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Converts between LangChain4j's chat values and agent-runtime's: messages, tool specifications
 * (JSON Schema text ↔ {@link JsonObjectSchema}), tool execution requests, token usage (with cached
 * and reasoning tokens where the provider reports them), finish reasons, response ids and model
 * names. Stateless and thread-safe.
 *
 * <p>Round trips keep what agent-runtime has no slot for: a request converted with
 * {@link #toRuntime(ChatRequest)} remembers the original under {@link #ORIGINAL_REQUEST} in its
 * metadata, and {@link #toLangChain4j(ModelRequest)} reuses every original message, tool
 * specification and parameter (images, {@code strict}, response format, tool choice, provider
 * options) that interceptors left unchanged. Responses do the same through
 * {@link #ORIGINAL_RESPONSE}.
 */
public final class LangChain4jMapper {

  /** Metadata key under which a converted request keeps its LangChain4j original. */
  public static final String ORIGINAL_REQUEST = "langchain4j.request";

  /** Metadata key under which a converted response keeps its LangChain4j original. */
  public static final String ORIGINAL_RESPONSE = "langchain4j.response";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Top-level keys a {@link JsonObjectSchema} can hold; others are dropped at the top level. */
  private static final Set<String> OBJECT_KEYS =
      Set.of("type", "description", "properties", "required", "additionalProperties", "$defs");

  private LangChain4jMapper() {}

  /** What a converted request remembers of its source. */
  private record Original(ChatRequest request, List<ChatMessage> messages, List<ToolSpec> tools) {}

  // ------------------------------------------------------------------ requests

  /**
   * @param request a LangChain4j request
   * @return the same request as agent-runtime sees it, remembering the original
   * @throws IllegalArgumentException when a message or tool cannot be represented
   */
  public static ModelRequest toRuntime(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    List<ChatMessage> messages = new ArrayList<>(request.messages().size());
    for (dev.langchain4j.data.message.ChatMessage m : request.messages()) {
      messages.add(toRuntime(m));
    }
    List<ToolSpec> tools = new ArrayList<>();
    List<ToolSpecification> specs = request.toolSpecifications();
    if (specs != null) {
      for (ToolSpecification s : specs) {
        tools.add(toRuntime(s));
      }
    }
    Integer maxTokens = request.maxOutputTokens();
    return ModelRequest.builder()
        .messages(messages)
        .tools(tools)
        .model(request.modelName())
        .temperature(request.temperature())
        .maxOutputTokens(maxTokens != null && maxTokens > 0 ? maxTokens : null)
        .metadata(Map.of(ORIGINAL_REQUEST, new Original(request, List.copyOf(messages), List.copyOf(tools))))
        .build();
  }

  /**
   * @param request an agent-runtime request
   * @return the LangChain4j request; originals remembered by {@link #toRuntime(ChatRequest)} are
   *     reused wherever interceptors left them unchanged
   */
  public static ChatRequest toLangChain4j(ModelRequest request) {
    Objects.requireNonNull(request, "request");
    Original original =
        request.metadata().get(ORIGINAL_REQUEST) instanceof Original o ? o : null;
    List<dev.langchain4j.data.message.ChatMessage> messages = new ArrayList<>();
    // the originals are matched in order, not by position: interceptors insert messages (a
    // session's earlier turns) and drop some (a context policy), and an original passed on
    // unchanged must keep what the runtime's model does not hold (images, say)
    int next = 0;
    for (ChatMessage m : request.messages()) {
      int at = -1;
      if (original != null) {
        for (int j = next; j < original.messages().size(); j++) {
          if (original.messages().get(j).equals(m)) {
            at = j;
            break;
          }
        }
      }
      if (at >= 0) {
        messages.add(original.request().messages().get(at));
        next = at + 1;
      } else {
        messages.add(toLangChain4j(m));
      }
    }
    List<ToolSpecification> specs = new ArrayList<>();
    for (ToolSpec t : request.tools()) {
      int at = original == null ? -1 : original.tools().indexOf(t);
      specs.add(at >= 0 ? original.request().toolSpecifications().get(at) : toLangChain4j(t));
    }
    if (original == null) {
      return ChatRequest.builder()
          .messages(messages)
          .modelName(request.model())
          .temperature(request.temperature())
          .maxOutputTokens(request.maxOutputTokens())
          .toolSpecifications(specs.isEmpty() ? null : specs)
          .build();
    }
    ChatRequestParameters p = original.request().parameters();
    if (specs.isEmpty() && p.toolSpecifications() != null && !p.toolSpecifications().isEmpty()) {
      // an interceptor took every tool away: rebuild the parameters without them
      p = ChatRequestParameters.builder()
          .modelName(p.modelName())
          .temperature(p.temperature())
          .topP(p.topP())
          .topK(p.topK())
          .frequencyPenalty(p.frequencyPenalty())
          .presencePenalty(p.presencePenalty())
          .maxOutputTokens(p.maxOutputTokens())
          .stopSequences(p.stopSequences())
          .responseFormat(p.responseFormat())
          .build();
    }
    return ChatRequest.builder()
        .messages(messages)
        .parameters(p)
        .modelName(request.model())
        .temperature(request.temperature())
        .maxOutputTokens(request.maxOutputTokens())
        .toolSpecifications(specs.isEmpty() ? null : specs)
        .build();
  }

  // ------------------------------------------------------------------ messages

  /**
   * @param message a LangChain4j message
   * @return the agent-runtime message (non-text user content is kept only through round trips)
   * @throws IllegalArgumentException for message types agent-runtime cannot represent
   */
  public static ChatMessage toRuntime(dev.langchain4j.data.message.ChatMessage message) {
    Objects.requireNonNull(message, "message");
    if (message instanceof dev.langchain4j.data.message.SystemMessage s) {
      return new SystemMessage(s.text());
    }
    if (message instanceof dev.langchain4j.data.message.UserMessage u) {
      return new UserMessage(u.hasSingleText() ? u.singleText() : textOf(u.contents()));
    }
    if (message instanceof AiMessage a) {
      List<ToolCall> calls = new ArrayList<>();
      if (a.hasToolExecutionRequests()) {
        for (ToolExecutionRequest r : a.toolExecutionRequests()) {
          calls.add(ToolCall.of(r.id(), r.name(), r.arguments()));
        }
      }
      return new AssistantMessage(a.text(), calls, a.thinking(), keptAttributes(a));
    }
    if (message instanceof ToolExecutionResultMessage t) {
      return new ToolResultMessage(
          t.id(), t.toolName(), t.text() == null ? "" : t.text(), Boolean.TRUE.equals(t.isError()));
    }
    throw new IllegalArgumentException(
        "cannot convert LangChain4j message of type " + message.type()
            + " (" + message.getClass().getName() + ") to an agent-runtime message");
  }

  /**
   * The attributes of a LangChain4j answer that an {@link AssistantMessage} can keep (and a store
   * persist): those with JSON-like values, such as the signature of Anthropic's thinking block;
   * others are left out, as every attribute was before.
   */
  private static Map<String, Object> keptAttributes(AiMessage a) {
    Map<String, Object> attributes = a.attributes();
    if (attributes == null || attributes.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> kept = new HashMap<>();
    attributes.forEach((k, v) -> {
      if (AssistantMessage.isJsonLike(v)) {
        kept.put(k, v);
      }
    });
    return kept;
  }

  private static String textOf(List<Content> contents) {
    StringBuilder sb = new StringBuilder();
    for (Content c : contents) {
      if (c instanceof TextContent t) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  /**
   * @param message an agent-runtime message
   * @return the LangChain4j message
   */
  public static dev.langchain4j.data.message.ChatMessage toLangChain4j(ChatMessage message) {
    Objects.requireNonNull(message, "message");
    if (message instanceof SystemMessage s) {
      return dev.langchain4j.data.message.SystemMessage.from(s.text());
    }
    if (message instanceof UserMessage u) {
      return dev.langchain4j.data.message.UserMessage.from(u.text());
    }
    if (message instanceof AssistantMessage a) {
      return toLangChain4j(a);
    }
    ToolResultMessage t = (ToolResultMessage) message;
    return ToolExecutionResultMessage.builder()
        .id(t.toolCallId())
        .toolName(t.toolName())
        .text(t.text())
        .isError(t.isError())
        .build();
  }

  private static AiMessage toLangChain4j(AssistantMessage a) {
    List<ToolExecutionRequest> requests = new ArrayList<>();
    for (ToolCall c : a.toolCalls()) {
      requests.add(toLangChain4j(c));
    }
    AiMessage.Builder b = AiMessage.builder();
    if (!a.text().isEmpty() || requests.isEmpty()) {
      b.text(a.text());
    }
    if (!requests.isEmpty()) {
      b.toolExecutionRequests(requests);
    }
    if (!a.thinking().isEmpty()) {
      b.thinking(a.thinking());
    }
    if (!a.attributes().isEmpty()) {
      b.attributes(a.attributes());
    }
    return b.build();
  }

  /**
   * @param call an agent-runtime tool call
   * @return the LangChain4j tool execution request
   */
  public static ToolExecutionRequest toLangChain4j(ToolCall call) {
    return ToolExecutionRequest.builder()
        .id(call.id())
        .name(call.name())
        .arguments(call.arguments())
        .build();
  }

  // ------------------------------------------------------------------ tools

  /**
   * @param spec a LangChain4j tool specification
   * @return the agent-runtime spec, its parameters as JSON Schema text
   */
  public static ToolSpec toRuntime(ToolSpecification spec) {
    Objects.requireNonNull(spec, "spec");
    return BY_IDENTITY.get(spec, s -> TO_RUNTIME.get(s, LangChain4jMapper::convert));
  }

  // agents (AiServices among them) send the very same specification objects on every call: an
  // identity lookup first spares hashing and comparing their whole schema trees each time
  private static final com.github.benmanes.caffeine.cache.Cache<ToolSpecification, ToolSpec> BY_IDENTITY =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().maximumSize(1024)
          .executor(Runnable::run).build();

  // agents send the same tools on every call: convert each distinct spec once
  private static final com.github.benmanes.caffeine.cache.Cache<ToolSpecification, ToolSpec> TO_RUNTIME =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1024).build();
  private static final com.github.benmanes.caffeine.cache.Cache<ToolSpec, ToolSpecification> TO_L4J =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1024).build();

  private static ToolSpec convert(ToolSpecification spec) {
    String schema;
    if (spec.parameters() == null) {
      schema = ToolSpec.NO_PARAMETERS;
    } else {
      Map<String, Object> map = new LinkedHashMap<>(JsonSchemaElementJsonUtils.toMap(spec.parameters()));
      map.putIfAbsent("properties", Map.of());
      schema = writeJson(map);
    }
    return new ToolSpec(spec.name(), spec.description(), schema);
  }

  /**
   * @param spec an agent-runtime tool spec
   * @return the LangChain4j specification; keywords a {@link JsonObjectSchema} cannot hold are
   *     kept per property (as raw schemas), and dropped only at the top level ({@code $schema},
   *     {@code title})
   * @throws IllegalArgumentException when the schema is not a JSON object
   */
  public static ToolSpecification toLangChain4j(ToolSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return TO_L4J.get(spec, LangChain4jMapper::convert);
  }

  private static ToolSpecification convert(ToolSpec spec) {
    Map<String, Object> map = readJsonObject(spec.name(), spec.parametersSchema());
    map.keySet().retainAll(OBJECT_KEYS);
    map.put("type", "object");
    if (map.get("additionalProperties") != null && !(map.get("additionalProperties") instanceof Boolean)) {
      map.remove("additionalProperties");
    }
    JsonSchemaElement element = JsonSchemaElementJsonUtils.fromMap(map);
    ToolSpecification.Builder b = ToolSpecification.builder().name(spec.name());
    if (!spec.description().isEmpty()) {
      b.description(spec.description());
    }
    return b.parameters((JsonObjectSchema) element).build();
  }

  private static Map<String, Object> readJsonObject(String tool, String json) {
    try {
      Map<String, Object> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
      if (m == null) {
        throw new IllegalArgumentException("tool '" + tool + "': parameters schema must be a JSON object");
      }
      return m;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "tool '" + tool + "': parameters schema is not a JSON object: " + e.getOriginalMessage(), e);
    }
  }

  private static String writeJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON schema", e);
    }
  }

  // ------------------------------------------------------------------ responses

  /**
   * @param response a LangChain4j response
   * @return the agent-runtime response, remembering the original under {@link #ORIGINAL_RESPONSE}
   */
  public static ModelResponse toRuntime(ChatResponse response) {
    Objects.requireNonNull(response, "response");
    AssistantMessage message = (AssistantMessage) toRuntime(response.aiMessage());
    Map<String, Object> metadata = new HashMap<>();
    metadata.put(ORIGINAL_RESPONSE, response);
    return new ModelResponse(
        message,
        toRuntime(response.tokenUsage()),
        toRuntime(response.finishReason()),
        response.id(),
        response.modelName(),
        metadata);
  }

  /**
   * @param response an agent-runtime response
   * @return the LangChain4j response: the original when it came from {@link #toRuntime(ChatResponse)}
   *     and no interceptor rewrote its message, otherwise a new one with the same metadata
   */
  public static ChatResponse toLangChain4j(ModelResponse response) {
    Objects.requireNonNull(response, "response");
    if (response.metadata().get(ORIGINAL_RESPONSE) instanceof ChatResponse original) {
      if (toRuntime(original.aiMessage()).equals(response.message())) {
        return original;
      }
      return ChatResponse.builder()
          .aiMessage(toLangChain4j(response.message()))
          .metadata(original.metadata())
          .build();
    }
    return ChatResponse.builder()
        .aiMessage(toLangChain4j(response.message()))
        .metadata(ChatResponseMetadata.builder()
            .id(response.responseId())
            .modelName(response.responseModel())
            .tokenUsage(toLangChain4j(response.usage()))
            .finishReason(toLangChain4j(response.finishReason()))
            .build())
        .build();
  }

  /**
   * @param reason a LangChain4j finish reason, or null
   * @return the agent-runtime one; {@link FinishReason#UNKNOWN} when the provider gave none
   */
  public static FinishReason toRuntime(dev.langchain4j.model.output.@Nullable FinishReason reason) {
    if (reason == null) {
      return FinishReason.UNKNOWN;
    }
    return switch (reason) {
      case STOP -> FinishReason.STOP;
      case LENGTH -> FinishReason.LENGTH;
      case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
      case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
      default -> FinishReason.OTHER;
    };
  }

  /**
   * @param reason an agent-runtime finish reason, or null
   * @return the LangChain4j one, or null
   */
  public static dev.langchain4j.model.output.@Nullable FinishReason toLangChain4j(@Nullable FinishReason reason) {
    if (reason == null) {
      return null;
    }
    return switch (reason) {
      case STOP -> dev.langchain4j.model.output.FinishReason.STOP;
      case LENGTH -> dev.langchain4j.model.output.FinishReason.LENGTH;
      case TOOL_CALLS -> dev.langchain4j.model.output.FinishReason.TOOL_EXECUTION;
      case CONTENT_FILTER -> dev.langchain4j.model.output.FinishReason.CONTENT_FILTER;
      case OTHER -> dev.langchain4j.model.output.FinishReason.OTHER;
      case UNKNOWN -> null;
    };
  }

  // ------------------------------------------------------------------ usage

  /**
   * Converts usage, reading provider details without depending on provider modules: OpenAI's
   * {@code inputTokensDetails().cachedTokens()} and {@code outputTokensDetails().reasoningTokens()},
   * and Anthropic's {@code cacheReadInputTokens()} / {@code cacheCreationInputTokens()} (which
   * Anthropic counts apart from the input tokens, so they are added to them here).
   *
   * @param usage LangChain4j usage, or null
   * @return agent-runtime usage ({@link TokenUsage#ZERO} for null)
   */
  public static @Nullable TokenUsage toRuntime(dev.langchain4j.model.output.@Nullable TokenUsage usage) {
    if (usage == null) {
      return TokenUsage.ZERO;
    }
    long input = nonNull(usage.inputTokenCount());
    long output = nonNull(usage.outputTokenCount());
    if (usage.getClass() == dev.langchain4j.model.output.TokenUsage.class) {
      return TokenUsage.of(input, output);
    }
    UsageDetails d = DETAILS.get(usage.getClass());
    long cached = d.get(d.cachedDetails, d.cachedTokens, usage);
    long reasoning = d.get(d.reasoningDetails, d.reasoningTokens, usage);
    long cacheRead = d.get(null, d.cacheRead, usage);
    long cacheWrite = d.get(null, d.cacheWrite, usage);
    if (cacheRead > 0 || cacheWrite > 0) {
      input += cacheRead + cacheWrite;
      cached += cacheRead;
    }
    return new TokenUsage(input, output, cached, cacheWrite, reasoning);
  }

  /**
   * @param usage agent-runtime usage
   * @return LangChain4j usage (input, output, total)
   */
  public static dev.langchain4j.model.output.TokenUsage toLangChain4j(TokenUsage usage) {
    if (usage == null) {
      return null;
    }
    return new dev.langchain4j.model.output.TokenUsage(
        (int) Math.min(Integer.MAX_VALUE, usage.inputTokens()),
        (int) Math.min(Integer.MAX_VALUE, usage.outputTokens()),
        (int) Math.min(Integer.MAX_VALUE, usage.totalTokens()));
  }

  private static long nonNull(Integer i) {
    return i == null ? 0 : Math.max(0, i);
  }

  /** Reflective accessors for one usage class, looked up once. */
  private static final class UsageDetails {
    final Method cachedDetails;
    final Method cachedTokens;
    final Method reasoningDetails;
    final Method reasoningTokens;
    final Method cacheRead;
    final Method cacheWrite;

    UsageDetails(Class<?> type) {
      cachedDetails = method(type, "inputTokensDetails");
      cachedTokens = cachedDetails == null ? null : method(cachedDetails.getReturnType(), "cachedTokens");
      reasoningDetails = method(type, "outputTokensDetails");
      reasoningTokens =
          reasoningDetails == null ? null : method(reasoningDetails.getReturnType(), "reasoningTokens");
      cacheRead = method(type, "cacheReadInputTokens");
      cacheWrite = method(type, "cacheCreationInputTokens");
    }

    private static Method method(Class<?> type, String name) {
      try {
        Method m = type.getMethod(name);
        m.setAccessible(true);
        return m;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    long get(Method details, Method value, Object usage) {
      if (value == null) {
        return 0;
      }
      try {
        Object target = details == null ? usage : details.invoke(usage);
        if (target == null) {
          return 0;
        }
        Object v = value.invoke(target);
        return v instanceof Number n ? Math.max(0, n.longValue()) : 0;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return 0;
      }
    }
  }

  private static final ClassValue<UsageDetails> DETAILS =
      new ClassValue<>() {
        @Override
        protected UsageDetails computeValue(Class<?> type) {
          return new UsageDetails(type);
        }
      };
}
