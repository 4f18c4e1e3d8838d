package dev.agentruntime.eval.judge;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentLoop;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.event.ModelCallStarted;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.eval.Assertion;
import dev.agentruntime.eval.AssertionResult;
import dev.agentruntime.eval.Dataset;
import dev.agentruntime.eval.EvalContext;
import dev.agentruntime.eval.RunOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a run's answer against a {@link Rubric} with a model — LLM-as-judge — and decides by a
 * rule, not by chance.
 *
 * <p>Every judge call is a run of the given {@code AgentRuntime} (so it is traced, retried,
 * limited and priced like any run; configure that runtime with the judge model and the
 * interceptors you want), and its cost counts against the eval's budget. The judge model must
 * not be the agent's: a run whose model calls name the judge's model is an error.
 *
 * <p>The decision rule: each of {@code samples} (odd, 3 by default) calls returns a score in
 * [0, 1]; a score at or above {@code threshold + margin} is a PASS vote, below {@code threshold -
 * margin} a FAIL vote, in between BORDERLINE (an unreadable reply, after one re-ask, is a FAIL
 * vote). More than half PASS votes pass; more than half FAIL votes fail; otherwise the scores
 * straddle the threshold and the {@link StraddlePolicy} decides (FAIL by default).
 */
public final class Judge {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern OBJECT = Pattern.compile("(?s)\\{.*\\}");
  static final String SYSTEM_PROMPT = """
      You are a strict, impartial grader of an AI assistant's answer. Grade the ANSWER against every \
      CRITERION (and the REFERENCE answer when one is given). Reply with one JSON object only, no prose \
      around it: {"score": <number from 0 to 1>, "reason": "<one sentence>"}. 1 means every criterion \
      is fully met, 0 means none is.""";

  private final AgentRuntime runtime;
  private final int samples;
  private final double threshold;
  private final double margin;
  private final StraddlePolicy onStraddle;
  private final int extraSamples;
  private final @Nullable Double temperature;

