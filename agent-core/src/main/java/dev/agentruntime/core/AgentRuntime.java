package dev.agentruntime.core;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.ErrorClassifier;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.RunCancelledException;
import dev.agentruntime.core.event.AgentEventListener;
import dev.agentruntime.core.event.EventStream;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.RunStarted;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.idempotency.InMemoryIdempotencyStore;
import dev.agentruntime.core.internal.LimitsInterceptor;
import dev.agentruntime.core.internal.ResilienceInterceptor;
import dev.agentruntime.core.internal.RunEngine;
import dev.agentruntime.core.internal.RunAwareExecutorService;
import dev.agentruntime.core.tool.ToolExecutor;
import dev.agentruntime.core.internal.RuntimeCore;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.loop.ToolCallingLoop;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs agent loops with every call traced, guarded, budgeted, retried and bounded.
 *
 * <p>Build one with {@link #builder()}, keep it for the life of the application and share it:
 * it is immutable and thread-safe, and concurrent runs never see each other's state.
 *
 * <pre>{@code
 * AgentRuntime runtime = AgentRuntime.builder()
 *     .model(myModelClient)
 *     .tools(searchTool, createTicketTool)
 *     .limits(RunLimits.builder().maxSteps(8).build())
 *     .interceptor(telemetry)                 // from agent-telemetry, guardrails, cost...
 *     .build();
 * AgentResult result = runtime.run("Where is my order 42?");
 * }</pre>
 */
public final class AgentRuntime implements AutoCloseable {
  private final RuntimeCore core;
  private final RunEngine engine;
  private final AgentLoop defaultLoop;
  private final List<AgentInterceptor> interceptors;
  private final ResilienceInterceptor resilience;
  private final ExecutorService ownedExecutor;
  private final ScheduledExecutorService scheduler;
  private final CircuitBreakerRegistry circuitBreakerRegistry;
  private final RetryRegistry retryRegistry;

  private AgentRuntime(AgentLoop defaultLoop, int maxConcurrentRuns, Duration concurrentRunsWait,
      RuntimeCore core, List<AgentInterceptor> interceptors,
      ResilienceInterceptor resilience, ExecutorService ownedExecutor, ScheduledExecutorService scheduler,
      CircuitBreakerRegistry circuitBreakerRegistry, RetryRegistry retryRegistry) {
    this.circuitBreakerRegistry = circuitBreakerRegistry;
    this.retryRegistry = retryRegistry;
    this.core = core;
    this.interceptors = List.copyOf(interceptors);
    this.resilience = resilience;
    this.ownedExecutor = ownedExecutor;
    this.scheduler = scheduler;
    this.defaultLoop = defaultLoop;
    this.engine = new RunEngine(core, maxConcurrentRuns, concurrentRunsWait);
  }

  /** @return the run current on this thread (see {@link RunContext#current()}) */
  static java.util.Optional<RunContext> currentRun() {
    return dev.agentruntime.core.internal.RunScope.current().map(RunContext.class::cast);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the configured loop.
   *
   * @param input the task, not null or blank
   * @return the result
   * @throws IllegalArgumentException when the input is null or blank
   * @throws AgentRuntimeException (a subclass saying what happened) when the run fails
   */
  public AgentResult run(String input) {
    return run(input, RunOptions.defaults(), defaultLoop);
  }

  /**
   * @param input the task
   * @param options per-run settings
   * @return the result
   */
  public AgentResult run(String input, RunOptions options) {
    return run(input, options, defaultLoop);
  }

  /**
   * Runs someone else's loop through this runtime.
   *
   * @param input the task
   * @param loop the loop; it must call the model and tools through its {@link RunContext}
   * @return the result
   */
  public AgentResult run(String input, AgentLoop loop) {
    return run(input, RunOptions.defaults(), loop);
  }

  /**
   * @param input the task
   * @param options per-run settings
   * @param loop the loop
   * @return the result
   */
  public AgentResult run(String input, RunOptions options, AgentLoop loop) {
    validate(input, options, loop);
    return engine.run(input, options, loop, null);
  }

  /**
   * Starts a run on the runtime's executor. The run carries the caller's OpenTelemetry context, as
   * {@code run(...)} does: started while a span is current (a traced request, say), its spans are
   * part of that trace.
   *
   * @param input the task
   * @param options per-run settings
   * @return a handle to cancel it or await its result
   */
  public RunHandle start(String input, RunOptions options) {
    return start(input, options, defaultLoop);
  }

  /**
   * @param input the task
   * @param options per-run settings
   * @param loop the loop
   * @return a handle to cancel it or await its result
   */
  public RunHandle start(String input, RunOptions options, AgentLoop loop) {
    validate(input, options, loop);
    return engine.start(input, options, loop, null);
  }

  /**
   * Starts a run and returns its events as a stream, consumable while the run goes on.
   *
   * @param input the task
   * @return the events (iterate, then read {@link EventStream#result()})
   */
  public EventStream stream(String input) {
    return stream(input, RunOptions.defaults());
  }

  /**
   * @param input the task
   * @param options per-run settings
   * @return the events
   */
  public EventStream stream(String input, RunOptions options) {
    validate(input, options, defaultLoop);
    engine.ensureOpen();
    EventStream stream = new EventStream();
    RunHandle handle =
        engine.start(input, options.toBuilder().listener(stream.listener()).build(), defaultLoop, stream);
    stream.attach(handle);
    return stream;
  }

  /**
   * Wraps a model client so that calls made through it — by a loop we cannot change, such as a
   * framework's — pass through this runtime's chain and report into the current run (found
   * through the context, also on threads the run handed work to). Outside any run, each call is
   * traced and guarded on its own.
   *
   * @param client the client to wrap
   * @return the decorated client
   */
  public ModelClient decorate(ModelClient client) {
    return engine.decorate(Objects.requireNonNull(client, "client"));
  }

  /**
   * Wraps a tool the same way as {@link #decorate(ModelClient)}.
   *
   * @param tool the tool to wrap
   * @return the decorated tool
   */
  public Tool decorate(Tool tool) {
    return engine.decorate(Objects.requireNonNull(tool, "tool"));
  }

  /** @return the agent's name (the default of {@code RunOptions.agentName}) */
  public String agentName() {
    return core.agentName();
  }

  /**
   * Continues a run from its last checkpoint, in this or another process, with the runtime's loop.
   * Needs a {@link dev.agentruntime.core.checkpoint.DurableRuns} interceptor.
   *
   * @param runId the run to continue
   * @return the run's result
   * @throws IllegalStateException when no DurableRuns interceptor is configured
   * @throws IllegalArgumentException when the run has no checkpoint
   */
  public AgentResult resume(String runId) {
    return durableRuns().resume(this, runId, null);
  }

  /**
   * Continues a run from its last checkpoint with the loop it used.
   *
   * @param runId the run to continue
   * @param loop the loop
   * @return the run's result
   */
  public AgentResult resume(String runId, AgentLoop loop) {
    return durableRuns().resume(this, runId, Objects.requireNonNull(loop, "loop"));
  }

  private dev.agentruntime.core.checkpoint.DurableRuns durableRuns() {
    for (AgentInterceptor i : interceptors) {
      if (i instanceof dev.agentruntime.core.checkpoint.DurableRuns d) {
        return d;
      }
    }
    throw new IllegalStateException("resume needs durable runs: add "
        + "DurableRuns.builder(checkpointStore, idempotencyStore).build() as an interceptor");
  }

  /**
   * Calls a tool through this runtime's chain without a {@link RunContext}: inside a run (found
   * through the context) the call reports into it, outside any run it is handled on its own.
   * For framework authors whose tool loop has no run context to hand.
   *
   * <pre>{@code
   * ToolResult r = runtime.toolExecutor(searchTool).call(ToolCall.of("call_1", "search", "{\"q\":\"x\"}"));
   * }</pre>
   *
   * @param tool the tool to call (its name need not be registered)
   * @return an executor calling it through the chain
   */
  public ToolExecutor toolExecutor(Tool tool) {
    Tool decorated = decorate(tool);
    return call -> engine.callDecorated(decorated, Objects.requireNonNull(call, "call"));
  }

  /**
   * Wraps a framework's executor so that tasks submitted from inside a run execute as part of it:
   * decorated models and tools called on its threads report into the run, obey its limits and
   * stop when it is cancelled (plain pools do not carry the OpenTelemetry context by themselves).
   *
   * @param executor the executor to wrap
   * @return the wrapped executor
   */
  public Executor wrap(Executor executor) {
    return new RunAwareExecutorService(Objects.requireNonNull(executor, "executor"), null);
  }

  /**
   * Wraps a framework's executor service like {@link #wrap(Executor)}; shutting the wrapper down
   * shuts the wrapped service down.
   *
   * @param executor the executor service to wrap
   * @return the wrapped executor service
   */
  public ExecutorService wrap(ExecutorService executor) {
    return new RunAwareExecutorService(Objects.requireNonNull(executor, "executor"), executor);
  }

  /** @return the tool registry (disable a misbehaving tool here) */
  public ToolRegistry tools() {
    return core.tools();
  }

  /** @return the interceptors in the order they run, outermost first */
  public List<AgentInterceptor> interceptors() {
    return interceptors;
  }

  /**
   * @param circuit a circuit name such as {@code model:openai/gpt-4o} or {@code tool:search}
   * @return the circuit's state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, ...), if it exists
   */
  public java.util.Optional<String> circuitState(String circuit) {
    return resilience == null ? java.util.Optional.empty()
        : resilience.circuitState(circuit).map(Enum::name);
  }

  /** @return the registry holding this runtime's circuit breakers (for metrics and health checks) */
  public CircuitBreakerRegistry circuitBreakerRegistry() {
    return circuitBreakerRegistry;
  }

  /** @return the registry holding this runtime's retries */
  public RetryRegistry retryRegistry() {
    return retryRegistry;
  }

  /**
   * Stops the threads the runtime created itself (not an executor you supplied). From then on
   * every entry point ({@code run}, {@code start}, {@code stream}, decorated clients and tools)
   * throws {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    engine.close();
    scheduler.shutdownNow();
    if (ownedExecutor != null) {
      ownedExecutor.shutdownNow();
    }
  }

  private static void validate(String input, RunOptions options, AgentLoop loop) {
    if (input == null) {
      throw new IllegalArgumentException("input must not be null");
    }
    if (input.isBlank()) {
      throw new IllegalArgumentException("input must not be blank");
    }
    Objects.requireNonNull(options, "options must not be null");
    if (loop == null) {
      throw new IllegalArgumentException(
          "no agent loop: pass one to run(...) or set AgentRuntime.builder().model(...) for the built-in loop");
    }
  }

  /**
   * Builder for {@link AgentRuntime}. Everything is optional except what the chosen loop needs;
   * settings are validated at {@link #build()} with messages naming the bad setting.
   */
  public static final class Builder {
    private String agentName = "agent";
    private ModelClient model;
    private final List<Tool> tools = new ArrayList<>();
    private ToolRegistry registry;
    private AgentLoop loop;
    private String systemPrompt;
    private RunLimits limits = RunLimits.defaults();
    private ResiliencePolicy resilience = ResiliencePolicy.defaults();
    private final List<Placed> interceptors = new ArrayList<>();
    private final List<AgentEventListener> listeners = new ArrayList<>();
    private Executor executor;
    private IdempotencyStore idempotencyStore;
    private Duration idempotencyTtl = Duration.ofHours(24);
    private ErrorClassifier errorClassifier;
    private int maxConcurrentRuns;
    private Duration concurrentRunsWait = Duration.ZERO;
    private Clock clock = Clock.systemUTC();
    private CircuitBreakerRegistry circuitBreakerRegistry;
    private RetryRegistry retryRegistry;

    private Builder() {}

    /**
     * Where the runtime's circuit breakers live ({@code model:<provider>/<model>},
     * {@code tool:<name>}), so resilience4j's own metrics (Micrometer) and Spring Boot Actuator
     * see them. A fresh registry per runtime by default.
     *
     * @param value the registry
     * @return this
     */
    public Builder circuitBreakerRegistry(CircuitBreakerRegistry value) {
      this.circuitBreakerRegistry = Objects.requireNonNull(value, "circuitBreakerRegistry");
      return this;
    }

    /**
     * Where the runtime's retries live (same names as the breakers). A fresh registry per runtime
     * by default.
     *
     * @param value the registry
     * @return this
     */
    public Builder retryRegistry(RetryRegistry value) {
      this.retryRegistry = Objects.requireNonNull(value, "retryRegistry");
      return this;
    }

    /**
     * @param value the agent's name, used in telemetry ({@code invoke_agent <name>})
     * @return this
     */
    public Builder agentName(String value) {
      this.agentName = value;
      return this;
    }

    /**
     * @param value the model client used by the built-in loop and {@link RunContext#model()}
     * @return this
     */
    public Builder model(ModelClient value) {
      this.model = value;
      return this;
    }

    /**
     * @param all tools to offer
     * @return this
     */
    public Builder tools(Tool... all) {
      for (Tool t : all) {
        tools.add(Objects.requireNonNull(t, "tool"));
      }
      return this;
    }

    /**
     * @param all tools to offer
     * @return this
     */
    public Builder tools(List<? extends Tool> all) {
      all.forEach(t -> tools.add(Objects.requireNonNull(t, "tool")));
      return this;
    }

    /**
     * @param value a registry to use (shared with other code that disables/enables tools)
     * @return this
     */
    public Builder toolRegistry(ToolRegistry value) {
      this.registry = value;
      return this;
    }

    /**
     * @param value the loop {@link #run(String)} uses; the built-in {@link ToolCallingLoop} by default
     * @return this
     */
    public Builder loop(AgentLoop value) {
      this.loop = value;
      return this;
    }

    /**
     * @param value system prompt for the built-in loop
     * @return this
     */
    public Builder systemPrompt(String value) {
      this.systemPrompt = value;
      return this;
    }

    /**
     * @param value default limits for every run ({@link RunLimits#defaults()} unless set)
     * @return this
     */
    public Builder limits(RunLimits value) {
      this.limits = value;
      return this;
    }

    /**
     * @param value retry, circuit breaker, timeout and fallback settings; {@link
     *     ResiliencePolicy#none()} switches the stage off
     * @return this
     */
    public Builder resilience(ResiliencePolicy value) {
      this.resilience = value;
      return this;
    }

    /**
     * Adds an interceptor at its own {@link AgentInterceptor#placement()} (by default in its
     * {@link AgentInterceptor#stage()}).
     *
     * @param value the interceptor
     * @return this
     */
    public Builder interceptor(AgentInterceptor value) {
      Objects.requireNonNull(value, "interceptor");
      return interceptor(value.placement(), value);
    }

    /**
     * Adds an interceptor at an explicit place, for example {@code
     * Placement.after(Stage.RESILIENCE)} to run once per attempt, just above the model or tool.
     * The chain is sorted by placement (stage, then before / in / after, then order); equal
     * placements keep registration order.
     *
     * @param placement where it runs
     * @param value the interceptor
     * @return this
     */
    public Builder interceptor(Placement placement, AgentInterceptor value) {
      Objects.requireNonNull(placement, "placement must not be null");
      Objects.requireNonNull(value, "interceptor must not be null");
      interceptors.add(new Placed(value, placement));
      return this;
    }

    /**
     * @param value receives every run's events
     * @return this
     */
    public Builder listener(AgentEventListener value) {
      listeners.add(Objects.requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Where concurrent work runs (async runs, parallel tool calls, timed attempts). On JDK 21+
     * pass {@code Executors.newVirtualThreadPerTaskExecutor()}. By default the runtime owns a
     * cached pool of daemon threads, stopped by {@link AgentRuntime#close()}. The executor must
     * not bound its threads: a run's work waits for other work it hands to the same executor (a
     * parallel tool call for its watched tool body, a timed attempt), so a fixed pool with fewer
     * free threads than that can deadlock — use a cached or thread-per-task executor.
     *
     * @param value the executor
     * @return this
     */
    public Builder executor(Executor value) {
      this.executor = value;
      return this;
    }

    /**
     * @param value where side-effecting tools remember their executions (by default the store of a
     *     registered {@code DurableRuns}, else in memory); a {@code DurableRuns} must use the same
     * @return this
     */
    public Builder idempotencyStore(IdempotencyStore value) {
      this.idempotencyStore = value;
      return this;
    }

    /**
     * @param value how long idempotency keys are kept (24 h by default)
     * @return this
     */
    public Builder idempotencyTtl(Duration value) {
      this.idempotencyTtl = value;
      return this;
    }

    /**
     * @param value consulted before the default classifier to decide what is transient
     * @return this
     */
    public Builder errorClassifier(ErrorClassifier value) {
      this.errorClassifier = value;
      return this;
    }

    /**
     * Caps concurrent runs; a run that cannot start within {@code wait} fails with
     * {@link LimitExceededException} ({@link Limit#CONCURRENT_RUNS}).
     *
     * @param max the cap (0 for none)
     * @param wait how long a run may wait for a slot
     * @return this
     */
    public Builder maxConcurrentRuns(int max, Duration wait) {
      this.maxConcurrentRuns = max;
      this.concurrentRunsWait = wait;
      return this;
    }

    /**
     * @param value the clock for timestamps and deadlines
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * @return the runtime
     * @throws IllegalArgumentException or {@link IllegalStateException} naming the bad setting
     */
    public AgentRuntime build() {
      if (agentName == null || agentName.isBlank()) {
        throw new IllegalArgumentException("agentName must not be blank");
      }
      if (limits == null) {
        throw new IllegalArgumentException("limits must not be null (use RunLimits.none() for no limits)");
      }
      if (resilience == null) {
        throw new IllegalArgumentException("resilience must not be null (use ResiliencePolicy.none())");
      }
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      if (maxConcurrentRuns < 0) {
        throw new IllegalArgumentException("maxConcurrentRuns must be >= 0, was " + maxConcurrentRuns);
      }
      if (concurrentRunsWait == null || concurrentRunsWait.isNegative()) {
        throw new IllegalArgumentException("maxConcurrentRuns wait must be >= 0, was " + concurrentRunsWait);
      }
      if (idempotencyTtl == null || idempotencyTtl.isNegative() || idempotencyTtl.isZero()) {
        throw new IllegalArgumentException("idempotencyTtl must be positive, was " + idempotencyTtl);
      }
      if (registry != null && !tools.isEmpty()) {
        throw new IllegalStateException("set either tools(...) or toolRegistry(...), not both");
      }
      if (loop != null && systemPrompt != null) {
        throw new IllegalStateException(
            "systemPrompt applies to the built-in loop only; configure your loop's own prompt instead");
      }
      IdempotencyStore idempotency = idempotencyStore(interceptors, idempotencyStore);
      List<Placed> placed = withCompanions(interceptors);
      for (Placed p : placed) {
        if (p.placement() == null) {
          throw new IllegalArgumentException("interceptor " + p.interceptor().name() + " returned a null placement()");
        }
      }
      ToolRegistry reg = registry != null ? registry : ToolRegistry.of(tools);
      AgentLoop runLoop = loop;
      if (runLoop == null && model != null) {
        runLoop = ToolCallingLoop.builder().systemPrompt(systemPrompt).build();
      }

      ExecutorService owned = null;
      Executor exec = executor;
      if (exec == null) {
        owned = Executors.newCachedThreadPool(daemonThreads("agent-runtime-worker-"));
        exec = owned;
      }
      java.util.concurrent.ScheduledThreadPoolExecutor watchdogs =
          new java.util.concurrent.ScheduledThreadPoolExecutor(1, daemonThreads("agent-runtime-watchdog-"));
      // a run's watchdog is cancelled when the run ends, almost always long before its deadline:
      // drop it from the queue at once, or every finished run stays reachable until its deadline
      watchdogs.setRemoveOnCancelPolicy(true);
      ScheduledExecutorService scheduler = watchdogs;

      placed.add(new Placed(new LimitsInterceptor(), Placement.in(Stage.LIMITS)));
      CircuitBreakerRegistry breakers =
          circuitBreakerRegistry != null ? circuitBreakerRegistry : CircuitBreakerRegistry.ofDefaults();
      RetryRegistry retries = retryRegistry != null ? retryRegistry : RetryRegistry.ofDefaults();
      ResilienceInterceptor.RuntimeCoreRef ref = new ResilienceInterceptor.RuntimeCoreRef();
      ResilienceInterceptor resilienceInterceptor = null;
      if (resilience.modelRetry().maxRetries() > 0 || resilience.toolRetry().maxRetries() > 0
          || resilience.circuitBreaker().enabled() || resilience.modelAttemptTimeout() != null
          || resilience.toolAttemptTimeout() != null || !resilience.fallbackModels().isEmpty()) {
        resilienceInterceptor = new ResilienceInterceptor(resilience, ref, breakers, retries);
        placed.add(new Placed(resilienceInterceptor, Placement.in(Stage.RESILIENCE)));
      }
      // stable sort: placement order, then registration order (built-ins of a stage come after
      // the user's interceptors placed in that stage)
      placed.sort(Comparator.comparingLong(p -> p.placement().sortKey()));
      List<AgentInterceptor> chain = new ArrayList<>(placed.size());
      placed.forEach(p -> chain.add(p.interceptor()));

      List<AgentEventListener> allListeners = new ArrayList<>(listeners);
      for (AgentInterceptor i : chain) {
        if (i instanceof AgentEventListener l && !allListeners.contains(l)) {
          allListeners.add(l);
        }
      }
      ErrorClassifier classifier =
          errorClassifier == null ? ErrorClassifier.defaults() : errorClassifier.orElse(ErrorClassifier.defaults());
      RuntimeCore core = new RuntimeCore(agentName, model, reg, chain, allListeners, exec, scheduler,
          classifier, idempotency, idempotencyTtl, clock, limits);
      ref.set(core);
      return new AgentRuntime(runLoop, maxConcurrentRuns, concurrentRunsWait, core, chain,
          resilienceInterceptor, owned, scheduler, breakers, retries);
    }

    /**
     * The store side-effecting tools claim their calls in: the one set, else a {@code DurableRuns}'s
     * (which settles in-doubt calls by it after a crash), else a new in-memory one.
     *
     * @throws IllegalStateException when a {@code DurableRuns} was built with another store
     */
    private static IdempotencyStore idempotencyStore(List<Placed> registered, IdempotencyStore set) {
      IdempotencyStore chosen = set;
      for (Placed p : registered) {
        if (p.interceptor() instanceof dev.agentruntime.core.checkpoint.DurableRuns d) {
          if (chosen == null) {
            chosen = d.idempotencyStore();
          } else if (!chosen.equals(d.idempotencyStore())) {
            throw new IllegalStateException("DurableRuns settles in-doubt tool calls with idempotency store "
                + d.idempotencyStore() + ", but the runtime's side-effecting tools would claim theirs in " + chosen
                + " (set by idempotencyStore(...) or another DurableRuns): give both the same store");
          }
        }
      }
      return chosen != null ? chosen : new InMemoryIdempotencyStore();
    }

    /**
     * The registered interceptors plus their companions (and theirs) at their own placements; a
     * companion registered explicitly as well, or named by two interceptors, is added once.
     */
    private static List<Placed> withCompanions(List<Placed> registered) {
      List<Placed> out = new ArrayList<>(registered);
      java.util.Set<AgentInterceptor> present =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      registered.forEach(p -> present.add(p.interceptor()));
      java.util.ArrayDeque<AgentInterceptor> pending = new java.util.ArrayDeque<>(present);
      while (!pending.isEmpty()) {
        AgentInterceptor owner = pending.poll();
        List<AgentInterceptor> companions = owner.companions();
        if (companions == null) {
          throw new IllegalArgumentException("interceptor " + owner.name() + " returned null companions()");
        }
        for (AgentInterceptor c : companions) {
          if (c == null) {
            throw new IllegalArgumentException("interceptor " + owner.name() + " has a null companion");
          }
          if (present.add(c)) {
            out.add(new Placed(c, c.placement()));
            pending.add(c);
          }
        }
      }
      return out;
    }

    /** An interceptor with where it goes. */
    private record Placed(AgentInterceptor interceptor, Placement placement) {}

    private static ThreadFactory daemonThreads(String prefix) {
      AtomicInteger n = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, prefix + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
