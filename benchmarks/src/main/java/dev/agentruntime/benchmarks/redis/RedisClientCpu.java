package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.store.redis.RedisStores;
import dev.agentruntime.testing.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue #16: the client JVM's CPU time and allocation per budget reserve+settle pair, a measure
 * the machine's load hardly moves (unlike a throughput). 16 threads run pairs back to back (the
 * same two counters and amounts as {@link RedisStoreBenchmark#reserveAndSettle}) against a
 * throw-away {@code redis-server}; after a warm-up (C2 compiles Lettuce's and Netty's paths), each
 * measured round runs a fixed number of pairs and prints, per pair: the process's CPU time (every
 * thread, with GC and the JIT), the CPU time of the calling threads, of Lettuce's event loop and
 * timer threads and of the rest of the JVM, the bytes the Java threads allocated, and the
 * server's CPU time ({@code INFO cpu}).
 *
 * <p>To compare two versions of the store, run this class alternately with each on the class path
 * (e.g. {@code java -cp <old agent-store-redis classes>:benchmarks.jar ...} and the new one), several
 * times, in the same session.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.agentruntime.benchmarks.redis.RedisClientCpu
 * [pairs per round, default 100000] [rounds, default 3] [warm-up pairs, default 200000]}
 */
public final class RedisClientCpu {

  private static final int THREADS = 16;
  private static final Duration TTL = Duration.ofMinutes(5);

  private RedisClientCpu() {}

  /**
   * @param args optional: pairs per round, rounds, warm-up pairs
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
    List<CounterSpec> counters = BenchCounters.dayAndMonth();
    try (RedisServer server = RedisServer.start();
        RedisStores redis = RedisStores.builder().uri(server.uri()).commandTimeout(Duration.ofSeconds(5)).build()) {
      RedisClient admin = RedisClient.create(server.uri());
      try (StatefulRedisConnection<String, String> conn = admin.connect()) {
        RedisCommands<String, String> info = conn.sync();
        CostStore store = redis.costStore();
        AtomicLong ids = new AtomicLong();
        run(store, counters, warmup, ids, new long[2]);
        for (int round = 1; round <= rounds; round++) {
          Map<String, long[]> before = threads();
          long processBefore = processCpuNanos();
          double serverBefore = serverCpuSeconds(info);
          long start = System.nanoTime();
          long[] callers = new long[2];
          run(store, counters, pairs, ids, callers);
          double seconds = (System.nanoTime() - start) / 1e9;
          long process = processCpuNanos() - processBefore;
          double serverCpu = serverCpuSeconds(info) - serverBefore;
          Map<String, long[]> after = threads();
          Map<String, long[]> groups = new TreeMap<>();
          groups.put("callers", callers);
          for (Map.Entry<String, long[]> e : after.entrySet()) {
            if (e.getKey().startsWith("pair-")) {
              continue; // the callers measure themselves
            }
            long[] b = before.getOrDefault(e.getKey(), new long[3]);
            long[] g = groups.computeIfAbsent(group(e.getKey()), k -> new long[2]);
            g[0] += e.getValue()[0] - b[0];
            g[1] += e.getValue()[1] - b[1];
          }
          long javaCpu = 0;
          long bytes = 0;
          StringBuilder line = new StringBuilder();
          for (Map.Entry<String, long[]> g : groups.entrySet()) {
            javaCpu += g.getValue()[0];
            bytes += g.getValue()[1];
            line.append(String.format(Locale.ROOT, " %s %.2f usec %.0f B", g.getKey(), g.getValue()[0] / 1e3 / pairs,
                (double) g.getValue()[1] / pairs));
          }
          System.out.printf(Locale.ROOT,
              "round %d: client CPU %.2f usec/pair (threads:%s; rest of the JVM %.2f), allocated %.0f bytes/pair,"
                  + " server CPU %.2f usec/pair, %.0f pairs/s (load-sensitive)%n",
              round, process / 1e3 / pairs, line, (process - javaCpu) / 1e3 / pairs, (double) bytes / pairs,
              serverCpu * 1e6 / pairs, pairs / seconds);
        }
      } finally {
        admin.shutdown();
      }
    }
  }

  /**
   * Runs {@code pairs} reserve+settle pairs on {@link #THREADS} new threads, which add their CPU
   * time (ns) and allocated bytes to {@code callers}.
   */
  private static void run(CostStore store, List<CounterSpec> counters, int pairs, AtomicLong ids, long[] callers)
      throws Exception {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    AtomicLong left = new AtomicLong(pairs);
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(THREADS);
    for (int t = 0; t < THREADS; t++) {
      Thread w = new Thread(() -> {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long bytes0 = mx.getCurrentThreadAllocatedBytes();
        try {
          while (left.getAndDecrement() > 0) {
            String id = "b" + ids.incrementAndGet();
            if (!store.reserve(id, counters, 61_200, TTL).granted()) {
              throw new IllegalStateException("refused");
            }
            store.settle(id, counters, 30_000);
          }
        } catch (Throwable e) {
          errors.add(e);
        } finally {
          long cpu = mx.getCurrentThreadCpuTime() - cpu0;
          long bytes = mx.getCurrentThreadAllocatedBytes() - bytes0;
          synchronized (callers) {
            callers[0] += cpu;
            callers[1] += bytes;
          }
          done.countDown();
        }
      }, "pair-" + t);
      w.start();
    }
    done.await();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("a worker failed", errors.get(0));
    }
  }

  private static String group(String name) {
    if (name.contains("EventLoop")) {
      return "event-loop";
    }
    if (name.startsWith("lettuce-timer")) {
      return "timer";
    }
    return "other-java";
  }

  /** @return per live thread (by id and name): CPU ns, allocated bytes, id */
  private static Map<String, long[]> threads() {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Map<String, long[]> out = new TreeMap<>();
    for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
      if (t == null) {
        continue;
      }
      long id = t.getThreadId();
      long cpu = mx.getThreadCpuTime(id);
      long bytes = mx.getThreadAllocatedBytes(id);
      if (cpu >= 0) {
        out.put(t.getThreadName() + "#" + id, new long[] {cpu, Math.max(0, bytes), id});
      }
    }
    return out;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double serverCpuSeconds(RedisCommands<String, String> info) {
    double sum = 0;
    for (String line : info.info("cpu").split("\r?\n")) {
      if (line.startsWith("used_cpu_user:") || line.startsWith("used_cpu_sys:")) {
        sum += Double.parseDouble(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return sum;
  }
}
