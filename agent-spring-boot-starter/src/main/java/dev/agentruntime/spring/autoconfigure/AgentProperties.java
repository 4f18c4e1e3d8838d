package dev.agentruntime.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code agent.*} configuration properties: what the auto-configured {@code AgentRuntime}
 * and the opt-in HTTP API are built from. Every property is optional; the defaults are the
 * runtime's own.
 */
@ConfigurationProperties(prefix = "agent")
public class AgentProperties {

  /** Whether to auto-configure an AgentRuntime (when a ModelClient bean exists). */
  private boolean enabled = true;

  /** The agent's name: the {@code {name}} in {@code /agents/{name}/runs}, and on every span. */
  private String name = "agent";

  /** The system prompt of the built-in tool-calling loop; none when blank. */
  private @Nullable String systemPrompt;

  /**
   * Whether the built-in loop streams model answers (text deltas become {@code text_delta}
   * events on the SSE and WebSocket streams as the model writes).
   */
  private boolean streaming = false;

  /**
   * What the built-in loop tells the model when a tool fails — and so what a session keeps and
   * {@code GET /sessions/{id}/messages} returns: {@code message} (default) the failure's message,
   * {@code tool 'orders' failed: <what the tool's exception said>}, which helps the model correct a
   * bad argument but may carry a database host or user; {@code generic} only {@code tool 'orders'
   * failed}.
   */
  private ToolErrors toolErrors = ToolErrors.MESSAGE;

  /** What the model is told of a failed tool call. */
  public enum ToolErrors {
    /** The failure's message: what the tool's exception said. */
    MESSAGE,
    /** Only that the tool failed. */
    GENERIC
  }

  /** Run limits. */
  private final Limits limits = new Limits();

  /** Resilience settings for model calls. */
  private final Resilience resilience = new Resilience();

  /** The HTTP/SSE agent API (off unless {@code agent.api.enabled=true}). */
  private final Api api = new Api();

  /** Spans and metrics of every run (needs agent-telemetry on the classpath). */
  private final Telemetry telemetry = new Telemetry();

  /** LangChain4j integration (needs agent-langchain4j on the classpath). */
  private final LangChain4j langchain4j = new LangChain4j();

  /** @return whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the agent's name: the {@code {name}} in {@code /agents/{name}/runs}, and on every span */
  public String getName() {
    return name;
  }

  /** @param name the agent's name: the {@code {name}} in {@code /agents/{name}/runs}, and on every span */
  public void setName(String name) {
    this.name = name;
  }

  /** @return the system prompt of the built-in tool-calling loop; none when blank */
  public @Nullable String getSystemPrompt() {
    return systemPrompt;
  }

  /** @param systemPrompt the system prompt of the built-in tool-calling loop; none when blank */
  public void setSystemPrompt(@Nullable String systemPrompt) {
    this.systemPrompt = systemPrompt;
  }

  /** @return whether runs of the agent API stream the model's answer (text deltas as events) */
  public boolean isStreaming() {
    return streaming;
  }

  /** @param streaming whether runs of the agent API stream the model's answer */
  public void setStreaming(boolean streaming) {
    this.streaming = streaming;
  }

  /** @return what the model is told of a failed tool call */
  public ToolErrors getToolErrors() {
    return toolErrors;
  }

  /** @param toolErrors what the model is told of a failed tool call */
  public void setToolErrors(ToolErrors toolErrors) {
    this.toolErrors = java.util.Objects.requireNonNull(toolErrors, "agent.tool-errors");
  }

  /** @return run limits */
  public Limits getLimits() {
    return limits;
  }

  /** @return resilience settings for model calls */
  public Resilience getResilience() {
    return resilience;
  }

  /** @return the HTTP/SSE agent API (off unless {@code agent.api.enabled=true}) */
  public Api getApi() {
    return api;
  }

  /** @return telemetry settings ({@code agent.telemetry.*}) */
  public Telemetry getTelemetry() {
    return telemetry;
  }

  /** @return LangChain4j integration settings ({@code agent.langchain4j.*}) */
  public LangChain4j getLangchain4j() {
    return langchain4j;
  }

  /** {@code agent.telemetry.*}: the telemetry interceptor. */
  public static class Telemetry {
    /** Add the telemetry interceptor (spans to the OpenTelemetry bean, metrics to Micrometer). */
    private boolean enabled = true;