  private Judge(Builder b) {
    this.runtime = b.runtime;
    this.samples = b.samples;
    this.threshold = b.threshold;
    this.margin = b.margin;
    this.onStraddle = b.onStraddle;
    this.extraSamples = b.extraSamples;
    this.temperature = b.temperature;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param rubric what to grade against
   * @return an assertion passing when the judge passes the answer
   */
  public Assertion assertion(Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    String name = "judge: " + rubric.name();
    return new Assertion() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public AssertionResult check(RunOutcome run, EvalContext context) {
        JudgeVerdict v = evaluate(rubric, run, context);
        return new AssertionResult(name, v.passed(), v.summary() + reasons(v), rubric.reference(), run.output(),
            Double.isNaN(v.medianScore()) ? null : v.medianScore());
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * For datasets: {@code Dataset.loader().expectation("judge", judge.datasetExpectation())} reads
   * {@code judge: {rubric: name, criteria: [...], reference: "..."}} (criteria may be one string).
   *
   * @return the expectation factory
   */
  public Dataset.ExpectationFactory datasetExpectation() {
    return spec -> {
      if (!(spec instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException("judge expects {rubric, criteria, reference}, was " + spec);
      }
      Set<Object> unknown = new LinkedHashSet<>(m.keySet());
      unknown.removeAll(Set.of("rubric", "criteria", "reference"));
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("judge: unknown key(s) " + unknown + " (known: rubric, criteria, reference)");
      }
      Object c = m.get("criteria");
      List<String> criteria = c instanceof List<?> l ? l.stream().map(String::valueOf).toList()
          : c == null ? List.of() : List.of(String.valueOf(c));
      Object ref = m.get("reference");
      return assertion(new Rubric(String.valueOf(m.containsKey("rubric") ? m.get("rubric") : "rubric"), criteria,
          ref == null ? null : String.valueOf(ref)));
    };
  }

  /**
   * Grades one run.
   *
   * @param rubric what to grade against
   * @param run the run
   * @param context the eval (budget, spend meter)
   * @return the verdict
   * @throws IllegalStateException when the judge's model is the agent's, or the budget is spent
   */
  public JudgeVerdict evaluate(Rubric rubric, RunOutcome run, EvalContext context) {
    String prompt = prompt(rubric, run);
    Set<String> agentModels = agentModels(run);
    List<JudgeSample> drawn = new ArrayList<>();
    BigDecimal cost = BigDecimal.ZERO;
    for (int i = 0; i < samples; i++) {
      cost = cost.add(sample(prompt, agentModels, context, drawn));
    }
    JudgeVerdict.Decision decision;
    Boolean passed = majority(drawn);
    if (passed != null) {
      decision = JudgeVerdict.Decision.MAJORITY;
    } else if (onStraddle == StraddlePolicy.ESCALATE) {
      for (int i = 0; i < extraSamples && passed == null; i++) {
        cost = cost.add(sample(prompt, agentModels, context, drawn));
        passed = majority(drawn);
      }
      decision = passed != null ? JudgeVerdict.Decision.ESCALATION : JudgeVerdict.Decision.ESCALATION_EXHAUSTED;
      passed = passed != null && passed;
    } else {
      decision = JudgeVerdict.Decision.STRADDLE_POLICY;
      passed = onStraddle == StraddlePolicy.PASS;
    }
    return new JudgeVerdict(rubric.name(), passed, decision, drawn, threshold, cost);
  }

  private @Nullable Boolean majority(List<JudgeSample> drawn) {
    long pass = drawn.stream().filter(s -> s.vote() == JudgeSample.Vote.PASS).count();
    long fail = drawn.stream().filter(s -> s.vote() == JudgeSample.Vote.FAIL).count();
    if (pass * 2 > drawn.size()) {
      return true;
    }
    if (fail * 2 > drawn.size()) {
      return false;
    }
    return null;
  }

  private BigDecimal sample(String prompt, Set<String> agentModels, EvalContext context, List<JudgeSample> drawn) {
    if (context.budgetExhausted()) {
      throw new IllegalStateException("the eval's budget is spent (remaining $" + context.remainingUsd()
          + "): the judge did not call its model");
    }
    AtomicReference<String> sameModel = new AtomicReference<>();
    AgentLoop loop = (input, ctx) -> {
      ModelInfo info = ctx.modelInfo().orElse(ModelInfo.UNKNOWN);
      for (String m : agentModels) {
        if (sameModel(info.model(), m)) {
          sameModel.set("the judge's model '" + info.model() + "' is the agent's model '" + m
              + "': use a different model to judge (a model grading itself is biased)");
          throw new IllegalStateException(sameModel.get());
        }
      }
      ModelRequest.Builder request = ModelRequest.builder()
          .addMessage(new SystemMessage(SYSTEM_PROMPT))
          .addMessage(new UserMessage(input))
          .temperature(temperature);
      ModelResponse first = ctx.model().chat(request.build());
      if (parse(first.text()) != null) {
        return first.text();
      }
      // one re-ask: show the model its reply and ask for the JSON object only
      request.addMessage(AssistantMessage.of(first.text()))
          .addMessage(new UserMessage("That reply was not the JSON object asked for. Reply with only "
              + "{\"score\": <0..1>, \"reason\": \"...\"}."));
      return ctx.model().chat(request.build()).text();
    };
    AgentResult result;
    try {
      result = runtime.run(prompt, RunOptions.builder().agentName("eval-judge").tag("eval.role", "judge").build(), loop);
    } catch (AgentRuntimeException e) {
      if (sameModel.get() != null) {
        throw new IllegalStateException(sameModel.get(), e);
      }
      e.partialResult().ifPresent(context::recordOwnSpend);
      throw new IllegalStateException("judge call failed: " + e.getMessage(), e);
    }
    BigDecimal cost = context.recordOwnSpend(result);
    JsonNode parsed = parse(result.output());
    if (parsed == null) {
      drawn.add(new JudgeSample(Double.NaN, JudgeSample.Vote.FAIL,
          "unreadable judge reply: " + abbreviate(result.output())));
    } else {
      double score = parsed.get("score").asDouble();
      JudgeSample.Vote vote = score >= threshold + margin ? JudgeSample.Vote.PASS
          : score < threshold - margin ? JudgeSample.Vote.FAIL : JudgeSample.Vote.BORDERLINE;
      drawn.add(new JudgeSample(score, vote, parsed.path("reason").asText("")));
    }
    return cost;
  }

  static @Nullable JsonNode parse(@Nullable String reply) {
    if (reply == null) {
      return null;
    }
    Matcher m = OBJECT.matcher(reply);
    if (!m.find()) {
      return null;
    }
    try {
      JsonNode n = JSON.readTree(m.group());
      JsonNode score = n.get("score");
      if (score == null || !score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1) {
        return null;
      }
      return n;
    } catch (Exception e) {
      return null;
    }
  }

  private static boolean sameModel(String judge, String agent) {
    String a = judge.toLowerCase(Locale.ROOT);
    String b = agent.toLowerCase(Locale.ROOT);
    if ("unknown".equals(a) || "unknown".equals(b)) {
      return false;
    }
    // "gpt-4o-mini" and "gpt-4o-mini-2024-07-18" are the same model (a dated snapshot)
    return a.equals(b) || a.startsWith(b + "-20") || b.startsWith(a + "-20");
  }

  private static Set<String> agentModels(RunOutcome run) {
    Set<String> models = new LinkedHashSet<>();
    for (ModelCallRecord c : run.modelCalls()) {
      if (c.request().model() != null) {
        models.add(c.request().model());
      }
      if (c.response() != null && c.response().responseModel() != null) {
        models.add(c.response().responseModel());
      }
    }
    run.events(ModelCallStarted.class).forEach(e -> {
      if (e.model() != null) {
        models.add(e.model());
      }
    });
    return models;
  }

  static String prompt(Rubric rubric, RunOutcome run) {
    StringBuilder sb = new StringBuilder();
    sb.append("TASK (the user's message").append(run.inputs().size() > 1 ? "s, in order" : "").append("):\n");
    run.inputs().forEach(i -> sb.append(i).append('\n'));
    if (!run.toolCalls().isEmpty()) {
      sb.append("\nTOOLS THE ASSISTANT CALLED:\n");
      run.toolCalls().forEach(t -> sb.append("- ").append(t.call().name()).append(' ').append(t.call().arguments())
          .append('\n'));
    }
    sb.append("\nANSWER:\n").append(run.output()).append("\n\nCRITERIA:\n");
    for (int i = 0; i < rubric.criteria().size(); i++) {
      sb.append(i + 1).append(". ").append(rubric.criteria().get(i)).append('\n');
    }
    if (rubric.reference() != null) {
      sb.append("\nREFERENCE ANSWER:\n").append(rubric.reference()).append('\n');
    }
    return sb.toString();
  }

  private static String reasons(JudgeVerdict v) {
    StringBuilder sb = new StringBuilder();
    for (JudgeSample s : v.samples()) {
      if (!s.reason().isBlank()) {
        sb.append("\n  - ").append(s.reason());
      }
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** Builder for {@link Judge}; validated at {@link #build()}. */
  public static final class Builder {
    private AgentRuntime runtime;
    private int samples = 3;
    private double threshold = 0.7;
    private double margin = 0.05;
    private StraddlePolicy onStraddle = StraddlePolicy.FAIL;
    private int extraSamples = 2;
    private @Nullable Double temperature;

    private Builder() {}

    /**
     * @param value the runtime whose model judges (with its telemetry, retries, limits, cost)
     * @return this
     */
    public Builder runtime(AgentRuntime value) {
      this.runtime = value;
      return this;
    }

    /**
     * @param value judge calls per run, odd (3 by default)
     * @return this
     */
    public Builder samples(int value) {
      this.samples = value;
      return this;
    }

    /**
     * @param value the pass threshold in (0, 1) (0.7 by default)
     * @return this
     */
    public Builder threshold(double value) {
      this.threshold = value;
      return this;
    }

    /**
     * @param value half-width of the borderline band around the threshold, >= 0 (0.05 by default)
     * @return this
     */
    public Builder margin(double value) {
      this.margin = value;
      return this;
    }

    /**
     * @param value what decides when there is no majority ({@link StraddlePolicy#FAIL} by default)
     * @return this
     */
    public Builder onStraddle(StraddlePolicy value) {
      this.onStraddle = value;
      return this;
    }

    /**
     * @param value the most extra samples {@link StraddlePolicy#ESCALATE} draws (2 by default)
     * @return this
     */
    public Builder extraSamples(int value) {
      this.extraSamples = value;
      return this;
    }

    /**
     * @param value sampling temperature for judge calls, or null for the model's default
     * @return this
     */
    public Builder temperature(@Nullable Double value) {
      this.temperature = value;
      return this;
    }

    /**
     * @return the judge
     * @throws IllegalArgumentException naming the bad setting
     */
    public Judge build() {
      if (runtime == null) {
        throw new IllegalArgumentException("judge: runtime(...) is required (a runtime configured with the judge model)");
      }
      if (samples < 1 || samples % 2 == 0) {
        throw new IllegalArgumentException("judge: samples must be odd and >= 1 (so a majority exists), was " + samples);
      }
      if (!(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("judge: threshold must be in (0, 1), was " + threshold);
      }
      if (!(margin >= 0) || threshold - margin < 0 || threshold + margin > 1) {
        throw new IllegalArgumentException("judge: margin must be >= 0 and keep threshold ± margin within [0, 1], was "
            + margin);
      }
      if (onStraddle == null) {
        throw new IllegalArgumentException("judge: onStraddle must not be null");
      }
      if (extraSamples < 0) {
        throw new IllegalArgumentException("judge: extraSamples must be >= 0, was " + extraSamples);
      }
      if (temperature != null && !(temperature >= 0)) {
        throw new IllegalArgumentException("judge: temperature must be >= 0, was " + temperature);
      }
      return new Judge(this);
    }
  }
}
