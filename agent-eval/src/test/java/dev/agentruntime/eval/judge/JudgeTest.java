package dev.agentruntime.eval.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.event.ModelCallStarted;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.CaseRun;
import dev.agentruntime.eval.Dataset;
import dev.agentruntime.eval.Eval;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.EvalContext;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.eval.RunOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static final Rubric RUBRIC = Rubric.of("helpful", "answers the question", "is polite");

  /** A judge model replying with scripted replies, in order, priced at $0.001 per call. */
  static final class ScriptedJudge implements ModelClient {
    final List<String> replies;
    final AtomicInteger next = new AtomicInteger();
    final List<ModelRequest> requests = Collections.synchronizedList(new ArrayList<>());
    final String model;

    ScriptedJudge(String model, String... replies) {
      this.model = model;
      this.replies = List.of(replies);
    }

    static ScriptedJudge scores(double... scores) {
      String[] r = new String[scores.length];
      for (int i = 0; i < scores.length; i++) {
        r[i] = "{\"score\": " + scores[i] + ", \"reason\": \"sample " + (i + 1) + "\"}";
      }
      return new ScriptedJudge("judge-model", r);
    }

    @Override
    public ModelResponse chat(ModelRequest request) {
      requests.add(request);
      String reply = replies.get(Math.min(next.getAndIncrement(), replies.size() - 1));
      return new ModelResponse(dev.agentruntime.core.model.AssistantMessage.of(reply), TokenUsage.of(50, 10), null,
          null, model, Map.of("agent_runtime.cost.usd", new BigDecimal("0.001")));
    }

    @Override
    public ModelInfo info() {
      return ModelInfo.of("test", model);
    }
  }

  private static AgentRuntime runtime(ModelClient judgeModel, List<Object> events) {
    return AgentRuntime.builder().model(judgeModel).resilience(ResiliencePolicy.none())
        .listener(events::add).build();
  }

  private static RunOutcome answer(String text, String agentModel) {
    ModelRequest req = ModelRequest.of(new UserMessage("Where is my order?"));
    ModelResponse resp = new ModelResponse(dev.agentruntime.core.model.AssistantMessage.of(text), TokenUsage.of(1, 1),
        null, null, agentModel, null);
    var result = new dev.agentruntime.core.AgentResult("run-1", text, dev.agentruntime.core.StopReason.COMPLETED, null,
        1, List.of(new dev.agentruntime.core.ModelCallRecord(1, req, resp, null, java.time.Duration.ofMillis(5))),
        List.of(), TokenUsage.of(1, 1), java.time.Duration.ofMillis(5), null);
    return RunOutcome.of("Where is my order?", result);
  }

  @Test
  void majorityOfSamplesDecidesAndEveryCallGoesThroughTheJudgesRuntime() {
    ScriptedJudge model = ScriptedJudge.scores(0.9, 0.2, 0.8);
    List<Object> events = Collections.synchronizedList(new ArrayList<>());
    try (AgentRuntime rt = runtime(model, events)) {
      Judge judge = Judge.builder().runtime(rt).samples(3).threshold(0.7).build();
      JudgeVerdict v = judge.evaluate(RUBRIC, answer("It ships tomorrow, thanks for asking!", "agent-model"),
          EvalContext.unbounded());
      assertThat(v.passed()).isTrue();
      assertThat(v.decidedBy()).isEqualTo(JudgeVerdict.Decision.MAJORITY);
      assertThat(v.samples()).extracting(JudgeSample::vote)
          .containsExactly(JudgeSample.Vote.PASS, JudgeSample.Vote.FAIL, JudgeSample.Vote.PASS);
      assertThat(v.medianScore()).isEqualTo(0.8);
      assertThat(v.costUsd()).isEqualByComparingTo("0.003");
      assertThat(events.stream().filter(e -> e instanceof ModelCallStarted).count()).isEqualTo(3);
      String prompt = model.requests.get(0).lastMessage().text();
      assertThat(prompt).contains("Where is my order?").contains("It ships tomorrow").contains("2. is polite");
    }
  }

  @Test
  void scoresStraddlingTheThresholdAreDecidedByThePolicyNotByChance() {
    // 0.72 and 0.68 are within 0.05 of 0.7: two borderline votes and one pass -> no majority
    for (StraddlePolicy policy : List.of(StraddlePolicy.FAIL, StraddlePolicy.PASS)) {
      ScriptedJudge model = ScriptedJudge.scores(0.72, 0.68, 0.9);
      try (AgentRuntime rt = runtime(model, new ArrayList<>())) {
        JudgeVerdict v = Judge.builder().runtime(rt).onStraddle(policy).build()
            .evaluate(RUBRIC, answer("ok", "agent-model"), EvalContext.unbounded());
        assertThat(v.decidedBy()).isEqualTo(JudgeVerdict.Decision.STRADDLE_POLICY);
        assertThat(v.passed()).isEqualTo(policy == StraddlePolicy.PASS);
        assertThat(v.votes(JudgeSample.Vote.BORDERLINE)).isEqualTo(2);
      }
    }
    // escalation: a 4th sample (0.9) gives 2 of 4 pass votes, not a majority; the 5th (0.95) gives 3 of 5
    ScriptedJudge model = ScriptedJudge.scores(0.72, 0.68, 0.9, 0.9, 0.95);
    try (AgentRuntime rt = runtime(model, new ArrayList<>())) {
      JudgeVerdict v = Judge.builder().runtime(rt).onStraddle(StraddlePolicy.ESCALATE).extraSamples(3).build()
          .evaluate(RUBRIC, answer("ok", "agent-model"), EvalContext.unbounded());
      assertThat(v.passed()).isTrue();
      assertThat(v.decidedBy()).isEqualTo(JudgeVerdict.Decision.ESCALATION);
      assertThat(v.samples()).hasSize(5);
    }
    ScriptedJudge unsure = ScriptedJudge.scores(0.7);
    try (AgentRuntime rt = runtime(unsure, new ArrayList<>())) {
      JudgeVerdict v = Judge.builder().runtime(rt).onStraddle(StraddlePolicy.ESCALATE).extraSamples(2).build()
          .evaluate(RUBRIC, answer("ok", "agent-model"), EvalContext.unbounded());
      assertThat(v.passed()).isFalse();
      assertThat(v.decidedBy()).isEqualTo(JudgeVerdict.Decision.ESCALATION_EXHAUSTED);
      assertThat(v.samples()).hasSize(5);
    }
  }

  @Test
  void anUnreadableReplyIsReaskedOnceThenCountsAsAFailVote() {
    ScriptedJudge model = new ScriptedJudge("judge-model", "Great answer!", "{\"score\": 0.95, \"reason\": \"fine\"}");
    try (AgentRuntime rt = runtime(model, new ArrayList<>())) {
      JudgeVerdict v = Judge.builder().runtime(rt).samples(1).build()
          .evaluate(RUBRIC, answer("ok", "agent-model"), EvalContext.unbounded());
      assertThat(v.passed()).isTrue();
      assertThat(model.requests).hasSize(2);
      assertThat(model.requests.get(1).lastMessage().text()).contains("not the JSON object");
    }
    ScriptedJudge garbage = new ScriptedJudge("judge-model", "{\"score\": 7}");
    try (AgentRuntime rt = runtime(garbage, new ArrayList<>())) {
      JudgeVerdict v = Judge.builder().runtime(rt).samples(1).build()
          .evaluate(RUBRIC, answer("ok", "agent-model"), EvalContext.unbounded());
      assertThat(v.passed()).isFalse();
      assertThat(v.samples().get(0).reason()).startsWith("unreadable judge reply: {\"score\": 7}");
    }
  }

  @Test
  void theJudgeMustNotBeTheAgentsModel() {
    ScriptedJudge model = ScriptedJudge.scores(0.9);
    try (AgentRuntime rt = runtime(model, new ArrayList<>())) {
      Judge judge = Judge.builder().runtime(rt).samples(1).build();
      assertThatThrownBy(() -> judge.evaluate(RUBRIC, answer("ok", "judge-model-2024-07-18"), EvalContext.unbounded()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the judge's model 'judge-model' is the agent's model 'judge-model-2024-07-18'");
      assertThat(model.requests).isEmpty();
    }
  }

  @Test
  void judgeSpendCountsAgainstTheEvalBudgetAndAJudgeErrorIsReported() {
    ScriptedJudge model = ScriptedJudge.scores(0.9);
    try (AgentRuntime judgeRt = runtime(model, new ArrayList<>())) {
      Judge judge = Judge.builder().runtime(judgeRt).samples(3).build();
      AtomicInteger agentCalls = new AtomicInteger();
      Dataset data = Dataset.loader().expectation("judge", judge.datasetExpectation())
          .parse("j", "- {id: a, input: hi, expect: {judge: {rubric: polite, criteria: is polite}}}\n"
              + "- {id: b, input: hello, expect: {judge: {rubric: polite, criteria: [is polite]}}}", "yaml");
      EvalResult result = Eval.builder().parallelism(1).budgetUsd("0.002")
          .agent((in, opts) -> {
            agentCalls.incrementAndGet();
            return new dev.agentruntime.core.AgentResult("r" + agentCalls.get(), "Hello!",
                dev.agentruntime.core.StopReason.COMPLETED, null, 1, List.of(), List.of(), TokenUsage.ZERO,
                java.time.Duration.ofMillis(1), null);
          })
          .dataset(data).build().run();
      CaseRun first = result.cases().get(0).runs().get(0);
      // $0.001 per judge call: the 3rd sample of case a is refused, case b is skipped
      assertThat(first.status()).isEqualTo(CaseRun.Status.ERROR);
      assertThat(first.message()).contains("the eval's budget is spent");
      assertThat(result.judgeSpendUsd()).isEqualByComparingTo("0.002");
      assertThat(result.cases().get(1).runs().get(0).status()).isEqualTo(CaseRun.Status.SKIPPED);
      assertThat(model.requests).hasSize(2);
    }
  }

  @Test
  void aJudgeAssertionCarriesTheScoreAndTheReasons() throws Exception {
    ScriptedJudge model = ScriptedJudge.scores(0.4, 0.3, 0.5);
    try (AgentRuntime rt = runtime(model, new ArrayList<>())) {
      AssertionResult r = Judge.builder().runtime(rt).build().assertion(RUBRIC.withReference("It ships tomorrow."))
          .check(answer("no idea", "agent-model"), EvalContext.unbounded());
      assertThat(r.passed()).isFalse();
      assertThat(r.score()).isEqualTo(0.4);
      assertThat(r.message()).contains("0/3 pass, 3 fail").contains("sample 2");
      assertThat(r.expected()).isEqualTo("It ships tomorrow.");
    }
  }

  @Test
  void builderRejectsAnEvenSampleCount() {
    try (AgentRuntime rt = runtime(ScriptedJudge.scores(1), new ArrayList<>())) {
      assertThatThrownBy(() -> Judge.builder().runtime(rt).samples(2).build())
          .hasMessageContaining("samples must be odd");
      assertThatThrownBy(() -> Judge.builder().runtime(rt).threshold(0.98).margin(0.05).build())
          .hasMessageContaining("margin");
    }
  }
}
