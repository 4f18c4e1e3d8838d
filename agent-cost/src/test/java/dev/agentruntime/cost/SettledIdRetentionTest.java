package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.cost.store.InMemoryCostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store remembers a settled reservation id for a day, so a retried settle or reserve
 * never counts twice, and forgets it after that, so memory does not grow for ever.
 */
class SettledIdRetentionTest {

  private static final Duration TTL = Duration.ofMinutes(5);

  @Test
  void aSettledIdCountsOnceForADayAndIsForgottenAfterIt() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    InMemoryCostStore store = new InMemoryCostStore(clock);
    CounterSpec total = CounterSpec.total("t", 1_000, true, Duration.ofDays(30));
    List<CounterSpec> counters = List.of(total);

    store.reserve("x", counters, 100, TTL);
    store.settle("x", counters, 100);
    store.settle("x", counters, 100);
    clock.advance(Duration.ofHours(23));
    assertThat(store.reserve("x", counters, 100, TTL).granted()).isTrue();
    store.settle("x", counters, 100);
    assertThat(store.read(total).usedNanos()).as("retried within a day").isEqualTo(100);

    clock.advance(Duration.ofHours(2));
    for (int i = 0; i < 2_048; i++) { // settles that let the store forget what is older than a day
      store.settle("other-" + i, counters, 0);
    }
    store.reserve("x", counters, 100, TTL);
    store.settle("x", counters, 100);
    assertThat(store.read(total).usedNanos()).as("the same id more than a day later is a new reservation").isEqualTo(200);
  }
}
