package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sandboxes of one host never share host uids: a root JVM runs code as uids leased host-wide for
 * each sandbox, so one sandbox's processes do not count against another's process limit.
 */
class UidLeaseSandboxTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeEach
  void rootOnly() {
    Sandboxes.requireBubblewrap();
    Assumptions.assumeTrue(HostInfo.currentUid() == 0, "only a root JVM drops the code to sandbox uids");
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static Path traversable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  /** Processes whose real, effective, saved or filesystem uid is {@code uid}. */
  static int processesOf(int uid) {
    int n = 0;
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          for (String line : Files.readAllLines(p.resolve("status"))) {
            if (line.startsWith("Uid:")) {
              for (String id : line.substring(4).trim().split("\\s+")) {
                if (Long.parseLong(id) == (uid & 0xFFFF_FFFFL)) {
                  n++;
                  break;
                }
              }
            }
          }
        } catch (IOException | RuntimeException gone) {
          // ended while we looked
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  @Test
  void twoDefaultSandboxesInOneJvmGetDisjointUidsAndIndependentProcessLimits(@TempDir Path root) throws Exception {
    ResourceLimits limits = ResourceLimits.builder().maxProcesses(8).timeout(Duration.ofSeconds(30)).build();
    try (CodeSandbox a = Sandboxes.builder().workRoot(traversable(root)).limits(limits).maxConcurrentExecutions(1)
            .build();
        CodeSandbox b = Sandboxes.builder().workRoot(root).limits(limits).maxConcurrentExecutions(1).build()) {
      int uidA = a.isolation().hostUid();
      int uidB = b.isolation().hostUid();
      assertThat(uidA).isNotZero();
      assertThat(Math.abs((long) uidA - uidB)).as("host uids %d and %d", uidA, uidB)
          .isGreaterThanOrEqualTo(CodeSandbox.uidSlots(1));
      // a's code takes every process its limit allows and holds them
      Future<ExecutionResult> hog = threads.submit(() -> a.execute(ExecutionRequest.of("python3", String.join("\n",
          "import os, time",
          "n = 0",
          "try:",
          "    while True:",
          "        if os.fork() == 0:",
          "            time.sleep(8)",
          "            os._exit(0)",
          "        n += 1",
          "except OSError as e:",
          "    print('forked', n, e.errno, flush=True)",
          "time.sleep(8)",
          ""))));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (processesOf(uidA) < limits.maxProcesses() - 1 && System.nanoTime() < deadline && !hog.isDone()) {
        Thread.sleep(20);
      }
      assertThat(processesOf(uidA)).as("a holds its processes").isGreaterThanOrEqualTo(limits.maxProcesses() - 1);
      // bash without input files: the launching shell sets the limits before bubblewrap makes the sandbox's user
      // namespace, so the process limit counts every process of the host uid, in any namespace
      ExecutionResult other = b.execute(ExecutionRequest.of("bash", "exec 9<<'EOF'\n" + String.join("\n",
          "import os",
          "pids = []",
          "for _ in range(3):",
          "    p = os.fork()",
          "    if p == 0:",
          "        os._exit(0)",
          "    pids.append(p)",
          "for p in pids:",
          "    os.waitpid(p, 0)",
          "print('forked 3')",
          "") + "EOF\npython3 /dev/fd/9\n"));
      assertThat(other.stdout()).as("b's code forks under its own limit: %s", other).isEqualTo("forked 3\n");
      ExecutionResult held = hog.get(30, TimeUnit.SECONDS);
      assertThat(held.stdout()).as(held.toString()).startsWith("forked ");
    }
  }
}
