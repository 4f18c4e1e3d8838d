package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits too large for the sandbox to apply are refused when they are built, naming the setting,
 * not found out by an execution; the largest accepted ones run code like any others.
 */
class LimitBoundsTest {

  private static Path traversable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  @Test
  void aTimeoutTooLongToApplyIsRefusedAtBuildAndTheLongestAcceptedOneRunsCode(@TempDir Path root) throws Exception {
    // "no timeout, really": before, this built, and every execution then failed with
    // ArithmeticException("long overflow") after the sandbox had been started
    assertThatThrownBy(() -> ResourceLimits.builder().timeout(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout")
        .hasMessageContaining("36500 days");
    assertThatThrownBy(() -> ResourceLimits.builder().timeout(Duration.ofDays(36_500).plusNanos(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    ResourceLimits longest = ResourceLimits.builder().timeout(Duration.ofDays(36_500)).build();
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
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

  @Test
  void aCpuTimeTooLongToApplyIsRefusedAtBuildAndTheLongestAcceptedOneRunsCode(@TempDir Path root) throws Exception {
    // before, this built, and code without input files then did not run: exit 126 reported as
    // FINISHED, "the limits could not be applied: OverflowError" (python3) or "ulimit: Illegal
    // option -9" (bash), as the hard CPU limit (one second above the soft one) overflowed
    assertThatThrownBy(() -> ResourceLimits.builder().cpuTime(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpuTime")
        .hasMessageContaining("36500 days");
    assertThatThrownBy(() -> ResourceLimits.builder().cpuTime(Duration.ofDays(36_500).plusNanos(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cpuTime");
    ResourceLimits longest = ResourceLimits.builder().cpuTime(Duration.ofDays(36_500)).build();
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
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
}
