package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Limits too large for the sandbox to apply are refused when they are built, naming the setting,
 * not found out by an execution; the largest accepted ones run code like any others.
 */
class LimitBoundsTest {

  /**
   * Before, a timeout this long built, and every execution then failed with {@code
   * ArithmeticException("long overflow")} after the sandbox had been started ("no timeout, really");
   * a cpuTime this long built, and code without input files then did not run: exit 126 reported as
   * FINISHED, "the limits could not be applied: OverflowError" (python3) or "ulimit: Illegal option
   * -9" (bash), as the hard CPU limit (one second above the soft one) overflowed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"timeout", "cpuTime"})
  void aDurationTooLongToApplyIsRefusedAtBuildAndTheLongestAcceptedOneRunsCode(String setting, @TempDir Path root)
      throws Exception {
    BiFunction<ResourceLimits.Builder, Duration, ResourceLimits.Builder> set = (b, d) -> setting.equals("timeout")
        ? b.timeout(d) : b.cpuTime(d);
    assertThatThrownBy(() -> set.apply(ResourceLimits.builder(), Duration.ofSeconds(Long.MAX_VALUE)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting)
        .hasMessageContaining("36500 days");
    assertThatThrownBy(() -> set.apply(ResourceLimits.builder(), Duration.ofDays(36_500).plusNanos(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting);
    ResourceLimits longest = set.apply(ResourceLimits.builder(), Duration.ofDays(36_500)).build();
    try (CodeSandbox sb = Sandboxes.builder().workRoot(Sandboxes.traversable(root)).build()) {
      for (String lang : new String[] {"python3", "bash"}) {
        String code = lang.equals("bash") ? "echo ran" : "print('ran')";
        for (boolean staged : new boolean[] {false, true}) {
          ExecutionRequest.Builder b = ExecutionRequest.builder(lang, code).limits(longest);
          if (staged) {
            b.file("in.txt", "x");
          }
          ExecutionResult r = sb.execute(b.build());
          assertThat(r.succeeded()).as(lang + " staged=" + staged + ": " + r).isTrue();
          assertThat(r.stdout()).isEqualTo("ran\n");
        }
      }
    }
  }

  /** @return the JVM's hard limit from /proc/self/limits, or -1 when unlimited or too large for an int */
  private static long hardLimit(String name) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
      if (line.startsWith(name + " ")) {
        String[] f = line.substring(name.length()).trim().split("\\s+");
        return f[1].equals("unlimited") || Long.parseLong(f[1]) >= Integer.MAX_VALUE ? -1 : Long.parseLong(f[1]);
      }
    }
    return -1;
  }

  /**
   * A limit above what the JVM may give its children cannot be applied to the code. Before, such
   * sandbox limits made bubblewrap's start-up probe fail ("ulimit: error setting limit"), so
   * build() blamed bubblewrap, or, with allowProcessOnly(true), silently fell back to process-only
   * isolation (no namespaces, network reachable); such request limits ran nothing and returned
   * FINISHED with exit 1 ("prlimit: failed to set the NOFILE resource limit").
   */
  @Test
  void limitsAboveTheJvmsOwnHardLimitsAreRefusedNamingTheSettingNeverDowngradingIsolation(@TempDir Path root)
      throws Exception {
    long files = hardLimit("Max open files");
    long procs = hardLimit("Max processes");
    org.junit.jupiter.api.Assumptions.assumeTrue(files > 0 || procs > 0, "no finite hard limit to exceed");
    Path dir = Sandboxes.traversable(root);
    java.util.List<ResourceLimits> tooHigh = new java.util.ArrayList<>();
    ResourceLimits.Builder highest = ResourceLimits.builder();
    if (files > 0) {
      tooHigh.add(ResourceLimits.builder().maxOpenFiles((int) files + 1).build());
      highest.maxOpenFiles((int) files);
    }
    if (procs > 0) {
      // code without input files counts bubblewrap's outer process too: one more than maxProcesses
      tooHigh.add(ResourceLimits.builder().maxProcesses((int) procs).build());
      highest.maxProcesses((int) procs - 1);
    }
    for (ResourceLimits l : tooHigh) {
      String setting = l.maxOpenFiles() > files && files > 0 ? "maxOpenFiles" : "maxProcesses";
      assertThatThrownBy(() -> Sandboxes.builder().workRoot(dir).allowProcessOnly(true).limits(l).build())
          .as(setting).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting)
          .hasMessageContaining("hard limit");
    }
    try (CodeSandbox sb = Sandboxes.builder().workRoot(dir).build()) {
      assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.NAMESPACES);
      for (ResourceLimits l : tooHigh) {
        String setting = l.maxOpenFiles() > files && files > 0 ? "maxOpenFiles" : "maxProcesses";
        assertThatThrownBy(() -> sb.execute(ExecutionRequest.builder("bash", "echo ran").limits(l).build()))
            .as(setting).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(setting)
            .hasMessageContaining("hard limit");
      }
      for (String lang : new String[] {"python3", "bash"}) {
        String code = lang.equals("bash") ? "echo ran" : "print('ran')";
        for (boolean staged : new boolean[] {false, true}) {
          ExecutionRequest.Builder b = ExecutionRequest.builder(lang, code).limits(highest.build());
          if (staged) {
            b.file("in.txt", "x");
          }
          ExecutionResult r = sb.execute(b.build());
          assertThat(r.succeeded()).as(lang + " staged=" + staged + ": " + r).isTrue();
        }
      }
    }
  }
}
