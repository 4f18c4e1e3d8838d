package dev.agentruntime.cost;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetAlert;
import dev.agentruntime.cost.budget.BudgetScope;
import dev.agentruntime.cost.budget.BudgetWindow;
import dev.agentruntime.cost.ledger.CostLedger;
import dev.agentruntime.cost.ledger.CostRecord;
import dev.agentruntime.cost.ledger.CostReport;
import dev.agentruntime.cost.ledger.InMemoryCostLedger;
import dev.agentruntime.cost.ledger.RunCostRecord;
import dev.agentruntime.cost.plan.ModelNotAllowedException;
import dev.agentruntime.cost.plan.RateLimit;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.pricing.ModelPrice;
import dev.agentruntime.cost.pricing.PricingCatalog;
import dev.agentruntime.cost.pricing.TokenRates;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.RateResult;
import dev.agentruntime.cost.store.ReserveResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices every model call, records it, enforces budgets and usage plans. An
 * {@link AgentInterceptor} at {@link Stage#COST}: add it with
 * {@code AgentRuntime.builder().interceptor(costTracker)}.
 *
 * <p>Around each model call, before anything is sent:
 *
 * <ol>
 *   <li>the usage plan of the run's entity is checked: a model it does not allow is refused with
 *       {@link ModelNotAllowedException};
 *   <li>requests- and tokens-per-minute permits are taken (entity-wide, entity per model, and
 *       global per model), waiting up to the plan's {@code maxWait}, else failing with
 *       {@link RateLimitedException} carrying when to retry;
 *   <li>the call's worst-case cost (input tokens counted with the {@link TokenEstimator}, plus the
 *       request's {@code maxOutputTokens} or the configured default cap) is reserved atomically
 *       on every applicable budget; if it does not fit in a hard budget the call is refused with
 *       {@link BudgetExceededException}.
 * </ol>
 *
 * After the call the real usage is priced and settled (the rest of the reservation released); on
 * failure the whole reservation is released. So concurrent runs can never take spending over a
 * hard budget, as long as calls stay within their output cap and the estimate. Each response
 * carries its exact cost under {@link #COST_METADATA_KEY}; the run's accumulated cost is published
 * as {@link #RUN_COST} on the run and on its {@link AgentResult}.
 *
 * <p>Thread-safe; one instance serves every run of a runtime.
 */
public final class CostTracker implements AgentInterceptor {

  /** Response metadata key of a call's exact cost in USD (a {@link BigDecimal}). */
  public static final String COST_METADATA_KEY = "agent_runtime.cost.usd";

  /** Response metadata key set to {@code true} when usage was estimated (the provider sent none). */
  public static final String ESTIMATED_METADATA_KEY = "agent_runtime.cost.estimated";

  /** The run's accumulated cost in USD, on the {@link RunContext} and the {@link AgentResult}. */
  public static final AttributeKey<BigDecimal> RUN_COST =
      AttributeKey.of("agent_runtime.cost.usd", BigDecimal.class);

  private static final AttributeKey<RunTotal> RUN_TOTAL =
      AttributeKey.of("agent_runtime.cost.run_total", RunTotal.class);

  private static final Logger LOG = LoggerFactory.getLogger(CostTracker.class);
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration GRACE = Duration.ofDays(1);
  private static final Duration RUN_RETENTION = Duration.ofDays(1);

  /** Sleeps while waiting for a rate limit; replaceable in tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final PricingCatalog catalog;
  private final UnknownModelPolicy unknownPolicy;
  private final List<Budget> budgets;
  private final long[] limitNanos;
  private final UsagePlans plans;
  private final Map<String, RateLimit> globalModelLimits;
  private final CostStore store;
  private final CostLedger ledger;
  private final Clock clock;
  private final ZoneId zone;
  private final TokenEstimator estimator;
  private final int defaultMaxOutputTokens;
  private final Duration totalRetention;
  private final List<CostListener> listeners;
  private final Sleeper sleeper;
  private final Cache<PriceKey, Priced> prices = Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();
  private final Cache<String, Boolean> warnedUnknown = Caffeine.newBuilder().executor(Runnable::run).maximumSize(1_000).build();

  private record PriceKey(String provider, String model) {}

  private record Priced(ModelPrice price, TokenRates rates, boolean known) {}

  /** The run's total in pico-dollars; updates publish {@link #RUN_COST}. */
  private static final class RunTotal {
    final AtomicLong picos = new AtomicLong();
  }

  private CostTracker(Builder b) {
    this.catalog = b.catalog == null ? PricingCatalog.bundled() : b.catalog;
    this.unknownPolicy = b.unknownPolicy;
    this.budgets = List.copyOf(b.budgets);
    this.limitNanos = new long[budgets.size()];
    for (int i = 0; i < limitNanos.length; i++) {
      limitNanos[i] = budgets.get(i).limitNanos();
    }
    this.plans = b.plans;
    Map<String, RateLimit> gm = new LinkedHashMap<>();
    b.globalModelLimits.forEach((k, v) -> gm.put(k.toLowerCase(Locale.ROOT), v));
    this.globalModelLimits = Map.copyOf(gm);
    this.clock = b.clock;
    this.store = b.store == null ? new InMemoryCostStore(b.clock) : b.store;
    this.ledger = b.ledger == null ? new InMemoryCostLedger() : b.ledger;
    this.zone = b.zone;
    this.estimator = b.estimator == null ? new JtokkitTokenEstimator() : b.estimator;
    this.defaultMaxOutputTokens = b.defaultMaxOutputTokens;
    this.totalRetention = b.totalRetention;
    this.listeners = List.copyOf(b.listeners);
    this.sleeper = b.sleeper;
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
    return catalog;
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
   *     tenant) or tenant id; the run id for run budgets (only while the run is going: its
   *     counter is released when it ends, read a finished run's cost from {@link #RUN_COST});
   *     ignored for global ones
   * @return spent (settled) USD in the current window
   * @throws IllegalArgumentException when no budget has that name
   */
  public BigDecimal spent(String budgetName, String subject) {
    Budget b =
        budgets.stream()
            .filter(x -> x.name().equals(budgetName))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no budget named '" + budgetName + "'"));
    String subj = b.scope() == BudgetScope.GLOBAL ? "*" : subject;
    CounterState s = store.read(counterKey(b, subj, windowKey(b.window(), clock.instant())));
    return BigDecimal.valueOf(s.usedNanos(), 9).stripTrailingZeros();
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
  public BigDecimal price(String provider, String model, TokenUsage usage) {
    return priced(null, provider, model).rates().cost(usage);
  }

  // ------------------------------------------------------------------------------ the run

  @Override
  public AgentResult aroundRun(RunChain chain) throws Exception {
    RunContext ctx = chain.context();
    try {
      return chain.proceed(chain.input());
    } finally {
      releaseRunCounters(ctx);
      RunTotal t = ctx.attribute(RUN_TOTAL).orElse(null);
      if (t != null) {
        safeLedger(
            () ->
                ledger.recordRun(
                    new RunCostRecord(
                        windows(clock.instant()).day(),
                        ctx.runId(),
                        ctx.userId(),
                        ctx.tenantId(),
                        BigDecimal.valueOf(t.picos.get(), 12).stripTrailingZeros())));
      }
    }
  }

  /**
   * A run budget's counter is the run's alone: once the run ends nothing can spend on it, so the
   * store may drop it rather than keep one counter per finished run for a day.
   */
  private void releaseRunCounters(RunContext ctx) {
    RunCache cache = ctx.attribute(RUN_CACHE).orElse(null);
    CounterSet set = cache == null ? null : cache.counters;
    if (set == null) {
      return;
    }
    List<String> runKeys = null;
    for (int i = 0; i < set.keys.length; i++) {
      if (set.applicable.get(i).scope() == BudgetScope.RUN) {
        if (runKeys == null) {
          runKeys = new ArrayList<>(1);
        }
        runKeys.add(set.keys[i]);
      }
    }
    if (runKeys != null) {
      try {
        store.release(runKeys);
      } catch (RuntimeException e) {
        LOG.warn("cost store failed to release the counters of run {} (they will expire)", ctx.runId(), e);
      }
    }
  }

  // ------------------------------------------------------------------------------ a model call

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    RunContext ctx = chain.context();
    ModelRequest request = chain.request();
    String model = chain.requestModel();
    String provider = chain.model().provider();
    Priced priced = priced(ctx, provider, model);

    RunCache cache = ctx.computeAttributeIfAbsent(RUN_CACHE, RunCache::new);
    UsagePlans.Binding binding = plans == null ? null : binding(cache, ctx);
    if (binding != null
        && !binding.plan().allows(model)
        && !binding.plan().allows(priced.price().model())) {
      throw new ModelNotAllowedException(
          ctx.runId(), binding.plan().name(), binding.entityDisplay(), model,
          binding.plan().allowedModels());
    }

    List<Permit> permits = permits(cache, binding, model);
    // counting tokens is the dearest step here, and its first use loads a tokenizer vocabulary:
    // only when a token-rate permit or a budget reservation needs the estimate
    boolean estimateNeeded = !permits.isEmpty() || !budgets.isEmpty();
    long inputEstimate = estimateNeeded ? estimator.estimateInputTokens(request, model) : 0;
    long maxOut =
        request.maxOutputTokens() != null ? request.maxOutputTokens() : defaultMaxOutputTokens;
    long worstTokens = inputEstimate + maxOut;

    acquireAll(ctx, permits, worstTokens, binding == null ? Duration.ZERO : binding.plan().maxWait());

    long reservedNanos = ceilNanos(priced.rates().worstCasePicos(inputEstimate, maxOut));
    Instant now = clock.instant();
    CounterSet set = budgets.isEmpty() ? null : counterSet(cache, ctx, now);
    List<Budget> applicable = set == null ? List.of() : set.applicable;
    List<String> subjects = set == null ? List.of() : set.subjects;
    List<CounterSpec> counters = set == null ? List.of() : set.specs(now);
    if (!counters.isEmpty()) {
      ReserveResult r;
      try {
        r = store.reserve(counters, reservedNanos);
      } catch (RuntimeException e) {
        returnTokens(permits, worstTokens);
        throw e;
      }
      if (!r.granted()) {
        returnTokens(permits, worstTokens);
        returnRequests(permits);
        int i = r.refusedIndex();
        Budget b = applicable.get(i);
        CounterSpec c = counters.get(i);
        CounterState s = r.refusedState();
        if (b.alertThresholds().contains(100)) {
          alert(ctx, b, subjects.get(i), c, 100, s.usedNanos(), true, now);
        }
        throw new BudgetExceededException(
            ctx.runId(),
            display(b, subjects.get(i), c),
            b.limitUsd(),
            usd(s.usedNanos() + s.reservedNanos()),
            usd(reservedNanos));
      }
    }

    ModelResponse response;
    try {
      response = chain.proceed(request);
    } catch (Throwable t) {
      if (!counters.isEmpty()) {
        store.settle(counters, reservedNanos, 0);
      }
      returnTokens(permits, worstTokens);
      throw t;
    }

    // settle
    TokenUsage usage = response.usage();
    boolean estimated = false;
    if (usage.totalTokens() == 0) {
      long input = estimateNeeded ? inputEstimate : estimator.estimateInputTokens(request, model);
      usage = TokenUsage.of(input, Math.max(1, response.text().length() / 4));
      estimated = true;
    }
    Priced actualPrice = priced;
    String answered = response.responseModel();
    if (answered != null && !answered.equalsIgnoreCase(model)) {
      Priced p = lookup(provider, answered);
      if (p != null && p.known()) {
        actualPrice = p;
      }
    }
    long costPicos = actualPrice.rates().costPicos(usage);
    long actualNanos = ceilNanos(costPicos);
    if (!counters.isEmpty()) {
      long[] used = store.settle(counters, reservedNanos, actualNanos);
      if (actualNanos > reservedNanos) {
        LOG.warn(
            "model call of run {} cost {} USD, more than the {} USD reserved for it "
                + "(output over its cap, or input over the estimate)",
            ctx.runId(), usd(actualNanos).toPlainString(), usd(reservedNanos).toPlainString());
      }
      checkThresholds(ctx, set, counters, used, now);
    }
    long actualTokens = usage.totalTokens();
    if (actualTokens < worstTokens) {
      returnTokens(permits, worstTokens - actualTokens);
    }

    BigDecimal cost = stripped(costPicos, 12);
    RunTotal total = ctx.computeAttributeIfAbsent(RUN_TOTAL, RunTotal::new);
    synchronized (total) {
      long sum = total.picos.addAndGet(costPicos);
      ctx.setAttribute(RUN_COST, stripped(sum, 12));
    }
    CostRecord record =
        new CostRecord(
            now,
            windows(now).day(),
            ctx.runId(),
            ctx.sessionId(),
            ctx.userId(),
            ctx.tenantId(),
            provider,
            actualPrice.price().model(),
            usage,
            cost);
    safeLedger(() -> ledger.record(record));
    for (CostListener l : listeners) {
      try {
        l.onCallPriced(record);
      } catch (RuntimeException e) {
        LOG.warn("cost listener failed", e);
      }
    }
    ModelResponse out = response.withMetadata(COST_METADATA_KEY, cost);
    return estimated ? out.withMetadata(ESTIMATED_METADATA_KEY, Boolean.TRUE) : out;
  }

  private static void safeLedger(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.warn("cost ledger failed to record", e);
    }
  }

  // ------------------------------------------------------------------------------ pricing

  private record LastPrice(String provider, String model, Priced priced) {}

  /** The last known price looked up: most calls go to the same model as the one before. */
  private volatile LastPrice lastPrice;

  private Priced lookup(String provider, String model) {
    LastPrice last = lastPrice;
    if (last != null && Objects.equals(last.provider, provider) && Objects.equals(last.model, model)) {
      return last.priced;
    }
    Priced p = cachedLookup(provider, model);
    if (p != null) {
      lastPrice = new LastPrice(provider, model, p);
    }
    return p;
  }

  private Priced cachedLookup(String provider, String model) {
    return prices.get(
        new PriceKey(provider, model),
        k -> {
          Optional<ModelPrice> p = catalog.find(provider, model);
          return p.map(x -> new Priced(x, x.rates(), true)).orElse(null);
        });
  }

  private Priced priced(RunContext ctx, String provider, String model) {
    Priced p = lookup(provider, model);
    if (p != null) {
      return p;
    }
    if (unknownPolicy.fails()) {
      throw new UnknownModelPriceException(ctx == null ? null : ctx.runId(), provider, model);
    }
    ModelPrice d = unknownPolicy.price().withModel(model);
    if (warnedUnknown.asMap().putIfAbsent(provider + "/" + model, Boolean.TRUE) == null) {
      LOG.warn(
          "no price for model '{}' (provider {}): priced at the default {} / {} USD per million "
              + "input / output tokens",
          model, provider, d.inputPerMillion().toPlainString(), d.outputPerMillion().toPlainString());
      for (CostListener l : listeners) {
        try {
          l.onUnknownModel(provider, model, d);
        } catch (RuntimeException e) {
          LOG.warn("cost listener failed", e);
        }
      }
    }
    return new Priced(d, d.rates(), false);
  }

  private static long ceilNanos(long picos) {
    return picos / 1000 + (picos % 1000 == 0 ? 0 : 1);
  }

  private static BigDecimal usd(long nanos) {
    return stripped(nanos, 9);
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

  // ------------------------------------------------------------------------------ rate limits

  /** What a run's calls reuse: its plan binding, permits and budget counters. */
  private static final class RunCache {
    volatile BindingEntry binding;
    volatile PermitsEntry permits;
    volatile CounterSet counters;
  }

  private static final AttributeKey<RunCache> RUN_CACHE =
      AttributeKey.of("agent_runtime.cost.run_cache", RunCache.class);

  private record BindingEntry(String entityId, String tenantId, UsagePlans.Binding binding) {}

  private record PermitsEntry(UsagePlans.Binding binding, String model, List<Permit> permits) {}

  private UsagePlans.Binding binding(RunCache cache, RunContext ctx) {
    String id = plans.entityId(ctx);
    String tenant = ctx.tenantId();
    BindingEntry e = cache.binding;
    if (e != null && Objects.equals(e.entityId, id) && Objects.equals(e.tenantId, tenant)) {
      return e.binding;
    }
    UsagePlans.Binding b = plans.bind(id, tenant);
    cache.binding = new BindingEntry(id, tenant, b);
    return b;
  }

  /** One rate limiter a call takes permits from; {@code what} names it in errors. */
  private record Permit(String key, String what, String scope, long limit, boolean tokens) {
    String display() {
      return String.format(what, (tokens ? "tpm " : "rpm ") + limit) + scope;
    }
  }

  private record PermitKey(String entityKey, UsagePlan plan, String model) {}

  private final Cache<PermitKey, List<Permit>> permitCache =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();

  private List<Permit> permits(RunCache cache, UsagePlans.Binding binding, String model) {
    if (binding == null && globalModelLimits.isEmpty()) {
      return List.of();
    }
    PermitsEntry e = cache.permits;
    if (e != null && e.binding == binding && e.model.equals(model)) {
      return e.permits;
    }
    List<Permit> out = permits(binding, model);
    cache.permits = new PermitsEntry(binding, model, out);
    return out;
  }

  private List<Permit> permits(UsagePlans.Binding binding, String model) {
    PermitKey k = new PermitKey(binding == null ? null : binding.entityKey(),
        binding == null ? null : binding.plan(), model);
    return permitCache.get(k, x -> buildPermits(binding, model));
  }

  private List<Permit> buildPermits(UsagePlans.Binding binding, String model) {
    List<Permit> out = new ArrayList<>(4);
    String lower = model.toLowerCase(Locale.ROOT);
    if (binding != null) {
      UsagePlan plan = binding.plan();
      add(out, "plan:" + binding.entityKey(), "plan '" + plan.name() + "' %s",
          " for " + binding.entityDisplay(), plan.limit());
      add(out, "plan:" + binding.entityKey() + ":model:" + lower, "plan '" + plan.name() + "' %s",
          " for " + binding.entityDisplay() + " on model " + model, plan.limitFor(model));
    }
    RateLimit g = globalModelLimits.get(lower);
    if (g != null) {
      add(out, "model:" + lower, "%s", " for model " + model, g);
    }
    return List.copyOf(out);
  }

  private static void add(List<Permit> out, String key, String what, String scope, RateLimit l) {
    if (l.requestsPerMinute() > 0) {
      out.add(new Permit(key + ":rpm", what, scope, l.requestsPerMinute(), false));
    }
    if (l.tokensPerMinute() > 0) {
      out.add(new Permit(key + ":tpm", what, scope, l.tokensPerMinute(), true));
    }
  }

  private void acquireAll(RunContext ctx, List<Permit> permits, long tokens, Duration maxWait)
      throws InterruptedException {
    if (permits.isEmpty()) {
      return;
    }
    Instant deadline = null;
    while (true) {
      Instant now = clock.instant();
      int i = 0;
      RateResult refused = null;
      for (; i < permits.size(); i++) {
        Permit p = permits.get(i);
        RateResult r = store.acquirePermits(p.key(), p.tokens() ? tokens : 1, p.limit(), MINUTE, now);
        if (!r.granted()) {
          refused = r;
          break;
        }
      }
      if (refused == null) {
        return;
      }
      for (int j = 0; j < i; j++) {
        Permit p = permits.get(j);
        store.returnPermits(p.key(), p.tokens() ? tokens : 1, p.limit(), MINUTE, now);
      }
      Permit p = permits.get(i);
      if (refused.retryAfter() == null) {
        throw new RateLimitedException(
            ctx.runId(), p.display() + ": the call needs " + tokens + " tokens, more than the limit", null);
      }
      if (deadline == null) {
        deadline = now.plus(maxWait);
      }
      Instant retryAt = now.plus(refused.retryAfter());
      if (retryAt.isAfter(deadline)) {
        throw new RateLimitedException(ctx.runId(), p.display(), refused.retryAfter());
      }
      sleeper.sleep(refused.retryAfter());
    }
  }

  private void returnTokens(List<Permit> permits, long tokens) {
    if (permits.isEmpty() || tokens <= 0) {
      return;
    }
    Instant now = clock.instant();
    for (Permit p : permits) {
      if (p.tokens()) {
        store.returnPermits(p.key(), tokens, p.limit(), MINUTE, now);
      }
    }
  }

  private void returnRequests(List<Permit> permits) {
    if (permits.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (Permit p : permits) {
      if (!p.tokens()) {
        store.returnPermits(p.key(), 1, p.limit(), MINUTE, now);
      }
    }
  }

  // ------------------------------------------------------------------------------ budgets

  /** The current day and month windows, recomputed when the clock leaves the day. */
  private record Windows(
      Instant dayStart, Instant dayEnd, LocalDate day, String dayKey, String monthKey,
      Instant dayExpires, Instant monthExpires) {
    static Windows at(Instant now, ZoneId zone) {
      LocalDate d = LocalDate.ofInstant(now, zone);
      YearMonth ym = YearMonth.from(d);
      Instant start = d.atStartOfDay(zone).toInstant();
      Instant end = d.plusDays(1).atStartOfDay(zone).toInstant();
      return new Windows(start, end, d, d.toString(), ym.toString(), end.plus(GRACE),
          ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().plus(GRACE));
    }

    boolean covers(Instant now) {
      return !now.isBefore(dayStart) && now.isBefore(dayEnd);
    }
  }

  private volatile Windows windows;

  private Windows windows(Instant now) {
    Windows w = windows;
    if (w == null || !w.covers(now)) {
      w = Windows.at(now, zone);
      windows = w;
    }
    return w;
  }

  /**
   * The budget counters of a run in one day window: keys and subjects are built once per run and
   * window. Counters without a calendar window get their expiry from the call's time, as before.
   */
  private static final class CounterSet {
    final Windows windows;
    final String runId;
    final String sessionId;
    final String userId;
    final String tenantId;
    final List<Budget> applicable;
    final List<String> subjects;
    /** Specs of calendar-window counters; null where the expiry follows the call's time. */
    final CounterSpec[] fixed;
    final String[] keys;
    final long[] limits;
    final boolean[] enforced;
    final Duration[] retention;
    final List<CounterSpec> fixedList;
    /** Per counter, bit i set once threshold i is known to have fired (marked in the store). */
    final java.util.concurrent.atomic.AtomicLongArray fired;

    CounterSet(Windows windows, String runId, String sessionId, String userId, String tenantId,
        List<Budget> applicable, List<String> subjects, CounterSpec[] fixed, String[] keys,
        long[] limits, boolean[] enforced, Duration[] retention) {
      this.windows = windows;
      this.runId = runId;
      this.sessionId = sessionId;
      this.userId = userId;
      this.tenantId = tenantId;
      this.applicable = applicable;
      this.subjects = subjects;
      this.fixed = fixed;
      this.keys = keys;
      this.limits = limits;
      this.enforced = enforced;
      this.retention = retention;
      boolean allFixed = true;
      for (CounterSpec c : fixed) {
        allFixed &= c != null;
      }
      this.fixedList = allFixed ? List.of(fixed) : null;
      this.fired = new java.util.concurrent.atomic.AtomicLongArray(fixed.length);
    }

    boolean matches(Windows w, RunContext ctx) {
      return w == windows
          && Objects.equals(runId, ctx.runId())
          && Objects.equals(sessionId, ctx.sessionId())
          && Objects.equals(userId, ctx.userId())
          && Objects.equals(tenantId, ctx.tenantId());
    }

    List<CounterSpec> specs(Instant now) {
      if (fixedList != null) {
        return fixedList;
      }
      CounterSpec[] out = new CounterSpec[fixed.length];
      for (int i = 0; i < out.length; i++) {
        CounterSpec c = fixed[i];
        out[i] = c != null ? c : new CounterSpec(keys[i], limits[i], enforced[i], now.plus(retention[i]));
      }
      return Arrays.asList(out);
    }
  }

  private CounterSet counterSet(RunCache cache, RunContext ctx, Instant now) {
    Windows w = windows(now);
    CounterSet set = cache.counters;
    if (set != null && set.matches(w, ctx)) {
      return set;
    }
    set = buildCounterSet(ctx, w);
    cache.counters = set;
    return set;
  }

  private CounterSet buildCounterSet(RunContext ctx, Windows w) {
    List<Budget> applicable = new ArrayList<>(budgets.size());
    List<String> subjects = new ArrayList<>(budgets.size());
    List<CounterSpec> fixed = new ArrayList<>(budgets.size());
    List<String> keys = new ArrayList<>(budgets.size());
    List<Long> limits = new ArrayList<>(budgets.size());
    List<Duration> retention = new ArrayList<>(budgets.size());
    for (int bi = 0; bi < limitNanos.length; bi++) {
      Budget b = budgets.get(bi);
      String subject = subject(b, ctx);
      if (subject == null) {
        continue;
      }
      if (b.subjectId() != null && !b.subjectId().equals(scopeId(b, ctx))) {
        continue;
      }
      String window;
      Instant expires;
      Duration ret = null;
      switch (b.window()) {
        case DAY:
          window = w.dayKey();
          expires = w.dayExpires();
          break;
        case MONTH:
          window = w.monthKey();
          expires = w.monthExpires();
          break;
        default:
          window = "total";
          expires = null;
          ret = b.scope() == BudgetScope.RUN ? RUN_RETENTION : totalRetention;
      }
      String key = counterKey(b, subject, window);
      applicable.add(b);
      subjects.add(subject);
      keys.add(key);
      limits.add(limitNanos[bi]);
      retention.add(ret);
      fixed.add(expires == null ? null : new CounterSpec(key, limitNanos[bi], b.enforced(), expires));
    }
    int n = applicable.size();
    long[] lim = new long[n];
    boolean[] enf = new boolean[n];
    for (int i = 0; i < n; i++) {
      lim[i] = limits.get(i);
      enf[i] = applicable.get(i).enforced();
    }
    return new CounterSet(w, ctx.runId(), ctx.sessionId(), ctx.userId(), ctx.tenantId(),
        Collections.unmodifiableList(applicable), Collections.unmodifiableList(subjects),
        fixed.toArray(new CounterSpec[0]), keys.toArray(new String[0]), lim, enf,
        retention.toArray(new Duration[0]));
  }

  private String windowKey(BudgetWindow w, Instant now) {
    switch (w) {
      case DAY:
        return LocalDate.ofInstant(now, zone).toString();
      case MONTH:
        return YearMonth.from(LocalDate.ofInstant(now, zone)).toString();
      default:
        return "total";
    }
  }

  private static String counterKey(Budget b, String subject, String window) {
    return "budget:" + b.name() + ":" + subject + ":" + window;
  }

  private static String scopeId(Budget b, RunContext ctx) {
    switch (b.scope()) {
      case SESSION:
        return ctx.sessionId();
      case USER:
        return ctx.userId();
      case TENANT:
        return ctx.tenantId();
      default:
        return null;
    }
  }

  private static String subject(Budget b, RunContext ctx) {
    switch (b.scope()) {
      case RUN:
        return ctx.runId();
      case SESSION:
        return ctx.sessionId();
      case USER:
        String u = ctx.userId();
        if (u == null) {
          return null;
        }
        return ctx.tenantId() == null ? u : ctx.tenantId() + "/" + u;
      case TENANT:
        return ctx.tenantId();
      default:
        return "*";
    }
  }

  private static String display(Budget b, String subject, CounterSpec c) {
    String key = c.key();
    String window = key.substring(key.lastIndexOf(':') + 1);
    String scope = b.scope().name().toLowerCase(Locale.ROOT);
    String who = b.scope() == BudgetScope.GLOBAL ? "" : " " + subject;
    String w = b.window() == BudgetWindow.TOTAL ? "" : " / " + b.window().name().toLowerCase(Locale.ROOT) + " " + window;
    return b.name() + " (" + scope + who + w + ")";
  }

  private void checkThresholds(
      RunContext ctx, CounterSet set, List<CounterSpec> counters, long[] used, Instant now) {
    List<Budget> applicable = set.applicable;
    for (int i = 0; i < used.length; i++) {
      Budget b = applicable.get(i);
      long limit = counters.get(i).limitNanos();
      List<Integer> thresholds = b.alertThresholds();
      for (int ti = 0; ti < thresholds.size(); ti++) {
        int t = thresholds.get(ti);
        // used * 100 >= limit * t, without overflow for realistic amounts
        if (Math.multiplyHigh(used[i], 100) == 0 && Math.multiplyHigh(limit, t) == 0
            ? used[i] * 100 >= limit * t
            : BigDecimal.valueOf(used[i]).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(limit).multiply(BigDecimal.valueOf(t))) >= 0) {
          // once the store has marked a threshold, it stays marked for the counter until it
          // expires after its calendar window (by when this set has been rebuilt): no need to ask
          // again on every call of this run. Counters without a calendar window are always asked.
          long bit = ti < 64 && set.fixed[i] != null ? 1L << ti : 0;
          if (bit != 0 && (set.fired.get(i) & bit) != 0) {
            continue;
          }
          alert(ctx, b, set.subjects.get(i), counters.get(i), t, used[i], false, now);
          if (bit != 0) {
            long m;
            do {
              m = set.fired.get(i);
            } while ((m & bit) == 0 && !set.fired.compareAndSet(i, m, m | bit));
          }
        } else {
          break;
        }
      }
    }
  }

  private void alert(
      RunContext ctx, Budget b, String subject, CounterSpec c, int t, long usedNanos,
      boolean refused, Instant now) {
    if (!store.markAlert(c, t)) {
      return;
    }
    String key = c.key();
    BudgetAlert a =
        new BudgetAlert(b, subject, key.substring(key.lastIndexOf(':') + 1), t, usd(usedNanos), refused,
            ctx.runId(), now);
    if (ctx.hasListeners()) {
      ctx.emit(new BudgetThresholdReached(ctx.runId(), now, display(b, subject, c), t, a.spentUsd(), b.limitUsd()));
    }
    for (CostListener l : listeners) {
      try {
        l.onBudgetAlert(a);
      } catch (RuntimeException e) {
        LOG.warn("cost listener failed", e);
      }
    }
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
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

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
     * @param value how long counters of budgets without a calendar window (run, session) are kept
     *     after they are created (default 30 days)
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
