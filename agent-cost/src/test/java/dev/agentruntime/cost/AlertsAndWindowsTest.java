package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.BudgetThresholdReached;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.budget.BudgetAlert;
import dev.agentruntime.cost.budget.BudgetWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AlertsAndWindowsTest {

  // gpt-4o-mini, 5 in + 100 out = 0.00006075 USD per call; worst case ~0.0000612
  private final ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100));
  private final List<BudgetAlert> alerts = new CopyOnWriteArrayList<>();
  private final List<AgentEvent> events = new CopyOnWriteArrayList<>();

  private AgentRuntime runtime(CostTracker tracker) {
    return AgentRuntime.builder().model(model).interceptor(tracker).listener(events::add)
        .limits(RunLimits.none()).resilience(ResiliencePolicy.none()).build();
  }

  private static void call(AgentRuntime rt, String user) {
    rt.run("go", RunOptions.builder().tenantId("acme").userId(user).build(),
        (in, ctx) -> ctx.model().chat(Fixtures.request("hello", 100)).text());
  }

  @Test
  void thresholdsFireOncePerWindowAndWindowsRollOverAtMidnightInTheZone() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    // 23:00 in Paris on 10 March = 22:00 UTC
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T22:00:00Z"));
    CostTracker tracker = CostTracker.builder().clock(clock).zone(paris)
        .budget(Budget.perUser(BudgetWindow.DAY, "0.0003").alertAt(50, 80, 100))
        .listener(new CostListener() {
          @Override
          public void onBudgetAlert(BudgetAlert alert) {
            alerts.add(alert);
          }
        })
        .build();
    try (AgentRuntime rt = runtime(tracker)) {
      // 0.0003 holds 4 calls (0.000243 spent + 0.0000612 reserve > 0.0003 at the 5th)
      call(rt, "alice"); // 20%
      assertThat(alerts).isEmpty();
      call(rt, "alice"); // 40.5%
      call(rt, "alice"); // 60.75% -> 50
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(50);
      call(rt, "alice"); // 81% -> 80
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(50, 80);
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);
      // the refusal raised the 100% alert once, however many calls are refused
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(50, 80, 100);
      assertThat(alerts.get(2).refused()).isTrue();
      assertThat(alerts).allSatisfy(a -> assertThat(a.windowKey()).isEqualTo("2026-03-10"));
      // another user has a window of their own
      call(rt, "bob");
      call(rt, "bob");
      call(rt, "bob");
      assertThat(alerts).hasSize(4);
      assertThat(alerts.get(3).subject()).isEqualTo("acme/bob");

      // 22:59 UTC is still 10 March in Paris (23:59): still refused
      clock.advance(Duration.ofMinutes(59));
      assertThatThrownBy(() -> call(rt, "alice")).isInstanceOf(BudgetExceededException.class);
      // midnight in Paris: a new window, spending from zero, alerts fire again
      clock.advance(Duration.ofMinutes(1));
      call(rt, "alice");
      call(rt, "alice");
      call(rt, "alice");
      assertThat(alerts).hasSize(5);
      assertThat(alerts.get(4).windowKey()).isEqualTo("2026-03-11");
      assertThat(alerts.get(4).thresholdPercent()).isEqualTo(50);
    }
    List<BudgetThresholdReached> reached = events.stream()
        .filter(e -> e instanceof BudgetThresholdReached).map(e -> (BudgetThresholdReached) e).toList();
    assertThat(reached).extracting(BudgetThresholdReached::thresholdPercent).containsExactly(50, 80, 100, 50, 50);
    assertThat(reached.get(0).budget()).contains("user/day").contains("acme/alice").contains("2026-03-10");
    assertThat(reached.get(0).limitUsd()).isEqualByComparingTo("0.0003");
  }

  @Test
  void softBudgetOnlyAlertsAndKeepsCountingPastItsLimit() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-31T10:00:00Z"));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.perTenant(BudgetWindow.MONTH, "0.0001").soft().alertAt(100, 200))
        .listener(new CostListener() {
          @Override
          public void onBudgetAlert(BudgetAlert alert) {
            alerts.add(alert);
          }
        })
        .build();
    try (AgentRuntime rt = runtime(tracker)) {
      for (int i = 0; i < 5; i++) {
        call(rt, "u");
      }
      assertThat(alerts).extracting(BudgetAlert::thresholdPercent).containsExactly(100, 200);
      assertThat(tracker.spent("tenant/month", "acme")).isEqualByComparingTo("0.00030375");
      // the month rolls over on 1 April
      clock.advance(Duration.ofDays(1));
      assertThat(tracker.spent("tenant/month", "acme")).isEqualByComparingTo("0");
      call(rt, "u");
      call(rt, "u");
      assertThat(alerts).hasSize(3);
      assertThat(alerts.get(2).windowKey()).isEqualTo("2026-04");
    }
    assertThat(model.calls()).isEqualTo(7);
  }
}
