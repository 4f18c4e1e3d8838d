package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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

  private final List<Process> strays = new ArrayList<>();

  @AfterEach
  void stopThreadsAndStrays() throws InterruptedException {
    threads.shutdownNow();
    for (Process p : strays) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Processes under any uid from {@code first} to {@code first + count - 1}. */
  static int processesOf(int first, int count) {
    int n = 0;
    for (int i = 0; i < count; i++) {
      n += processesOf(first + i);
    }
    return n;
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
      assertThat(a.isolation().notes()).anyMatch(n -> n.startsWith("host uids " + uidA + "-" + (uidA + 1) + " leased"));
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

  @Test
  void aSandboxOfAnotherJvmPushesThisJvmsSandboxToOtherUids(@TempDir Path root) throws Exception {
    int count = CodeSandbox.uidSlots(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try (UidLeaseHolder.Started other = UidLeaseHolder.start("sandbox")) {
      try (CodeSandbox mine = Sandboxes.builder().workRoot(traversable(root)).build()) {
        int uid = mine.isolation().hostUid();
        assertThat(Math.abs((long) uid - other.first())).as("this JVM's uid %d, the other's %d", uid, other.first())
            .isGreaterThanOrEqualTo(count);
        ExecutionResult r = mine.execute(ExecutionRequest.of("python3", "print(6 * 7)"));
        assertThat(r.stdout()).as(r.toString()).isEqualTo("42\n");
      }
      other.release();
    }
  }

  @Test
  void afterCloseNoProcessRunsUnderTheSandboxsUidsAndTheyAreFreeAgain(@TempDir Path root) throws Exception {
    int base = 930_000_000;
    int first;
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).sandboxUidBase(base)
        .maxConcurrentExecutions(2).build()) {
      first = sb.isolation().hostUid();
      List<Future<ExecutionResult>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        // each leaves a background process, killed when the end is reported and reaped after the result
        runs.add(threads.submit(() -> sb.execute(ExecutionRequest.of("python3",
            "import subprocess\nsubprocess.Popen(['sleep', '30'])\nprint('started')"))));
      }
      for (Future<ExecutionResult> f : runs) {
        assertThat(f.get(60, TimeUnit.SECONDS).stdout()).isEqualTo("started\n");
      }
      sb.close();
      assertThat(processesOf(first, CodeSandbox.uidSlots(2))).as("processes under the sandbox's uids after close()")
          .isZero();
    }
    assertThat(lockFile(first)).doesNotExist();
    try (CodeSandbox again = Sandboxes.builder().workRoot(root).sandboxUidBase(base).maxConcurrentExecutions(2)
        .build()) {
      assertThat(again.isolation().hostUid()).as("the same uids, free again").isEqualTo(first);
    }
  }

  private static Path lockFile(int uid) {
    return UidLease.defaultDirectory().resolve("uids-" + (uid / UidLease.UNIT * UidLease.UNIT) + ".lock");
  }

  /**
   * A reap still going when close() gives up waiting keeps the lease: the uids stay taken until it
   * ends, then are free.
   */
  @Test
  void aReapStillGoingAtTheCloseBoundKeepsTheUidsLeasedUntilItEnds(@TempDir Path root) throws Exception {
    int base = 950_000_000;
    CountDownLatch stuck = new CountDownLatch(1);
    CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).sandboxUidBase(base).maxConcurrentExecutions(1)
        .build();
    int first = sb.isolation().hostUid();
    sb.reapInBackground(() -> {
      try {
        stuck.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, () -> { });
    try {
      Future<?> closing = threads.submit(sb::close);
      closing.get(CodeSandbox.CLOSE_WAIT_NANOS + TimeUnit.SECONDS.toNanos(20), TimeUnit.NANOSECONDS);
      assertThat(lockFile(first)).as("still leased").exists();
      try (CodeSandbox next = Sandboxes.builder().workRoot(root).sandboxUidBase(base).maxConcurrentExecutions(1)
          .build()) {
        assertThat(next.isolation().hostUid()).as("pushed past the uids still leased").isEqualTo(first + 1000);
      }
      sb.close(); // idempotent: returns at once
    } finally {
      stuck.countDown();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (Files.exists(lockFile(first)) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(lockFile(first)).as("released when the reap ended").doesNotExist();
    try (CodeSandbox again = Sandboxes.builder().workRoot(root).sandboxUidBase(base).maxConcurrentExecutions(1)
        .build()) {
      assertThat(again.isolation().hostUid()).isEqualTo(first);
    }
  }

  @Test
  void aProcessAlreadyRunningUnderAUidOfARangeMakesTheSandboxSkipIt(@TempDir Path root) throws Exception {
    Path setpriv = Paths.get("/usr/bin/setpriv");
    Assumptions.assumeTrue(Files.isExecutable(setpriv), "setpriv starts the stray process");
    int base = 940_000_000;
    Process stray = new ProcessBuilder(setpriv.toString(), "--reuid=" + (base + 1), "--regid=" + (base + 1),
        "--clear-groups", "sleep", "60").start();
    strays.add(stray);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (processesOf(base + 1) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(processesOf(base + 1)).as("the stray runs").isEqualTo(1);
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).sandboxUidBase(base)
        .maxConcurrentExecutions(1).build()) {
      assertThat(sb.isolation().hostUid()).isEqualTo(base + 1000);
    }
    stray.destroyForcibly();
    stray.waitFor(10, TimeUnit.SECONDS);
    try (CodeSandbox sb = Sandboxes.builder().workRoot(root).sandboxUidBase(base).maxConcurrentExecutions(1).build()) {
      assertThat(sb.isolation().hostUid()).as("no stray any more").isEqualTo(base);
    }
  }

  @Test
  void aLeaseDirectoryThatIsASymbolicLinkIsRefused(@TempDir Path root) throws Exception {
    Path target = Files.createDirectory(root.resolve("target"));
    Path link = Files.createSymbolicLink(root.resolve("leases"), target);
    CodeSandbox.Builder b = Sandboxes.builder().workRoot(traversable(root));
    b.uidLeaseDirectory = link;
    assertThatThrownBy(b::build).isInstanceOf(SandboxException.class)
        .hasMessageContaining("uid lease directory " + link + " is a symbolic link");
    try (DirectoryStream<Path> s = Files.newDirectoryStream(target)) {
      assertThat(s).as("nothing written through the link").isEmpty();
    }
  }
}
