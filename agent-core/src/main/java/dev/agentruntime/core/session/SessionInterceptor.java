package dev.agentruntime.core.session;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.context.ContextPolicy;
import dev.agentruntime.core.context.ModelSummarizer;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.store.StoreException;
import dev.agentruntime.core.store.StoreFailurePolicy;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code RunOptions.sessionId(...)} continue a conversation, and applies a
 * {@link ContextPolicy} to every model call.
 *
 * <p>Register it with {@code AgentRuntime.builder().interceptor(SessionInterceptor.builder(store)
 * .build())}. It sits in the {@code CUSTOM} stage, inside the guardrails: for a run with a session
 * id it loads the session's messages, puts them between the system prompt and the run's own
 * messages of every model call (through the context policy), and when the run succeeds appends the
 * run's messages — as the guardrails left them: redacted inputs and tool results, guarded answers —
 * at the sequence number it loaded (optimistic concurrency, see {@link SessionConcurrency}). A
 * failed run appends nothing. Works with any loop that sends its whole conversation on each model
 * call (the built-in loop does); for a loop without model calls the input and output are appended.
 *
 * <p>Reversible PII tokens are stored in neither form: the session keeps the tokenised text the
 * model saw; the token vault lives only as long as its run, so raw values never reach the store.
 * A later turn sees the tokens, not the values.
 */