    /**
     * Record the runtime's metrics into Micrometer's MeterRegistry (so they appear in
     * /actuator/metrics); false records them into the OpenTelemetry bean's meter provider.
     */
    private boolean micrometer = true;

    /** @return whether the telemetry interceptor is added */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the telemetry interceptor is added */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return whether the runtime's metrics are recorded into Micrometer's MeterRegistry */
    public boolean isMicrometer() {
      return micrometer;
    }

    /** @param micrometer whether the runtime's metrics are recorded into Micrometer's MeterRegistry */
    public void setMicrometer(boolean micrometer) {
      this.micrometer = micrometer;
    }
  }

  /** {@code agent.langchain4j.*}: LangChain4j model beans. */
  public static class LangChain4j {
    /**
     * Decorate every LangChain4j ChatModel and StreamingChatModel bean with the runtime, so calls
     * made through them (AiServices, your own code) pass through its chain.
     */
    private boolean decorateModels = true;

    /** @return whether LangChain4j model beans are decorated with the runtime */
    public boolean isDecorateModels() {
      return decorateModels;
    }

    /** @param decorateModels whether LangChain4j model beans are decorated with the runtime */
    public void setDecorateModels(boolean decorateModels) {
      this.decorateModels = decorateModels;
    }
  }

  /** {@code agent.limits.*}: per-run limits ({@code RunLimits}). */
  public static class Limits {
    /** Maximum steps of one run (model call + its tool calls). */
    private @Nullable Integer maxSteps;

    /** Maximum model calls of one run. */
    private @Nullable Integer maxModelCalls;

    /** Maximum tool calls of one run. */
    private @Nullable Integer maxToolCalls;

    /** Wall-clock limit of one run. */
    private @Nullable Duration maxDuration;

    /** Maximum runs in flight on this instance; further runs wait {@code concurrency-wait}. */
    private @Nullable Integer maxConcurrentRuns;

    /** How long a run waits for a free slot before it is refused. */
    private Duration concurrencyWait = Duration.ZERO;

    /** @return maximum steps of one run (model call + its tool calls) */
    public @Nullable Integer getMaxSteps() {
      return maxSteps;
    }

    /** @param maxSteps maximum steps of one run (model call + its tool calls) */
    public void setMaxSteps(@Nullable Integer maxSteps) {
      this.maxSteps = maxSteps;
    }

    /** @return maximum model calls of one run */
    public @Nullable Integer getMaxModelCalls() {
      return maxModelCalls;
    }

    /** @param maxModelCalls maximum model calls of one run */
    public void setMaxModelCalls(@Nullable Integer maxModelCalls) {
      this.maxModelCalls = maxModelCalls;
    }

    /** @return maximum tool calls of one run */
    public @Nullable Integer getMaxToolCalls() {
      return maxToolCalls;
    }

    /** @param maxToolCalls maximum tool calls of one run */
    public void setMaxToolCalls(@Nullable Integer maxToolCalls) {
      this.maxToolCalls = maxToolCalls;
    }

    /** @return wall-clock limit of one run */
    public @Nullable Duration getMaxDuration() {
      return maxDuration;
    }

    /** @param maxDuration wall-clock limit of one run */
    public void setMaxDuration(@Nullable Duration maxDuration) {
      this.maxDuration = maxDuration;
    }

    /** @return maximum runs in flight on this instance; further runs wait {@code concurrency-wait} */
    public @Nullable Integer getMaxConcurrentRuns() {
      return maxConcurrentRuns;
    }

    /** @param maxConcurrentRuns maximum runs in flight on this instance; further runs wait {@code concurrency-wait} */
    public void setMaxConcurrentRuns(@Nullable Integer maxConcurrentRuns) {
      this.maxConcurrentRuns = maxConcurrentRuns;
    }

    /** @return how long a run waits for a free slot before it is refused */
    public Duration getConcurrencyWait() {
      return concurrencyWait;
    }

    /** @param concurrencyWait how long a run waits for a free slot before it is refused */
    public void setConcurrencyWait(Duration concurrencyWait) {
      this.concurrencyWait = concurrencyWait;
    }
  }

  /** {@code agent.resilience.*}: model-call retries and circuit breaking. */
  public static class Resilience {
    /** Turn the resilience stage off entirely. */
    private boolean enabled = true;

