package dev.agentruntime.spring.api;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunHandle;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.event.TextDiscarded;
import dev.agentruntime.core.event.SseEncoder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The runs the agent API started: their handles, results, and a per-run event log that SSE
 * clients read from. Every event gets an increasing id (1, 2, 3, ...); a client that reconnects
 * with {@code Last-Event-ID: n} receives every event after {@code n} exactly once, in order, then
 * the live ones. A finished run stays readable (and resumable) for {@code retention}; heartbeat
 * comments keep idle streams open through proxies. Thread-safe.
 *
 * <p>A run's thread only adds its events to the log: each subscriber's writes are made by a
 * delivery task of its own (at most one at a time per subscriber) on the registry's delivery
 * executor, so a client that reads slowly or not at all holds neither the run nor the run's other
 * subscribers. It lags behind the log, which is kept anyway (nothing is queued per subscriber), until
 * it catches up or its connection fails or times out.
 */
public final class RunRegistry implements AutoCloseable {

  /** The state of a run as the API reports it. */
  public enum Status {
    /** Started, not finished. */
    RUNNING,
    /** Finished with a result. */
    COMPLETED,
    /** Ended with an error (including a refusal or a cancellation). */
    FAILED
  }

  private record Logged(long id, String type, String json) {}

  /**
   * Where a subscriber's events go: an SSE response or a WebSocket session. Calls are serialised
   * per subscriber and made on the registry's delivery threads, never on the thread of the run, so
   * a call may block while the client is slow.
   */
  public interface EventSink {
    /**
     * Sends one event.
     *
     * @param id the event's id (1, 2, 3, ... per run)
     * @param type the event's type, e.g. {@code run_completed}
     * @param json the event as JSON
     * @throws IOException when the client is gone
     */
    void send(long id, String type, String json) throws IOException;

    /**
     * Keeps the connection alive.
     *
     * @throws IOException when the client is gone
     */
    void heartbeat() throws IOException;

    /** The run has ended and every event was sent. */
    void complete();
  }

