package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real attacks against the bubblewrap sandbox; every one must be contained. Skipped with a
 * message when bubblewrap is missing locally; a failure under CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackSuiteTest {

  CodeSandbox sandbox;
  Path workRoot;

  /** @return the builder's settings beyond the suite's (the pooled variant adds a warm pool) */
  CodeSandbox.Builder configure(CodeSandbox.Builder b) {
    return b;
  }

  @BeforeAll
  void start() throws IOException {
    workRoot = Files.createTempDirectory("sandbox-attack-root");
    // the unprivileged sandbox uid (when tests run as root) must be able to traverse it
    Files.setPosixFilePermissions(workRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    sandbox = configure(Sandboxes.builder())
        .workRoot(workRoot)
        .maxConcurrentExecutions(4)
        .limits(ResourceLimits.builder()
            .timeout(Duration.ofSeconds(8))
            .cpuTime(Duration.ofSeconds(2))
            .memoryBytes(256L << 20)
            .maxProcesses(32)
            .maxFileSizeBytes(1 << 20)
            .maxOutputBytes(16 * 1024)
            .build())
        .build();
    assertThat(sandbox.isolation().level()).isEqualTo(IsolationLevel.NAMESPACES);
  }

  @AfterAll
  void stop() throws IOException {
    if (sandbox != null) {
      sandbox.close();
      try (DirectoryStream<Path> left = Files.newDirectoryStream(workRoot)) {
        assertThat(left).as("every staging directory was removed").isEmpty();
      }
      Files.delete(workRoot);
    }
  }

  ExecutionResult py(String code) {
    return sandbox.execute(ExecutionRequest.of("python3", code));
  }

  @Test
  void networkEgressToAListenerOnTheHostLoopbackIsBlocked() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      server.setSoTimeout(300);
      ExecutionResult r = py(String.join("\n",
          "import socket",
          "try:",
          "    s = socket.create_connection(('127.0.0.1', " + server.getLocalPort() + "), timeout=2)",
          "    s.sendall(b'exfiltrated')",
          "    print('CONNECTED')",
          "except OSError as e:",
          "    print('BLOCKED', e.errno)"));
      assertThat(r.stdout()).startsWith("BLOCKED").doesNotContain("CONNECTED");
      boolean accepted;
      try (Socket s = server.accept()) {
        accepted = true;
      } catch (SocketTimeoutException e) {
        accepted = false;
      }
      assertThat(accepted).as("the host listener saw no connection").isFalse();
    }
  }

  @Test
  void dnsLookupFails() {
    ExecutionResult r = py(String.join("\n",
        "import socket",
        "for host in ['example.com', 'localhost.localdomain.invalid']:",
        "    try:",
        "        print('RESOLVED', host, socket.getaddrinfo(host, 443)[0][4])",
        "    except OSError as e:",
        "        print('BLOCKED', host)",
        "import os",
        "print('resolv.conf visible:', os.path.exists('/etc/resolv.conf'))"));
    assertThat(r.stdout()).contains("BLOCKED example.com").doesNotContain("RESOLVED")
        .contains("resolv.conf visible: False");
  }

  @Test
  void forkBombIsContainedAndTheHostCanStillFork() throws Exception {
    ExecutionResult r = py(String.join("\n",
        "import os, time",
        "n = 0",
        "try:",
        "    for i in range(5000):",
        "        if os.fork() == 0:",
        "            time.sleep(5)",
        "            os._exit(0)",
        "        n += 1",
        "except OSError as e:",
        "    print('STOPPED after', n, 'errno', e.errno)",
        "else:",
        "    print('FORKED', n)"));
    assertThat(r.stdout()).startsWith("STOPPED after");
    int forked = Integer.parseInt(r.stdout().split(" ")[2]);
    assertThat(forked).isLessThan(32);
    assertThat(r.duration()).as("children sleeping 5 s were killed with the sandbox").isLessThan(Duration.ofSeconds(4));
    // the test JVM is not hurt: it can still start threads and processes
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor()).isZero();
    Thread t = new Thread(() -> { });
    t.start();
    t.join();
    assertNoProcessesLeftFor(0);
  }

  @Test
  void classicShellForkBombIsContainedByTheTimeout() {
    ExecutionResult r = sandbox.execute(ExecutionRequest.builder("bash", ":(){ :|:& };:\nwait\n")
        .limits(sandbox.limits().toBuilder().timeout(Duration.ofSeconds(2)).build()).build());
    assertThat(r.exitReason()).isIn(ExitReason.TIMED_OUT, ExitReason.FINISHED);
    assertThat(r.duration()).isLessThan(Duration.ofSeconds(5));
    assertThat(py("print('still fine')").stdout()).isEqualTo("still fine\n");
  }

  @Test
  void memoryBombHitsTheMemoryLimit() {
    ExecutionResult r = py(String.join("\n",
        "chunks = []",
        "while True:",
        "    chunks.append(bytearray(32 * 1024 * 1024))"));
    assertThat(r.exitReason()).isEqualTo(ExitReason.MEMORY_LIMIT);
    assertThat(r.stderr()).contains("MemoryError");
    assertThat(r.exitCode()).isNotZero();
  }

  @Test
  void cpuSpinIsStoppedAtTheCpuLimit() {
    // a wall-clock timeout far past the CPU limit: on a loaded host the spin gets a fraction of a core
    ExecutionResult r = sandbox.execute(ExecutionRequest.builder("python3", "while True:\n    pass\n")
        .limits(sandbox.limits().toBuilder().timeout(Duration.ofSeconds(40)).build()).build());
    assertThat(r.exitReason()).isEqualTo(ExitReason.CPU_LIMIT);
    assertThat(r.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(1500)).isLessThan(Duration.ofSeconds(40));
  }

  @Test
  void endlessOutputIsCappedAndStopped() {
    ExecutionResult r = py("while True:\n    print('x' * 1000)\n");
    assertThat(r.exitReason()).isEqualTo(ExitReason.OUTPUT_LIMIT);
    assertThat(r.stdoutTruncated()).isTrue();
    assertThat(r.stdout().getBytes(StandardCharsets.UTF_8)).hasSize(16 * 1024);
    assertThat(r.duration()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void outputCutInsideACharacterEndsAtTheLastWholeOne() {
    // 3,001 bytes a line (3-byte euro signs): the 16 KiB cap falls inside a character; before, its
    // first bytes were kept and decoded as a replacement character (U+FFFD) at the end
    ExecutionResult r = py("while True:\n    print('\u20ac' * 1000)\n");
    assertThat(r.exitReason()).isEqualTo(ExitReason.OUTPUT_LIMIT);
    assertThat(r.stdoutTruncated()).isTrue();
    assertThat(r.stdout()).doesNotContain("\ufffd").endsWith("\u20ac");
    assertThat(r.stdout().getBytes(StandardCharsets.UTF_8)).hasSize(16 * 1024 - 2);
  }

  @Test
  void endlessStderrIsCappedToo() {
    ExecutionResult r = sandbox.execute(ExecutionRequest.of("bash", "yes err >&2"));
    assertThat(r.exitReason()).isEqualTo(ExitReason.OUTPUT_LIMIT);
    assertThat(r.stderrTruncated()).isTrue();
    assertThat(r.stderr()).hasSize(16 * 1024).startsWith("err\nerr\n");
  }

  @Test
  void writesOutsideTheWorkDirectoryNeverReachTheHost(@TempDir Path hostDir) throws Exception {
    String token = "escape-" + UUID.randomUUID();
    Path cwd = Paths.get("").toAbsolutePath();
    List<Path> targets = List.of(
        Paths.get("/tmp", token), hostDir.resolve(token), cwd.resolve(token), workRoot.resolve(token),
        Paths.get("/root", token), Paths.get("/usr", token), Paths.get(System.getProperty("user.home"), token));
    StringBuilder code = new StringBuilder("import os\n");
    for (Path t : targets) {
      code.append("try:\n    os.makedirs(os.path.dirname('").append(t).append("'), exist_ok=True)\n")
          .append("    open('").append(t).append("', 'w').write('pwned')\n    print('WROTE ").append(t).append("')\n")
          .append("except OSError as e:\n    print('DENIED ").append(t).append("', e.errno)\n");
    }
    code.append("open('").append(token).append("', 'w').write('inside')\nprint('LOCAL', open('")
        .append(token).append("').read())\n");
    ExecutionResult r = py(code.toString());
    assertThat(r.stdout()).contains("LOCAL inside");
    for (Path t : targets) {
      assertThat(t).as("host path %s", t).doesNotExist();
    }
    assertThat(cwd.resolve(token)).doesNotExist();
  }

  @Test
  void secretsOnTheHostCannotBeRead(@TempDir Path hostDir) throws Exception {
    String secret = "s3cr3t-" + UUID.randomUUID();
    Path planted = hostDir.resolve("api-key.txt");
    Files.writeString(planted, secret);
    Path inProject = Paths.get("target", "planted-secret-" + UUID.randomUUID() + ".txt").toAbsolutePath();
    Files.writeString(inProject, secret);
    try {
      String code = String.join("\n",
          "import os",
          "for p in ['" + planted + "', '" + inProject + "', '/etc/shadow', '/proc/1/environ']:",
          "    try:",
          "        print('READ', p, open(p).read())",
          "    except OSError as e:",
          "        print('DENIED', p, e.errno)",
          "for d in ['/root', '/home', '" + Paths.get("").toAbsolutePath() + "', '"
              + System.getProperty("user.home") + "']:",
          "    print('EXISTS' if os.path.exists(d) and os.listdir(d) else 'ABSENT', d)");
      ExecutionResult r = py(code);
      assertThat(r.stdout() + r.stderr()).doesNotContain(secret);
      assertThat(r.stdout()).contains("DENIED " + planted).contains("DENIED " + inProject)
          .doesNotContain("EXISTS");
    } finally {
      Files.deleteIfExists(inProject);
    }
  }

  @Test
  void noHostPathShowsInTheSandboxsProcessListAndNoHostDescriptorIsOpen() {
    String root = workRoot.toString();
    String tmp = System.getProperty("java.io.tmpdir");
    ExecutionResult r = py(String.join("\n",
        "import os",
        "for pid in sorted(p for p in os.listdir('/proc') if p.isdigit()):",
        "    try:",
        "        print('CMD', pid, open('/proc/%s/cmdline' % pid, 'rb').read().replace(b'\\0', b' ').decode())",
        "    except OSError as e:",
        "        print('NOCMD', pid, e.errno)",
        "for fd in sorted(os.listdir('/proc/self/fd'), key=int):",
        "    try:",
        "        print('FD', fd, os.readlink('/proc/self/fd/' + fd))",
        "    except OSError as e:",
        "        print('FD', fd, 'gone')"));
    assertThat(r.stdout()).contains("CMD 1 ").doesNotContain(root).doesNotContain("agent-sandbox-")
        .doesNotContain(tmp + "/");
    List<String> fds = r.stdout().lines().filter(l -> l.startsWith("FD ")).toList();
    // 0-2 and the directory listing's own descriptor, nothing inherited from the host side
    assertThat(fds).as("%s", fds).hasSizeLessThanOrEqualTo(4);
    assertThat(fds).allSatisfy(l -> assertThat(l).matches("FD [0-3] .*").doesNotContain(root));
  }

  @Test
  void theParentsEnvironmentIsNotInherited() {
    assumeTrue(System.getenv("AGENT_SANDBOX_PARENT_SECRET") != null,
        "surefire sets AGENT_SANDBOX_PARENT_SECRET for this test");
    ExecutionResult r = py("import os\nprint(sorted(os.environ.items()))\nprint(open('/proc/self/environ').read())");
    assertThat(r.stdout()).doesNotContain("parent-secret-7f3a").doesNotContain("AGENT_SANDBOX_PARENT_SECRET")
        .doesNotContain("JAVA_HOME").doesNotContain("MAVEN");
    ExecutionResult keys = py("import os\nprint(' '.join(sorted(k for k in os.environ if k not in ('PWD', 'LC_CTYPE'))))");
    assertThat(keys.stdout().trim()).isEqualTo("HOME LANG PATH TMPDIR");
  }

  @Test
  void backgroundProcessesDoNotOutliveTheExecution() throws Exception {
    String marker = "731." + (1000 + new java.util.Random().nextInt(8999));
    ExecutionResult r = sandbox.execute(ExecutionRequest.of("bash", String.join("\n",
        "nohup sleep " + marker + " >/dev/null 2>&1 &",
        "setsid sleep " + marker + " >/dev/null 2>&1 < /dev/null &",
        "( trap '' HUP TERM; exec sleep " + marker + " ) >/dev/null 2>&1 &",
        "disown -a",
        "echo started")));
    assertThat(r.stdout()).isEqualTo("started\n");
    assertThat(r.duration()).as("execute did not wait for the background processes").isLessThan(Duration.ofSeconds(4));
    assertThat(processesWithArgument(marker)).as("background sleepers after the execution").isEmpty();
  }

  @Test
  void noProcessOfTheSandboxIsLeftWhenExecuteReturnsHoweverTheCodeEnds() throws Exception {
    // execute() must not return while anything the code started can still run: whether the code
    // reports its end (the harness kills the rest first), or, without a report, when the code
    // exits 0 (bubblewrap's exit proves the namespace empty), fails (exit 1), exits with another
    // code, or dies of a signal (both looked up and waited for)
    Map<String, java.util.function.Predicate<Integer>> ends = new LinkedHashMap<>();
    ends.put("pass", c -> c == 0);
    ends.put("raise ValueError('boom')", c -> c == 1);
    ends.put("sys.exit(3)", c -> c == 3);
    ends.put("os.abort()", c -> c != 0);
    for (Map.Entry<String, java.util.function.Predicate<Integer>> end : ends.entrySet()) {
      String marker = "733." + (1000 + new java.util.Random().nextInt(8999));
      ExecutionResult r = py(String.join("\n",
          "import os, subprocess, sys",
          "subprocess.Popen(['sleep', '" + marker + "'], start_new_session=True,",
          "                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)",
          "os.system('sleep " + marker + " >/dev/null 2>&1 &')",
          "print('started', flush=True)",
          end.getKey()));
      assertThat(r.stdout()).as("%s: %s", end.getKey(), r).isEqualTo("started\n");
      assertThat(r.exitCode()).as("%s: %s", end.getKey(), r).matches(end.getValue());
      // python3 under the harness: when execute returns they may still be dying, but none can run
      // (gone, a zombie, or SIGKILL pending), and they are gone soon after; others are gone already
      assertThat(ReportedEndTest.runnable(marker)).as("sleepers able to run right after '%s' ended the code",
          end.getKey()).isEmpty();
      ReportedEndTest.awaitGone(marker);
    }
  }

  @Test
  void sleepingPastTheTimeoutKillsTheWholeTree() throws Exception {
    String marker = "632." + (1000 + new java.util.Random().nextInt(8999));
    ExecutionResult r = sandbox.execute(ExecutionRequest.builder("bash",
            "sleep " + marker + " &\nsleep " + marker + "\n")
        .limits(sandbox.limits().toBuilder().timeout(Duration.ofMillis(700)).build()).build());
    assertThat(r.exitReason()).isEqualTo(ExitReason.TIMED_OUT);
    assertThat(r.duration()).isBetween(Duration.ofMillis(650), Duration.ofSeconds(3));
    assertThat(processesWithArgument(marker)).isEmpty();
    ExecutionResult py = sandbox.execute(ExecutionRequest.builder("python3", "import time\nprint('begin', flush=True)\ntime.sleep(60)")
        .limits(sandbox.limits().toBuilder().timeout(Duration.ofMillis(2500)).build()).build());
    assertThat(py.exitReason()).isEqualTo(ExitReason.TIMED_OUT);
    assertThat(py.stdout()).as("output produced before the kill is kept").isEqualTo("begin\n");
  }

  @Test
  void manyExecutionsInParallelStayCorrectAndBounded() throws Exception {
    int n = 12;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<ExecutionResult>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        int k = i;
        Callable<ExecutionResult> task = () -> sandbox.execute(ExecutionRequest.builder("python3",
                "import sys, time\nv = int(sys.stdin.read())\ntime.sleep(0.3)\nprint(v * v)")
            .stdin(Integer.toString(k)).build());
        futures.add(pool.submit(task));
      }
      for (int i = 0; i < n; i++) {
        ExecutionResult r = futures.get(i).get();
        assertThat(r.succeeded()).as("execution %d: %s", i, r).isTrue();
        assertThat(r.stdout()).isEqualTo((i * i) + "\n");
      }
      Duration total = Duration.ofNanos(System.nanoTime() - start);
      // 12 executions of >= 0.3 s through 4 slots take at least 3 rounds
      assertThat(total).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCodeRunsInItsOwnSessionAndPidSpace() {
    ExecutionResult r = py("import os\nprint(os.getsid(0) == 1, os.getpid() < 10, len([p for p in os.listdir('/proc') if p.isdigit()]))");
    String[] f = r.stdout().trim().split(" ");
    assertThat(f[0]).as("session led by the sandbox's own init (no TIOCSTI into the parent's terminal)").isEqualTo("True");
    assertThat(f[1]).as("low pid inside its own PID namespace").isEqualTo("True");
    assertThat(Integer.parseInt(f[2])).as("sees only its own processes").isLessThan(5);
  }

  @Test
  void fileSizeLimitStopsHugeFiles() {
    ExecutionResult r = py("with open('big.bin', 'wb') as f:\n    for i in range(8):\n        f.write(b'x' * (512 * 1024))\nprint('done')");
    assertThat(r.exitReason()).isEqualTo(ExitReason.FILE_SIZE_LIMIT);
    assertThat(r.stdout()).doesNotContain("done");
  }

  @Test
  void fileSizeLimitIsReportedForNodeToo() {
    assumeTrue(sandbox.languages().contains("javascript"), "node is not installed");
    // node gets EFBIG ("file too large") instead of dying of SIGXFSZ
    ExecutionResult r = sandbox.execute(ExecutionRequest.builder("javascript", String.join("\n",
            "const fs = require('fs');",
            "for (let i = 0; i < 8; i++) fs.appendFileSync('big.bin', Buffer.alloc(512 * 1024));",
            "console.log('done');"))
        // node reserves about 1 GiB of address space; the file limit stays the suite's 1 MiB
        .limits(sandbox.limits().toBuilder().memoryBytes(1L << 30).build()).build());
    assertThat(r.exitReason()).as("%s", r).isEqualTo(ExitReason.FILE_SIZE_LIMIT);
    assertThat(r.stdout()).doesNotContain("done");
  }

  @Test
  void theSandboxSkeletonIsReadOnlySoItsAccountsCannotBeSwappedNorItsMemoryFilled() {
    ExecutionResult r = py(String.join("\n",
        "import os, pwd",
        "for p in ['/etc/passwd', '/etc/group', '/sandbox/etc/passwd']:",
        "    try:",
        "        os.remove(p)",
        "        print('REMOVED', p)",
        "    except OSError as e:",
        "        print('KEPT', p, e.errno)",
        "for p in ['/filler', '/etc/filler', '/sandbox/filler', '/usr/filler']:",
        "    try:",
        "        open(p, 'wb').write(b'x' * 4096)",
        "        print('WROTE', p)",
        "    except OSError as e:",
        "        print('DENIED', p, e.errno)",
        "open('/workspace/ok', 'w').write('w')",
        "open('/tmp/ok', 'w').write('t')",
        "print('user', pwd.getpwuid(os.getuid()).pw_name, open('/workspace/ok').read() + open('/tmp/ok').read())"));
    assertThat(r.stdout()).doesNotContain("REMOVED").doesNotContain("WROTE")
        .contains("KEPT /etc/passwd").contains("DENIED /filler").contains("DENIED /etc/filler")
        .contains("user sandbox wt");
  }

  @Test
  void memoryBackedDirectoriesCannotBeFilledPastTheWorkspaceSize() {
    // many files, each under the 1 MiB file-size limit, into every tmpfs the code can write:
    // each must stop at the workspace size (64 MiB by default), not take the host's memory
    ExecutionResult r = py(String.join("\n",
        "import errno",
        "for d in ['/dev/shm', '/tmp', '/workspace']:",
        "    n = 0",
        "    try:",
        "        while n < 200:",
        "            open(f'{d}/fill{n}', 'wb').write(b'x' * (1023 * 1024))",
        "            n += 1",
        "        print('UNBOUNDED', d)",
        "    except OSError as e:",
        "        print('FULL', d, n, errno.errorcode.get(e.errno))",
        "    import glob, os",
        "    for f in glob.glob(d + '/fill*'):",
        "        os.remove(f)"));
    assertThat(r.stdout()).doesNotContain("UNBOUNDED")
        .contains("FULL /dev/shm").contains("FULL /tmp").contains("FULL /workspace").contains("ENOSPC");
    for (String line : r.stdout().strip().split("\n")) {
      assertThat(Integer.parseInt(line.split(" ")[2])).as(line).isBetween(30, 64);
    }
  }

  /** When the JVM is root, code runs as a dedicated uid: none of its processes may be left. */
  private void assertNoProcessesLeftFor(int slot) throws IOException, InterruptedException {
    if (HostInfo.currentUid() != 0) {
      return; // same uid as the JVM: covered by the marker-based tests
    }
    // an earlier test's killed sandbox (a shell fork bomb) may still be being torn down by the
    // kernel on a heavily loaded host: allow it a few seconds to finish
    List<String> left = slotProcesses();
    for (int i = 0; i < 50 && !left.isEmpty(); i++) {
      Thread.sleep(100);
      left = slotProcesses();
    }
    assertThat(left).as("sandbox processes still alive (slot uid %d+)", sandbox.isolation().hostUid()).isEmpty();
  }

  private List<String> slotProcesses() throws IOException {
    int uid = sandbox.isolation().hostUid();
    List<String> left = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          List<String> status = Files.readAllLines(p.resolve("status"));
          if (status.stream().anyMatch(l -> l.startsWith("State:") && l.contains("Z"))) {
            continue; // a zombie holds no resources (this host's PID 1 may not reap orphans)
          }
          for (String line : status) {
            if (line.startsWith("Uid:") && line.split("\\s+")[1].matches("\\d+")) {
              long u = Long.parseLong(line.split("\\s+")[1]);
              if (u >= uid && u < uid + CodeSandbox.uidSlots(4)) {
                left.add(p.getFileName().toString());
              }
            }
          }
        } catch (IOException ignored) {
          // gone
        }
      }
    }
    return left;
  }

  static List<Long> processesWithArgument(String arg) throws IOException {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
          if (List.of(cmd.split("\0")).contains(arg)) {
            found.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException ignored) {
          // gone
        }
      }
    }
    return found;
  }
}