    /** Retries of a TRANSIENT model failure (the runtime's default is 2). */
    private @Nullable Integer modelMaxRetries;

    /** First backoff between model retries. */
    private @Nullable Duration modelInitialBackoff;

    /** Longest backoff between model retries. */
    private @Nullable Duration modelMaxBackoff;

    /** Per-attempt timeout of a model call; none by default. */
    private @Nullable Duration modelAttemptTimeout;

    /** @return whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return retries of a TRANSIENT model failure (the runtime's default is 2) */
    public @Nullable Integer getModelMaxRetries() {
      return modelMaxRetries;
    }

    /** @param modelMaxRetries retries of a TRANSIENT model failure (the runtime's default is 2) */
    public void setModelMaxRetries(@Nullable Integer modelMaxRetries) {
      this.modelMaxRetries = modelMaxRetries;
    }

    /** @return first backoff between model retries */
    public @Nullable Duration getModelInitialBackoff() {
      return modelInitialBackoff;
    }

    /** @param modelInitialBackoff first backoff between model retries */
    public void setModelInitialBackoff(@Nullable Duration modelInitialBackoff) {
      this.modelInitialBackoff = modelInitialBackoff;
    }

    /** @return longest backoff between model retries */
    public @Nullable Duration getModelMaxBackoff() {
      return modelMaxBackoff;
    }

    /** @param modelMaxBackoff longest backoff between model retries */
    public void setModelMaxBackoff(@Nullable Duration modelMaxBackoff) {
      this.modelMaxBackoff = modelMaxBackoff;
    }

    /** @return per-attempt timeout of a model call; none by default */
    public @Nullable Duration getModelAttemptTimeout() {
      return modelAttemptTimeout;
    }

    /** @param modelAttemptTimeout per-attempt timeout of a model call; none by default */
    public void setModelAttemptTimeout(@Nullable Duration modelAttemptTimeout) {
      this.modelAttemptTimeout = modelAttemptTimeout;
    }
  }

  /** {@code agent.api.*}: the HTTP/SSE agent API. */
  public static class Api {
    /** Serve the agent API (POST /agents/{name}/runs, GET/DELETE /runs/{id}, SSE events). */
    private boolean enabled = false;

    /**
     * Serve the API without authentication. Off by default: with the API on and no key
     * configured, the application refuses to start.
     */
    private boolean allowAnonymous = false;

    /** API keys and who they stand for. */
    private List<ApiKey> keys = new ArrayList<>();

    /** Largest accepted input, in characters; larger inputs get 413. */
    private int maxInputChars = 32_768;

    /** Most tags one run request may carry ({@code "tags"}); more get 400. */
    private int maxTags = 32;

    /** Longest tag key, in characters; longer keys get 400. */
    private int maxTagKeyChars = 64;

    /** Longest tag value, in characters; longer values get 400. */
    private int maxTagValueChars = 256;

    /** How long a finished run's result and events stay readable (and resumable). */
    private Duration retention = Duration.ofMinutes(10);

    /** Interval of SSE heartbeat comments, so proxies do not cut idle streams. */
    private Duration heartbeat = Duration.ofSeconds(15);

    /** Longest life of one SSE connection; the client reconnects with Last-Event-ID. */
    private Duration sseTimeout = Duration.ofMinutes(30);

    /** Maximum runs kept (in flight and retained) before new runs are refused with 503. */
    private int maxRuns = 10_000;

    /** Origins browsers may open the WebSocket from; empty: same origin only. */
    private List<String> allowedOrigins = new ArrayList<>();

    /** @return origins browsers may open the WebSocket from; empty: same origin only */
    public List<String> getAllowedOrigins() {
      return allowedOrigins;
    }

    /** @param allowedOrigins origins browsers may open the WebSocket from; empty: same origin only */
    public void setAllowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = allowedOrigins;
    }

    /** @return whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether to auto-configure an AgentRuntime (when a ModelClient bean exists) */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return serve the API without authentication. Off by default: with the API on and no key configured, the application refuses to start. / */
    public boolean isAllowAnonymous() {
      return allowAnonymous;
    }

