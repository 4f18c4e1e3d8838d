package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.RateLimitedException;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.plan.ModelNotAllowedException;
import dev.agentruntime.cost.plan.RateLimit;
import dev.agentruntime.cost.plan.UsagePlan;
import dev.agentruntime.cost.plan.UsagePlans;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UsagePlanTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
  private final ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 10));

  private static String call(AgentRuntime rt, String user, String modelName) {
    return rt.run("go", RunOptions.builder().tenantId("acme").userId(user).build(), (in, ctx) -> {
      ModelRequest req = Fixtures.request("hello", 100);
      return ctx.model().chat(modelName == null ? req : req.withModel(modelName)).text();
    }).output();
  }

  @Test
  void deniedModelIsRefusedWithThePlanNamedAndNeverSent() {
    UsagePlan free = UsagePlan.builder("free").allowModels("gpt-4o-mini", "gpt-5-nano*").build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(free).build()).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThat(call(rt, "alice", null)).isEqualTo("ok");
      assertThat(call(rt, "alice", "gpt-5-nano-2025-08-07")).isEqualTo("ok");
      assertThatThrownBy(() -> call(rt, "alice", "gpt-4o"))
          .isInstanceOfSatisfying(ModelNotAllowedException.class, e -> {
            assertThat(e.plan()).isEqualTo("free");
            assertThat(e.model()).isEqualTo("gpt-4o");
          })
          .hasMessageContaining("plan 'free' of user alice of tenant acme");
    }
    assertThat(model.calls()).isEqualTo(2);
  }

  @Test
  void rpmHoldsUnderConcurrencyPerEntityAndSaysWhenToRetry() throws Exception {
    UsagePlan free = UsagePlan.builder("free").requestsPerMinute(10).build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(free).build()).build();
    AtomicInteger ok = new AtomicInteger();
    List<RateLimitedException> limited = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      runConcurrently(200, i -> {
        try {
          call(rt, i % 2 == 0 ? "alice" : "bob", null);
          ok.incrementAndGet();
        } catch (RateLimitedException e) {
          limited.add(e);
        }
      });
      // the clock stands still: exactly 10 per user got through
      assertThat(ok.get()).isEqualTo(20);
      assertThat(limited).hasSize(180);
      assertThat(model.calls()).isEqualTo(20);
      assertThat(limited.get(0).limit()).contains("plan 'free' rpm 10 for user");
      // the window slides: the first permits leave it 60 seconds after they were taken
      assertThat(limited).allSatisfy(e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)));
      clock.advance(Duration.ofSeconds(59));
      assertThatThrownBy(() -> call(rt, "alice", null)).isInstanceOf(RateLimitedException.class);
      clock.advance(Duration.ofSeconds(1));
      for (int i = 0; i < 10; i++) {
        assertThat(call(rt, "alice", null)).isEqualTo("ok");
      }
      assertThatThrownBy(() -> call(rt, "alice", null)).isInstanceOf(RateLimitedException.class);
    }
  }

  /**
   * Two runtimes of one application (two agents, each with its own tracker) sharing one store
   * share its limits: the permits one tracker takes are not taken for the other's.
   */
  @Test
  void trackersSharingOneStoreShareItsLimits() {
    var store = new dev.agentruntime.cost.store.InMemoryCostStore(clock);
    UsagePlans plans = UsagePlans.builder().defaultPlan(UsagePlan.builder("free").requestsPerMinute(2).build()).build();
    CostTracker first = CostTracker.builder().clock(clock).store(store).usagePlans(plans).build();
    CostTracker second = CostTracker.builder().clock(clock).store(store).usagePlans(plans).build();
    try (AgentRuntime a = Fixtures.runtime(model, first); AgentRuntime b = Fixtures.runtime(model, second)) {
      assertThat(call(a, "alice", null)).isEqualTo("ok");
      assertThat(call(a, "alice", null)).isEqualTo("ok");
      assertThatThrownBy(() -> call(b, "alice", null)).isInstanceOf(RateLimitedException.class);
      assertThat(call(b, "bob", null)).isEqualTo("ok");
      assertThat(call(b, "bob", null)).isEqualTo("ok");
      assertThatThrownBy(() -> call(a, "bob", null)).isInstanceOf(RateLimitedException.class);
    }
    assertThat(model.calls()).isEqualTo(4);
  }

  /** Issue #12 item 10: 100 at t=0, 50 at t=30 s, 48 at t=59 s passed a 100 RPM plan. */
  @Test
  void rpmHoldsOverAnySixtySecondIntervalNotTwiceAtAWindowEdge() {
    UsagePlan plan = UsagePlan.builder("team").requestsPerMinute(100).build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(plan).build()).build();
    Instant start = clock.instant();
    List<Instant> admitted = new ArrayList<>();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      int[][] bursts = {{0, 100}, {30, 50}, {59, 48}, {60, 100}, {61, 5}, {119, 3}, {121, 100}};
      for (int[] burst : bursts) {
        clock.set(start.plusSeconds(burst[0]));
        for (int i = 0; i < burst[1]; i++) {
          try {
            call(rt, "alice", null);
            admitted.add(clock.instant());
          } catch (RateLimitedException e) {
            // refused: nothing sent
          }
        }
      }
    }
    assertThat(model.calls()).isEqualTo(admitted.size());
    for (Instant from : admitted) {
      long inWindow = admitted.stream()
          .filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(60))).count();
      assertThat(inWindow).as("requests admitted in the 60 s from %s", from).isLessThanOrEqualTo(100);
    }
    // and the plan is not stingier than it says: 100 at 0 s, 100 at 60 s, 100 at 121 s
    assertThat(admitted).hasSize(300);
  }

  /** Issue #12 item 10: a 500 then a successful retry is two requests on the wire, two permits. */
  @Test
  void everyAttemptThatReachesTheProviderTakesAPermit() {
    ScriptedModelClient flaky = ScriptedModelClient.builder()
        .info(dev.agentruntime.core.model.ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> dev.agentruntime.core.error.ModelCallException.ofHttp("gpt-4o-mini", 500, "boom", null, null))
        .thenAnswer(r -> new dev.agentruntime.core.model.ModelResponse(
            dev.agentruntime.core.model.AssistantMessage.of("ok"), TokenUsage.of(5, 10),
            dev.agentruntime.core.model.FinishReason.STOP, null, "gpt-4o-mini", null))
        .repeatLast(true)
        .build();
    UsagePlan plan = UsagePlan.builder("team").requestsPerMinute(2).build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(plan).build()).build();
    try (AgentRuntime rt = Fixtures.runtimeWithRetries(flaky, tracker)) {
      assertThat(call(rt, "alice", null)).isEqualTo("ok");
      assertThat(flaky.calls()).isEqualTo(2);
      // two requests reached the provider this minute: the plan's 2 RPM are used up
      assertThatThrownBy(() -> call(rt, "alice", null)).isInstanceOf(RateLimitedException.class);
    }
    assertThat(flaky.calls()).as("requests put on the wire within one minute").isLessThanOrEqualTo(2);
  }

  /**
   * One registration of the tracker brings its per-attempt companion (before, without the second
   * registration the plan was not enforced at all); registering the companion explicitly as well
   * must not make an attempt take two permits.
   */
  @Test
  void theTrackerRegisteredOnceTakesAPermitPerAttemptAndItsPartnerRegisteredAgainRunsOnce() {
    for (boolean alsoExplicit : new boolean[] {false, true}) {
      ScriptedModelClient flaky = ScriptedModelClient.builder()
          .info(dev.agentruntime.core.model.ModelInfo.of("openai", "gpt-4o-mini"))
          .mode(ScriptedModelClient.Mode.SEQUENCE)
          .thenFail(() -> dev.agentruntime.core.error.ModelCallException.ofHttp("gpt-4o-mini", 500, "boom", null, null))
          .thenAnswer(r -> new dev.agentruntime.core.model.ModelResponse(
              dev.agentruntime.core.model.AssistantMessage.of("ok"), TokenUsage.of(5, 10),
              dev.agentruntime.core.model.FinishReason.STOP, null, "gpt-4o-mini", null))
          .repeatLast(true)
          .build();
      UsagePlan plan = UsagePlan.builder("team").requestsPerMinute(3).build();
      CostTracker tracker = CostTracker.builder().clock(clock)
          .usagePlans(UsagePlans.builder().defaultPlan(plan).build()).build();
      AgentRuntime.Builder b = AgentRuntime.builder().model(flaky).interceptor(tracker)
          .limits(dev.agentruntime.core.limits.RunLimits.none())
          .resilience(dev.agentruntime.core.resilience.ResiliencePolicy.builder()
              .retry(dev.agentruntime.core.resilience.RetryPolicy.defaults().withMaxRetries(1)
                  .withBackoff(java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(1)).withJitter(0))
              .build());
      if (alsoExplicit) {
        b.interceptor(tracker.attemptInterceptor());
      }
      try (AgentRuntime rt = b.build()) {
        assertThat(rt.interceptors()).as("registered with " + (alsoExplicit ? "both" : "the tracker only"))
            .filteredOn(i -> i == tracker.attemptInterceptor()).hasSize(1);
        assertThat(call(rt, "alice", null)).isEqualTo("ok"); // a 500 and its retry: 2 permits
        assertThat(call(rt, "alice", null)).isEqualTo("ok"); // 3 permits
        assertThatThrownBy(() -> call(rt, "alice", null)).isInstanceOf(RateLimitedException.class);
      }
      assertThat(flaky.calls()).isEqualTo(3);
    }
  }

  @Test
  void tpmCountsReservedTokensAndGivesBackWhatWasNotUsed() throws Exception {
    // each call reserves ~8 input + 100 output tokens, uses 15; the per-model TPM is 1,000
    UsagePlan plan = UsagePlan.builder("team")
        .modelLimit("gpt-4o-mini", RateLimit.of(0, 1_000)).build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().entityFromTag("team").defaultPlan(plan).build()).build();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger limited = new AtomicInteger();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      runConcurrently(200, i -> {
        try {
          rt.run("go", RunOptions.builder().tenantId("acme").tag("team", "search").build(),
              (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
          ok.incrementAndGet();
        } catch (RateLimitedException e) {
          limited.incrementAndGet();
        }
      });
    }
    // at most 1,000 tokens were ever held: in flight 1,000 / 108 = 9 calls at a time, and each
    // completed call hands back 93 of its 108 tokens, so more than 9 fit, but never more than
    // 1,000 / 15 = 66 real tokens' worth
    assertThat(ok.get()).isBetween(9, 66);
    assertThat(ok.get() + limited.get()).isEqualTo(200);
    assertThat(model.calls()).isEqualTo(ok.get());
    assertThat(ok.get() * 15).isLessThanOrEqualTo(1_000);
  }

  @Test
  void callLargerThanTheTpmFailsWithoutRetryHint() {
    UsagePlan tiny = UsagePlan.builder("tiny").tokensPerMinute(50).build();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(tiny).build()).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThatThrownBy(() -> call(rt, "alice", null))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isNull())
          .hasMessageContaining("more than the limit");
    }
    assertThat(model.calls()).isZero();
  }

  @Test
  void waitsUpToMaxWaitForAPermit() {
    UsagePlan patient = UsagePlan.builder("patient").requestsPerMinute(1).maxWait(Duration.ofSeconds(90)).build();
    List<Duration> slept = new ArrayList<>();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .usagePlans(UsagePlans.builder().defaultPlan(patient)
            .assign("impatient", UsagePlan.builder("impatient").requestsPerMinute(1).build()).build())
        .sleeper(d -> {
          slept.add(d);
          clock.advance(d);
        })
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      call(rt, "alice", null);
      assertThat(call(rt, "alice", null)).isEqualTo("ok"); // waited 60 s for the next permit
      assertThat(slept).containsExactly(Duration.ofSeconds(60));
      call(rt, "impatient", null);
      assertThatThrownBy(() -> call(rt, "impatient", null))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)));
    }
    assertThat(model.calls()).isEqualTo(3);
  }

  @Test
  void globalPerModelLimitAppliesAcrossEntities() {
    CostTracker tracker = CostTracker.builder().clock(clock)
        .modelRateLimit("gpt-4o-mini", RateLimit.of(3, 0)).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      call(rt, "a", null);
      call(rt, "b", null);
      call(rt, "c", null);
      assertThatThrownBy(() -> call(rt, "d", null))
          .isInstanceOf(RateLimitedException.class).hasMessageContaining("rpm 3 for model gpt-4o-mini");
    }
  }

  private static void runConcurrently(int n, java.util.function.IntConsumer task) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = i;
      Thread t = new Thread(() -> {
        try {
          start.await();
          task.accept(k);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Each entity is counted apart, whatever separators its id or its tenant's id holds. */
  @Test
  void entitiesWhoseIdsHoldTheKeysSeparatorsAreCountedApart() {
    UsagePlans plans = UsagePlans.builder().defaultPlan(UsagePlan.builder("free").requestsPerMinute(1).build()).build();
    List<String> limiters = new ArrayList<>();
    String[][] entities = {{"x", "a/user:b"}, {"b/user:x", "a"}, {"x", null}, {"x", "-"}, {null, "t"},
        {"anonymous", "t"}, {"x:model:gpt", "t"}, {"x%3Amodel%3Agpt", "t"}, {"x", "a%2Fuser:b"}};
    for (String[] e : entities) {
      String key = plans.bind(e[0], e[1]).entityKey();
      limiters.add("plan:" + key + ":rpm"); // as the rate limiter builds them
      limiters.add("plan:" + key + ":model:gpt:rpm");
    }
    assertThat(new java.util.HashSet<>(limiters)).as("limiters of %s", limiters).hasSameSizeAs(limiters);
    assertThat(plans.bind("alice", "acme").entityKey()).as("ordinary ids").isEqualTo("acme/user:alice");
    assertThat(plans.bind(null, null).entityKey()).isEqualTo("-/user:anonymous");
  }

  /** An id assigned within one tenant keeps its plan there only; an id assigned everywhere yields to it. */
  @Test
  void aPlanAssignedToOneTenantsUserIsNotGivenToTheSameIdInOtherTenants() {
    UsagePlan free = UsagePlan.builder("free").requestsPerMinute(1).build();
    UsagePlan pro = UsagePlan.builder("pro").requestsPerMinute(100).build();
    UsagePlan team = UsagePlan.builder("team").requestsPerMinute(10).build();
    UsagePlan staff = UsagePlan.builder("staff").requestsPerMinute(1000).build();
    UsagePlans plans = UsagePlans.builder().defaultPlan(free)
        .assign("acme", "admin", pro)
        .assignTenant("globex", team)
        .assign("ops-bot", staff)
        .assign("acme", "ops-bot", team)
        .build();
    assertThat(plans.bind("admin", "acme").plan()).isSameAs(pro);
    assertThat(plans.bind("admin", "globex").plan()).as("another tenant's admin").isSameAs(team);
    assertThat(plans.bind("admin", "initech").plan()).isSameAs(free);
    assertThat(plans.bind("admin", null).plan()).as("no tenant").isSameAs(free);
    assertThat(plans.bind("ops-bot", "globex").plan()).as("assigned in every tenant").isSameAs(staff);
    assertThat(plans.bind("ops-bot", null).plan()).isSameAs(staff);
    assertThat(plans.bind("ops-bot", "acme").plan()).as("the tenant's own assignment first").isSameAs(team);
    assertThatThrownBy(() -> UsagePlans.builder().assign(null, "admin", pro)).hasMessageContaining("tenantId");

    // through a run: acme's admin has 100 requests a minute, initech's admin the default one
    CostTracker tracker = CostTracker.builder().clock(clock).usagePlans(plans).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      for (int i = 0; i < 3; i++) {
        assertThat(call(rt, "admin", null)).isEqualTo("ok");
      }
      java.util.function.Supplier<String> initechAdmin = () -> rt.run("go",
          RunOptions.builder().tenantId("initech").userId("admin").build(),
          (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text()).output();
      assertThat(initechAdmin.get()).isEqualTo("ok");
      assertThatThrownBy(initechAdmin::get).isInstanceOf(RateLimitedException.class)
          .hasMessageContaining("admin of tenant initech");
    }
  }
}
