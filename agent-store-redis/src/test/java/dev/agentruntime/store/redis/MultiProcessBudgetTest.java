package dev.agentruntime.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.cost.CostTracker;
import dev.agentruntime.cost.store.CounterState;
import dev.agentruntime.testing.redis.RedisServerExtension;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #16 §4: four JVM processes x 50 threads spend against one $1.00 budget and one RPM/TPM
 * plan on one Redis; then the same with Redis killed and restarted mid-load, and with a replica
 * killed by SIGKILL.
 */
class MultiProcessBudgetTest {

  @RegisterExtension
  static final RedisServerExtension REDIS = RedisServerExtension.standalonePersistent();

  private static final int PROCESSES = 4;
  private static final int THREADS = 50;

  /** A replica process and what it printed. */
  private static final class Replica {
    final Process process;
    final CountDownLatch ready = new CountDownLatch(1);
    final CompletableFuture<long[]> result = new CompletableFuture<>();
    final StringBuilder output = new StringBuilder();

    Replica(String ns, long seconds, long ttlMs, String budgetUsd, boolean stopWhenRefused, long timeoutMs)
        throws Exception {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
          System.getProperty("java.class.path"), LoadReplica.class.getName(), REDIS.server().uri(), ns,
          Integer.toString(THREADS), Long.toString(seconds), Long.toString(ttlMs), budgetUsd,
          Boolean.toString(stopWhenRefused), Long.toString(timeoutMs))
          .redirectErrorStream(true).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            synchronized (output) {
              if (output.length() < 20_000) {
                output.append(line).append('\n');
              }
            }
            if (line.equals("READY")) {
              ready.countDown();
            } else if (line.startsWith("RESULT ")) {
              String[] p = line.substring(7).split(" ");
              long[] v = new long[p.length];
              for (int i = 0; i < p.length; i++) {
                v[i] = Long.parseLong(p[i]);
              }
              result.complete(v);
            }
          }
        } catch (Exception e) {
          result.completeExceptionally(e);
        }
        result.completeExceptionally(new IllegalStateException("replica ended without a result:\n" + output));
      });
      reader.setDaemon(true);
      reader.start();
    }

    long[] await() throws Exception {
      try {
        return result.get(180, TimeUnit.SECONDS);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  private static long[] sum(List<long[]> results) {
    long[] s = new long[results.get(0).length];
    for (long[] r : results) {
      for (int i = 0; i < s.length; i++) {
        s[i] += r[i];
      }
    }
    return s;
  }

  /**
   * Open reservations left in the book; it also holds settled ids (value {@code s}, kept a day
   * so a retried settle is not counted twice) and its own NUL-prefixed bookkeeping field.
   */
  private static long openReservations(RedisStores redis, String ns) {
    return redis.execute(c -> c.hgetall("{" + ns + ":budget}:reservations")).entrySet().stream()
        .filter(e -> !e.getKey().startsWith("\0") && !e.getValue().equals("s")).count();
  }

  private static RedisStores connect() {
    return RedisStores.builder().uri(REDIS.server().uri()).commandTimeout(Duration.ofSeconds(2)).build();
  }

  @Test
  void fourProcessesNeverOverspendOneBudgetNorExceedOnePlan() throws Exception {
    String ns = "mp-" + UUID.randomUUID();
    List<Replica> replicas = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      replicas.add(new Replica(ns, 60, 60_000, "1.00", true, 5_000));
    }
    List<long[]> results = new ArrayList<>();
    for (Replica r : replicas) {
      results.add(r.await());
    }
    long[] s = sum(results);
    System.out.println("multi-process totals " + java.util.Arrays.toString(s));
    long acmeCalls = s[0];
    long betaCalls = s[1];
    long betaTokens = s[2];
    try (RedisStores redis = connect()) {
      CostTracker t = LoadReplica.tracker(redis, ns, Duration.ofMinutes(1));
      BigDecimal spent = t.spent("tenant-total", "acme");
      CounterState acme = t.budgetState("tenant-total", "acme");
      // every call was priced at the same cost: what Redis holds is exactly what the replicas did
      BigDecimal perCall = t.price("openai", "gpt-4o-mini", LoadReplica.USAGE);
      assertThat(spent).isEqualByComparingTo(perCall.multiply(BigDecimal.valueOf(acmeCalls)));
      assertThat(spent).as("settled spend of the $1.00 budget").isLessThanOrEqualTo(new BigDecimal("1.00"))
          .isGreaterThan(new BigDecimal("0.95"));
      assertThat(acme.reservedNanos()).as("reservations left open").isZero();
      assertThat(openReservations(redis, ns)).isZero();
      assertThat(s[3]).as("budget refusals").isPositive();
      // the whole run is shorter than a minute: no 60 s interval admitted more than the plan
      assertThat(betaCalls).as("beta requests in one minute").isLessThanOrEqualTo(LoadReplica.BETA_RPM)
          .isGreaterThan(LoadReplica.BETA_TPM / (LoadReplica.USAGE.totalTokens() + 1_000) / 2);
      assertThat(betaTokens).isLessThanOrEqualTo(LoadReplica.BETA_TPM);
      assertThat(s[4]).as("rate refusals").isPositive();
      assertThat(s[5] + s[8]).as("store outages and other errors").isZero();
    }
  }

  @Test
  void redisKilledAndRestartedMidLoadAndAReplicaKilledBySigkill() throws Exception {
    String ns = "fault-" + UUID.randomUUID();
    List<Replica> replicas = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      replicas.add(new Replica(ns, 14, 3_000, "100.00", false, 1_000));
    }
    for (Replica r : replicas) {
      assertThat(r.ready.await(120, TimeUnit.SECONDS)).isTrue();
    }
    Thread.sleep(2_000);
    // a replica dies mid-run: its open reservations must expire after their TTL
    Replica crashed = replicas.remove(PROCESSES - 1);
    crashed.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    Thread.sleep(1_000);
    REDIS.server().kill();
    Thread.sleep(1_500);
    REDIS.server().restart();
    List<long[]> results = new ArrayList<>();
    for (Replica r : replicas) {
      results.add(r.await());
    }
    long[] s = sum(results);
    System.out.println("fault totals " + java.util.Arrays.toString(s));
    assertThat(s[5]).as("calls refused while Redis was down (budgets fail closed)").isPositive();
    assertThat(s[6]).as("calls that succeeded after Redis came back, same JVMs").isPositive();
    assertThat(s[7]).as("settles still pending").isZero();
    Thread.sleep(3_500); // the crashed replica's reservations' TTL
    try (RedisStores redis = connect()) {
      CostTracker t = LoadReplica.tracker(redis, ns, Duration.ofMinutes(1), "100.00");
      CounterState acme = t.budgetState("tenant-total", "acme");
      BigDecimal perCall = t.price("openai", "gpt-4o-mini", LoadReplica.USAGE);
      BigDecimal survivors = perCall.multiply(BigDecimal.valueOf(s[0]));
      BigDecimal spent = t.spent("tenant-total", "acme");
      // no settle lost, none counted twice: the survivors' calls exactly, plus whole calls of the
      // replica that was killed before it could report
      assertThat(spent).isGreaterThanOrEqualTo(survivors);
      assertThat(spent.subtract(survivors).remainder(perCall)).isEqualByComparingTo("0");
      assertThat(acme.reservedNanos()).as("reservations of the killed replica expired").isZero();
      assertThat(openReservations(redis, ns)).isZero();
    }
  }
}
