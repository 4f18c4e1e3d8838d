package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Processes that leave the execution's session and process group ({@code setsid}, Python's {@code
 * start_new_session}, a double fork whose middle parent exits so the grandchild is re-parented)
 * do not outlive the execution: in process-only mode (killed by the execution's marker in their
 * environment, and, when the JVM is root, by the execution's own host uid) and under bubblewrap
 * (the PID namespace dies with its first process).
 */
class EscapedProcessTest {

  private final List<String> markers = new ArrayList<>();

  /** A unique {@code sleep} argument to find the processes of one test by. */
  private String marker() {
    String m = "8" + (100 + new Random().nextInt(899)) + "." + (1000 + new Random().nextInt(8999));
    markers.add(m);
    return m;
  }

  @AfterEach
  void killLeftovers() throws IOException {
    // whatever a failing test left behind: the test must not leak what it tests
    for (String m : markers) {
      for (long pid : AttackSuiteTest.processesWithArgument(m)) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }

  private static CodeSandbox processOnly(Path root) throws IOException {
    CodeSandbox sb = CodeSandbox.builder().bubblewrapPath(Paths.get("/nonexistent/bwrap")).allowProcessOnly(true)
        .workRoot(Sandboxes.traversable(root)).build();
    assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.PROCESS_ONLY);
    return sb;
  }

  /** Python: a child in a new session, started (exec'd) before Popen returns. */
  private static String newSession(String m) {
    return String.join("\n",
        "import subprocess",
        "subprocess.Popen(['sleep', '" + m + "'], start_new_session=True,",
        "                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)");
  }

  /**
   * Python: a double fork, the middle parent leaving the session and exiting, so the grandchild is
   * re-parented (to init or a subreaper); it has exec'd sleep when the pipe's write end closes.
   */
  private static String doubleFork(String m) {
    return String.join("\n",
        "import os",
        "r, w = os.pipe()",
        "pid = os.fork()",
        "if pid == 0:",
        "    os.setsid()",
        "    if os.fork() == 0:",
        "        os.close(r)",
        "        devnull = os.open('/dev/null', os.O_RDWR)",
        "        for fd in (0, 1, 2):",
        "            os.dup2(devnull, fd)",
        "        os.execvp('sleep', ['sleep', '" + m + "'])",
        "    os._exit(0)",
        "os.close(w)",
        "os.waitpid(pid, 0)",
        "os.read(r, 1)  # EOF once the grandchild exec'd (the pipe is close-on-exec)");
  }

  private static void assertNoneRuns(String m, ExecutionResult r) throws IOException {
    assertThat(ReportedEndTest.runnable(m)).as("processes with %s able to run after the execution: %s", m, r)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"new-session", "double-fork"})
  void processOnlyChildrenThatLeftTheSessionDoNotOutliveTheExecution(String how, @TempDir Path root)
      throws Exception {
    try (CodeSandbox sb = processOnly(root)) {
      String m = marker();
      String code = ("new-session".equals(how) ? newSession(m) : doubleFork(m)) + "\nprint('started')";
      ExecutionResult r = sb.execute(ExecutionRequest.of("python3", code));
      assertThat(r.stdout()).as("%s", r).isEqualTo("started\n");
      assertNoneRuns(m, r);
    }
  }

  @Test
  void processOnlyChildrenThatLeftTheSessionDieAtTheTimeout(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = processOnly(root)) {
      String m = marker();
      String bash = String.join("\n",
          "setsid sleep " + m + " >/dev/null 2>&1 </dev/null &",
          "python3 -c \"$(printf '%s' \"$DOUBLE_FORK\")\" >/dev/null 2>&1 </dev/null &",
          "echo started",
          "exec sleep 600");
      ExecutionResult r = sb.execute(ExecutionRequest.builder("bash", "DOUBLE_FORK=" + shellQuote(doubleFork(m))
              + "\n" + bash)
          .limits(sb.limits().toBuilder().timeout(Duration.ofSeconds(3)).build()).build());
      assertThat(r.exitReason()).as("%s", r).isEqualTo(ExitReason.TIMED_OUT);
      assertNoneRuns(m, r);
    }
  }

  /**
   * A root JVM runs process-only code as a host uid of the execution's own: a process that also
   * empties its environment (so it carries no marker) is still found, by its uid.
   */
  @Test
  void processOnlyUnderARootJvmKillsEvenProcessesThatClearedTheirEnvironment(@TempDir Path root)
      throws Exception {
    Assumptions.assumeTrue(HostInfo.currentUid() == 0, "only a root JVM runs the code as a uid of its own");
    try (CodeSandbox sb = processOnly(root)) {
      String m = marker();
      ExecutionResult r = sb.execute(ExecutionRequest.of("python3", String.join("\n",
          "import subprocess",
          "subprocess.Popen(['/usr/bin/env', '-i', 'sleep', '" + m + "'], start_new_session=True,",
          "                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)",
          "import time",
          "for _ in range(200):",
          "    if subprocess.run(['pgrep', '-f', 'sleep " + m + "'], stdout=subprocess.DEVNULL).returncode == 0:",
          "        break",
          "    time.sleep(0.05)",
          "print('started')")));
      assertThat(r.stdout()).as("%s", r).isEqualTo("started\n");
      assertNoneRuns(m, r);
    }
  }

  /**
   * Without a root JVM (the code runs as the JVM's own uid) the marker in the environment is what
   * finds a process that left the session: one that carries it is found, one exec'd with an
   * environment without it is not (the documented limit).
   */
  @Test
  void aProcessThatLeftTheSessionIsFoundByTheMarkerInItsEnvironment() throws Exception {
    String m = marker();
    String token = "test-" + System.nanoTime();
    ProcessBuilder marked = new ProcessBuilder("setsid", "sleep", m).redirectErrorStream(true);
    marked.environment().put(ProcessOnlyLauncher.MARKER_ENV, token);
    ProcessBuilder cleared = new ProcessBuilder("setsid", "env", "-i", "sleep", m).redirectErrorStream(true);
    cleared.environment().put(ProcessOnlyLauncher.MARKER_ENV, token);
    Process a = marked.start();
    Process b = cleared.start();
    try {
      // setsid and env exec sleep in place: until then the marker is in both environments
      for (int i = 0; i < 400 && !(runsSleep(a.pid()) && runsSleep(b.pid())); i++) {
        Thread.sleep(25);
      }
      assertThat(runsSleep(a.pid()) && runsSleep(b.pid())).as("both exec'd sleep").isTrue();
      assertThat(ProcessOnlyLauncher.leftovers(-1, token, -1)).contains(a.pid()).doesNotContain(b.pid());
      assertThat(ProcessOnlyLauncher.leftovers(-1, token + "0", -1)).doesNotContain(a.pid(), b.pid());
    } finally {
      a.destroyForcibly();
      b.destroyForcibly();
      a.waitFor();
      b.waitFor();
    }
  }

  /**
   * Under bubblewrap the code's first process is PID 1 of its PID namespace: when it ends, the
   * kernel kills everything else in the namespace, whichever session or parent it has. Cold with
   * input files (staged, no harness), cold under the harness, and pooled.
   */
  @ParameterizedTest
  @ValueSource(strings = {"staged", "harnessed", "pooled"})
  void namespaceChildrenThatLeftTheSessionDoNotOutliveTheExecution(String mode, @TempDir Path root)
      throws Exception {
    CodeSandbox.Builder b = Sandboxes.builder().workRoot(Sandboxes.traversable(root)).maxConcurrentExecutions(1);
    if ("pooled".equals(mode)) {
      b.warmPool("python3", 1);
    }
    try (CodeSandbox sb = b.build()) {
      assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.NAMESPACES);
      for (String how : List.of("new-session", "double-fork")) {
        String m = marker();
        String code = ("new-session".equals(how) ? newSession(m) : doubleFork(m)) + "\nprint('started')";
        ExecutionRequest.Builder req = ExecutionRequest.builder("python3", code);
        if ("staged".equals(mode)) {
          req.file("in.txt", "x");
        } else if ("pooled".equals(mode)) {
          WarmPoolTest.awaitReady(sb, "python3", 1);
        }
        ExecutionResult r = sb.execute(req.build());
        assertThat(r.stdout()).as("%s %s: %s", mode, how, r).isEqualTo("started\n");
        assertNoneRuns(m, r);
        ReportedEndTest.awaitGone(m);
      }
    }
  }

  private static boolean runsSleep(long pid) {
    try {
      return new String(Files.readAllBytes(Paths.get("/proc", Long.toString(pid), "cmdline")),
          java.nio.charset.StandardCharsets.UTF_8).startsWith("sleep\0");
    } catch (IOException e) {
      return false;
    }
  }

  private static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
