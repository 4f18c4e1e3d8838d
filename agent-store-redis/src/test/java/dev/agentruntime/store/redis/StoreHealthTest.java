package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.session.SessionOwner;
import dev.agentruntime.core.session.SessionStore;
import dev.agentruntime.core.store.StoreException;
import dev.agentruntime.cost.store.CostKeys;
import dev.agentruntime.cost.store.CostStoreUnavailableException;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.testing.redis.RedisServer;
import dev.agentruntime.testing.redis.RedisServerExtension;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store's health check and its {@code agent_runtime.store.up} gauge follow the server: up while
 * it answers, down (naming it) while it does not, up again once it is back, without a restart of
 * the client; meanwhile the stores refuse with their "unavailable" errors instead of hanging.
 */
class StoreHealthTest {

  private static final Duration BOUND = Duration.ofSeconds(30); // catastrophic-only bound (shared machine)

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + BOUND + ": " + what);
      }
      Thread.sleep(100);
    }
  }

  private static Long gauge(InMemoryMetricReader reader, String store) {
    for (MetricData m : reader.collectAllMetrics()) {
      if (m.getName().equals("agent_runtime.store.up")) {
        for (LongPointData p : m.getLongGaugeData().getPoints()) {
          if (store.equals(p.getAttributes().get(AttributeKey.stringKey("store")))) {
            return p.getValue();
          }
        }
      }
    }
    return null;
  }

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalone();


  @Test
  void downWhileTheServerIsKilledAndUpAgainOnceItIsBack() throws Exception {
    RedisServer server = REDIS.server();
    InMemoryMetricReader reader = InMemoryMetricReader.create();
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build();
        RedisStores stores = RedisStores.builder().uri(server.uri()).openTelemetry(otel)
            .commandTimeout(Duration.ofMillis(500)).connectTimeout(Duration.ofMillis(500)).build()) {
      String store = "redis://127.0.0.1:" + server.port();
      assertThat(stores.lastKnownHealth().up()).as("before the first command").isFalse();
      assertThat(stores.health().up()).isTrue();
      assertThat(stores.health().store()).isEqualTo(store);
      assertThat(gauge(reader, store)).isEqualTo(1L);
      SessionStore sessions = stores.sessionStore("health");
      sessions.append("s1", SessionOwner.none(), 0, List.of(new UserMessage("before")), "r");

      server.kill();
      StoreHealth down = stores.health();
      assertThat(down.up()).isFalse();
      assertThat(down.lastError()).isNotBlank();
      assertThat(down.store()).isEqualTo(store);
      assertThat(gauge(reader, store)).isEqualTo(0L);
      assertThatThrownBy(() -> sessions.append("s1", SessionOwner.none(), 1, List.of(new UserMessage("x")), "r"))
          .isInstanceOf(StoreException.class).isInstanceOf(RedisStoreUnavailableException.class)
          .hasMessageContaining("session store " + store + " is unavailable");
      assertThatThrownBy(() -> stores.checkpointStore("health").unfinished())
          .isInstanceOf(StoreException.class).hasMessageContaining("checkpoint store " + store);
      CounterSpec budget = CounterSpec.total(new CostKeys("health").budget("tenant", "acme"), 1_000, true,
          Duration.ofHours(1));
      assertThatThrownBy(() -> stores.costStore().reserve("r1", List.of(budget), 10, Duration.ofMinutes(1)))
          .isInstanceOf(CostStoreUnavailableException.class).hasMessageContaining(store);
      assertThat(stores.lastKnownHealth().up()).isFalse();

      server.restart();
      await("health up again after the restart", () -> stores.health().up());
      assertThat(stores.lastKnownHealth().lastError()).isNull();
      assertThat(gauge(reader, store)).isEqualTo(1L);
      // the same client works again (the non-persistent server came back empty)
      assertThat(sessions.append("s2", SessionOwner.none(), 0, List.of(new UserMessage("after")), "r")).isEqualTo(1);
    }
  }
}
