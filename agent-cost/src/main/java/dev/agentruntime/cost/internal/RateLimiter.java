package dev.agentruntime.cost.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.cost.plan.RateLimit;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.InMemoryCostStore;
import dev.agentruntime.cost.store.OutagePolicy;
import dev.agentruntime.cost.store.RateResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests- and tokens-per-minute limits of usage plans and of models, on a {@link CostStore}'s
 * sliding logs: every attempt that reaches the provider takes its permits, and no limit admits
 * more than its value in any 60-second interval. Waits up to the plan's {@code maxWait}, else
 * refuses with {@link RateLimitedException}. Thread-safe.
 */
public final class RateLimiter {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** Sleeps while waiting for a permit. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * @param d how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration d) throws InterruptedException;
  }

  /** One limiter a call takes permits from; {@code what} names it in errors. */
  record Permit(String key, String what, String scope, long limit, boolean tokens) {
    String display() {
      return String.format(what, (tokens ? "tpm " : "rpm ") + limit) + scope;
    }
  }

  private record PermitKey(String entityKey, UsagePlan plan, String model) {}

  private final Map<String, RateLimit> globalModelLimits;
  private final CostStore store;
  private final CostKeys keys;
  private final Clock clock;
  private final Sleeper sleeper;
  private final OutagePolicy policy;
  private final CostStore local;
  private final AtomicLong sequence = new AtomicLong();
  /**
   * this instance's own: the ids of its permits are unique among every tracker on the store (two
   * trackers of one process share a store when an application runs two runtimes)
   */
  private final String idPrefix = Long.toString(
      java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
  private final Cache<PermitKey, List<Permit>> permitCache =
      Caffeine.newBuilder().executor(Runnable::run).maximumSize(10_000).build();

  /**
   * @param globalModelLimits limits per model across every entity (lower-case model ids)
   * @param store where the sliding logs live
   * @param keys the key scheme
   * @param clock the clock for deadlines of waits
   * @param sleeper how to wait
   * @param policy what to do while the store is unavailable
   */
  public RateLimiter(Map<String, RateLimit> globalModelLimits, CostStore store, CostKeys keys, Clock clock,
      Sleeper sleeper, OutagePolicy policy) {
    Map<String, RateLimit> gm = new LinkedHashMap<>();
    globalModelLimits.forEach((k, v) -> gm.put(k.toLowerCase(Locale.ROOT), v));
    this.globalModelLimits = Map.copyOf(gm);
    this.store = store;
    this.keys = keys;
    this.clock = clock;
    this.sleeper = sleeper;
    this.policy = policy;
    this.local = policy.rateLimits() == OutagePolicy.Mode.LOCAL_FALLBACK ? new InMemoryCostStore(clock) : null;
  }

  /**
   * @param binding the run's plan binding, or null
   * @param model the model called
   * @return whether any limit applies
   */
  public boolean applies(UsagePlans.Binding binding, String model) {
    return !permits(binding, model).isEmpty();
  }

  private List<Permit> permits(UsagePlans.Binding binding, String model) {
    if (binding == null && globalModelLimits.isEmpty()) {
      return List.of();
    }
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

  private void add(List<Permit> out, String id, String what, String scope, RateLimit l) {
    if (l.requestsPerMinute() > 0) {
      out.add(new Permit(keys.rate(id + ":rpm"), what, scope, l.requestsPerMinute(), false));
    }
    if (l.tokensPerMinute() > 0) {
      out.add(new Permit(keys.rate(id + ":tpm"), what, scope, l.tokensPerMinute(), true));
    }
  }

  /** Permits taken for one attempt; correct the tokens once known, or give them all back. */
  public interface Taken {
    /** Nothing taken. */
    Taken NONE = new Taken() {
      @Override
      public void tokensUsed(long tokens) {}

      @Override
      public void giveBack() {}
    };

    /**
     * Corrects the token permits to what the attempt really used.
     *
     * @param tokens the tokens used
     */
    void tokensUsed(long tokens);

    /** Gives every permit back (the attempt never reached the provider). */
    void giveBack();
  }

  private record Held(Permit permit, CostStore store, String id) {}

  /**
   * Takes one request permit and {@code tokens} token permits from every limiter that applies,
   * waiting up to {@code maxWait}.
   *
   * @param runId the run, for errors
   * @param binding the run's plan binding, or null
   * @param model the model called
   * @param tokens the attempt's worst-case tokens
   * @param maxWait how long to wait for permits
   * @return what was taken
   * @throws RateLimitedException when the permits cannot be had in time
   * @throws CostStoreUnavailableException when the store is down and the policy fails closed
   * @throws InterruptedException when interrupted while waiting
   */
  public Taken acquire(String runId, UsagePlans.Binding binding, String model, long tokens, Duration maxWait)
      throws InterruptedException {
    List<Permit> permits = permits(binding, model);
    if (permits.isEmpty()) {
      return Taken.NONE;
    }
    Instant deadline = null;
    while (true) {
      List<Held> held = new ArrayList<>(permits.size());
      RateResult refused = null;
      Permit refusedPermit = null;
      for (Permit p : permits) {
        String id = idPrefix + "-" + sequence.incrementAndGet();
        long n = p.tokens() ? tokens : 1;
        CostStore s = store;
        long limit = p.limit();
        RateResult r;
        try {
          r = s.acquirePermits(p.key(), id, n, limit, MINUTE);
        } catch (CostStoreUnavailableException e) {
          if (policy.rateLimits() == OutagePolicy.Mode.FAIL_CLOSED) {
            giveBack(held);
            throw (CostStoreUnavailableException) e.initRunId(runId);
          }
          if (policy.rateLimits() == OutagePolicy.Mode.FAIL_OPEN) {
            LOG.warn("run {}: {} not checked, the cost store is unavailable (outage policy FAIL_OPEN)",
                runId, p.display(), e);
            continue;
          }
          s = local;
          limit = Math.max(1, (long) Math.floor(p.limit() * policy.localFraction()));
          r = s.acquirePermits(p.key(), id, n, limit, MINUTE);
        }
        if (!r.granted()) {
          refused = r;
          refusedPermit = p;
          break;
        }
        held.add(new Held(p, s, id));
      }
      if (refused == null) {
        return new HeldPermits(held, tokens);
      }
      giveBack(held);
      if (refused.retryAfter() == null) {
        throw new RateLimitedException(
            runId, refusedPermit.display() + ": the call needs " + tokens + " tokens, more than the limit", null);
      }
      Instant now = clock.instant();
      if (deadline == null) {
        deadline = now.plus(maxWait);
      }
      if (now.plus(refused.retryAfter()).isAfter(deadline)) {
        throw new RateLimitedException(runId, refusedPermit.display(), refused.retryAfter());
      }
      sleeper.sleep(refused.retryAfter());
    }
  }

  private static void giveBack(List<Held> held) {
    for (Held h : held) {
      adjust(h, 0);
    }
  }

  private static void adjust(Held h, long permits) {
    try {
      h.store.adjustPermits(h.permit.key(), h.id, permits, MINUTE);
    } catch (RuntimeException e) {
      LOG.warn("cost store could not correct permits of {} (they expire with the window)", h.permit.display(), e);
    }
  }

  private static final class HeldPermits implements Taken {
    private final List<Held> held;
    private final long tokens;

    HeldPermits(List<Held> held, long tokens) {
      this.held = held;
      this.tokens = tokens;
    }

    @Override
    public void tokensUsed(long used) {
      if (used == tokens) {
        return;
      }
      for (Held h : held) {
        if (h.permit.tokens()) {
          adjust(h, Math.max(0, used));
        }
      }
    }

    @Override
    public void giveBack() {
      RateLimiter.giveBack(held);
    }
  }
}
