package dev.agentruntime.benchmarks.redis;

import dev.agentruntime.benchmarks.support.BuildLoader;
import dev.agentruntime.cost.store.CostStore;
import dev.agentruntime.cost.store.CounterSpec;
import dev.agentruntime.testing.redis.RedisServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue #16: two builds of {@code agent-store-redis} side by side in one JVM, against one
 * throw-away {@code redis-server}, in alternating slices of reserve+settle pairs (16 threads, the
 * pairs of {@link RedisStoreBenchmark#reserveAndSettle}), so the machine's load, which moves the
 * CPU time per pair between runs, weighs on both alike. Each build is loaded from its own
 * directory of classes ({@code agent-store-redis/target/classes} of each version) by its own class
 * loader, with its own Lettuce client (event loop); everything else is shared. Per slice it
 * records the process's CPU time and the bytes allocated by every Java thread, per pair; at the
 * end it prints each build's median and the ratio of the medians.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.agentruntime.benchmarks.redis.RedisClientCpuAB
 * <classes A> <classes B> [slices per build, default 12] [pairs per slice, default 20000] [warm-up pairs per build,
 * default 150000]}
 */
public final class RedisClientCpuAB {

  private static final int THREADS = 16;
  private static final Duration TTL = Duration.ofMinutes(5);

  private RedisClientCpuAB() {}

  /**
   * @param args the two class directories, then optionally slices, pairs per slice, warm-up pairs
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: RedisClientCpuAB <classes A> <classes B> [slices] [pairs] [warm-up]");
    }
    int slices = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 150_000;
    List<CounterSpec> counters = BenchCounters.dayAndMonth();
    List<AutoCloseable> open = new ArrayList<>();
    try (RedisServer server = RedisServer.start(); AutoCloseable closeStores = () -> closeAll(open)) {
      CostStore[] stores = new CostStore[2];
      for (int v = 0; v < 2; v++) {
        BuildLoader loader = new BuildLoader(Path.of(args[v]).toUri().toURL(), RedisClientCpuAB.class.getClassLoader(),
            "dev.agentruntime.store.redis.", "");
        Class<?> type = loader.loadClass("dev.agentruntime.store.redis.RedisStores");
        if (type.getClassLoader() != loader) {
          throw new IllegalStateException("RedisStores was not loaded from " + args[v]);
        }
        Object builder = type.getMethod("builder").invoke(null);
        builder.getClass().getMethod("uri", String.class).invoke(builder, server.uri());
        builder.getClass().getMethod("commandTimeout", Duration.class).invoke(builder, Duration.ofSeconds(5));
        Object redis = builder.getClass().getMethod("build").invoke(builder);
        open.add((AutoCloseable) redis);
        stores[v] = (CostStore) type.getMethod("costStore").invoke(redis);
      }
      AtomicLong ids = new AtomicLong();
      for (int v = 0; v < 2; v++) {
        run(stores[v], counters, warmup, "w" + v, ids);
      }
      double[][] cpu = new double[2][slices];
      double[][] bytes = new double[2][slices];
      for (int s = 0; s < slices; s++) {
        for (int k = 0; k < 2; k++) {
          int v = s % 2 == 0 ? k : 1 - k; // ABBA...: neither build always goes first
          long bytesBefore = allocatedBytes();
          long cpuBefore = processCpuNanos();
          run(stores[v], counters, pairs, "m" + v, ids);
          cpu[v][s] = (processCpuNanos() - cpuBefore) / 1e3 / pairs;
          bytes[v][s] = (double) (allocatedBytes() - bytesBefore) / pairs;
        }
        System.out.printf(Locale.ROOT, "slice %d: A %.2f usec/pair %.0f B/pair, B %.2f usec/pair %.0f B/pair (load %s)%n",
            s + 1, cpu[0][s], bytes[0][s], cpu[1][s], bytes[1][s], BuildLoader.loadAverage());
      }
      double a = median(cpu[0]);
      double b = median(cpu[1]);
      int bWins = 0;
      for (int s = 0; s < slices; s++) {
        bWins += cpu[1][s] < cpu[0][s] ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "A %s: median %.2f usec/pair CPU, %.0f B/pair allocated%n", args[0], a,
          median(bytes[0]));
      System.out.printf(Locale.ROOT, "B %s: median %.2f usec/pair CPU, %.0f B/pair allocated%n", args[1], b,
          median(bytes[1]));
      System.out.printf(Locale.ROOT, "B/A: CPU %.3f (B lower in %d of %d slices), allocation %.3f%n", b / a, bWins,
          slices, median(bytes[1]) / median(bytes[0]));
    }
  }

  /** Closes the stores before the server stops (resources close in reverse order): no reconnect attempts. */
  private static void closeAll(List<AutoCloseable> open) throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private static void run(CostStore store, List<CounterSpec> counters, int pairs, String prefix, AtomicLong ids)
      throws Exception {
    AtomicLong left = new AtomicLong(pairs);
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(THREADS);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread w = new Thread(() -> {
        try {
          while (left.getAndDecrement() > 0) {
            String id = prefix + "-" + ids.incrementAndGet();
            if (!store.reserve(id, counters, 61_200, TTL).granted()) {
              throw new IllegalStateException("refused");
            }
            store.settle(id, counters, 30_000);
          }
        } catch (Throwable e) {
          errors.add(e);
        } finally {
          done.countDown();
        }
      });
      workers.add(w);
      w.start();
    }
    done.await();
    for (Thread w : workers) {
      w.join(); // so its CPU time and allocation are in the process's and no longer a live thread's
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("a worker failed", errors.get(0));
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static final com.sun.management.ThreadMXBean THREAD_MX =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** @return bytes allocated so far by every Java thread, live or ended (JDK 21+), else by the live ones */
  private static long allocatedBytes() {
    try {
      return (long) com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes").invoke(THREAD_MX);
    } catch (ReflectiveOperationException e) {
      long sum = 0;
      for (long b : THREAD_MX.getThreadAllocatedBytes(THREAD_MX.getAllThreadIds())) {
        sum += Math.max(0, b);
      }
      return sum;
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
