package dev.agentruntime.cost;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.RunLocal;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Placement;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.TextSink;
import dev.agentruntime.core.checkpoint.DurableRuns;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.internal.BudgetEnforcer;
import dev.agentruntime.cost.internal.Pricer;
import dev.agentruntime.cost.internal.RateLimiter;
import dev.agentruntime.cost.internal.RenewalScheduler;
import dev.agentruntime.cost.internal.Reservation;
import dev.agentruntime.cost.ledger.CostLedger;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.ledger.CostReport;
import dev.agentruntime.cost.ledger.InMemoryCostLedger;
import dev.agentruntime.cost.ledger.RunCostRecord;
import dev.agentruntime.cost.plan.ModelNotAllowedException;
import dev.agentruntime.cost.plan.RateLimit;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.pricing.PricingCatalog;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.OutagePolicy;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices every model call, records it, enforces budgets and usage plans. An
 * {@link AgentInterceptor} at {@link Stage#COST}, with a {@linkplain #companions() companion}
 * working on every attempt just above the transport (rate-limit permits, the spend of abandoned
 * streams); registering the tracker registers both:
 *
 * <pre>{@code
 * AgentRuntime.builder().interceptor(tracker)
 * }</pre>
 *
 * <p>Around each model call, before anything is sent:
 *
 * <ol>
 *   <li>the usage plan of the run's entity is checked: a model it does not allow is refused with
 *       {@link ModelNotAllowedException};
 *   <li>the call's worst-case cost (input tokens counted with the {@link TokenEstimator}, plus the
 *       request's {@code maxOutputTokens} or the configured default cap) is reserved atomically
 *       on every applicable budget; if it does not fit in a hard budget the call is refused with
 *       {@link BudgetExceededException};
 *   <li>every attempt (each retry, each fallback model) takes requests- and tokens-per-minute
 *       permits (entity-wide, entity per model, and global per model) from sliding windows that
 *       never admit more than the limit in any 60 seconds, waiting up to the plan's
 *       {@code maxWait}, else failing with {@link RateLimitedException} carrying when to retry.
 * </ol>
 *
 * After the call the real usage is priced and the reservation settled; on failure it is
 * released. An attempt that was abandoned — by an attempt timeout, the run's
 * {@code maxDuration} or its cancellation — is cancelled, but the provider bills what it had
 * read and generated: its spend is estimated (the request's input tokens with the
 * {@link TokenEstimator}, plus, for a streaming attempt, the tokens of the text streamed so far;
 * a non-streaming one is billed its input only), recorded once as a {@link CostRecord} marked
 * {@linkplain CostRecord#estimated() estimated}, added to the run's cost and settled on the
 * call's budget reservation. The pieces live in {@link dev.agentruntime.cost.internal}: pricing, rate limiting,
 * budget enforcement and the {@link Reservation} of one call, released or settled in one
 * try-with-resources block. Where the budgets and windows live is a {@link CostStore} (in memory by
 * default; {@code agent-store-redis} shares them across replicas) with keys after
 * {@link CostKeys}; what happens while it is down is the {@link OutagePolicy} (budgets and rate
 * limits fail closed by default with {@link CostStoreUnavailableException}).
 *
 * <p>Durable runs ({@link DurableRuns}): a call's budget reservation is made under the run's id and
 * the call's place in the run, the same in the process that crashed and in the one that resumes
 * the run with {@code runtime.resume(runId)}. A reservation the crashed process left open is taken
 * over and settled once; a response replayed from the checkpoint (marked
 * {@link DurableRuns#REPLAYED}) is settled under the id it was paid under, which counts it only if
 * the crashed process had not (stores remember settled ids for a day), is not recorded in the
 * ledger or told to listeners again, and counts toward {@link #RUN_COST}, so the resumed run
 * reports the whole run's cost.
 *
 * <p>Each response carries its exact cost under {@link #COST_METADATA_KEY}; the run's accumulated
 * cost is published as {@link #RUN_COST} on the run and on its {@link AgentResult}, and every cost
 * added to it (each priced call, each billed abandoned attempt) is told to the run's listeners as a
 * {@link CostIncurred} event with the run's new total, so a page can show the cost as it grows. Thread-safe;
 * one instance serves every run of a runtime. Several trackers may be registered on one runtime (a
 * platform's global budgets and an application's tenant budgets, say): each keeps its own per-run
 * state, enforces its own budgets and plans, and sees each attempt once.
 */
public final class CostTracker implements AgentInterceptor {

  /** Response metadata key of a call's exact cost in USD (a {@link BigDecimal}). */
  public static final String COST_METADATA_KEY = "agent_runtime.cost.usd";

  /** Response metadata key set to {@code true} when usage was estimated (the provider sent none). */
  public static final String ESTIMATED_METADATA_KEY = "agent_runtime.cost.estimated";

  /** The run's accumulated cost in USD, on the {@link dev.agentruntime.core.RunView} and the {@link AgentResult}. */
  public static final AttributeKey<BigDecimal> RUN_COST =
      AttributeKey.of("agent_runtime.cost.usd", BigDecimal.class);

  // This tracker's own keys, not static ones: two trackers on one runtime (a platform's and an
  // application's) each keep their own per-run state, and each one's per-attempt partner works for
  // its own tracker's call. Shared, the inner tracker's partner took the outer one's call (an
  // abandoned attempt billed twice by one, never by the other), the run cost counted each call once
  // per tracker, and the second tracker reserved on the first one's budgets instead of its own.
  /** The model call in progress on this context, for its per-attempt partner. */
  private final ContextKey<Call> callKey = ContextKey.named("agent_runtime.cost.call");
  /** The run's model calls so far: the key of the next one's budget reservation. */
  private final RunLocal<java.util.concurrent.atomic.AtomicInteger> calls =
      RunLocal.withInitial("agent_runtime.cost.calls", java.util.concurrent.atomic.AtomicInteger::new);

  private final RunLocal<RunTotal> runTotal = RunLocal.withInitial("agent_runtime.cost.run_total", RunTotal::new);

  private static final Logger LOG = LoggerFactory.getLogger(CostTracker.class);

  /** Sleeps while waiting for a rate limit; replaceable in tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Pricer pricer;
  private final BudgetEnforcer budgets;
  private final RateLimiter limiter;
  private final UsagePlans plans;
  private final CostStore store;
  private final CostLedger ledger;
  private final Clock clock;
  private final ZoneId zone;
  private final TokenEstimator estimator;
  private final int defaultMaxOutputTokens;
  private final List<CostListener> listeners;
  private final AttemptPermits attemptPermits = new AttemptPermits();

  /** The run's total in pico-dollars; updates publish {@link #RUN_COST}. */
  private static final class RunTotal {
    final AtomicLong picos = new AtomicLong();
    volatile boolean priced;
  }

  private CostTracker(Builder b) {
    this.listeners = List.copyOf(b.listeners);
    this.pricer = new Pricer(b.catalog == null ? PricingCatalog.bundled() : b.catalog, b.unknownPolicy, listeners);
    this.clock = b.clock;
    this.zone = b.zone;
    this.store = b.store == null ? new InMemoryCostStore(b.clock) : b.store;
    this.budgets = new BudgetEnforcer(b.budgets, store, b.keys, zone, clock, b.totalRetention,
        b.reservationTtl, b.outagePolicy.budgets(), listeners,
        b.renewals != null ? b.renewals : RenewalScheduler.daemon("agent-runtime-cost-renewal"));
    this.limiter = new RateLimiter(b.globalModelLimits, store, b.keys, clock, b.sleeper::sleep, b.outagePolicy);
    this.plans = b.plans;
    this.ledger = b.ledger == null ? new InMemoryCostLedger() : b.ledger;
    this.estimator = b.estimator == null ? new JtokkitTokenEstimator() : b.estimator;
    this.defaultMaxOutputTokens = b.defaultMaxOutputTokens;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Stage stage() {
    return Stage.COST;
  }

  /** @return the pricing catalog in use */
  public PricingCatalog catalog() {
    return pricer.catalog();
  }

  /** @return the store holding budgets and rate limits */
  public CostStore store() {
    return store;
  }

  /** @return the ledger usage is recorded in */
  public CostLedger ledger() {
    return ledger;
  }

  /**
   * @param from first day, inclusive
   * @param to last day, inclusive
   * @param topN how many top consumers to list
   * @return a report from the ledger
   */
  public CostReport report(LocalDate from, LocalDate to, int topN) {
    return ledger.report(from, to, topN);
  }

  /**
   * What a budget has spent in its current window.
   *
   * @param budgetName the budget's name
   * @param subject the session, user ({@code tenant/user}, or the user id when there is no
   *     tenant: {@link CostKeys#userSubject}, which encodes a {@code /} or {@code %} in the tenant)
   *     or tenant id; the run id for run budgets (only while the run is going: its
   *     counter is released when it ends, read a finished run's cost from {@link #RUN_COST});
   *     ignored for global ones
   * @return spent (settled) USD in the current window
   * @throws IllegalArgumentException when no budget has that name
   */
  public BigDecimal spent(String budgetName, String subject) {
    return BudgetEnforcer.usd(budgets.state(budgetName, subject).usedNanos());
  }

  /**
   * A budget's counter in its current window: spent and still reserved.
   *
   * @param budgetName the budget's name
   * @param subject as for {@link #spent}
   * @return the counter's state
   * @throws IllegalArgumentException when no budget has that name
   */
  public CounterState budgetState(String budgetName, String subject) {
    return budgets.state(budgetName, subject);
  }

  /**
   * Retries settles the store could not take while it was unavailable (they are also retried
   * before every reservation).
   *
   * @return how many are still waiting
   */
  public int retryPendingSettles() {
    return budgets.retryPendingSettles();
  }

  /** @return how many budget reservations of calls in flight are being renewed (for tests) */
  int renewalsInFlight() {
    return budgets.renewalsInFlight();
  }

  /**
   * Prices a usage with this tracker's catalog and unknown-model policy.
   *
   * @param provider the provider, or null
   * @param model the model
   * @param usage the tokens
   * @return the exact cost in USD
   * @throws UnknownModelPriceException when the model has no price and the policy is to fail
   */
  public BigDecimal price(@Nullable String provider, String model, TokenUsage usage) {
    return pricer.priced(null, provider, model).rates().cost(usage);
  }

  /**
   * The interceptor working on every attempt: it takes rate-limit permits and follows each
   * attempt (and a streaming one's text) for the spend of abandoned attempts. Its placement is
   * {@code Placement.after(Stage.RESILIENCE)}: inside the retries, so each request put on the wire,
   * retries and fallback models included, takes its permits. It is this tracker's
   * {@linkplain #companions() companion}, registered with it; registering it explicitly as well
   * is harmless (it still runs once per attempt).
   *
   * @return the per-attempt interceptor of this tracker
   */
  public AgentInterceptor attemptInterceptor() {
    return attemptPermits;
  }

  /** @return the per-attempt interceptor ({@link #attemptInterceptor()}), registered with this one */
  @Override
  public List<AgentInterceptor> companions() {
    return List.of(attemptPermits);
  }

  // ------------------------------------------------------------------------------ the run

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunView ctx = chain.context();
    boolean failed = true;
    try {
      AgentResult result = chain.proceed(chain.input());
      failed = false;
      return result;
    } finally {
      budgets.runEnded(ctx, failed && DurableRuns.checkpointed(ctx));
      RunTotal t = ctx.local(runTotal);
      if (t.priced) {
        safeLedger(() -> ledger.recordRun(new RunCostRecord(LocalDate.ofInstant(clock.instant(), zone),
            ctx.runId(), ctx.userId(), ctx.tenantId(), stripped(t.picos.get(), 12))));
      }
    }
  }

  // ------------------------------------------------------------------------------ a model call

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    RunView ctx = chain.context();
    ModelRequest request = chain.request();
    String model = chain.requestModel();
    String provider = chain.model().provider();
    Pricer.Priced priced = pricer.priced(ctx.runId(), provider, model);

    UsagePlans.Binding binding = binding(ctx);
    if (binding != null && !binding.plan().allows(model) && !binding.plan().allows(priced.price().model())) {
      throw new ModelNotAllowedException(ctx.runId(), binding.plan().name(), binding.entityDisplay(), model,
          binding.plan().allowedModels());
    }
    // counting tokens is the dearest step here, and its first use loads a tokenizer vocabulary:
    // only when a budget reservation needs the estimate (rate limits count in attemptInterceptor)
    boolean estimateNeeded = !budgets.isEmpty();
    long inputEstimate = estimateNeeded ? estimator.estimateInputTokens(request, model) : 0;
    long maxOut = request.maxOutputTokens() != null ? request.maxOutputTokens() : defaultMaxOutputTokens;
    long reservedNanos = ceilNanos(priced.rates().worstCasePicos(inputEstimate, maxOut));

    ModelResponse response;
    long costPicos;
    TokenUsage usage;
    boolean estimated;
    Pricer.Priced actualPrice = priced;
    CallSpend spend = new CallSpend();
    boolean replayed;
    // the call's key is its place in the run, so a resumed run reserves under the crashed one's ids
    String key = "m" + ctx.local(calls).getAndIncrement();
    Call call = new Call(key, provider, model, binding, inputEstimate, maxOut, reservedNanos, spend);
    String answeredProvider = provider;
    try (Reservation reservation = budgets.reserve(ctx, key, reservedNanos); call) {
      call.reservation = reservation;
      try {
        response = proceed(chain, request, call);
      } catch (Throwable t) {
        long abandoned = recordAbandoned(ctx, spend);
        if (abandoned > 0) {
          call.settling().settle(ceilNanos(abandoned));
        }
        throw t;
      }
      replayed = Boolean.TRUE.equals(response.metadata().get(DurableRuns.REPLAYED));
      if (!replayed) {
        attemptPermits.checkInstalled(binding, model);
      }
      usage = response.usage();
      estimated = usage.totalTokens() == 0;
      if (estimated) {
        long input = estimateNeeded ? inputEstimate : estimator.estimateInputTokens(request, model);
        usage = TokenUsage.of(input, Math.max(1, estimator.estimateOutputTokens(generated(response), model)));
      }
      // a fallback model's answer is priced as that model's, by its provider
      String answered = response.responseModel();
      if (call.answeredProvider != null) {
        answeredProvider = call.answeredProvider;
        if (answered == null) {
          answered = call.answeredModel;
        }
      }
      if (answered != null && !(answered.equalsIgnoreCase(model) && answeredProvider.equals(provider))) {
        Pricer.Priced p = pricer.lookup(answeredProvider, answered);
        if (p != null && p.known()) {
          actualPrice = p;
        } else if (call.answeredProvider != null) {
          actualPrice = pricer.priced(ctx.runId(), answeredProvider, answered);
        }
      }
      costPicos = actualPrice.rates().costPicos(usage);
      long abandoned = recordAbandoned(ctx, spend);
      // a replayed call was paid before the crash: settling under its id again counts it only if
      // the crashed process never did
      call.settling().settle(ceilNanos(costPicos + abandoned));
    }

    BigDecimal cost = stripped(costPicos, 12);
    addToRun(ctx, costPicos, actualPrice.price().model(), estimated);
    ModelResponse out = response.withMetadata(COST_METADATA_KEY, cost);
    if (!replayed) {
      // a replayed call was recorded and heard of by the process that paid for it
      record(ctx, answeredProvider, actualPrice.price().model(), usage, cost, estimated);
    }
    return estimated ? out.withMetadata(ESTIMATED_METADATA_KEY, Boolean.TRUE) : out;
  }

  /** @return what the model generated: its text and its tool calls (names and arguments) */
  static String generated(ModelResponse response) {
    List<ToolCall> calls = response.message().toolCalls();
    if (calls.isEmpty()) {
      return response.text();
    }
    StringBuilder b = new StringBuilder(response.text());
    for (ToolCall c : calls) {
      b.append(c.name()).append(c.arguments());
    }
    return b.toString();
  }

  private ModelResponse proceed(ModelChain chain, ModelRequest request, Call call) throws Exception {
    // the attempts below (on this thread, or on a timed attempt's thread) find the call here
    try (Scope ignored = Context.current().with(callKey, call).makeCurrent()) {
      return chain.proceed(request);
    }
  }

  /**
   * Adds a priced call to the run's total ({@link #RUN_COST}) and tells the run's listeners with a
   * {@link CostIncurred} event carrying the call's cost and the new total.
   */
  private void addToRun(RunView ctx, long costPicos, String model, boolean estimated) {
    addToRun(ctx, costPicos, model, estimated, false);
  }

  /** As {@link #addToRun(RunView, long, String, boolean)}, saying whether the cost is an abandoned attempt's. */
  private void addToRun(RunView ctx, long costPicos, String model, boolean estimated, boolean abandoned) {
    RunTotal total = ctx.local(runTotal);
    long sum;
    synchronized (total) {
      total.priced = true;
      sum = total.picos.addAndGet(costPicos);
      ctx.setAttribute(RUN_COST, stripped(sum, 12));
    }
    if (ctx.hasListeners()) {
      // outside the lock: listeners are the application's code
      try {
        ctx.emit(new CostIncurred(ctx.runId(), ctx.clock().instant(), ctx.currentStep(), model,
            stripped(costPicos, 12), stripped(sum, 12), estimated, abandoned));
      } catch (RuntimeException e) {
        LOG.warn("run {}: the cost event could not be delivered", ctx.runId(), e);
      }
    }
  }

  /** Records a priced call in the ledger and tells the listeners. */
  private void record(RunView ctx, String provider, String model, TokenUsage usage, BigDecimal cost,
      boolean estimated) {
    java.time.Instant now = clock.instant();
    CostRecord record = new CostRecord(now, LocalDate.ofInstant(now, zone), ctx.runId(), ctx.sessionId(),
        ctx.userId(), ctx.tenantId(), provider, model, usage, cost, estimated);
    safeLedger(() -> ledger.record(record));
    for (CostListener l : listeners) {
      try {
        l.onCallPriced(record);
      } catch (RuntimeException e) {
        LOG.warn("cost listener failed", e);
      }
    }
  }

  /**
   * Estimates, records and adds to the run the spend of every attempt of a call that was
   * abandoned (each exactly once): its input, plus the text a streaming one had streamed.
   *
   * @return the estimated spend in pico-dollars, to settle on the call's reservation
   */
  private long recordAbandoned(RunView ctx, CallSpend spend) {
    if (spend == null) {
      return 0;
    }
    long sum = 0;
    for (Attempt a : spend.attempts) {
      if (!a.claimAbandoned()) {
        continue;
      }
      try {
        Pricer.Priced p = pricer.priced(ctx.runId(), a.provider, a.model);
        TokenUsage usage = TokenUsage.of(estimator.estimateInputTokens(a.request, a.model),
            estimator.estimateOutputTokens(a.text(), a.model));
        long picos = p.rates().costPicos(usage);
        addToRun(ctx, picos, p.price().model(), true, true);
        record(ctx, a.provider, p.price().model(), usage, stripped(picos, 12), true);
        sum += picos;
      } catch (RuntimeException e) {
        LOG.warn("run {}: the spend of an abandoned streaming call to {} could not be estimated", ctx.runId(),
            a.model, e);
      }
    }
    return sum;
  }

  /**
   * One model call as its attempts see it: the model it asked for, with what a fallback model's
   * attempt needs to be held to the usage plan and the budgets at its own price, and, once a
   * fallback model answered, which one. Closing it releases the budget its fallback attempts took
   * on top of the call's own reservation (after the call settled its real cost).
   */
  private static final class Call implements AutoCloseable {
    final String key;
    final String provider;
    final String model;
    final UsagePlans.@Nullable Binding binding;
    final long inputEstimate;
    final long maxOut;
    final long reservedNanos;
    final @Nullable CallSpend spend;
    /** the fallback models that took budget on top of the call's reservation, and those reservations */
    final Map<String, Reservation> topUps = new java.util.concurrent.ConcurrentHashMap<>();
    /** the call's budget reservation under its key in the run */
    volatile Reservation reservation = Reservation.NONE;
    /**
     * for a call whose key was settled before (a failed attempt, and the run resumed), the
     * reservation its first attempt on the wire took for the new spending
     */
    private @Nullable Reservation resent;
    volatile @Nullable String answeredProvider;
    volatile @Nullable String answeredModel;

    Call(String key, String provider, String model, UsagePlans.@Nullable Binding binding, long inputEstimate,
        long maxOut, long reservedNanos, @Nullable CallSpend spend) {
      this.key = key;
      this.provider = provider;
      this.model = model;
      this.binding = binding;
      this.inputEstimate = inputEstimate;
      this.maxOut = maxOut;
      this.reservedNanos = reservedNanos;
      this.spend = spend;
    }

    /** @return whether an attempt addressed to this provider and model goes to a fallback model */
    boolean fallback(String attemptProvider, String attemptModel) {
      return !provider.equals(attemptProvider) || !model.equals(attemptModel);
    }

    /**
     * Holds a call whose key was settled before and is now put on the wire to the budgets, as any
     * new call: its worst case is reserved (once, for all its attempts) before it is sent. A call
     * replayed from a checkpoint never gets here, and reserves nothing.
     *
     * @throws dev.agentruntime.core.error.BudgetExceededException when it does not fit
     */
    synchronized void admitResent(BudgetEnforcer budgets, RunView ctx) {
      if (resent == null && reservation.settledBefore()) {
        resent = budgets.reserve(ctx, reservedNanos);
      }
    }

    /** @return the reservation the call's spending settles on */
    synchronized Reservation settling() {
      return resent != null ? resent : reservation;
    }

    @Override
    public void close() {
      topUps.values().forEach(Reservation::close);
      Reservation r;
      synchronized (this) {
        r = resent;
      }
      if (r != null) {
        r.close();
      }
    }
  }

  /** The attempts of one call, as the per-attempt partner saw them. */
  private static final class CallSpend {
    final List<Attempt> attempts = new java.util.concurrent.CopyOnWriteArrayList<>();
  }

  /**
   * One attempt: a streaming one passes its deltas on while keeping their text (a non-streaming
   * one has no text: cut, it is billed its input), and says how it ended. An attempt still running
   * when its call is over was walked away from (abandoned).
   */
  private static final class Attempt implements TextSink {
    /** not sent yet: waiting for its rate-limit permits */
    private static final int PENDING = 5;
    private static final int RUNNING = 0;
    private static final int SUCCEEDED = 1;
    private static final int FAILED = 2;
    private static final int ABANDONED = 3;
    private static final int RECORDED = 4;

    final @Nullable TextSink downstream;
    final ModelRequest request;
    final String model;
    final String provider;
    private final StringBuilder text = new StringBuilder();
    private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(PENDING);

    Attempt(@Nullable TextSink downstream, ModelRequest request, String model, String provider) {
      this.downstream = downstream;
      this.request = request;
      this.model = model;
      this.provider = provider;
    }

    @Override
    public void onText(String delta) {
      synchronized (text) {
        text.append(delta);
      }
      if (downstream != null) {
        downstream.onText(delta);
      }
    }

    @Override
    public void onDiscard(String reason) {
      if (downstream != null) {
        downstream.onDiscard(reason);
      }
    }

    String text() {
      synchronized (text) {
        return text.toString();
      }
    }

    /** It is put on the wire: from now on, cut, it is billed. */
    void sent() {
      state.compareAndSet(PENDING, RUNNING);
    }

    /** How it ended; an attempt never sent stays unbilled. */
    void ended(boolean succeeded, boolean abandoned) {
      state.compareAndSet(RUNNING, succeeded ? SUCCEEDED : abandoned ? ABANDONED : FAILED);
    }

    /** @return true once, for an attempt abandoned or still running: its spend is to be recorded */
    boolean claimAbandoned() {
      return state.compareAndSet(ABANDONED, RECORDED) || state.compareAndSet(RUNNING, RECORDED);
    }
  }

  /**
   * @return whether a failed attempt was abandoned by us (timeout, cancellation, deadline) rather
   *     than failed by the provider: the provider bills what it generated until the cut
   */
  private static boolean abandoned(Throwable t, RunView ctx) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof java.net.ConnectException || c instanceof java.net.http.HttpConnectTimeoutException) {
        return false; // never reached the provider
      }
    }
    if (ctx.isCancelled() || ctx.deadlinePassed()) {
      return true;
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InterruptedException || c instanceof java.io.InterruptedIOException
          || c instanceof java.util.concurrent.CancellationException
          || c instanceof java.util.concurrent.TimeoutException
          || c instanceof dev.agentruntime.core.error.RunCancelledException
          || c instanceof dev.agentruntime.core.error.ModelCallException m && "timeout".equals(m.errorType())) {
        return true;
      }
    }
    return false;
  }

  private UsagePlans.Binding binding(RunView ctx) {
    if (plans == null) {
      return null;
    }
    BindingHolder h = ctx.local(bindingHolder);
    UsagePlans.Binding b = h.binding;
    if (b == null) {
      b = plans.resolve(ctx);
      h.binding = b;
    }
    return b;
  }

  /** The run's plan binding, resolved once per run. */
  private static final class BindingHolder {
    volatile UsagePlans.Binding binding;
  }

  /** this tracker's own, as {@link #callKey}: another tracker's plans are not this one's */
  private final RunLocal<BindingHolder> bindingHolder =
      RunLocal.withInitial("agent_runtime.cost.plan_binding", BindingHolder::new);

  /**
   * Takes rate-limit permits for one attempt (a request put on the wire), and corrects the token
   * permits to the real usage after it.
   */
  private final class AttemptPermits implements AgentInterceptor {
    /** Set once this interceptor has seen an attempt: it is registered. */
    volatile boolean seen;
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    @Override
    public Stage stage() {
      return Stage.RESILIENCE;
    }

    @Override
    public Placement placement() {
      return Placement.after(Stage.RESILIENCE);
    }

    void checkInstalled(UsagePlans.Binding binding, String model) {
      if (!seen && limiter.applies(binding, model) && warned.compareAndSet(false, true)) {
        LOG.error("CostTracker: rate limits apply to model {} but no attempt took permits: register the "
            + "tracker with AgentRuntime.builder().interceptor(tracker), which also registers its "
            + "per-attempt companion; until then RPM/TPM plans are not enforced", model);
      }
    }

    @Override
    public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
      seen = true;
      Call call = Context.current().get(callKey);
      String attemptProvider = chain.model().provider();
      String attemptModel = chain.requestModel();
      if (call != null) {
        call.admitResent(budgets, chain.context());
      }
      boolean fallback = call != null && call.fallback(attemptProvider, attemptModel);
      if (fallback) {
        admitFallback(chain.context(), call, attemptProvider, attemptModel);
      }
      CallSpend spend = call != null ? call.spend : null;
      ModelResponse response;
      if (spend == null) {
        response = permitted(chain, null, null);
      } else {
        // a non-streaming attempt is followed too: cut, it was billed its prompt at least
        Attempt attempt = new Attempt(chain.streaming() ? chain.sink() : null, chain.request(), attemptModel,
            attemptProvider);
        spend.attempts.add(attempt);
        try {
          response = permitted(chain, chain.streaming() ? attempt : null, attempt);
          attempt.ended(true, false);
        } catch (Throwable t) {
          attempt.ended(false, abandoned(t, chain.context()));
          throw t;
        }
      }
      if (fallback) {
        call.answeredModel = attemptModel;
        call.answeredProvider = attemptProvider;
      }
      return response;
    }

    /**
     * Holds an attempt that the resilience policy sends to a fallback model to what the call was
     * held to: the model must have a price (or the unknown-model policy a default), the usage plan
     * must allow that model, and when its worst case costs more than the
     * call reserved, the difference must fit the budgets before it is sent (reserved once per
     * fallback model, released when the call has settled its real cost).
     *
     * @throws UnknownModelPriceException when the fallback model has no price and the unknown-model
     *     policy is to fail
     * @throws ModelNotAllowedException when the plan does not allow the fallback model
     * @throws dev.agentruntime.core.error.BudgetExceededException when its worst case does not fit
     */
    private void admitFallback(RunView ctx, Call call, String attemptProvider, String attemptModel) {
      // priced before it is sent, as the call's own model: under UnknownModelPolicy.fail() a model
      // without a price is refused here (the policy tries its next fallback), not after it
      // answered and was paid for (its answer then thrown away and its cost recorded nowhere)
      Pricer.Priced p = pricer.priced(ctx.runId(), attemptProvider, attemptModel);
      UsagePlans.Binding binding = call.binding;
      if (binding != null && !binding.plan().allows(attemptModel) && !binding.plan().allows(p.price().model())) {
        throw new ModelNotAllowedException(ctx.runId(), binding.plan().name(), binding.entityDisplay(), attemptModel,
            binding.plan().allowedModels());
      }
      if (budgets.isEmpty()) {
        return;
      }
      // inputEstimate was counted for the call's own reservation, which budgets need
      long worst = ceilNanos(p.rates().worstCasePicos(call.inputEstimate, call.maxOut));
      if (worst > call.reservedNanos) {
        String key = call.key + ":" + attemptProvider + "/" + attemptModel;
        call.topUps.computeIfAbsent(key, k -> {
          Reservation r = budgets.reserve(ctx, k, worst - call.reservedNanos);
          // settled before: a failed attempt's, and the run resumed; this one is new spending
          return r.settledBefore() ? budgets.reserve(ctx, worst - call.reservedNanos) : r;
        });
      }
    }

    /**
     * Takes the attempt's permits (waiting for them as its plan allows), then sends it.
     *
     * @param attempt the attempt followed for its spend, told when it is sent: one that never got
     *     its permits (refused, or interrupted while waiting) never reached the provider
     */
    private ModelResponse permitted(ModelChain chain, @Nullable TextSink sink, @Nullable Attempt attempt)
        throws Exception {
      RunView ctx = chain.context();
      String model = chain.requestModel();
      UsagePlans.Binding binding = binding(ctx);
      if (!limiter.applies(binding, model)) {
        if (attempt != null) {
          attempt.sent();
        }
        return sink == null ? chain.proceed(chain.request()) : chain.proceed(chain.request(), sink);
      }
      ModelRequest request = chain.request();
      long inputEstimate = estimator.estimateInputTokens(request, model);
      long maxOut = request.maxOutputTokens() != null ? request.maxOutputTokens() : defaultMaxOutputTokens;
      RateLimiter.Taken taken = limiter.acquire(ctx.runId(), binding, model, inputEstimate + maxOut,
          binding == null ? Duration.ZERO : binding.plan().maxWait());
      ModelResponse response;
      if (attempt != null) {
        attempt.sent();
      }
      try {
        response = sink == null ? chain.proceed(request) : chain.proceed(request, sink);
      } catch (Throwable t) {
        taken.tokensUsed(inputEstimate);
        throw t;
      }
      long used = response.usage().totalTokens();
      taken.tokensUsed(used == 0
          ? inputEstimate + Math.max(1, estimator.estimateOutputTokens(generated(response), model)) : used);
      return response;
    }

    @Override
    public String toString() {
      return "CostTracker.attemptInterceptor";
    }
  }

  private static void safeLedger(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("cost ledger failed to record", e);
    }
  }

  private static long ceilNanos(long picos) {
    return picos / 1000 + (picos % 1000 == 0 ? 0 : 1);
  }

  /**
   * {@code BigDecimal.valueOf(unscaled, scale).stripTrailingZeros()}, without BigDecimal's
   * division loop.
   */
  static BigDecimal stripped(long unscaled, int scale) {
    if (unscaled == 0) {
      return BigDecimal.ZERO;
    }
    while (unscaled % 10 == 0) {
      unscaled /= 10;
      scale--;
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  // ------------------------------------------------------------------------------ builder

  /** Builder for {@link CostTracker}; every setting is optional and validated at {@link #build()}. */
  public static final class Builder {
    private PricingCatalog catalog;
    private UnknownModelPolicy unknownPolicy = UnknownModelPolicy.fail();
    private final List<Budget> budgets = new ArrayList<>();
    private UsagePlans plans;
    private final Map<String, RateLimit> globalModelLimits = new LinkedHashMap<>();
    private CostStore store;
    private CostLedger ledger;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneOffset.UTC;
    private TokenEstimator estimator;
    private int defaultMaxOutputTokens = 4096;
    private Duration totalRetention = Duration.ofDays(30);
    private final List<CostListener> listeners = new ArrayList<>();
    private CostKeys keys = CostKeys.defaults();
    private Duration reservationTtl = Duration.ofMinutes(5);
    private OutagePolicy outagePolicy = OutagePolicy.failClosed();
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    private RenewalScheduler renewals;

    private Builder() {}

    /**
     * @param value the prices (default: {@link PricingCatalog#bundled()})
     * @return this
     */
    public Builder catalog(PricingCatalog value) {
      this.catalog = value;
      return this;
    }

    /**
     * @param value what to do with models without a price (default: fail)
     * @return this
     */
    public Builder unknownModelPolicy(UnknownModelPolicy value) {
      this.unknownPolicy = value;
      return this;
    }

    /**
     * @param value a budget (names must be unique)
     * @return this
     */
    public Builder budget(Budget value) {
      budgets.add(Objects.requireNonNull(value, "budget"));
      return this;
    }

    /**
     * @param value usage plans (allowed models, RPM/TPM per entity)
     * @return this
     */
    public Builder usagePlans(UsagePlans value) {
      this.plans = value;
      return this;
    }

    /**
     * A limit on one model across every entity (e.g. the provider account's quota).
     *
     * @param model the model id, as requested
     * @param limit its limit
     * @return this
     */
    public Builder modelRateLimit(String model, RateLimit limit) {
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException("CostTracker.modelRateLimit: model must not be blank");
      }
      globalModelLimits.put(model.trim(), Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /**
     * @param value where budgets and limits live (default: a new {@link InMemoryCostStore})
     * @return this
     */
    public Builder store(CostStore value) {
      this.store = value;
      return this;
    }

    /**
     * @param value where usage is recorded (default: a new {@link InMemoryCostLedger})
     * @return this
     */
    public Builder ledger(CostLedger value) {
      this.ledger = value;
      return this;
    }

    /**
     * @param value the clock for windows and rate limits (default: system UTC)
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * @param value the zone calendar windows (days, months) follow (default: UTC)
     * @return this
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * @param value counts input tokens before a call (default: {@link JtokkitTokenEstimator})
     * @return this
     */
    public Builder tokenEstimator(TokenEstimator value) {
      this.estimator = value;
      return this;
    }

    /**
     * @param value output tokens reserved for a request without {@code maxOutputTokens}
     *     (default 4096)
     * @return this
     */
    public Builder defaultMaxOutputTokens(int value) {
      this.defaultMaxOutputTokens = value;
      return this;
    }

    /**
     * @param value how long counters of session budgets (which have no calendar window) are kept
     *     after they are created (default 30 days); a run's counter is kept a day, and a user's, a
     *     tenant's or the global budget without a calendar window ({@code BudgetWindow.TOTAL}) is a
     *     lifetime allowance, kept for good
     * @return this
     */
    public Builder totalWindowRetention(Duration value) {
      this.totalRetention = value;
      return this;
    }

    /**
     * @param value hears alerts, unknown models and priced calls
     * @return this
     */
    public Builder listener(CostListener value) {
      listeners.add(Objects.requireNonNull(value, "listener"));
      return this;
    }

    /**
     * @param value the namespace every store key starts with (default {@code agent-runtime}); see
     *     {@link CostKeys}
     * @return this
     */
    public Builder namespace(String value) {
      this.keys = new CostKeys(value);
      return this;
    }

    /**
     * How long a call's budget reservation holds if it is never settled (its process crashed),
     * default 5 minutes. A call in flight keeps its reservation however long it runs: every third
     * of this TTL (on a daemon thread of the tracker's) it renews the reservation's expiry to now +
     * TTL in the store, until it is settled or released. So this is not a bound on how long a
     * model call may run: it is how long the budget room of a crashed replica's calls stays blocked
     * (at most one TTL after its last renewal), and how long a store outage may last before the
     * reservations of calls in flight expire (a renewal that fails is logged and tried again at the
     * next period; it never fails the call).
     *
     * @param value the TTL, positive
     * @return this
     */
    public Builder reservationTtl(Duration value) {
      this.reservationTtl = value;
      return this;
    }

    /**
     * @param value what happens while the store is unavailable (default: fail closed)
     * @return this
     */
    public Builder outagePolicy(OutagePolicy value) {
      this.outagePolicy = value;
      return this;
    }

    Builder renewalScheduler(RenewalScheduler value) {
      this.renewals = Objects.requireNonNull(value, "renewals");
      return this;
    }

    Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * @return the tracker
     * @throws IllegalArgumentException naming the bad setting
     */
    public CostTracker build() {
      if (unknownPolicy == null) {
        throw new IllegalArgumentException("CostTracker.unknownModelPolicy must not be null");
      }
      if (clock == null) {
        throw new IllegalArgumentException("CostTracker.clock must not be null");
      }
      if (zone == null) {
        throw new IllegalArgumentException("CostTracker.zone must not be null");
      }
      if (defaultMaxOutputTokens <= 0) {
        throw new IllegalArgumentException(
            "CostTracker.defaultMaxOutputTokens must be positive, was " + defaultMaxOutputTokens);
      }
      if (totalRetention == null || totalRetention.isNegative() || totalRetention.isZero()) {
        throw new IllegalArgumentException(
            "CostTracker.totalWindowRetention must be positive, was " + totalRetention);
      }
      if (reservationTtl == null || reservationTtl.isNegative() || reservationTtl.isZero()) {
        throw new IllegalArgumentException("CostTracker.reservationTtl must be positive, was " + reservationTtl);
      }
      if (outagePolicy == null) {
        throw new IllegalArgumentException("CostTracker.outagePolicy must not be null");
      }
      Set<String> names = new HashSet<>();
      for (Budget b : budgets) {
        if (!names.add(b.name())) {
          throw new IllegalArgumentException(
              "CostTracker.budget: two budgets are named '" + b.name()
                  + "'; give one another name with Budget.named(...)");
        }
      }
      return new CostTracker(this);
    }
  }
}
