package dev.agentruntime.spring.autoconfigure;

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
  private String systemPrompt;

  /**
   * Whether the built-in loop streams model answers (text deltas become {@code text_delta}
   * events on the SSE and WebSocket streams as the model writes).
   */
  private boolean streaming = false;

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

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSystemPrompt() {
    return systemPrompt;
  }

  public void setSystemPrompt(String systemPrompt) {
    this.systemPrompt = systemPrompt;
  }

  public boolean isStreaming() {
    return streaming;
  }

  public void setStreaming(boolean streaming) {
    this.streaming = streaming;
  }

  public Limits getLimits() {
    return limits;
  }

  public Resilience getResilience() {
    return resilience;
  }

  public Api getApi() {
    return api;
  }

  public Telemetry getTelemetry() {
    return telemetry;
  }

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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isMicrometer() {
      return micrometer;
    }

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

    public boolean isDecorateModels() {
      return decorateModels;
    }

    public void setDecorateModels(boolean decorateModels) {
      this.decorateModels = decorateModels;
    }
  }

  /** {@code agent.limits.*}: per-run limits ({@code RunLimits}). */
  public static class Limits {
    /** Maximum steps of one run (model call + its tool calls). */
    private Integer maxSteps;

    /** Maximum model calls of one run. */
    private Integer maxModelCalls;

    /** Maximum tool calls of one run. */
    private Integer maxToolCalls;

    /** Wall-clock limit of one run. */
    private Duration maxDuration;

    /** Maximum runs in flight on this instance; further runs wait {@code concurrency-wait}. */
    private Integer maxConcurrentRuns;

    /** How long a run waits for a free slot before it is refused. */
    private Duration concurrencyWait = Duration.ZERO;

    public Integer getMaxSteps() {
      return maxSteps;
    }

    public void setMaxSteps(Integer maxSteps) {
      this.maxSteps = maxSteps;
    }

    public Integer getMaxModelCalls() {
      return maxModelCalls;
    }

    public void setMaxModelCalls(Integer maxModelCalls) {
      this.maxModelCalls = maxModelCalls;
    }

    public Integer getMaxToolCalls() {
      return maxToolCalls;
    }

    public void setMaxToolCalls(Integer maxToolCalls) {
      this.maxToolCalls = maxToolCalls;
    }

    public Duration getMaxDuration() {
      return maxDuration;
    }

    public void setMaxDuration(Duration maxDuration) {
      this.maxDuration = maxDuration;
    }

    public Integer getMaxConcurrentRuns() {
      return maxConcurrentRuns;
    }

    public void setMaxConcurrentRuns(Integer maxConcurrentRuns) {
      this.maxConcurrentRuns = maxConcurrentRuns;
    }

    public Duration getConcurrencyWait() {
      return concurrencyWait;
    }

    public void setConcurrencyWait(Duration concurrencyWait) {
      this.concurrencyWait = concurrencyWait;
    }
  }

  /** {@code agent.resilience.*}: model-call retries and circuit breaking. */
  public static class Resilience {
    /** Turn the resilience stage off entirely. */
    private boolean enabled = true;

    /** Retries of a TRANSIENT model failure (the runtime's default is 2). */
    private Integer modelMaxRetries;

    /** First backoff between model retries. */
    private Duration modelInitialBackoff;

    /** Longest backoff between model retries. */
    private Duration modelMaxBackoff;

    /** Per-attempt timeout of a model call; none by default. */
    private Duration modelAttemptTimeout;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Integer getModelMaxRetries() {
      return modelMaxRetries;
    }

    public void setModelMaxRetries(Integer modelMaxRetries) {
      this.modelMaxRetries = modelMaxRetries;
    }

    public Duration getModelInitialBackoff() {
      return modelInitialBackoff;
    }

    public void setModelInitialBackoff(Duration modelInitialBackoff) {
      this.modelInitialBackoff = modelInitialBackoff;
    }

    public Duration getModelMaxBackoff() {
      return modelMaxBackoff;
    }

    public void setModelMaxBackoff(Duration modelMaxBackoff) {
      this.modelMaxBackoff = modelMaxBackoff;
    }

    public Duration getModelAttemptTimeout() {
      return modelAttemptTimeout;
    }

    public void setModelAttemptTimeout(Duration modelAttemptTimeout) {
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

    public List<String> getAllowedOrigins() {
      return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = allowedOrigins;
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isAllowAnonymous() {
      return allowAnonymous;
    }

    public void setAllowAnonymous(boolean allowAnonymous) {
      this.allowAnonymous = allowAnonymous;
    }

    public List<ApiKey> getKeys() {
      return keys;
    }

    public void setKeys(List<ApiKey> keys) {
      this.keys = keys;
    }

    public int getMaxInputChars() {
      return maxInputChars;
    }

    public void setMaxInputChars(int maxInputChars) {
      this.maxInputChars = maxInputChars;
    }

    public Duration getRetention() {
      return retention;
    }

    public void setRetention(Duration retention) {
      this.retention = retention;
    }

    public Duration getHeartbeat() {
      return heartbeat;
    }

    public void setHeartbeat(Duration heartbeat) {
      this.heartbeat = heartbeat;
    }

    public Duration getSseTimeout() {
      return sseTimeout;
    }

    public void setSseTimeout(Duration sseTimeout) {
      this.sseTimeout = sseTimeout;
    }

    public int getMaxRuns() {
      return maxRuns;
    }

    public void setMaxRuns(int maxRuns) {
      this.maxRuns = maxRuns;
    }
  }

  /** One API key: the secret, and the user and tenant its runs are attributed to. */
  public static class ApiKey {
    /** The secret the client sends as {@code Authorization: Bearer <key>} or {@code X-API-Key}. */
    private String key;

    /** The user its runs belong to (usage plans and budgets key on it). */
    private String user;

    /** The tenant its runs belong to. */
    private String tenant;

    public String getKey() {
      return key;
    }

    public void setKey(String key) {
      this.key = key;
    }

    public String getUser() {
      return user;
    }

    public void setUser(String user) {
      this.user = user;
    }

    public String getTenant() {
      return tenant;
    }

    public void setTenant(String tenant) {
      this.tenant = tenant;
    }
  }
}
