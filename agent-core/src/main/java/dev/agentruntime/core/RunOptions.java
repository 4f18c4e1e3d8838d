package dev.agentruntime.core;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ChatMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-run settings: who the run is for (session, user, tenant, used by telemetry, budgets and
 * usage plans), conversation history, limit overrides and run-scoped listeners. Immutable; build
 * with {@link #builder()}.
 */
public final class RunOptions {
  private static final RunOptions DEFAULTS = builder().build();

  private final String runId;
  private final String agentName;
  private final String sessionId;
  private final String userId;
  private final String tenantId;
  private final Map<String, String> tags;
  private final List<ChatMessage> history;
  private final RunLimits limits;
  private final List<AgentEventListener> listeners;

  private RunOptions(Builder b) {
    this.runId = b.runId;
    this.agentName = b.agentName;
    this.sessionId = b.sessionId;
    this.userId = b.userId;
    this.tenantId = b.tenantId;
    this.tags = Map.copyOf(b.tags);
    this.history = List.copyOf(b.history);
    this.limits = b.limits;
    this.listeners = List.copyOf(b.listeners);
  }

  /** @return options with nothing set */
  public static RunOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the run id to use, or null to generate one */
  public @Nullable String runId() {
    return runId;
  }

  /** @return the agent name overriding the runtime's, or null */
  public @Nullable String agentName() {
    return agentName;
  }

  /** @return the session id, or null */
  public @Nullable String sessionId() {
    return sessionId;
  }

  /** @return the user id, or null */
  public @Nullable String userId() {
    return userId;
  }

  /** @return the tenant id, or null */
  public @Nullable String tenantId() {
    return tenantId;
  }

  /** @return free-form tags */
  public Map<String, String> tags() {
    return tags;
  }

  /** @return earlier messages of the conversation, put before the input by the built-in loop */
  public List<ChatMessage> history() {
    return history;
  }

  /** @return limits replacing the runtime's for this run, or null */
  public @Nullable RunLimits limits() {
    return limits;
  }

  /** @return listeners for this run's events only */
  public List<AgentEventListener> listeners() {
    return listeners;
  }

  /** @return a builder initialised from these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.runId = runId;
    b.agentName = agentName;
    b.sessionId = sessionId;
    b.userId = userId;
    b.tenantId = tenantId;
    b.tags.putAll(tags);
    b.history.addAll(history);
    b.limits = limits;
    b.listeners.addAll(listeners);
    return b;
  }

  /** Builder for {@link RunOptions}. */
  public static final class Builder {
    private String runId;
    private String agentName;
    private String sessionId;
    private String userId;
    private String tenantId;
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final List<ChatMessage> history = new ArrayList<>();
    private RunLimits limits;
    private final List<AgentEventListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * @param value the run id (must be unique), or null to generate one
     * @return this
     */
    public Builder runId(@Nullable String value) {
      this.runId = value;
      return this;
    }

    /**
     * @param value agent name for this run
     * @return this
     */
    public Builder agentName(String value) {
      this.agentName = value;
      return this;
    }

    /**
     * @param value session (conversation) id
     * @return this
     */
    public Builder sessionId(String value) {
      this.sessionId = value;
      return this;
    }

    /**
     * @param value end-user id
     * @return this
     */
    public Builder userId(String value) {
      this.userId = value;
      return this;
    }

    /**
     * @param value tenant id
     * @return this
     */
    public Builder tenantId(String value) {
      this.tenantId = value;
      return this;
    }

    /**
     * @param key tag name
     * @param value tag value
     * @return this
     */
    public Builder tag(String key, String value) {
      tags.put(Objects.requireNonNull(key, "tag key"), Objects.requireNonNull(value, "tag value"));
      return this;
    }

    /**
     * @param messages earlier conversation
     * @return this
     */
    public Builder history(List<? extends ChatMessage> messages) {
      history.clear();
      messages.forEach(m -> history.add(Objects.requireNonNull(m, "history message")));
      return this;
    }

    /**
     * @param value limits for this run instead of the runtime's
     * @return this
     */
    public Builder limits(RunLimits value) {
      this.limits = value;
      return this;
    }

    /**
     * @param listener receives this run's events
     * @return this
     */
    public Builder listener(AgentEventListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * @return the options
     * @throws IllegalArgumentException when an id is blank
     */
    public RunOptions build() {
      check("runId", runId);
      check("sessionId", sessionId);
      check("userId", userId);
      check("tenantId", tenantId);
      check("agentName", agentName);
      return new RunOptions(this);
    }

    private static void check(String name, String v) {
      if (v != null && v.isBlank()) {
        throw new IllegalArgumentException("RunOptions." + name + " must not be blank when set");
      }
    }
  }
}
