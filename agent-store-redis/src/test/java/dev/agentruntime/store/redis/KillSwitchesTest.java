package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelInfo;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.resilience.ResiliencePolicy;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.store.redis.KillSwitches.Target;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two "replicas" (two connections, two runtimes) share kill switches through one Redis. */
class KillSwitchesTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();

  private RedisStores connect() {
    return RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofSeconds(2)).build();
  }

  private static AgentRuntime runtime(KillSwitches k) {
    ScriptedModelClient model = ScriptedModelClient.builder().info(ModelInfo.of("openai", "gpt-4o-mini"))
        .mode(ScriptedModelClient.Mode.SEQUENCE).repeatLast(true).thenRespond("ok").build();
    return AgentRuntime.builder().model(model).interceptor(k.interceptor()).limits(RunLimits.none())
        .resilience(ResiliencePolicy.none()).build();
  }

  private static String run(AgentRuntime rt, String tenant) {
    return rt.run("go", RunOptions.builder().tenantId(tenant).build(),
        (in, ctx) -> ctx.model().chat(ModelRequest.of(new UserMessage(in))).text()).output();
  }

  @Test
  void switchingOffOnOneReplicaTakesEffectOnAnotherWithinOneSecondAndSurvivesARestart() throws Exception {
    try (RedisStores a = connect(); RedisStores b = connect()) {
      KillSwitches onA = a.killSwitches("ks1");
      KillSwitches onB = b.killSwitches("ks1");
      try (AgentRuntime rtB = runtime(onB)) {
        assertThat(run(rtB, "acme")).isEqualTo("ok");
        long t0 = System.nanoTime();
        onA.switchOff(Target.TENANT, "acme", "unpaid invoice");
        while (onB.offReason(Target.TENANT, "acme").isEmpty() && System.nanoTime() - t0 < 5_000_000_000L) {
          Thread.sleep(5);
        }
        long tookMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(tookMs).as("propagation to the other replica, ms").isLessThan(1_000);
        assertThatThrownBy(() -> run(rtB, "acme"))
            .isInstanceOfSatisfying(KillSwitchedException.class, e -> assertThat(e.target()).isEqualTo(Target.TENANT))
            .hasMessageContaining("tenant 'acme' is switched off: unpaid invoice");
        assertThat(run(rtB, "other")).isEqualTo("ok");

        onA.switchOff(Target.MODEL, "gpt-4o-mini", "incident 42");
        Thread.sleep(300);
        assertThatThrownBy(() -> run(rtB, "other")).isInstanceOf(KillSwitchedException.class)
            .hasMessageContaining("model 'gpt-4o-mini'");
        onA.switchOn(Target.MODEL, "gpt-4o-mini");
      }
      // a replica starting now reads the stored state
      try (RedisStores c = connect()) {
        KillSwitches late = c.killSwitches("ks1");
        assertThat(late.offReason(Target.TENANT, "acme")).contains("unpaid invoice");
        assertThat(late.offReason(Target.MODEL, "gpt-4o-mini")).isEmpty();
        onA.switchOn(Target.TENANT, "acme");
        long t0 = System.nanoTime();
        while (late.offReason(Target.TENANT, "acme").isPresent() && System.nanoTime() - t0 < 5_000_000_000L) {
          Thread.sleep(5);
        }
        assertThat(late.offReason(Target.TENANT, "acme")).isEmpty();
      }
    }
  }
}