  private final Duration retention;
  private final Duration heartbeat;
  private final Duration sseTimeout;
  private final int maxRuns;
  private final Object admission = new Object();
  private final Clock clock;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunRegistry.class);
  /** what a client sees of a failure the runtime does not classify */
  static final String INTERNAL_FAILURE = "the run failed with an internal error; see the server log for run ";

  private final SseEncoder encoder = new SseEncoder();
  private final Map<String, TrackedRun> runs = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService scheduler;
  /** where subscribers' writes run */
  private final Executor delivery;
  /** the delivery executor when the registry made it (then it stops it on close), else null */
  private final @org.jspecify.annotations.Nullable ExecutorService ownDelivery;
  /** close() has begun: a subscriber arriving now has its stream ended, whichever the executor */
  private volatile boolean closed;

  /**
   * A registry that delivers events on a cached pool of daemon threads of its own (a thread per
   * subscriber being written to at the moment, none while all are idle), stopped by {@link #close()}.
   *
   * @param retention how long a finished run stays readable
   * @param heartbeat interval of SSE heartbeat comments
   * @param sseTimeout longest life of one SSE connection
   * @param maxRuns most runs kept at once (running and retained)
   * @param clock the clock
   */
  public RunRegistry(Duration retention, Duration heartbeat, Duration sseTimeout, int maxRuns, Clock clock) {
    this(retention, heartbeat, sseTimeout, maxRuns, clock, null);
  }

  /**
   * A registry that delivers events on the given executor, e.g. a virtual-thread-per-task executor
   * on JDK 21+ (the auto-configuration gives it one when {@code spring.threads.virtual.enabled} is
   * on). Each subscriber has at most one delivery task on it at a time, which blocks while its
   * client is slow: the executor must not bound its threads, or slow clients would hold the others'
   * events back. The registry does not stop it: {@link #close()} ends the open streams on it and
   * leaves it running for its owner to stop.
   *
   * @param retention how long a finished run stays readable
   * @param heartbeat interval of SSE heartbeat comments
   * @param sseTimeout longest life of one SSE connection
   * @param maxRuns most runs kept at once (running and retained)
   * @param clock the clock
   * @param delivery where subscribers' writes run; null for a cached pool of the registry's own
   */
  public RunRegistry(Duration retention, Duration heartbeat, Duration sseTimeout, int maxRuns, Clock clock,
      @org.jspecify.annotations.Nullable Executor delivery) {
    this.retention = positive(retention, "retention");
    this.heartbeat = positive(heartbeat, "heartbeat");
    this.sseTimeout = positive(sseTimeout, "sseTimeout");
    if (maxRuns <= 0) {
      throw new IllegalArgumentException("maxRuns must be positive, was " + maxRuns);
    }
    this.maxRuns = maxRuns;
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    if (delivery == null) {
      AtomicInteger threads = new AtomicInteger();
      this.ownDelivery = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "agent-api-events-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      this.delivery = ownDelivery;
    } else {
      this.ownDelivery = null;
      this.delivery = delivery;
    }
  }

  private static Duration positive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
    return d;
  }

  /**
   * Starts a run and tracks it.
   *
   * @param agent the agent's name
   * @param runtime its runtime
   * @param input the input
   * @param owner who started it
   * @param options the options (run id and listener are added here)
   * @return the tracked run
   * @throws TooManyRunsException when {@code maxRuns} runs are kept already
   */
  public TrackedRun start(
      String agent, AgentRuntime runtime, String input, ApiPrincipal owner, RunOptions.Builder options) {
    return start(agent, runtime, input, owner, options, false);
  }

  /**
   * Starts a run and tracks it.
   *
   * @param agent the agent's name
   * @param runtime the agent's runtime
   * @param input the input
   * @param owner who started it
   * @param options the options (run id and listener are added here)
   * @param answered whether the request that starts it waits for it and answers its failure (which
   *     it then logs); else a failure the runtime does not classify is logged here
   * @return the tracked run
   * @throws TooManyRunsException when {@code maxRuns} runs are kept already
   */
  public TrackedRun start(String agent, AgentRuntime runtime, String input, ApiPrincipal owner,
      RunOptions.Builder options, boolean answered) {
    evictExpired();
    String runId = "run-" + UUID.randomUUID();
    TrackedRun run = new TrackedRun(runId, agent, owner, clock.instant());
    run.joined = answered;
    synchronized (admission) { // the cap is checked and taken at once: concurrent starts never pass it
      if (runs.size() >= maxRuns) {
        throw new TooManyRunsException(maxRuns);
      }
      runs.put(runId, run);
    }
    RunHandle handle;
    try {
      handle = runtime.start(input, options.runId(runId).listener(run::append).build());
    } catch (RuntimeException | Error e) {
      run.joined = true; // thrown to the caller, who answers (and logs) it
      run.finish(null, e);
      throw e;
    }
    run.handle = handle;
    handle.result().whenComplete(run::finish);
    return run;
  }

  /**
   * @param runId a run id
   * @param caller who asks
   * @return the run, if it exists, is retained and belongs to the caller
   */
  public Optional<TrackedRun> find(String runId, ApiPrincipal caller) {
    TrackedRun run = runs.get(runId);
    if (run == null || !run.owner.equals(caller) || run.expired(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(run);
  }

  /**
   * Opens an SSE stream of a run's events after {@code lastEventId}; it completes after the
   * run's last event.
   *
   * @param run the run
   * @param lastEventId the last id the client has (0 for all)
   * @return the emitter to return from the controller
   */
  public SseEmitter subscribe(TrackedRun run, long lastEventId) {
    SseEmitter emitter = new SseEmitter(sseTimeout.toMillis());
    java.util.concurrent.atomic.AtomicReference<Subscription> subscription =
        new java.util.concurrent.atomic.AtomicReference<>(() -> {});
    emitter.onCompletion(() -> subscription.get().close());
    emitter.onTimeout(() -> {
      subscription.get().close();
      emitter.complete(); // the client reconnects with Last-Event-ID
    });
    emitter.onError(e -> subscription.get().close());
    subscription.set(subscribe(run, lastEventId, new EventSink() {
      @Override
      public void send(long id, String type, String json) throws IOException {
        emitter.send(SseEmitter.event().id(Long.toString(id)).name(type).data(json));
      }

      @Override
      public void heartbeat() throws IOException {
        emitter.send(SseEmitter.event().comment("heartbeat"));
      }

      @Override
      public void complete() {
        emitter.complete();
      }
    }));
    return emitter;
  }

  /**
   * Subscribes any sink to a run's events after {@code lastEventId} (the WebSocket endpoint uses
   * this); the sink is completed after the run's last event.
   *
   * @param run the run
   * @param lastEventId the last id the client has (0 for all)
   * @param sink where the events go
   * @return a handle whose {@link Subscription#close()} stops the delivery
   */
  public Subscription subscribe(TrackedRun run, long lastEventId, EventSink sink) {
    Subscriber subscriber = new Subscriber(run, sink, Math.max(0, lastEventId));
    run.subscribers.add(subscriber);
    if (closed) { // read after the add: close() either sees this subscriber or is seen here
      subscriber.close();
    } else {
      ensureScheduler();
      subscriber.signal();
    }
    return () -> {
      run.subscribers.remove(subscriber);
      subscriber.closeQuietly();
    };
  }

  /** Stops one subscriber's delivery. */
  @FunctionalInterface
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Adds an entry that is not a runtime event (an approval request, say) to a run's event log,
   * so SSE and WebSocket clients see it in order with the run's events.
   *
   * @param runId the run
   * @param type the entry's type
   * @param json the entry as JSON
   * @return false when the registry does not hold that run
   */
  public boolean notice(String runId, String type, String json) {
    TrackedRun run = runs.get(runId);
    if (run == null) {
      return false;
    }
    run.appendRaw(type, json);
    return true;
  }

  /** @return the number of runs kept (running and retained) */
  public int size() {
    return runs.size();
  }

  private void evictExpired() {
    Instant now = clock.instant();
    runs.values().removeIf(r -> r.expired(now));
  }

  private void ensureScheduler() {
    if (scheduler == null) {
      synchronized (this) {
        if (scheduler == null && !closed) { // after close() it would never be stopped
          ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agent-api-heartbeat");
            t.setDaemon(true);
            return t;
          });
          s.scheduleWithFixedDelay(this::tick, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
          scheduler = s;
        }
      }
    }
  }

  private void tick() {
    try {
      evictExpired();
      for (TrackedRun run : runs.values()) {
        for (Subscriber s : run.subscribers) {
          s.heartbeat();
        }
      }
    } catch (RuntimeException ignored) {
      // a heartbeat never kills the scheduler
    }
  }

  /**
   * Stops the heartbeat thread and completes every open stream (on its delivery thread, once the
   * write in progress there, if any, has ended), and any stream opened afterwards; the registry's own
   * delivery threads are given a second for that, then interrupted. An executor given to the
   * constructor is left running.
   */
  @Override
  public void close() {
    ScheduledExecutorService s;
    synchronized (this) { // with ensureScheduler's: a scheduler is either seen here or never made
      closed = true;
      s = scheduler;
    }
    if (s != null) {
      s.shutdownNow();
    }
    for (TrackedRun run : runs.values()) {
      for (Subscriber sub : run.subscribers) {
        sub.close();
      }
    }
    ExecutorService own = ownDelivery;
    if (own != null) {
      own.shutdown();
      try {
        if (!own.awaitTermination(1, TimeUnit.SECONDS)) {
          own.shutdownNow(); // a client that does not read: its write is abandoned
        }
      } catch (InterruptedException e) {
        own.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Thrown when the registry holds {@code maxRuns} runs already; the API answers 503. */
  public static final class TooManyRunsException extends RuntimeException {
    TooManyRunsException(int max) {
      super("the agent API holds " + max + " runs already (agent.api.max-runs); try again later");
    }
  }

  /** One run the API started. */
  public final class TrackedRun {
    private final String runId;
    private final String agent;
    private final ApiPrincipal owner;
    private final Instant startedAt;
    private final List<Logged> log = new CopyOnWriteArrayList<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile RunHandle handle;
    private volatile Status status = Status.RUNNING;
    private volatile AgentResult result;
    private volatile Throwable error;
    /** the run's failure event, held until the run ends (guarded by this) */
    private RunFailed pendingFailure;
    /** whether a request waits for the run to answer it (then its failure is logged there) */
    private volatile boolean joined;
    private volatile Instant finishedAt;

    private TrackedRun(String runId, String agent, ApiPrincipal owner, Instant startedAt) {
      this.runId = runId;
      this.agent = agent;
      this.owner = owner;
      this.startedAt = startedAt;
    }

    private void append(AgentEvent event) {
      event = clientSafe(event);
      if (event instanceof RunFailed f) {
        // what the client may see of the failure depends on the exception, known when the run ends
        Throwable cause;
        synchronized (this) {
          if (status == Status.RUNNING) {
            pendingFailure = f;
            return;
          }
          cause = error;
        }
        event = shown(f, cause);
      }
      appendRaw(event.type(), encoder.toJson(event));
    }

    /**
     * @return the event as a client may see it: a failed model call's error and a discarded streaming
     *     attempt's reason say what failed (the provider's HTTP status, or the failure's kind: a
     *     refusal such as {@code guardrail blocked}, {@code budget exceeded}, a provider's
     *     {@code timeout}), not what the provider said (its error body may echo part of a key); the
     *     model call's {@code errorType} stays when it is such a code (not a class name); in-process
     *     listeners keep the whole message
     */
    private static AgentEvent clientSafe(AgentEvent event) {
      if (event instanceof ModelCallCompleted m && m.error() != null) {
        String type = m.errorType();
        boolean status = type != null && STATUS.matcher(type).matches();
        String shownType = type != null && (status || AgentApiExceptionHandler.isCode(type)) ? type : null;
        String detail;
        if (type == null) {
          detail = httpStatus(m.error()); // an event built without a type
        } else if (status) {
          detail = " with HTTP " + type;
        } else {
          detail = shownType == null || "model_error".equals(shownType) ? "" : ": " + shownType.replace('_', ' ');
        }
        return new ModelCallCompleted(m.runId(), m.timestamp(), m.step(), m.model(), m.usage(), m.finishReason(),
            m.duration(), "the model call failed" + detail, shownType);
      }
      if (event instanceof TextDiscarded d) {
        int cut = d.reason().indexOf(" attempt failed: ");
        if (cut >= 0) {
          return new TextDiscarded(d.runId(), d.timestamp(), d.step(),
              d.reason().substring(0, cut) + " attempt failed"
                  + httpStatus(d.reason().substring(cut + " attempt failed: ".length())));
        }
      }
      return event;
    }

    private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile("[1-5]\\d\\d");
    private static final java.util.regex.Pattern HTTP_STATUS =
        java.util.regex.Pattern.compile("^[^:]*?(?:failed with HTTP |\\(HTTP )(\\d{3})\\b");

    /**
     * @return " with HTTP nnn" when the message is a provider's HTTP failure ("model call failed with
     *     HTTP nnn: body", "rate limited (HTTP 429): body"; read before the first colon, so never from
     *     the body), else ""
     */
    private static String httpStatus(String message) {
      java.util.regex.Matcher m = HTTP_STATUS.matcher(message);
      return m.find() ? " with HTTP " + m.group(1) : "";
    }

    /**
     * @return the failure event as the client sees it: one the runtime does not classify (a store
     *     that is down, a bug) says nothing of its cause, one of the model provider or a tool says
     *     only what failed; the rest is in the server log under the run id
     */
    private static AgentEvent shown(RunFailed f, @org.jspecify.annotations.Nullable Throwable cause) {
      if (cause == null) {
        return f;
      }
      if (AgentApiExceptionHandler.internal(cause)) {
        return new RunFailed(f.runId(), f.timestamp(), "internal", INTERNAL_FAILURE + f.runId(), f.duration());
      }
      if (AgentApiExceptionHandler.upstream(cause)) {
        return new RunFailed(f.runId(), f.timestamp(), f.errorType(),
            AgentApiExceptionHandler.clientMessage(cause, String.valueOf(f.runId())), f.duration());
      }
      return f;
    }

    /** Logs an entry and signals the subscribers: the calling thread (the run's) writes to no client. */
    private void appendRaw(String type, String json) {
      synchronized (log) {
        log.add(new Logged(log.size() + 1L, type, json));
      }
      for (Subscriber s : subscribers) {
        s.signal();
      }
    }

    private void finish(AgentResult value, Throwable failure) {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null
          ? failure.getCause() : failure;
      synchronized (this) {
        RunFailed pending = pendingFailure;
        pendingFailure = null;
        if (pending != null) {
          // logged before the run shows as ended: a subscriber never sees it ended without its failure
          AgentEvent shown = shown(pending, cause);
          synchronized (log) {
            log.add(new Logged(log.size() + 1L, shown.type(), encoder.toJson(shown)));
          }
        }
        this.result = value;
        this.error = cause;
        this.finishedAt = clock.instant();
        this.status = cause == null ? Status.COMPLETED : Status.FAILED;
      }
      if (cause != null && !joined && AgentApiExceptionHandler.internal(cause)) {
        // nobody waits to answer it as a 500 (which logs it): an async run's failure is logged here
        LOG.error("agent API: run {} failed with an internal error", runId, cause);
      } else if (cause != null && !joined && AgentApiExceptionHandler.upstream(cause)) {
        // likewise a 502's: what the provider or the tool said is only in this log
        LOG.warn("agent API: run {} failed upstream", runId, cause);
      }
      for (Subscriber s : subscribers) {
        s.signal();
      }
    }

    private boolean expired(Instant now) {
      Instant end = finishedAt;
      return end != null && end.plus(retention).isBefore(now);
    }

    /** @return the run id */
    public String runId() {
      return runId;
    }

    /** @return the agent's name */
    public String agent() {
      return agent;
    }

    /** @return who started the run */
    public ApiPrincipal owner() {
      return owner;
    }

    /** @return when the run was started */
    public Instant startedAt() {
      return startedAt;
    }

    /** @return the run's status */
    public Status status() {
      return status;
    }

    /** @return the result, once completed */
    public Optional<AgentResult> result() {
      return Optional.ofNullable(result);
    }

    /** @return the error, once failed */
    public Optional<Throwable> error() {
      return Optional.ofNullable(error);
    }

    /** @return the number of subscribers events are delivered to (for tests) */
    int subscriberCount() {
      return subscribers.size();
    }

    /** @return the number of events logged so far (the id of the last one) */
    public int eventCount() {
      return log.size();
    }

    /**
     * Cancels the run (nothing happens when it has ended).
     *
     * @param reason why
     */
    public void cancel(String reason) {
      RunHandle h = handle;
      if (h != null) {
        h.cancel(reason);
      }
    }

    /**
     * Waits for the run's end.
     *
     * @return the result
     * @throws dev.agentruntime.core.error.AgentRuntimeException when the run failed
     */
    public AgentResult join() {
      joined = true;
      return handle.join();
    }
  }

  /**
   * One open SSE connection (or WebSocket subscription): a cursor into the run's log that its own
   * delivery task advances. Signals (a new entry, the run's end, a heartbeat, the registry's close)
   * only start that task when none is in flight; the task delivers until it has taken every signal,
   * so each entry is written once, in order, and none is missed. The sink is called by that task
   * only: writes to one client are never concurrent, and never made on the run's thread.
   */
  private final class Subscriber implements Runnable {
    private final TrackedRun run;
    private final EventSink sink;
    /** signals not yet taken by the delivery task; a task is in flight (queued or running) while positive */
    private final AtomicInteger signals = new AtomicInteger();
    /** ids delivered so far == index of the next event to send; the delivery task's alone */
    private long cursor;
    /** no more calls to the sink */
    private volatile boolean closed;
    private volatile boolean heartbeatDue;
    /** the registry closes: complete the sink */
    private volatile boolean closing;

    Subscriber(TrackedRun run, EventSink sink, long lastEventId) {
      this.run = run;
      this.sink = sink;
      this.cursor = lastEventId;
    }

    /** Has the delivery task run (again): starts it unless it is in flight, which then goes on. */
    void signal() {
      if (closed || signals.getAndIncrement() != 0) {
        return;
      }
      try {
        delivery.execute(this);
      } catch (RejectedExecutionException stopped) { // the registry is closed: end the stream here
        closed = true;
        run.subscribers.remove(this);
        try {
          sink.complete(); // no delivery task is in flight (this signal would have started one)
        } catch (RuntimeException gone) {
          // the client has gone
        }
      }
    }

    void heartbeat() {
      heartbeatDue = true;
      signal();
    }

    /** Completes the stream (the registry closes). */
    void close() {
      closing = true;
      signal();
    }

    /** Stops the delivery; the stream is the caller's business. */
    void closeQuietly() {
      closed = true;
    }

    @Override
    public void run() {
      int taken = signals.get();
      while (true) {
        deliver();
        taken = signals.addAndGet(-taken);
        if (taken == 0) {
          return;
        }
      }
    }

    private void deliver() {
      if (closed) {
        return;
      }
      try {
        if (closing) {
          closed = true;
          sink.complete();
          return;
        }
        List<Logged> log = run.log;
        while (cursor < log.size()) {
          Logged e = log.get((int) cursor);
          sink.send(e.id(), e.type(), e.json());
          cursor++;
          if (closed || closing) {
            return; // closeQuietly: stop now; closing: the next round completes
          }
        }
        if (heartbeatDue) {
          heartbeatDue = false;
          sink.heartbeat();
        }
        // the status before the log's size: a run shown ended has logged its last event
        if (run.status != Status.RUNNING && cursor >= log.size()) {
          closed = true;
          run.subscribers.remove(this);
          sink.complete();
        }
      } catch (IOException | RuntimeException gone) { // the client has gone (a completed emitter: IllegalStateException)
        closed = true;
        run.subscribers.remove(this);
      } catch (Error e) { // no further delivery to this subscriber, and no silent end
        closed = true;
        run.subscribers.remove(this);
        throw e;
      }
    }
  }
}
