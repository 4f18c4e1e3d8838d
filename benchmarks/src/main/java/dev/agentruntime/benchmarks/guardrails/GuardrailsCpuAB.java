package dev.agentruntime.benchmarks.guardrails;

import dev.agentruntime.benchmarks.support.BuildLoader;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of {@code agent-guardrails} side by side in one JVM, each loaded from its own jar (or
 * class directory) by its own class loader, timed in thread CPU time (which the machine's load
 * moves far less than wall time) in interleaved rounds of about 10 ms: for each text, round after
 * round, build A then B (then B then A in the next round, so neither always goes first). It prints
 * per text the median CPU time per call of each build over the warmed second half of the rounds and
 * the ratio B/A, with the load average; and it checks first that both builds give the same
 * injection verdict (score, families) on every text, since a speed change must not change a score.
 *
 * <p>The texts are those of {@link GuardrailsThroughputBenchmark} (English and mixed-script, 2 KB and 1 MB;
 * {@code script:size}), or with {@code script:size:unseen} its {@value GuardrailsThroughputBenchmark#UNSEEN} unseen
 * texts of that size taken in turn (up to 64 KB), a different one at each call, as the benchmark's {@code unseen}
 * methods (and a service) do: one text repeated lets the CPU learn its branches, which can hide or invent a
 * difference. Besides the ratio of the two medians it prints the median of the per-round ratios (each round's B over
 * the same round's A, run back to back) with their quartiles, which a slow stretch of the host moves less. The clock
 * is read after about 1 ms of calls, not after each call. Workloads: {@code chain} (the default input chain, as the
 * benchmark's {@code defaultInputChain}), {@code injection} ({@code PromptInjectionDetector.score}), {@code secrets}
 * ({@code SecretDetector.all().detect}) and {@code pii} ({@code PiiDetector.all().detect}).
 *
 * <p>Run (build the old jar first, e.g. from a worktree of the base commit, and {@code mvn -pl
 * agent-guardrails,benchmarks -am install -DskipTests} for the new one) on a heap touched at start,
 * as {@link GuardrailsThroughputBenchmark} explains: {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp
 * benchmarks/target/benchmarks.jar dev.agentruntime.benchmarks.guardrails.GuardrailsCpuAB <old jar> <new jar>
 * [rounds, default 100] [workloads, default chain,injection] [texts, default
 * english:2048,mixed:2048,english:1048576,mixed:1048576]}. The 1 MB texts take about 15 ms a call, so
 * give them fewer rounds (e.g. 40) in a separate run when time is short.
 *
 * <p>Read every ratio against an A/A run (the same jar twice): in session 9 the same build loaded
 * second ran 0.81-0.84x the first at 2 KB and 0.97-0.99x at 1 MB (300 and 60 rounds, JDK 17), a
 * bias of the position, not of the code; in session 33 (unseen 2 KB texts, 300 rounds) the paired ratio of an A/A
 * run lay within 0.99 - 1.02 with quartiles about 3% either side. Run both orders and take sqrt(forward / reverse).
 * The quiet JMH run (one fork per build) decides.
 */
public final class GuardrailsCpuAB {

  /** how long one build runs in one round, in thread CPU nanoseconds (at least one call) */
  private static final long ROUND_NANOS = 10_000_000L;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private GuardrailsCpuAB() {}

  /**
   * @param args the two builds (jar or class directory), then optionally the rounds, the workloads
   *     and the texts (see the class comment)
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: GuardrailsCpuAB <old jar> <new jar> [rounds] [chain,injection,secrets,pii]"
              + " [english:2048,mixed:2048:unseen,...]");
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    String[] workloads = (args.length > 3 ? args[3] : "chain,injection").split(",");
    String[] texts = (args.length > 4 ? args[4] : "english:2048,mixed:2048,english:1048576,mixed:1048576").split(",");
    Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
    System.out.printf(Locale.ROOT, "A %s%nB %s%nload at start %s, %d rounds%n", args[0], args[1], BuildLoader.loadAverage(), rounds);
    for (String spec : texts) {
      String[] parts = spec.split(":");
      if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !parts[2].equals("unseen")) {
        throw new IllegalArgumentException("a text is script:size or script:size:unseen, was " + spec);
      }
      int size = Integer.parseInt(parts[1]);
      // as the benchmark: a text above 64 KB is varied enough on its own, so unseen takes the one text there
      String[] text = new String[parts.length == 3 && size <= 65_536 ? GuardrailsThroughputBenchmark.UNSEEN : 1];
      for (int i = 0; i < text.length; i++) {
        // the same texts as the benchmark's unseen ones: seed 42 first, then 1, 2, ...
        text[i] = GuardrailsThroughputBenchmark.text(parts[0], size, i == 0 ? 42 : i);
        String a = builds[0].verdict(text[i]);
        String b = builds[1].verdict(text[i]);
        if (!a.equals(b)) {
          throw new IllegalStateException("the builds disagree on " + spec + " text " + i + ": " + a + " vs " + b);
        }
        if (i == 0) {
          System.out.println(spec + ": " + a
              + (text.length > 1 ? " (the first of " + text.length + ", all agree)" : ""));
        }
      }
      for (String workload : workloads) {
        double[][] perCall = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
          for (int k = 0; k < 2; k++) {
            int v = r % 2 == 0 ? k : 1 - k;
            perCall[v][r] = builds[v].round(workload, text);
          }
        }
        double ma = median(Arrays.copyOfRange(perCall[0], rounds / 2, rounds));
        double mb = median(Arrays.copyOfRange(perCall[1], rounds / 2, rounds));
        // each round's B over the same round's A: the two ran back to back, so a slow stretch of the host (which
        // lasts many rounds) moves both; the median of these ratios is the steadier figure
        double[] paired = new double[rounds - rounds / 2];
        int bWins = 0;
        for (int r = rounds / 2; r < rounds; r++) {
          bWins += perCall[1][r] < perCall[0][r] ? 1 : 0;
          paired[r - rounds / 2] = perCall[1][r] / perCall[0][r];
        }
        Arrays.sort(paired);
        System.out.printf(Locale.ROOT, "%-9s %-15s A %10.2f us  B %10.2f us  B/A %.3f  paired B/A %.3f (quartiles %.3f"
            + " - %.3f)  (B faster in %d of %d rounds; load %s)%n", workload, spec, ma / 1e3, mb / 1e3, mb / ma,
            median(paired), paired[paired.length / 4], paired[paired.length * 3 / 4], bWins, rounds - rounds / 2,
            BuildLoader.loadAverage());
      }
    }
  }

  /** One build of the guardrails: its detector and default chain, called by reflection. */
  private static final class Build {
    private final Object chain;
    private final Method evaluate;
    private final Object detector;
    private final Method score;
    /** the detectors the secrets and pii workloads call, by workload: the detector and its detect method */
    private final java.util.Map<String, Object[]> detectors = new java.util.HashMap<>();

    Build(Path jar) throws Exception {
      BuildLoader loader = new BuildLoader(jar.toUri().toURL(), GuardrailsCpuAB.class.getClassLoader(),
          "dev.agentruntime.guardrails.", "dev/agentruntime/guardrails/");
      Class<?> guardrails = loader.loadClass("dev.agentruntime.guardrails.Guardrails");
      if (guardrails.getClassLoader() != loader) {
        throw new IllegalStateException("Guardrails was not loaded from " + jar);
      }
      Object builder = guardrails.getMethod("defaults").invoke(null);
      chain = builder.getClass().getMethod("build").invoke(builder);
      evaluate = chain.getClass().getMethod("evaluate", GuardrailPoint.class, String.class);
      Class<?> type = loader.loadClass("dev.agentruntime.guardrails.injection.PromptInjectionDetector");
      detector = type.getMethod("create").invoke(null);
      score = type.getMethod("score", CharSequence.class);
      for (String[] d : new String[][] {{"secrets", "secrets.SecretDetector"}, {"pii", "pii.PiiDetector"}}) {
        Class<?> c = loader.loadClass("dev.agentruntime.guardrails." + d[1]);
        detectors.put(d[0], new Object[] {c.getMethod("all").invoke(null), c.getMethod("detect", CharSequence.class)});
      }
    }

    /** @return the injection verdict and, per guardrail of the chain, its decision's kind and whether it failed */
    String verdict(String text) throws Exception {
      StringBuilder b = new StringBuilder(String.valueOf(score.invoke(detector, text)));
      Object result = evaluate.invoke(chain, GuardrailPoint.INPUT, text);
      for (Object v : (List<?>) result.getClass().getMethod("verdicts").invoke(result)) {
        Object decision = v.getClass().getMethod("decision").invoke(v);
        b.append(", ").append(v.getClass().getMethod("guardrail").invoke(v)).append(' ')
            .append(decision.getClass().getSimpleName())
            .append((boolean) v.getClass().getMethod("failed").invoke(v) ? " FAILED" : "");
      }
      return b.toString();
    }

    /** position in the texts, kept across rounds so each round goes on where the last stopped */
    private int next;

    /**
     * @param texts one text, or the unseen ones taken in turn (a different one at each call)
     * @return the thread CPU nanoseconds per call over one round
     */
    double round(String workload, String[] texts) throws Exception {
      boolean isChain = workload.equals("chain");
      Object[] call = workload.equals("injection") ? new Object[] {detector, score} : detectors.get(workload);
      if (!isChain && call == null) {
        throw new IllegalArgumentException("unknown workload " + workload + " (chain, injection, secrets, pii)");
      }
      Object target = isChain ? chain : call[0];
      Method method = isChain ? evaluate : (Method) call[1];
      long start = THREADS.getCurrentThreadCpuTime();
      long now;
      int calls = 0;
      int batch = 1; // calls between two reads of the clock (a read costs about as much as a short call's tenth)
      do {
        for (int k = 0; k < batch; k++) {
          String text = texts[next];
          next = next + 1 == texts.length ? 0 : next + 1;
          Object result = isChain ? evaluate.invoke(chain, GuardrailPoint.INPUT, text) : method.invoke(target, text);
          if (result == null) {
            throw new IllegalStateException("no result");
          }
        }
        calls += batch;
        now = THREADS.getCurrentThreadCpuTime();
        // after the first call: as many calls as take about 1 ms between reads, at least one
        if (calls == 1) {
          batch = (int) Math.max(1, Math.min(64, 1_000_000 / Math.max(1, now - start)));
        }
      } while (now - start < ROUND_NANOS);
      return (double) (now - start) / calls;
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
