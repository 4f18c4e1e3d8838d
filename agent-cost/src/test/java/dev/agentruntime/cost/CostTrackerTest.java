package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.cost.budget.Budget;
import dev.agentruntime.cost.ledger.CostReport;
import dev.agentruntime.cost.pricing.ModelPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CostTrackerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));

  @Test
  void eachResponseCarriesItsCostAndTheResultTheRunsTotal() {
    // 10,000 in (4,000 cached) + 1,000 out on gpt-4o = 0.03 USD per call
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o", r -> new TokenUsage(10_000, 1_000, 4_000, 0, 0));
    CostTracker tracker = CostTracker.builder().clock(clock).build();
    List<BigDecimal> perCall = new ArrayList<>();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      AgentResult r = rt.run("go", RunOptions.builder().tenantId("acme").userId("alice").build(), (in, ctx) -> {
        for (int i = 0; i < 3; i++) {
          ModelResponse resp = ctx.model().chat(Fixtures.request("hello " + i, 2000));
          perCall.add((BigDecimal) resp.metadata().get(CostTracker.COST_METADATA_KEY));
        }
        return "done";
      });
      assertThat(perCall).allSatisfy(c -> assertThat(c).isEqualByComparingTo("0.03"));
      assertThat(r.attribute(CostTracker.RUN_COST)).get(org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL)
          .isEqualByComparingTo("0.09");
    }
    CostReport report = tracker.report(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"), 5);
    assertThat(report.total().costUsd()).isEqualByComparingTo("0.09");
    assertThat(report.total().calls()).isEqualTo(3);
    assertThat(report.runs()).isEqualTo(1);
    assertThat(report.averageCostPerRunUsd()).isEqualByComparingTo("0.09");
    assertThat(report.byModel()).extracting(CostReport.Line::key).containsExactly("gpt-4o");
    assertThat(report.byUser()).extracting(CostReport.Line::key).containsExactly("acme/alice");
  }

  @Test
  void anAnswerWithoutUsageIsCountedWithTheModelsTokenizerNotFourCharsAToken() {
    // Chinese text is about a token a character: four characters a token would charge a quarter
    String answer = "这是一个关于预算和费用的详细回答，包含很多中文字符，每个字大约是一个词元。";
    ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o"))
        .thenAnswer(r -> new ModelResponse(dev.agentruntime.core.model.AssistantMessage.of(answer), TokenUsage.ZERO,
            dev.agentruntime.core.model.FinishReason.STOP, null, "gpt-4o", null))
        .build();
    List<dev.agentruntime.cost.ledger.CostRecord> records = new CopyOnWriteArrayList<>();
    dev.agentruntime.cost.ledger.InMemoryCostLedger memory = new dev.agentruntime.cost.ledger.InMemoryCostLedger();
    dev.agentruntime.cost.ledger.CostLedger ledger = new dev.agentruntime.cost.ledger.CostLedger() {
      @Override
      public void record(dev.agentruntime.cost.ledger.CostRecord record) {
        records.add(record);
        memory.record(record);
      }

      @Override
      public void recordRun(dev.agentruntime.cost.ledger.RunCostRecord record) {
        memory.recordRun(record);
      }

      @Override
      public CostReport report(LocalDate from, LocalDate to, int topN) {
        return memory.report(from, to, topN);
      }
    };
    CostTracker tracker = CostTracker.builder().clock(clock).ledger(ledger).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(tracker).build()) {
      rt.run("Explain the budget.");
    }
    long tokens = new JtokkitTokenEstimator().estimateOutputTokens(answer, "gpt-4o");
    assertThat(tokens).isGreaterThan(answer.length() / 2); // the tokenizer's count, far above length / 4
    assertThat(records).singleElement().satisfies(rec -> {
      assertThat(rec.estimated()).isTrue();
      assertThat(rec.usage().outputTokens()).isEqualTo(tokens);
    });
    // tool calls are generated tokens too
    ModelResponse call = new ModelResponse(new dev.agentruntime.core.model.AssistantMessage("",
        List.of(dev.agentruntime.core.model.ToolCall.of("c1", "lookup_order", "{\"order\":\"1042\"}"))),
        TokenUsage.ZERO, dev.agentruntime.core.model.FinishReason.TOOL_CALLS, null, "gpt-4o", null);
    assertThat(CostTracker.generated(call)).isEqualTo("lookup_order{\"order\":\"1042\"}");
  }

  @Test
  void everyPricedCallIsAnEventWithTheRunsCostSoFarEndingAtTheResultsCost() {
    // 10,000 in (4,000 cached) + 1,000 out on gpt-4o = 0.03 USD per call; the third call reports no usage
    AtomicInteger n = new AtomicInteger();
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o",
        r -> n.incrementAndGet() < 3 ? new TokenUsage(10_000, 1_000, 4_000, 0, 0) : TokenUsage.ZERO);
    CostTracker tracker = CostTracker.builder().clock(clock).build();
    List<dev.agentruntime.core.event.AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(tracker)
        .limits(dev.agentruntime.core.limits.RunLimits.none())
        .resilience(dev.agentruntime.core.resilience.ResiliencePolicy.none())
        .listener(events::add).build()) {
      AgentResult r = rt.run("go", (in, ctx) -> {
        for (int i = 0; i < 3; i++) {
          ctx.model().chat(Fixtures.request("hello " + i, 2000));
        }
        return "done";
      });
      List<dev.agentruntime.core.event.CostIncurred> costs = events.stream()
          .filter(dev.agentruntime.core.event.CostIncurred.class::isInstance)
          .map(dev.agentruntime.core.event.CostIncurred.class::cast).toList();
      assertThat(costs).hasSize(3).allSatisfy(c -> {
        assertThat(c.runId()).isEqualTo(r.runId());
        assertThat(c.model()).isEqualTo("gpt-4o");
        assertThat(c.type()).isEqualTo("cost_incurred");
      });
      assertThat(costs.get(0).costUsd()).isEqualByComparingTo("0.03");
      assertThat(costs.get(0).runCostUsd()).isEqualByComparingTo("0.03");
      assertThat(costs.get(1).runCostUsd()).isEqualByComparingTo("0.06");
      assertThat(costs).extracting(dev.agentruntime.core.event.CostIncurred::estimated).containsExactly(false, false, true);
      assertThat(costs.get(2).costUsd()).isPositive(); // estimated from the text, never free
      assertThat(costs.get(2).runCostUsd()).isEqualByComparingTo(costs.get(1).runCostUsd().add(costs.get(2).costUsd()));
      // the last event's total is what the result reports
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo(costs.get(2).runCostUsd());
      // each call's cost arrives before that call's completion event
      List<String> types = events.stream().map(dev.agentruntime.core.event.AgentEvent::type)
          .filter(t -> t.equals("cost_incurred") || t.equals("model_call_completed")).toList();
      assertThat(types).containsExactly("cost_incurred", "model_call_completed", "cost_incurred",
          "model_call_completed", "cost_incurred", "model_call_completed");
    }
  }

  @Test
  void aRefusedCallCostsNothingAndEmitsNoCostEvent() {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(10, 10));
    CostTracker tracker = CostTracker.builder().clock(clock).budget(Budget.perRun("0.0000001")).build();
    List<dev.agentruntime.core.event.AgentEvent> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).interceptor(tracker)
        .limits(dev.agentruntime.core.limits.RunLimits.none())
        .resilience(dev.agentruntime.core.resilience.ResiliencePolicy.none())
        .listener(events::add).build()) {
      assertThatThrownBy(() -> rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 1_000)).text()))
          .isInstanceOf(BudgetExceededException.class);
    }
    assertThat(model.calls()).isZero();
    assertThat(events).noneMatch(dev.agentruntime.core.event.CostIncurred.class::isInstance);
  }

  @Test
  void respondingModelIsPricedWhenItDiffersFromTheRequestedOne() {
    // the client is asked for gpt-4o but a (fallback) gpt-4o-mini answers: priced as gpt-4o-mini
    ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o"))
        .thenAnswer(r -> new ModelResponse(dev.agentruntime.core.model.AssistantMessage.of("ok"),
            TokenUsage.of(1_000_000, 0), null, null, "gpt-4o-mini-2024-07-18", null))
        .build();
    CostTracker tracker = CostTracker.builder().clock(clock).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      AgentResult r = rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("x", 10)).text());
      assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo("0.15");
    }
  }

  @Test
  void unknownModelFailsByDefaultBeforeTheModelIsCalled() {
    ScriptedModelClient model = Fixtures.model("acme", "acme-llm-9", r -> TokenUsage.of(10, 10));
    try (AgentRuntime rt = Fixtures.runtime(model, CostTracker.builder().clock(clock).build())) {
      assertThatThrownBy(() -> rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("x", 10)).text()))
          .isInstanceOf(UnknownModelPriceException.class)
          .hasMessageContaining("acme-llm-9");
    }
    assertThat(model.calls()).isZero();
  }

  @Test
  void unknownModelAtDefaultPriceWarnsOnceAndIsNeverFree() {
    ScriptedModelClient model = Fixtures.model("acme", "acme-llm-9", r -> TokenUsage.of(1_000_000, 1_000_000));
    List<String> warned = new CopyOnWriteArrayList<>();
    CostTracker tracker = CostTracker.builder().clock(clock)
        .unknownModelPolicy(UnknownModelPolicy.defaultPrice(ModelPrice.of("default", "any", "5", "15")))
        .listener(new CostListener() {
          @Override
          public void onUnknownModel(String provider, String m, ModelPrice pricedAs) {
            warned.add(provider + "/" + m);
          }
        })
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      for (int i = 0; i < 3; i++) {
        AgentResult r = rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("x", 10)).text());
        assertThat(r.attribute(CostTracker.RUN_COST).orElseThrow()).isEqualByComparingTo("20");
      }
    }
    assertThat(warned).containsExactly("acme/acme-llm-9");
  }

  @Test
  void failedCallReleasesItsWholeReservation() {
    AtomicInteger n = new AtomicInteger();
    ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenFail(() -> new IllegalStateException("provider down"))
        .thenAnswer(r -> new ModelResponse(dev.agentruntime.core.model.AssistantMessage.of("ok"),
            TokenUsage.of(10, 10), null, null, null, null))
        .build();
    // the budget fits exactly one worst-case call (about 60 micro-dollars) but not two
    CostTracker tracker = CostTracker.builder().clock(clock).budget(Budget.globalDaily("0.0001")).build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThatThrownBy(() -> rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 100)).text()))
          .hasMessageContaining("provider down");
      // had the failed call kept its reservation, this one would not fit
      AgentResult r = rt.run("go", (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 100)).text());
      assertThat(r.output()).isEqualTo("ok");
    }
    // 10 x 0.15 + 10 x 0.60 per million
    assertThat(tracker.spent("global/day", null)).isEqualByComparingTo("0.0000075");
    assertThat(model.calls()).isEqualTo(2);
  }

  @Test
  void perRunBudgetStopsARunawayLoopBeforeTheCallThatWouldOverspend() {
    ScriptedModelClient model = Fixtures.model("anthropic", "claude-sonnet-4-5", r -> TokenUsage.of(1_000, 500));
    // each call: 1,000 x 3 + 500 x 15 per million = 0.0105; reservation: ~10 in + 1,000 out = ~0.015
    CostTracker tracker = CostTracker.builder().clock(clock).budget(Budget.perRun("0.05")).build();
    AtomicInteger calls = new AtomicInteger();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      assertThatThrownBy(() -> rt.run("go", (in, ctx) -> {
            while (true) {
              ctx.model().chat(Fixtures.request("again", 1_000));
              calls.incrementAndGet();
            }
          }))
          .isInstanceOfSatisfying(BudgetExceededException.class, e -> {
            assertThat(e.budget()).startsWith("run");
            assertThat(e.limitUsd()).isEqualByComparingTo("0.05");
            assertThat(e.spentUsd()).isEqualByComparingTo("0.042");
            assertThat(e.partialResult()).isPresent();
            assertThat(e.partialResult().get().attribute(CostTracker.RUN_COST).orElseThrow())
                .isEqualByComparingTo("0.042");
          });
    }
    assertThat(calls.get()).isEqualTo(4);
    assertThat(model.calls()).isEqualTo(4);
  }

  @Test
  void runBudgetCountersAreReleasedWhenTheRunEndsAndOthersAreKept() {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.perRun("0.05"))
        .budget(Budget.perTenant(dev.agentruntime.cost.budget.BudgetWindow.DAY, "1"))
        .build();
    java.util.List<java.math.BigDecimal> during = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.List<String> runIds = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      RunOptions acme = RunOptions.builder().tenantId("acme").build();
      rt.run("go", acme, (in, ctx) -> {
        ctx.model().chat(Fixtures.request("hi", 100));
        runIds.add(ctx.runId());
        during.add(tracker.spent("run", ctx.runId()));
        return "ok";
      });
      // a run that fails after spending releases its counter too
      assertThatThrownBy(() -> rt.run("go", acme, (in, ctx) -> {
        ctx.model().chat(Fixtures.request("hi", 100));
        runIds.add(ctx.runId());
        during.add(tracker.spent("run", ctx.runId()));
        throw new IllegalStateException("boom");
      })).hasRootCauseMessage("boom");
    }
    // each call: 5 x 0.15 + 100 x 0.60 per million = 0.00006075
    assertThat(during).hasSize(2).allSatisfy(d -> assertThat(d).isEqualByComparingTo("0.00006075"));
    assertThat(runIds).hasSize(2).allSatisfy(id ->
        assertThat(tracker.spent("run", id)).as("run %s after it ended", id).isEqualByComparingTo("0"));
    assertThat(tracker.spent("tenant/day", "acme")).isEqualByComparingTo("0.0001215");
  }

  @Test
  void budgetsApplyPerSubjectAndOnlyToTheirSubject() {
    ScriptedModelClient model = Fixtures.model("openai", "gpt-4o-mini", r -> TokenUsage.of(5, 100));
    CostTracker tracker = CostTracker.builder().clock(clock)
        .budget(Budget.perTenant(dev.agentruntime.cost.budget.BudgetWindow.DAY, "0.0002").forSubject("small"))
        .build();
    try (AgentRuntime rt = Fixtures.runtime(model, tracker)) {
      // worst case ~0.0000612, actual 0.00006075: three fit in the 'small' tenant, the fourth does not
      RunOptions small = RunOptions.builder().tenantId("small").build();
      for (int i = 0; i < 3; i++) {
        rt.run("go", small, (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 100)).text());
      }
      assertThatThrownBy(() -> rt.run("go", small, (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 100)).text()))
          .isInstanceOf(BudgetExceededException.class)
          .hasMessageContaining("tenant small");
      // another tenant is not limited by it
      RunOptions big = RunOptions.builder().tenantId("big").build();
      for (int i = 0; i < 10; i++) {
        rt.run("go", big, (in, ctx) -> ctx.model().chat(Fixtures.request("hi", 100)).text());
      }
    }
    assertThat(tracker.spent("tenant/day/small", "small")).isEqualByComparingTo("0.00018225");
    assertThat(model.calls()).isEqualTo(13);
  }

  @Test
  void builderRejectsBadSettingsByName() {
    assertThatThrownBy(() -> CostTracker.builder().defaultMaxOutputTokens(0).build())
        .hasMessageContaining("defaultMaxOutputTokens");
    assertThatThrownBy(() -> CostTracker.builder().budget(Budget.perRun("1")).budget(Budget.perRun("2")).build())
        .hasMessageContaining("two budgets are named 'run'");
    assertThatThrownBy(() -> Budget.perUser(dev.agentruntime.cost.budget.BudgetWindow.DAY, "-1"))
        .hasMessageContaining("limitUsd must be positive");
    assertThatThrownBy(() -> Budget.perRun("abc")).hasMessageContaining("not a number: 'abc'");
    assertThatThrownBy(() -> Budget.perRun("1").alertAt(80, 50)).hasMessageContaining("ascending");
    assertThatThrownBy(() -> CostTracker.builder().zone(null).build()).hasMessageContaining("zone");
  }
}
