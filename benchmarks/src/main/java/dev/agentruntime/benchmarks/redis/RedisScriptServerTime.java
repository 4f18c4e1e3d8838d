package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.store.redis.RedisStores;
import dev.agentruntime.testing.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

/**
 * Issue #16: the server's own time per budget script, a load-insensitive measure. Runs reserve
 * and settle pairs from 16 threads against a throw-away {@code redis-server} (the same two
 * counters as {@link RedisStoreBenchmark}), in alternating phases (every thread reserves a batch,
 * then every thread settles it) and reads {@code INFO commandstats} between phases, so the
 * {@code evalsha} time of reserve and of settle add up separately. Redis measures a command's
 * time inside its single thread, so the figure hardly moves with the machine's load (unlike a
 * throughput). Also prints {@code PING}'s time per call as the floor of any command.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.agentruntime.benchmarks.redis.RedisScriptServerTime [pairs, default 200000]}
 *
 * <p>For a figure the load cannot move at all, point {@code REDIS_SERVER} at a wrapper that runs
 * {@code valgrind --tool=callgrind --toggle-collect=evalShaCommand redis-server "$@"}: the
 * instructions counted, divided by the {@code evalsha} calls printed, are the server's
 * instructions per script call.
 */
public final class RedisScriptServerTime {

  private static final int THREADS = 16;
  private static final int BATCH = 64;
  private static final Duration TTL = Duration.ofMinutes(5);

  private RedisScriptServerTime() {}

  /**
   * @param args optional: how many pairs (default 200,000)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = Math.max(1, pairs / (THREADS * BATCH));
    List<CounterSpec> counters = BenchCounters.dayAndMonth();
    try (RedisServer server = RedisServer.start();
        RedisStores redis = RedisStores.builder().uri(server.uri()).commandTimeout(Duration.ofSeconds(10)).build()) {
      RedisClient admin = RedisClient.create(server.uri());
      try (StatefulRedisConnection<String, String> conn = admin.connect()) {
        RedisCommands<String, String> info = conn.sync();
        CostStore store = redis.costStore();
        // warm-up (half the pairs again): loads the scripts and lets C2 compile the client, not counted
        runPhases(store, counters, Math.max(1, rounds / 2), "w", info, new long[4]);
        long[] totals = new long[4]; // reserve calls, reserve usec, settle calls, settle usec
        double cpuBefore = cpuSeconds(info);
        long clientCpuBefore = clientCpuNanos();
        long start = System.nanoTime();
        runPhases(store, counters, rounds, "m", info, totals);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds(info) - cpuBefore;
        long clientCpu = clientCpuNanos() - clientCpuBefore;
        System.out.printf(Locale.ROOT, "evalsha calls since start (with the warm-up): %d%n", stat(info, "evalsha")[0]);
        info.configResetstat();
        for (int i = 0; i < 20_000; i++) {
          info.ping();
        }
        long[] ping = stat(info, "ping");
        System.out.printf(Locale.ROOT, "reserve: %d calls, %.2f usec/call (server)%n", totals[0],
            (double) totals[1] / totals[0]);
        System.out.printf(Locale.ROOT, "settle:  %d calls, %.2f usec/call (server)%n", totals[2],
            (double) totals[3] / totals[2]);
        System.out.printf(Locale.ROOT, "pair:    %.2f usec of server time; ceiling %.0f pairs/s of script time alone%n",
            (double) totals[1] / totals[0] + (double) totals[3] / totals[2],
            1e6 / ((double) totals[1] / totals[0] + (double) totals[3] / totals[2]));
        System.out.printf(Locale.ROOT, "ping:    %.2f usec/call (server)%n", (double) ping[1] / ping[0]);
        System.out.printf(Locale.ROOT, "server CPU (user+sys, with reading and answering): %.2f usec per pair%n",
            cpu * 1e6 / totals[0]);
        System.out.printf(Locale.ROOT, "client CPU (this JVM, all threads): %.2f usec per pair%n",
            clientCpu / 1e3 / totals[0]);
        System.out.printf(Locale.ROOT, "phased wall rate (load-sensitive, batches of %d): %.0f pairs/s%n", BATCH,
            totals[0] / seconds);
      } finally {
        admin.shutdown();
      }
    }
  }

  private static void runPhases(CostStore store, List<CounterSpec> counters, int rounds, String prefix,
      RedisCommands<String, String> info, long[] totals) throws Exception {
    long[] before = new long[2];
    int[] trips = new int[1];
    CyclicBarrier barrier = new CyclicBarrier(THREADS, () -> {
      // runs between phases, while every worker waits: the stats of the phase just finished
      long[] now = stat(info, "evalsha");
      // even barrier trips end a reserve phase, odd ones a settle phase
      int slot = trips[0]++ % 2 == 0 ? 0 : 2;
      totals[slot] += now[0] - before[0];
      totals[slot + 1] += now[1] - before[1];
      before[0] = now[0];
      before[1] = now[1];
    });
    long[] initial = stat(info, "evalsha");
    before[0] = initial[0];
    before[1] = initial[1];
    List<Thread> workers = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(THREADS);
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread w = new Thread(() -> {
        try {
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < BATCH; i++) {
              if (!store.reserve(id(prefix, thread, r, i), counters, 61_200, TTL).granted()) {
                throw new IllegalStateException("refused");
              }
            }
            barrier.await();
            for (int i = 0; i < BATCH; i++) {
              store.settle(id(prefix, thread, r, i), counters, 30_000);
            }
            barrier.await();
          }
        } catch (Throwable e) {
          errors.add(e);
          barrier.reset();
        } finally {
          done.countDown();
        }
      });
      w.start();
      workers.add(w);
    }
    done.await();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("a worker failed", errors.get(0));
    }
  }

  private static String id(String prefix, int thread, int round, int i) {
    return prefix + "-" + thread + "-" + round + "-" + i;
  }

  /** @return this JVM's CPU time so far (every thread), in ns */
  private static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** @return the server process's CPU time so far (user + system), in seconds */
  private static double cpuSeconds(RedisCommands<String, String> info) {
    double sum = 0;
    for (String line : info.info("cpu").split("\r?\n")) {
      if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
        sum += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return sum;
  }

  /** @return calls and usec of one command in {@code INFO commandstats} */
  private static long[] stat(RedisCommands<String, String> info, String command) {
    for (String line : info.info("commandstats").split("\r?\n")) {
      if (line.startsWith("cmdstat_" + command + ":")) {
        long calls = 0;
        long usec = 0;
        for (String kv : line.substring(line.indexOf(':') + 1).split(",")) {
          String[] p = kv.split("=");
          if (p[0].equals("calls")) {
            calls = Long.parseLong(p[1]);
          } else if (p[0].equals("usec")) {
            usec = Long.parseLong(p[1]);
          }
        }
        return new long[] {calls, usec};
      }
    }
    return new long[] {0, 0};
  }
}