    /** @param allowAnonymous serve the API without authentication. Off by default: with the API on and no key configured, the application refuses to start. / */
    public void setAllowAnonymous(boolean allowAnonymous) {
      this.allowAnonymous = allowAnonymous;
    }

    /** @return API keys and who they stand for */
    public List<ApiKey> getKeys() {
      return keys;
    }

    /** @param keys API keys and who they stand for */
    public void setKeys(List<ApiKey> keys) {
      this.keys = keys;
    }

    /** @return largest accepted input, in characters; larger inputs get 413 */
    public int getMaxInputChars() {
      return maxInputChars;
    }

    /** @param maxInputChars largest accepted input, in characters; larger inputs get 413 */
    public void setMaxInputChars(int maxInputChars) {
      this.maxInputChars = maxInputChars;
    }

    /** @return most tags one run request may carry; more get 400 */
    public int getMaxTags() {
      return maxTags;
    }

    /** @param maxTags most tags one run request may carry; more get 400 */
    public void setMaxTags(int maxTags) {
      this.maxTags = maxTags;
    }

    /** @return longest tag key, in characters; longer keys get 400 */
    public int getMaxTagKeyChars() {
      return maxTagKeyChars;
    }

    /** @param maxTagKeyChars longest tag key, in characters; longer keys get 400 */
    public void setMaxTagKeyChars(int maxTagKeyChars) {
      this.maxTagKeyChars = maxTagKeyChars;
    }

    /** @return longest tag value, in characters; longer values get 400 */
    public int getMaxTagValueChars() {
      return maxTagValueChars;
    }

    /** @param maxTagValueChars longest tag value, in characters; longer values get 400 */
    public void setMaxTagValueChars(int maxTagValueChars) {
      this.maxTagValueChars = maxTagValueChars;
    }

    /** @return how long a finished run's result and events stay readable (and resumable) */
    public Duration getRetention() {
      return retention;
    }

    /** @param retention how long a finished run's result and events stay readable (and resumable) */
    public void setRetention(Duration retention) {
      this.retention = retention;
    }

    /** @return interval of SSE heartbeat comments, so proxies do not cut idle streams */
    public Duration getHeartbeat() {
      return heartbeat;
    }

    /** @param heartbeat interval of SSE heartbeat comments, so proxies do not cut idle streams */
    public void setHeartbeat(Duration heartbeat) {
      this.heartbeat = heartbeat;
    }

    /** @return longest life of one SSE connection; the client reconnects with Last-Event-ID */
    public Duration getSseTimeout() {
      return sseTimeout;
    }

    /** @param sseTimeout longest life of one SSE connection; the client reconnects with Last-Event-ID */
    public void setSseTimeout(Duration sseTimeout) {
      this.sseTimeout = sseTimeout;
    }

    /** @return maximum runs kept (in flight and retained) before new runs are refused with 503 */
    public int getMaxRuns() {
      return maxRuns;
    }

    /** @param maxRuns maximum runs kept (in flight and retained) before new runs are refused with 503 */
    public void setMaxRuns(int maxRuns) {
      this.maxRuns = maxRuns;
    }
  }

  /** One API key: the secret, and the user and tenant its runs are attributed to. */
  public static class ApiKey {
    /** The secret the client sends as {@code Authorization: Bearer <key>} or {@code X-API-Key}. */
    private @Nullable String key;

    /** The user its runs belong to (usage plans and budgets key on it). */
    private @Nullable String user;

    /** The tenant its runs belong to. */
    private @Nullable String tenant;

    /** @return the secret the client sends as {@code Authorization: Bearer <key>} or {@code X-API-Key} */
    public @Nullable String getKey() {
      return key;
    }

    /** @param key the secret the client sends as {@code Authorization: Bearer <key>} or {@code X-API-Key} */
    public void setKey(@Nullable String key) {
      this.key = key;
    }

    /** @return the user its runs belong to (usage plans and budgets key on it) */
    public @Nullable String getUser() {
      return user;
    }

    /** @param user the user its runs belong to (usage plans and budgets key on it) */
    public void setUser(@Nullable String user) {
      this.user = user;
    }

    /** @return the tenant its runs belong to */
    public @Nullable String getTenant() {
      return tenant;
    }

    /** @param tenant the tenant its runs belong to */
    public void setTenant(@Nullable String tenant) {
      this.tenant = tenant;
    }
  }
}
