package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The split of a run: loops get a RunContext, interceptors a read-only RunView with private locals. */
class RunViewTest {
  private static final RunLocal<AtomicInteger> CALLS = RunLocal.withInitial("test.calls", AtomicInteger::new);
  private static final AttributeKey<Integer> PUBLISHED = AttributeKey.of("test.model_calls", Integer.class);

  @Test
  void privateStateOfInterceptorsAndLimitsNeverReachesTheResultWhilePublishedValuesDo() {
    List<RunView> seen = new CopyOnWriteArrayList<>();
    AgentInterceptor counting = AgentInterceptor.ofModelCall("counting", chain -> {
      RunView run = chain.context();
      seen.add(run);
      run.setAttribute(PUBLISHED, run.local(CALLS).incrementAndGet());
      return chain.proceed(chain.request());
    });
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("echo", "{\"text\":\"a\"}").thenCallTool("echo", "{\"text\":\"a\"}").thenRespond("done").build();
    // limits with per-run state: call slots, the repeated-call history
    RunLimits limits = RunLimits.builder().maxToolCalls(5).maxRepeatedToolCalls(3).cycleRepetitions(3).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(TestTools.echo()).limits(limits)
        .resilience(ResiliencePolicy.none()).interceptor(counting).build()) {
      AgentResult first = rt.run("go");
      AgentResult second = rt.run("again");

      assertThat(first.attributes()).containsOnlyKeys(PUBLISHED);
      assertThat(first.attribute(PUBLISHED)).contains(3);
      // locals are per run: the second run (the same script again) counts from 1 again, to 3 not 6
      assertThat(second.attribute(PUBLISHED)).contains(3);
      assertThat(second.attributes()).containsOnlyKeys(PUBLISHED);
    }
    // what an interceptor holds is a view: it cannot be turned into the loop's context
    assertThat(seen).isNotEmpty().allSatisfy(v -> assertThat(v).isNotInstanceOf(RunContext.class));
  }

  @Test
  void theLoopSeesTheSameRunThroughItsView() {
    ScriptedModelClient model = ScriptedModelClient.builder().thenRespond("hi").build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).resilience(ResiliencePolicy.none()).build()) {
      AtomicInteger callsSeenByLoop = new AtomicInteger(-1);
      AgentResult r = rt.run("x", RunOptions.builder().userId("u1").build(), (in, ctx) -> {
        String text = ctx.model().chat(dev.agentruntime.core.model.ModelRequest.of(
            new dev.agentruntime.core.model.UserMessage(in))).text();
        callsSeenByLoop.set(ctx.view().modelCallCount());
        assertThat(ctx.view().runId()).isEqualTo(ctx.runId());
        assertThat(ctx.view().userId()).isEqualTo("u1");
        return text;
      });
      assertThat(r.output()).isEqualTo("hi");
      assertThat(callsSeenByLoop).hasValue(1);
      assertThat(r.usage().totalTokens()).isPositive();
    }
  }
}
