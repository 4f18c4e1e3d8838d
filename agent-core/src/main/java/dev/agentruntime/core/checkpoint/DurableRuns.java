package dev.agentruntime.core.checkpoint;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.idempotency.IdempotencyKeys;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.store.StoreException;
import dev.agentruntime.core.store.StoreFailurePolicy;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable runs: checkpoints every model response and tool call of a run to a
 * {@link CheckpointStore}, and lets {@code AgentRuntime.resume(runId)} continue a run in another
 * process after a crash.
 *
 * <p>Register it with {@code AgentRuntime.builder().interceptor(DurableRuns.builder(store,
 * idempotencyStore).build())}: the runtime's side-effecting tools then claim their calls in that
 * idempotency store (a runtime given another one with {@code .idempotencyStore(...)} is refused at
 * {@code build()}). Both stores durable (JDBC or Redis) when resuming in another process.
 *
 * <p>Resuming re-runs the loop from the start with the same run id, and answers from the journal:
 * a model call that was journaled is not sent again (its response is replayed, marked with the
 * metadata key {@link #REPLAYED}), a tool call whose result was journaled or stored by the
 * idempotency store is not run again. A side-effecting call that started but has no stored result
 * is "in doubt" and goes to the {@link InDoubtHandler} (default: do not re-run). The loop must be
 * deterministic given the same model responses and tool results (the built-in loop is).
 */
public final class DurableRuns implements AgentInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(DurableRuns.class);

  /** Metadata key set to {@code true} on a response replayed from the journal (not paid again). */
  public static final String REPLAYED = "agent_runtime.checkpoint.replayed";

  private static final class State {
    volatile boolean active;
    /** its checkpoint was begun or loaded: the run can be resumed */
    volatile boolean checkpointed;
    final Map<String, JournalEntry> models = new HashMap<>();
    final Map<String, JournalEntry> results = new HashMap<>();
    final Set<String> started = new HashSet<>();
    final AtomicInteger modelIndex = new AtomicInteger();
    long nextSeq;
    boolean persist = true;
  }

  private static final RunLocal<State> STATE = RunLocal.withInitial("agent_runtime.checkpoint", State::new);

  private final CheckpointStore store;
  private final IdempotencyStore idempotency;
  private final Duration idempotencyTtl;
  private final InDoubtHandler inDoubt;
  private final StoreFailurePolicy onStoreFailure;
  private final Clock clock;

  private DurableRuns(Builder b) {
    this.store = b.store;
    this.idempotency = b.idempotency;
    this.idempotencyTtl = b.idempotencyTtl;
    this.inDoubt = b.inDoubt;
    this.onStoreFailure = b.onStoreFailure;
    this.clock = b.clock;
  }

  /**
   * @param store where checkpoints go
   * @param idempotencyStore the idempotency store the runtime uses for side-effecting tools
   * @return a builder
   */
  public static Builder builder(CheckpointStore store, IdempotencyStore idempotencyStore) {
    return new Builder(store, idempotencyStore);
  }

  /** @return the checkpoint store */
  public CheckpointStore store() {
    return store;
  }

  /**
   * @return the idempotency store in-doubt side-effecting calls are settled with (the runtime's
   *     own: {@code AgentRuntime.Builder.build()} uses it when none is set, and refuses another)
   */
  public IdempotencyStore idempotencyStore() {
    return idempotency;
  }

  /**
   * Continues a run from its last checkpoint (what {@code AgentRuntime.resume(runId)} calls), with
   * the options it was started with: its ids, tags, history and own limits.
   *
   * @param runtime the runtime (configured like the one that started the run)
   * @param runId the run
   * @param loop the loop the run used
   * @return the run's result
   * @throws IllegalArgumentException when the run has no checkpoint
   */
  public AgentResult resume(AgentRuntime runtime, String runId, AgentLoop loop) {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be null or blank");
    }
    RunCheckpoint cp = store.load(runId)
        .orElseThrow(() -> new IllegalArgumentException("runId '" + runId + "' has no checkpoint to resume from"));
    RunHeader h = cp.header();
    RunOptions.Builder options = RunOptions.builder().runId(runId).agentName(h.agentName())
        .sessionId(h.sessionId()).userId(h.userId()).tenantId(h.tenantId());
    h.tags().forEach(options::tag);
    options.history(h.history());
    if (h.limits() != null) {
      options.limits(h.limits());
    }
    return loop == null ? runtime.run(h.input(), options.build()) : runtime.run(h.input(), options.build(), loop);
  }

  /**
   * Whether a run is checkpointed by a {@code DurableRuns}: should it fail,
   * {@code runtime.resume(runId)} continues it as the same run (so, for example, what it spent before
   * the failure still counts toward its per-run budget).
   *
   * @param run a run, while it runs or after it ended
   * @return true when its checkpoint was begun or loaded
   */
  public static boolean checkpointed(RunView run) {
    return run.local(STATE).checkpointed;
  }

  /**
   * @param call a tool call
   * @return the key the journal knows it by: its id, or name and arguments when it has none
   */
  public static String callKey(ToolCall call) {
    return call.id() != null ? "id:" + call.id() : "call:" + call.name() + ":" + call.arguments();
  }

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    State st = ctx.local(STATE);
    st.active = true;
    try {
      RunCheckpoint cp = store.load(ctx.runId()).orElse(null);
      if (cp == null) {
        store.begin(new RunHeader(ctx.runId(), chain.input(), ctx.agentName(), ctx.sessionId(), ctx.userId(),
            ctx.tenantId(), ctx.tags(), ctx.startedAt(), ctx.options().history(), ctx.options().limits()));
        st.checkpointed = true;
      } else {
        st.checkpointed = true;
        for (JournalEntry e : cp.entries()) {
          switch (e.kind()) {
            case MODEL_RESPONSE -> st.models.put(e.callKey(), e);
            case TOOL_STARTED -> st.started.add(e.callKey());
            case TOOL_RESULT -> st.results.put(e.callKey(), e);
            default -> { }
          }
        }
        st.nextSeq = cp.entries().size();
        LOG.info("run {}: resuming from a checkpoint of {} journal entries ({} model calls)", ctx.runId(),
            cp.entries().size(), st.models.size());
      }
    } catch (StoreException e) {
      failed(ctx, st, "load the checkpoint of", e);
    }
    try {
      AgentResult result = chain.proceed(chain.input());
      finish(ctx, st, RunStatus.COMPLETED);
      return result;
    } catch (Exception e) {
      finish(ctx, st, RunStatus.FAILED);
      throw e;
    } finally {
      st.active = false;
    }
  }

  private void finish(RunView ctx, State st, RunStatus status) {
    if (!st.persist) {
      return;
    }
    try {
      store.finish(ctx.runId(), status);
    } catch (RuntimeException e) {
      LOG.warn("run {}: could not mark its checkpoint {}", ctx.runId(), status, e);
    }
  }

  private void failed(RunView ctx, State st, String what, StoreException e) {
    if (onStoreFailure == StoreFailurePolicy.FAIL) {
      throw e;
    }
    LOG.warn("run {}: could not {} the run; continuing without checkpoints", ctx.runId(), what, e);
    st.persist = false;
  }

  private void append(RunView ctx, State st, java.util.function.LongFunction<JournalEntry> entry) {
    synchronized (st) {
      if (!st.persist) {
        return;
      }
      JournalEntry e = entry.apply(st.nextSeq);
      try {
        store.append(ctx.runId(), e);
        st.nextSeq++;
      } catch (StoreException ex) {
        try {
          store.append(ctx.runId(), e); // appends are idempotent: one retry covers a lost acknowledgement
          st.nextSeq++;
        } catch (StoreException again) {
          failed(ctx, st, "checkpoint", again);
        }
      }
    }
  }

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    RunView ctx = chain.context();
    State st = ctx.local(STATE);
    if (!st.active) {
      return chain.proceed(chain.request());
    }
    String key = "m" + st.modelIndex.getAndIncrement();
    JournalEntry recorded = st.models.get(key);
    if (recorded != null) {
      return new ModelResponse(recorded.message(), recorded.usage(), recorded.finishReason(), null,
          recorded.responseModel(), Map.of(REPLAYED, Boolean.TRUE));
    }
    ModelResponse response = chain.proceed(chain.request());
    append(ctx, st, seq -> JournalEntry.modelResponse(seq, key, response, clock.instant()));
    return response;
  }

  @Override
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    RunView ctx = chain.context();
    State st = ctx.local(STATE);
    if (!st.active) {
      return chain.proceed(chain.call());
    }
    ToolCall call = chain.call();
    String key = callKey(call);
    JournalEntry done = st.results.get(key);
    if (done != null) {
      return done.toolResult();
    }
    boolean sideEffecting = chain.tool().map(Tool::sideEffecting).orElse(false);
    if (sideEffecting && st.started.contains(key)) {
      ToolResult settled = settleInDoubt(ctx, call);
      if (settled != null) {
        append(ctx, st, seq -> JournalEntry.toolResult(seq, key, call, settled, clock.instant()));
        return settled;
      }
    } else if (sideEffecting) {
      append(ctx, st, seq -> JournalEntry.toolStarted(seq, key, call, clock.instant()));
    }
    ToolResult result = chain.proceed(call);
    append(ctx, st, seq -> JournalEntry.toolResult(seq, key, call, result, clock.instant()));
    return result;
  }

  /** @return the result to use, or null to run the call (again) */
  private @Nullable ToolResult settleInDoubt(RunView ctx, ToolCall call) throws Exception {
    String idemKey = IdempotencyKeys.of(ctx.runId(), call);
    IdempotencyStore.Claim claim = idempotency.begin(idemKey, idempotencyTtl);
    switch (claim.state()) {
      case COMPLETED:
        LOG.info("run {}: tool call {} finished before the crash; using its stored result", ctx.runId(), idemKey);
        return claim.result();
      case ACQUIRED:
        // the crashed process never claimed it, so it never ran: run it now (the transport claims again)
        idempotency.abandon(idemKey);
        return null;
      case IN_PROGRESS:
      default:
        InDoubtHandler.Resolution r = inDoubt.resolve(call, idemKey, ctx);
        LOG.warn("run {}: tool call {} is in doubt (started, no result before the crash): {}", ctx.runId(), idemKey,
            r.runAgain() ? "running it again" : "not running it again");
        if (r.runAgain()) {
          idempotency.abandon(idemKey);
          return null;
        }
        idempotency.complete(idemKey, r.result(), idempotencyTtl);
        return r.result();
    }
  }

  /** Builder for {@link DurableRuns}. */
  public static final class Builder {
    private final CheckpointStore store;
    private final IdempotencyStore idempotency;
    private Duration idempotencyTtl = Duration.ofHours(24);
    private InDoubtHandler inDoubt = InDoubtHandler.doNotRerun();
    private StoreFailurePolicy onStoreFailure = StoreFailurePolicy.FAIL;
    private Clock clock = Clock.systemUTC();

    private Builder(CheckpointStore store, IdempotencyStore idempotency) {
      this.store = Objects.requireNonNull(store, "store");
      this.idempotency = Objects.requireNonNull(idempotency, "idempotencyStore");
    }

    /**
     * @param value what to do with a side-effecting call in doubt (default: do not re-run)
     * @return this
     */
    public Builder inDoubtHandler(InDoubtHandler value) {
      this.inDoubt = Objects.requireNonNull(value, "inDoubtHandler");
      return this;
    }

    /**
     * @param value the runtime's idempotency TTL (default 24 h, as the runtime's)
     * @return this
     */
    public Builder idempotencyTtl(Duration value) {
      this.idempotencyTtl = value;
      return this;
    }

    /**
     * @param value what a run does when checkpoints cannot be written (default FAIL)
     * @return this
     */
    public Builder onStoreFailure(StoreFailurePolicy value) {
      this.onStoreFailure = Objects.requireNonNull(value, "onStoreFailure");
      return this;
    }

    /**
     * @param value clock for journal timestamps
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * @return the interceptor
     * @throws IllegalArgumentException naming a bad setting
     */
    public DurableRuns build() {
      if (idempotencyTtl == null || idempotencyTtl.isNegative() || idempotencyTtl.isZero()) {
        throw new IllegalArgumentException("idempotencyTtl must be positive, was " + idempotencyTtl);
      }
      return new DurableRuns(this);
    }
  }
}
