package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.error.BudgetExceededException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.RunFailed;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The last call a run makes after a limit stopped it gracefully (the wrap-up call, sent without
 * tools). A transport failure of that call still ends the run with the last answer; a refusal by
 * one of the runtime's policies (a budget, a guardrail) must fail the run instead of turning into
 * a successful-looking LIMIT_REACHED result.
 */
class WrapUpFailureTest {

  /** Throws on the wrap-up call (the one without tools), proceeds otherwise. */
  private static AgentInterceptor failingTheWrapUp(Supplier<? extends Exception> failure) {
    return new AgentInterceptor() {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        if (chain.request().tools().isEmpty()) {
          throw failure.get();
        }
        return chain.proceed(chain.request());
      }
    };
  }

  private static AgentRuntime runtime(AgentInterceptor interceptor, TestTools.Recorder rec) {
    return AgentRuntime.builder()
        .model(ScriptedModelClient.builder()
            .thenCallTool("echo", "{\"text\":\"hi\"}")
            .thenRespond("wrapped up").build())
        .tools(TestTools.echo())
        .resilience(ResiliencePolicy.none())
        .limits(RunLimits.builder().maxSteps(1).onLimit(Limit.MAX_STEPS, LimitReaction.STOP_GRACEFULLY).build())
        .interceptor(interceptor)
        .listener(rec)
        .build();
  }

  @Test
  void aBudgetRefusalOfTheWrapUpCallFailsTheRun() {
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = runtime(failingTheWrapUp(() -> new BudgetExceededException(null, "daily",
        new BigDecimal("1.00"), new BigDecimal("1.00"), new BigDecimal("0.01"))), rec)) {
      assertThatThrownBy(() -> rt.run("go")).isInstanceOf(BudgetExceededException.class);
      assertThat(rec.of(RunFailed.class)).hasSize(1);
    }
  }

  @Test
  void anOutputGuardrailViolationOfTheWrapUpCallFailsTheRun() {
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = runtime(failingTheWrapUp(
        () -> new GuardrailViolationException(null, "pii", "model_output", "contains an email address")), rec)) {
      assertThatThrownBy(() -> rt.run("go")).isInstanceOf(GuardrailViolationException.class);
      assertThat(rec.of(RunFailed.class)).hasSize(1);
    }
  }

  /** The fallback stays for the provider failing the wrap-up call: the run returns its last answer. */
  @Test
  void aTransportFailureOfTheWrapUpCallStillEndsWithTheLastAnswer() {
    TestTools.Recorder rec = new TestTools.Recorder();
    try (AgentRuntime rt = runtime(failingTheWrapUp(() -> new ModelCallException(null, "m", "connection reset",
        null, ErrorClassification.TRANSIENT, 0, null)), rec)) {
      AgentResult r = rt.run("go");
      assertThat(r.stopReason()).isEqualTo(StopReason.LIMIT_REACHED);
      assertThat(r.limit()).isEqualTo(Limit.MAX_STEPS);
      assertThat(rec.of(RunFailed.class)).isEmpty();
    }
  }
}
