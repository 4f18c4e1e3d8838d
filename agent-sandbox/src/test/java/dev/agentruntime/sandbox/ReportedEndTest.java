package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Python sandboxes (pooled, and cold ones without input files) return the result when the harness
 * reports the code's end, before the sandbox has exited: the output must be complete, nothing of
 * the sandbox may run any more, and whatever the harness cannot report falls back to the exit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedEndTest {

  private CodeSandbox pooled;
  private CodeSandbox cold;
  private Path root;

  @BeforeAll
  void start() throws IOException {
    root = Files.createTempDirectory("sandbox-reported-end");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
    ResourceLimits limits = ResourceLimits.builder().timeout(Duration.ofSeconds(20)).build();
    pooled = Sandboxes.builder().workRoot(root).limits(limits).warmPool("python3", 1).build();
    cold = Sandboxes.builder().workRoot(root).limits(limits).build();
  }

  @AfterAll
  void stop() throws IOException {
    if (pooled != null) {
      pooled.close();
    }
    if (cold != null) {
      cold.close();
    }
    Files.deleteIfExists(root);
  }

  private ExecutionResult run(String mode, String code) {
    if (mode.equals("pooled")) {
      WarmPoolTest.awaitReady(pooled, "python3", 1);
      long served = pooled.warmPoolStats().get(0).served();
      ExecutionResult r = pooled.execute(ExecutionRequest.of("python3", code));
      assertThat(pooled.warmPoolStats().get(0).served()).as("served by the pool").isEqualTo(served + 1);
      return r;
    }
    return cold.execute(ExecutionRequest.of("python3", code));
  }

  private static String marker() {
    return "741." + (1000 + new Random().nextInt(8999));
  }

  /**
   * Processes whose command line has {@code arg} that can still run: neither gone, nor a zombie,
   * nor with SIGKILL pending (a process with SIGKILL pending never returns to user space).
   */
  static List<String> runnable(String arg) throws IOException {
    List<String> left = new ArrayList<>();
    for (long pid : AttackSuiteTest.processesWithArgument(arg)) {
      List<String> status;
      try {
        status = Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status"));
      } catch (IOException gone) {
        continue;
      }
      boolean dead = false;
      for (String line : status) {
        if (line.startsWith("State:") && (line.contains("Z") || line.contains("X"))) {
          dead = true;
        }
        if ((line.startsWith("SigPnd:") || line.startsWith("ShdPnd:"))
            && (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 8)) != 0) {
          dead = true; // SIGKILL (9) pending
        }
      }
      if (!dead) {
        left.add(pid + " " + status);
      }
    }
    return left;
  }

  static void awaitGone(String arg) throws Exception {
    for (int i = 0; i < 100 && !AttackSuiteTest.processesWithArgument(arg).isEmpty(); i++) {
      Thread.sleep(50);
    }
    assertThat(AttackSuiteTest.processesWithArgument(arg)).as("processes with %s, 5 s after the result", arg).isEmpty();
  }

  /**
   * Node's harness reports the end too: after the output and the code's own exit listeners, with
   * the exit status the code set, nothing it left able to run; an uncaught exception (which node
   * prints after its exit event) ends with the process, its stack trace complete.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void nodesEndIsReportedAfterItsOutputAndExitListeners(String mode) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Sandboxes.hasNode(), "node is not installed");
    String arg = marker();
    String code = String.join("\n",
        "const cp = require('child_process');",
        "cp.spawn('sh', ['-c', 'sleep 0.3; echo too-late', 'x', '" + arg + "'], {detached: true, stdio: 'inherit'}).unref();",
        "for (let i = 0; i < 2000; i++) { console.log(i); console.error('e' + i); }",
        "process.on('exit', (c) => { console.log('exit listener', c); });",
        "process.exitCode = 3;");
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      out.append(i).append('\n');
      err.append('e').append(i).append('\n');
    }
    ResourceLimits limits = ResourceLimits.builder().timeout(Duration.ofSeconds(20)).build();
    CodeSandbox.Builder b = Sandboxes.builder().workRoot(root).limits(limits);
    try (CodeSandbox sb = mode.equals("pooled") ? b.warmPool("javascript", 1).build() : b.build()) {
      if (mode.equals("pooled")) {
        WarmPoolTest.awaitReady(sb, "javascript", 1);
      }
      ExecutionResult r = sb.execute(ExecutionRequest.of("javascript", code));
      List<String> left = runnable(arg);
      assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
      assertThat(r.stdout()).isEqualTo(out + "exit listener 3\n");
      assertThat(r.stderr()).isEqualTo(err.toString());
      assertThat(left).as("processes of the sandbox able to run when execute returned").isEmpty();
      awaitGone(arg);
      if (mode.equals("pooled")) {
        WarmPoolTest.awaitReady(sb, "javascript", 1);
      }
      ExecutionResult thrown = sb.execute(ExecutionRequest.of("javascript", "console.log('before');\nthrow new Error('boom ' + 6 * 7);"));
      assertThat(thrown.exitCode()).isEqualTo(1);
      assertThat(thrown.stdout()).isEqualTo("before\n");
      assertThat(thrown.stderr()).contains("/sandbox/code/main.js:2").contains("Error: boom 42").contains("    at ");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void outputWrittenUpToTheEndIsCompleteAndInOrder(String mode) {
    // unflushed buffers on both streams, a child's output, a large write just before the end
    ExecutionResult r = run(mode, String.join("\n",
        "import os, sys",
        "for i in range(2000):",
        "    print(i)",
        "    sys.stderr.write('e%d,' % i)",
        "sys.stdout.flush()",
        "sys.stderr.flush()",
        "os.system('echo from-a-child; echo child-err >&2')",
        "sys.stdout.write('x' * 20000)",
        "sys.stdout.write('\\0' + 'f' * 31)", // the start of a marker is output like any other bytes
        "print('last', end='')",
        "sys.exit(3)"));
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      out.append(i).append('\n');
      err.append('e').append(i).append(',');
    }
    assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
    assertThat(r.stdout()).isEqualTo(out + "from-a-child\n" + "x".repeat(20000) + "\0" + "f".repeat(31) + "last");
    assertThat(r.stderr()).isEqualTo(err + "child-err\n");
    assertThat(r.stdoutTruncated()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void whenTheResultIsReturnedNothingTheCodeLeftCanRunAndItIsSoonGone(String mode) throws Exception {
    String arg = marker();
    ExecutionResult r = run(mode, String.join("\n",
        "import os, subprocess, threading, time",
        // a background process that would write after the end, in its own session
        "subprocess.Popen(['sh', '-c', 'sleep 0.3; echo too-late', 'x', '" + arg + "'], start_new_session=True)",
        "subprocess.Popen(['sleep', '" + arg + "'], stdout=subprocess.DEVNULL)",
        // a daemon thread in the harness's own process, writing until it is stopped
        "def spin():",
        "    while True:",
        "        print('spin', flush=True)",
        "        time.sleep(0.001)",
        "threading.Thread(target=spin, daemon=True).start()",
        "time.sleep(0.05)",
        "print('done', flush=True)"));
    List<String> left = runnable(arg);
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(r.stdout()).contains("done\n").doesNotContain("too-late");
    assertThat(left).as("processes of the sandbox able to run when execute returned").isEmpty();
    awaitGone(arg);
    Thread.sleep(400);
    assertThat(AttackSuiteTest.processesWithArgument(arg)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void whatTheHarnessCannotReportEndsWithTheProcessAsBefore(String mode) throws Exception {
    // the code's own os._exit skips the harness: the exit decides
    ExecutionResult exit = run(mode, "import os\nprint('before', flush=True)\nos._exit(7)");
    assertThat(exit.exitCode()).as("%s", exit).isEqualTo(7);
    assertThat(exit.stdout()).isEqualTo("before\n");
    // no descriptor left to report on
    String arg = marker();
    ExecutionResult closed = run(mode, String.join("\n",
        "import os, subprocess",
        "subprocess.Popen(['sleep', '" + arg + "'])",
        "print('before', flush=True)",
        "os.close(1)",
        "os.close(2)"));
    assertThat(closed.exitCode()).as("%s", closed).isZero();
    assertThat(closed.stdout()).isEqualTo("before\n");
    assertThat(AttackSuiteTest.processesWithArgument(arg)).as("the exit killed the rest").isEmpty();
    // a marker-like line the code prints itself is output like any other
    ExecutionResult fake = run(mode, "import sys\nsys.stdout.write('\\0' + 'a' * 32 + '\\n')\nsys.stderr.write('\\0' + 'b' * 32 + '001')");
    assertThat(fake.exitCode()).isZero();
    assertThat(fake.stdout()).isEqualTo("\0" + "a".repeat(32) + "\n");
    assertThat(fake.stderr()).isEqualTo("\0" + "b".repeat(32) + "001");
  }

  /**
   * The end marker is in the harness's memory (and, started cold, in {@code /sandbox/in}): the code
   * can write it itself. A marker on stderr that is not followed by an exit status is output like any
   * other; whatever the code writes, {@code execute} returns by the timeout, with the sandbox killed.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void aForgedEndReportDoesNotOutliveTheTimeout(String mode) throws Exception {
    String arg = marker();
    String comm = "forged" + arg.substring(4);
    ResourceLimits limits = ResourceLimits.builder().timeout(Duration.ofSeconds(2)).build();
    CodeSandbox.Builder b = Sandboxes.builder().workRoot(root).limits(limits);
    try (CodeSandbox sb = mode.equals("pooled") ? b.warmPool("python3", 1).build() : b.build()) {
      if (mode.equals("pooled")) {
        WarmPoolTest.awaitReady(sb, "python3", 1);
      }
      String code = String.join("\n",
          "import os, subprocess, sys, time",
          "open('/proc/self/comm', 'w').write('" + comm + "')",
          "subprocess.Popen(['sleep', '" + arg + "'])",
          "k = sys._getframe(1).f_globals['_k']",
          "print('before', flush=True)",
          "os.write(1, k)",
          "os.write(2, b'err-before' + k + b'x-after')",
          "time.sleep(600)");
      long t0 = System.nanoTime();
      ExecutionResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> sb.execute(ExecutionRequest.of("python3", code)),
          "execute() outlived the 2 s timeout of code that wrote the end marker without an exit status");
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      assertThat(r.exitReason()).as("%s", r).isEqualTo(ExitReason.TIMED_OUT);
      assertThat(took).as("time to result with a 2 s timeout").isLessThan(Duration.ofMillis(4000));
      assertThat(r.stdout()).isEqualTo("before\n");
      assertThat(r.stderr()).as("a marker without an exit status is output").startsWith("err-before")
          .endsWith("x-after");
      awaitGone(arg);
      for (int i = 0; i < 100 && !processesNamed(comm).isEmpty(); i++) {
        Thread.sleep(50);
      }
      assertThat(processesNamed(comm)).as("the sandbox's code process, 5 s after the result").isEmpty();
    }
  }

  /** Processes whose command name ({@code /proc/PID/comm}) is {@code comm}. */
  static List<Long> processesNamed(String comm) throws IOException {
    List<Long> found = new ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          if (Files.readString(p.resolve("comm")).trim().equals(comm)) {
            found.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException ignored) {
          // gone
        }
      }
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void aForkedChildThatRunsToTheEndOfTheCodeDoesNotReportTheEnd(String mode) {
    // the child falls through to the end of the code (no os._exit), as a plain python3 run allows:
    // the result is still the parent's
    ExecutionResult r = run(mode, String.join("\n",
        "import os, sys, time",
        "pid = os.fork()",
        "if pid == 0:",
        "    print('child', flush=True)",
        "    sys.exit(5)",
        "os.waitpid(pid, 0)",
        "time.sleep(0.2)",
        "print('parent')",
        "sys.exit(3)"));
    assertThat(r.exitCode()).as("%s", r).isEqualTo(3);
    assertThat(r.stdout()).isEqualTo("child\nparent\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void theHarnessAppliesTheSameLimitsPrlimitDoesAndTheCodeCannotRaiseThem(String mode) {
    String code = String.join("\n",
        "import resource as r",
        "print([r.getrlimit(getattr(r, 'RLIMIT_' + n)) for n in ('AS', 'CPU', 'NPROC', 'FSIZE', 'NOFILE', 'CORE')])",
        "for n in ('AS', 'CPU', 'NPROC', 'FSIZE', 'NOFILE'):",
        "    k = getattr(r, 'RLIMIT_' + n)",
        "    try:",
        "        r.setrlimit(k, (r.RLIM_INFINITY, r.RLIM_INFINITY))",
        "        print('RAISED', n)",
        "    except (ValueError, OSError):",
        "        print('KEPT', n)");
    ExecutionResult harnessed = run(mode, code);
    // a request with an input file is staged and started under prlimit, as before
    ExecutionResult prlimited = (mode.equals("pooled") ? pooled : cold).execute(
        ExecutionRequest.builder("python3", code).file("unused.txt", "x").build());
    ResourceLimits l = cold.limits();
    assertThat(harnessed.stdout()).as("%s", harnessed).isEqualTo(prlimited.stdout())
        .startsWith("[(" + l.memoryBytes() + ", " + l.memoryBytes() + "), (" + l.cpuSeconds() + ", "
            + (l.cpuSeconds() + 1) + "), (" + l.maxProcesses() + ", " + l.maxProcesses() + "), ("
            + l.maxFileSizeBytes() + ", " + l.maxFileSizeBytes() + "), (" + l.maxOpenFiles() + ", "
            + l.maxOpenFiles() + "), (0, 0)]\n")
        .doesNotContain("RAISED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pooled", "cold"})
  void limitsStillEndTheExecution(String mode) {
    ExecutionResult flood = run(mode, "while True:\n    print('y' * 1000)\n");
    assertThat(flood.exitReason()).isEqualTo(ExitReason.OUTPUT_LIMIT);
    assertThat(flood.stdoutTruncated()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void aTimeoutStillEndsTheExecutionWithTheOutputSoFar() {
    // a request with its own limits starts cold, with the harness
    ResourceLimits tight = cold.limits().toBuilder().timeout(Duration.ofMillis(1500)).build();
    ExecutionResult r = cold.execute(ExecutionRequest.builder("python3",
        "import time\nprint('begin', flush=True)\ntime.sleep(60)").limits(tight).build());
    assertThat(r.exitReason()).isEqualTo(ExitReason.TIMED_OUT);
    assertThat(r.stdout()).isEqualTo("begin\n");
  }
}
