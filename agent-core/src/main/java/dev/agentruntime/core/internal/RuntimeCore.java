package dev.agentruntime.core.internal;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.error.ErrorClassifier;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.tool.ToolRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The immutable engine shared by every run of one runtime. */
public final class RuntimeCore {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeCore.class);

  final String agentName;
  final ModelClient model;
  final ToolRegistry tools;
  final AgentInterceptor[] interceptors;
  final AgentInterceptor[] runInterceptors;
  final AgentInterceptor[] modelInterceptors;
  final AgentInterceptor[] toolInterceptors;
  final AgentEventListener[] listeners;
  final Executor executor;
  final ScheduledExecutorService scheduler;
  final ErrorClassifier classifier;
  final IdempotencyStore idempotencyStore;
  final Duration idempotencyTtl;
  final Clock clock;
  final RunLimits limits;

  /**
   * @param agentName default agent name
   * @param model the model, or null
   * @param tools the registry
   * @param interceptors interceptors in canonical order
   * @param listeners runtime-wide listeners
   * @param executor executor for concurrent work
   * @param scheduler scheduler for deadlines
   * @param classifier error classifier (user's first, then defaults)
   * @param idempotencyStore store for side-effecting tools
   * @param idempotencyTtl how long idempotency keys are kept
   * @param clock the clock
   * @param limits default limits
   */
  public RuntimeCore(
      String agentName,
      ModelClient model,
      ToolRegistry tools,
      List<AgentInterceptor> interceptors,
      List<AgentEventListener> listeners,
      Executor executor,
      ScheduledExecutorService scheduler,
      ErrorClassifier classifier,
      IdempotencyStore idempotencyStore,
      Duration idempotencyTtl,
      Clock clock,
      RunLimits limits) {
    this.agentName = agentName;
    this.model = model;
    this.tools = tools;
    this.interceptors = interceptors.toArray(new AgentInterceptor[0]);
    this.runInterceptors = overriding(this.interceptors, "aroundRun", dev.agentruntime.core.chain.RunChain.class);
    this.modelInterceptors =
        overriding(this.interceptors, "aroundModelCall", dev.agentruntime.core.chain.ModelChain.class);
    this.toolInterceptors = overriding(this.interceptors, "aroundToolCall", dev.agentruntime.core.chain.ToolChain.class);
    this.listeners = listeners.toArray(new AgentEventListener[0]);
    this.executor = executor;
    this.scheduler = scheduler;
    this.classifier = classifier;
    this.idempotencyStore = idempotencyStore;
    this.idempotencyTtl = idempotencyTtl;
    this.clock = clock;
    this.limits = limits;
  }

  /** The interceptors that override a hook: the others would only proceed, so the chain skips them. */
  private static AgentInterceptor[] overriding(AgentInterceptor[] all, String hook, Class<?> chainType) {
    List<AgentInterceptor> out = new java.util.ArrayList<>();
    for (AgentInterceptor i : all) {
      try {
        if (i.getClass().getMethod(hook, chainType).getDeclaringClass() != AgentInterceptor.class) {
          out.add(i);
        }
      } catch (NoSuchMethodException e) {
        out.add(i);
      }
    }
    return out.toArray(new AgentInterceptor[0]);
  }

  /** @return the runtime-wide model, or null */
  public ModelClient model() {
    return model;
  }

  /** @return the tool registry */
  public ToolRegistry tools() {
    return tools;
  }

  /**
   * @param error a failure
   * @return its classification (never null)
   */
  public FailureInfo classify(Throwable error) {
    return classifier.classify(error);
  }

  /** @return whether runtime-wide listeners exist */
  boolean hasListeners() {
    return listeners.length > 0;
  }

  /**
   * Delivers an event to runtime-wide listeners (used for events outside runs).
   *
   * @param event the event
   */
  public void emitGlobal(AgentEvent event) {
    deliver(listeners, event);
  }

  static void deliver(AgentEventListener[] targets, AgentEvent event) {
    for (AgentEventListener l : targets) {
      deliver(l, event);
    }
  }

  static void deliver(AgentEventListener l, AgentEvent event) {
    try {
      l.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("event listener {} failed on {}; ignored", l, event.type(), e);
    }
  }

  /** @return the default agent name */
  public String agentName() {
    return agentName;
  }
}