public final class SessionInterceptor implements AgentInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(SessionInterceptor.class);

  private static final class State {
    volatile boolean active;
    volatile List<ChatMessage> history = List.of();
    volatile long nextSeq;
    volatile boolean persist;
    volatile List<ChatMessage> lastRunMessages;
  }

  private static final RunLocal<State> STATE = RunLocal.withInitial("agent_runtime.session", State::new);

  /**
   * The session's earlier turns a run continues: what its model calls are sent before the run's own
   * messages (a redaction guardrail numbers new placeholders after the ones they hold, for example).
   *
   * @param run a run
   * @return the turns loaded for it, empty when it continues no session (or none was loaded yet)
   */
  public static List<ChatMessage> history(RunView run) {
    return run.local(STATE).history;
  }

  private final SessionStore store;
  private final SessionConcurrency concurrency;
  private final Duration waitTimeout;
  private final Duration leaseTtl;
  private final ContextPolicy contextPolicy;
  private final StoreFailurePolicy onStoreFailure;
  private final Retry retry;

  private SessionInterceptor(Builder b) {
    this.store = b.store;
    this.concurrency = b.concurrency;
    this.waitTimeout = b.waitTimeout;
    this.leaseTtl = b.leaseTtl;
    this.contextPolicy = b.contextPolicy;
    this.onStoreFailure = b.onStoreFailure;
    this.retry = Retry.of("session-store", RetryConfig.custom()
        .maxAttempts(b.storeAttempts)
        .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(50), 2.0))
        .retryExceptions(StoreException.class)
        .build());
  }

  /**
   * @param store where sessions live
   * @return a builder
   */
  public static Builder builder(SessionStore store) {
    return new Builder(store);
  }

  /** @return the store */
  public SessionStore store() {
    return store;
  }

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    String sessionId = ctx.sessionId();
    State st = ctx.local(STATE);
    st.active = true;
    boolean leased = false;
    Renewal renewal = null;
    try {
      if (sessionId != null) {
        if (concurrency == SessionConcurrency.WAIT) {
          leased = lease(ctx, sessionId);
          if (leased) {
            renewal = renewWhileRunning(ctx.runId(), sessionId);
          }
        }
        load(ctx, sessionId, st);
      }
      AgentResult result = chain.proceed(chain.input());
      if (sessionId != null && st.persist) {
        append(ctx, sessionId, st, transcript(st, chain.input(), result.output()));
      }
      return result;
    } finally {
      st.active = false;
      if (renewal != null) {
        renewal.stop();
      }
      if (leased) {
        release(ctx.runId(), sessionId);
      }
    }
  }

  /**
   * Renews the run's lease every third of its TTL while the run lasts, so a run longer than the TTL
   * keeps the session to itself (the TTL only bounds how long a crashed holder blocks it).
   */
  private Renewal renewWhileRunning(String runId, String sessionId) {
    long period = Math.max(1, leaseTtl.toMillis() / 3);
    Renewal r = new Renewal(runId, sessionId, period);
    r.future = LeaseRenewals.TICKS.scheduleWithFixedDelay(r, period, period, java.util.concurrent.TimeUnit.MILLISECONDS);
    return r;
  }

  /**
   * One run's lease renewal. The scheduler's thread only hands each renewal to a thread of its own
   * (a store that hangs holds up that run's renewal alone, and its lease then lapses as it should);
   * one renewal of a run is in flight at a time.
   */
  private final class Renewal implements Runnable {
    private final String runId;
    private final String sessionId;
    private final long period;
    private final java.util.concurrent.atomic.AtomicBoolean inFlight = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean stopped;
    private volatile boolean lost;
    volatile java.util.concurrent.@org.jspecify.annotations.Nullable ScheduledFuture<?> future;

    Renewal(String runId, String sessionId, long period) {
      this.runId = runId;
      this.sessionId = sessionId;
      this.period = period;
    }

    @Override
    public void run() {
      if (stopped || !inFlight.compareAndSet(false, true)) {
        return; // the run ended, or the last renewal still waits for the store
      }
      try {
        LeaseRenewals.CALLS.execute(this::renew);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        inFlight.set(false);
      }
    }

    private void renew() {
      try {
        if (!store.tryLease(sessionId, runId, leaseTtl) && !lost) {
          lost = true;
          LOG.warn("run {}: lost the lease of session {} (not renewed within its TTL of {}); another run may now"
              + " use the session at the same time", runId, sessionId, leaseTtl);
        }
      } catch (RuntimeException e) {
        LOG.warn("run {}: could not renew the lease of session {} (tried again in {} ms)", runId, sessionId, period, e);
      } finally {
        inFlight.set(false);
        if (stopped) {
          // the run ended while this renewal waited for the store: it may have taken the lease
          // again after the run released it
          release(runId, sessionId);
        }
      }
    }

    /** Stops renewing (without waiting for a renewal in flight, which releases the lease after itself). */
    void stop() {
      stopped = true;
      java.util.concurrent.ScheduledFuture<?> f = future;
      if (f != null) {
        f.cancel(false);
      }
    }
  }

  private void release(String runId, String sessionId) {
    try {
      store.releaseLease(sessionId, runId);
    } catch (RuntimeException e) {
      LOG.warn("run {}: could not release the lease of session {} (it expires on its own)", runId, sessionId, e);
    }
  }

  /**
   * The threads that renew the leases of running runs: one that keeps time and hands renewals out,
   * and one per renewal waiting for its store. All are daemons and end when idle, so nothing stays
   * behind once no run holds a lease.
   */
  private static final class LeaseRenewals {
    static final java.util.concurrent.ScheduledThreadPoolExecutor TICKS = ticks();
    static final java.util.concurrent.ThreadPoolExecutor CALLS = new java.util.concurrent.ThreadPoolExecutor(0,
        Integer.MAX_VALUE, 30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(),
        daemon("agent-runtime-session-lease-renewal"));

    private static java.util.concurrent.ScheduledThreadPoolExecutor ticks() {
      java.util.concurrent.ScheduledThreadPoolExecutor e =
          new java.util.concurrent.ScheduledThreadPoolExecutor(1, daemon("agent-runtime-session-lease"));
      e.setRemoveOnCancelPolicy(true); // a finished run's renewal leaves nothing behind
      e.setKeepAliveTime(30, java.util.concurrent.TimeUnit.SECONDS);
      e.allowCoreThreadTimeOut(true);
      return e;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
      return r -> {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
      };
    }
  }

  private boolean lease(RunView ctx, String sessionId) throws InterruptedException {
    long deadline = System.nanoTime() + waitTimeout.toNanos();
    long sleep = 5;
    while (true) {
      ctx.throwIfCancelled();
      boolean got;
      try {
        got = store.tryLease(sessionId, ctx.runId(), leaseTtl);
      } catch (StoreException e) {
        if (onStoreFailure == StoreFailurePolicy.FAIL) {
          throw e;
        }
        LOG.warn("run {}: session store unavailable, running without the lease of {}", ctx.runId(), sessionId, e);
        return false;
      }
      if (got) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new SessionBusyException(ctx.runId(), sessionId, waitTimeout);
      }
      Thread.sleep(sleep);
      sleep = Math.min(100, sleep * 2);
    }
  }

  private void load(RunView ctx, String sessionId, State st) {
    try {
      List<SessionEntry> entries = retry.executeSupplier(() -> store.read(sessionId));
      if (!entries.isEmpty()) {
        SessionInfo info = retry.executeSupplier(() -> store.info(sessionId)).orElse(null);
        // a user's (a tenant's) session is continued only by a run of that user (tenant): a run that
        // names none is nobody in particular. A session of nobody in particular is open to every run.
        if (info != null && info.userId() != null && !info.userId().equals(ctx.userId())) {
          throw new AgentRuntimeException(ctx.runId(), "session '" + sessionId + "' belongs to another user");
        }
        if (info != null && info.tenantId() != null && !info.tenantId().equals(ctx.tenantId())) {
          throw new AgentRuntimeException(ctx.runId(), "session '" + sessionId + "' belongs to another tenant");
        }
      }
      List<ChatMessage> history = new ArrayList<>(entries.size());
      for (SessionEntry e : entries) {
        history.add(e.message());
      }
      st.history = List.copyOf(history);
      st.nextSeq = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq() + 1;
      st.persist = true;
    } catch (StoreException e) {
      if (onStoreFailure == StoreFailurePolicy.FAIL) {
        throw e;
      }
      LOG.warn("run {}: session store unavailable, running session {} without its history and without"
          + " persistence", ctx.runId(), sessionId, e);
    }
  }

  private void append(RunView ctx, String sessionId, State st, List<ChatMessage> messages) {
    SessionOwner owner = new SessionOwner(ctx.tenantId(), ctx.userId());
    try {
      retry.executeSupplier(() -> store.append(sessionId, owner, st.nextSeq, messages, ctx.runId()));
    } catch (StoreException e) {
      if (onStoreFailure == StoreFailurePolicy.FAIL) {
        throw e;
      }
      LOG.warn("run {}: could not append {} messages to session {}; continuing without persistence",
          ctx.runId(), messages.size(), sessionId, e);
    }
  }

  private static List<ChatMessage> transcript(State st, String input, String output) {
    List<ChatMessage> out = new ArrayList<>();
    List<ChatMessage> run = st.lastRunMessages;
    if (run == null || run.isEmpty()) {
      out.add(new UserMessage(input));
    } else {
      out.addAll(run);
    }
    out.add(AssistantMessage.of(output == null ? "" : output));
    return out;
  }

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    ModelRequest request = chain.request();
    if (Boolean.TRUE.equals(request.metadata().get(ModelSummarizer.SUMMARY_REQUEST))) {
      return chain.proceed(request);
    }
    RunView ctx = chain.context();
    State st = ctx.local(STATE);
    if (!st.active) {
      st = null;
    }
    List<ChatMessage> messages = request.messages();
    int systemEnd = 0;
    while (systemEnd < messages.size() && messages.get(systemEnd) instanceof SystemMessage) {
      systemEnd++;
    }
    List<ChatMessage> history = st == null ? List.of() : st.history;
    if (st != null) {
      // the runtime's own last messages (a wrap-up instruction, a re-ask) are no part of the conversation
      int tail = request.metadata().get(ModelRequest.RUNTIME_TAIL) instanceof Integer t ? Math.max(0, t) : 0;
      int end = Math.max(systemEnd, messages.size() - tail);
      st.lastRunMessages = List.copyOf(messages.subList(systemEnd, end));
    }
    List<ChatMessage> conversation = messages;
    if (!history.isEmpty()) {
      conversation = new ArrayList<>(messages.size() + history.size());
      conversation.addAll(messages.subList(0, systemEnd));
      conversation.addAll(history);
      conversation.addAll(messages.subList(systemEnd, messages.size()));
    }
    // a policy may call a model (summaries): through the run's own context, current on this thread
    List<ChatMessage> selected = contextPolicy.select(conversation, RunContext.current().orElse(null));
    return chain.proceed(selected == messages ? request : request.withMessages(selected));
  }

  /** Builder for {@link SessionInterceptor}. */
  public static final class Builder {
    private final SessionStore store;
    private SessionConcurrency concurrency = SessionConcurrency.CONFLICT;
    private Duration waitTimeout = Duration.ofSeconds(30);
    private Duration leaseTtl = Duration.ofMinutes(10);
    private ContextPolicy contextPolicy = ContextPolicy.sendAll();
    private StoreFailurePolicy onStoreFailure = StoreFailurePolicy.FAIL;
    private int storeAttempts = 3;

    private Builder(SessionStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param value what a run does when another run works on the same session (default CONFLICT)
     * @return this
     */
    public Builder concurrency(SessionConcurrency value) {
      this.concurrency = Objects.requireNonNull(value, "concurrency");
      return this;
    }

    /**
     * @param value how long a {@link SessionConcurrency#WAIT} run waits for the session (default 30 s)
     * @return this
     */
    public Builder waitTimeout(Duration value) {
      this.waitTimeout = value;
      return this;
    }

    /**
     * @param value how long a session lease lasts when its holder crashed (default 10 min); a running
     *     run renews its lease every third of this, so a run may last longer
     * @return this
     */
    public Builder leaseTtl(Duration value) {
      this.leaseTtl = value;
      return this;
    }

    /**
     * @param value what of the conversation goes into each model call (default: all of it)
     * @return this
     */
    public Builder contextPolicy(ContextPolicy value) {
      this.contextPolicy = Objects.requireNonNull(value, "contextPolicy");
      return this;
    }

    /**
     * @param value what a run does when the store is down (default FAIL)
     * @return this
     */
    public Builder onStoreFailure(StoreFailurePolicy value) {
      this.onStoreFailure = Objects.requireNonNull(value, "onStoreFailure");
      return this;
    }

    /**
     * @param value attempts per store operation before its failure counts (default 3; every
     *     operation is idempotent, so retrying is safe)
     * @return this
     */
    public Builder storeAttempts(int value) {
      this.storeAttempts = value;
      return this;
    }

    /**
     * @return the interceptor
     * @throws IllegalArgumentException naming a bad setting
     */
    public SessionInterceptor build() {
      if (waitTimeout == null || waitTimeout.isNegative()) {
        throw new IllegalArgumentException("waitTimeout must be >= 0, was " + waitTimeout);
      }
      if (leaseTtl == null || leaseTtl.isNegative() || leaseTtl.isZero()) {
        throw new IllegalArgumentException("leaseTtl must be positive, was " + leaseTtl);
      }
      if (storeAttempts < 1) {
        throw new IllegalArgumentException("storeAttempts must be >= 1, was " + storeAttempts);
      }
      return new SessionInterceptor(this);
    }
  }
}
