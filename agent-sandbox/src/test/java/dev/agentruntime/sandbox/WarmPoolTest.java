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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-started single-use sandboxes: same results as cold ones, never reused, bounded, degrading to cold starts. */
class WarmPoolTest {

  /** Waits until the pool for {@code language} has at least {@code n} sandboxes ready. */
  static void awaitReady(CodeSandbox sb, String language, int n) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (WarmPoolStats s : sb.warmPoolStats()) {
        if (s.language().equals(language) && s.ready() >= n) {
          return;
        }
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the " + language + " pool did not fill: " + sb.warmPoolStats());
  }

  @Test
  void theCodeLengthHeaderIsAsciiDigitsWhateverTheDefaultLocale() {
    // the bootstrap inside the sandbox reads twelve ASCII digits; an Arabic, Persian or Thai default
    // locale formats numbers with its own digits
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      for (String tag : new String[] {"ar-EG", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"}) {
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
        byte[] token = WarmPool.newToken();
        byte[] in = WarmPool.input(ExecutionRequest.of("python3", "print(42)"), token);
        String header = new String(in, token.length, 12, java.nio.charset.StandardCharsets.US_ASCII);
        org.assertj.core.api.Assertions.assertThat(header).as(tag).isEqualTo("000000000009");
      }
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  private static WarmPoolStats stats(CodeSandbox sb, String language) {
    return sb.warmPoolStats().stream().filter(s -> s.language().equals(language)).findFirst().orElseThrow();
  }

  private static Path traversable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  /** Processes of this host running the pool's python bootstrap. */
  /**
   * The waiting bootstraps once those just killed are gone: a SIGKILLed process stays in /proc
   * until the kernel has torn it down, which on a loaded machine takes a moment (seen: one such
   * process listed right after close, while a CI build ran on the same two cores).
   */
  static List<Long> waitingBootstrapsAfterKill() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<Long> found = waitingBootstraps();
    while (!found.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      found = waitingBootstraps();
    }
    return found;
  }

  static List<Long> waitingBootstraps() throws IOException {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
          if (cmd.contains("_o.write(1, b'R')") && !cmd.contains("bwrap")) {
            found.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException ignored) {
          // gone
        }
      }
    }
    return found;
  }

  /**
   * Closing a pool while it starts a sandbox must leave no process behind. bubblewrap's child
   * waits for its outer process to write its uid map before it sets its parent-death signal: a
   * kill of the outer process in that window left the child blocked forever, re-parented to the
   * host's init (seen as a left-over of the attack suite). Closes pools at many moments of their
   * first start (the window is a few hundred microseconds: 3 of 120 closes hit it before the fix)
   * and looks for their processes by their limits, unique to each pool.
   */
  @Test
  void closingAPoolWhileItStartsASandboxLeavesNoProcess(@TempDir Path root) throws Exception {
    List<String> marks = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      long memory = (700L + i) * 1024 * 1024 + 4096L * (System.nanoTime() % 97);
      marks.add(Long.toString(memory));
      CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root))
          .limits(ResourceLimits.builder().memoryBytes(memory).build()).warmPool("python3", 1).build();
      Thread.sleep(i % 40);
      sb.close();
    }
    List<Long> left = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      left.clear();
      for (String m : marks) {
        for (long pid : AttackSuiteTest.processesWithArgument(m)) {
          if (!zombie(pid)) {
            left.add(pid);
          }
        }
      }
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    try {
      assertThat(left).as("processes of closed pools").isEmpty();
    } finally {
      left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
  }

  private static boolean zombie(long pid) {
    try {
      return Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status")).stream()
          .anyMatch(l -> l.startsWith("State:") && l.contains("Z"));
    } catch (IOException e) {
      return true; // gone
    }
  }

  /**
   * A cold Python execution is started with nothing but bubblewrap in front (its filter on
   * bubblewrap's stdin, which bubblewrap closes once read): the harness gives the code a stdin
   * made from the file it reads. The code must see the same {@code sys.stdin} as a pooled one fed
   * through a pipe: same attributes, same text decoding, same line splitting, the same data.
   */
  @Test
  void aColdExecutionsStdinLooksToTheCodeLikeAPooledOnes(@TempDir Path root) throws Exception {
    String probe = String.join("\n",
        "import sys",
        "i = sys.stdin",
        "print(i is sys.__stdin__, i.name, i.mode, i.encoding, i.errors, i.line_buffering, i.fileno(), i.isatty())",
        "print(type(i).__name__, type(i.buffer).__name__, type(i.buffer.raw).__name__, i.buffer.raw.closefd)",
        "print(repr(i.readline()), repr(i.read()))",
        "print(repr(sys.stdin.read()))");
    ExecutionRequest request = ExecutionRequest.builder("python3", probe).stdin("caf\u00e9 \u00e0\r\nb\nend").build();
    ExecutionResult cold;
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      cold = sb.execute(request);
    }
    assertThat(cold.exitCode()).as(cold.stderr()).isZero();
    assertThat(cold.stdout()).isEqualTo("True <stdin> r utf-8 surrogateescape False 0 False\n"
        + "TextIOWrapper BufferedReader FileIO False\n"
        + "'caf\u00e9 \u00e0\\r\\n' 'b\\nend'\n"
        + "''\n");
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).warmPool("python3", 1).build()) {
      awaitReady(sb, "python3", 1);
      ExecutionResult warm = sb.execute(request);
      assertThat(stats(sb, "python3").served()).isEqualTo(1);
      assertThat(warm.stdout()).isEqualTo(cold.stdout());
      assertThat(warm.stderr()).isEqualTo(cold.stderr()).isEmpty();
    }
  }

  @Test
  void aPooledExecutionLooksToTheCodeExactlyLikeAColdOne(@TempDir Path root) throws Exception {
    String probe = String.join("\n",
        "import sys, os, __main__",
        "print(__name__, __file__, sys.argv, sys.path[0], __main__.__dict__.get('marker', 'no-marker'))",
        "marker = 1",
        "print(sorted(k for k in globals() if not k.startswith('__')))",
        "print(repr(sys.stdin.read()), os.getcwd(), os.getuid())",
        "def boom():",
        "    raise ValueError('bad ' + str(6 * 7))",
        "boom()");
    ExecutionRequest request = ExecutionRequest.builder("python3", probe).stdin("in put\n").build();
    ExecutionResult cold;
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).build()) {
      cold = sb.execute(request);
    }
    try (CodeSandbox sb = Sandboxes.builder().workRoot(root).warmPool("python3", 1).build()) {
      assertThat(sb.isolation().notes()).anySatisfy(n -> assertThat(n).startsWith("warm pool: python3 x1"));
      awaitReady(sb, "python3", 1);
      ExecutionResult warm = sb.execute(request);
      assertThat(stats(sb, "python3").served()).isEqualTo(1);
      assertThat(warm.stdout()).isEqualTo(cold.stdout())
          .startsWith("__main__ /sandbox/code/main.py ['/sandbox/code/main.py'] /sandbox/code no-marker\n")
          .contains("['marker', 'os', 'sys']").contains("'in put\\n' /workspace 1000");
      assertThat(warm.exitCode()).isEqualTo(cold.exitCode()).isEqualTo(1);
      // the traceback names the file and shows the source line, with no bootstrap frame
      assertThat(warm.stderr()).isEqualTo(cold.stderr())
          .contains("File \"/sandbox/code/main.py\", line 7, in boom")
          .contains("raise ValueError('bad ' + str(6 * 7))").contains("ValueError: bad 42")
          .doesNotContain("<string>");

      awaitReady(sb, "python3", 1);
      ExecutionResult exit = sb.execute(ExecutionRequest.of("python3",
          "import atexit, sys\natexit.register(lambda: print('atexit ran'))\nprint('out', end='')\nsys.exit(3)"));
      assertThat(exit.exitCode()).isEqualTo(3);
      assertThat(exit.stdout()).isEqualTo("outatexit ran\n");
      awaitReady(sb, "python3", 1);
      ExecutionResult late = sb.execute(ExecutionRequest.of("python3", String.join("\n",
          "import io, sys, threading, time",
          "sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')",
          "def later():",
          "    time.sleep(0.2)",
          "    print('from a thread')",
          "threading.Thread(target=later).start()",
          "print('main done')",
          "sys.exit('bye')")));
      assertThat(late.stdout()).isEqualTo("main done\nfrom a thread\n");
      assertThat(late.stderr()).isEqualTo("bye\n");
      assertThat(late.exitCode()).isEqualTo(1);
      awaitReady(sb, "python3", 1);
      ExecutionResult syntax = sb.execute(ExecutionRequest.of("python3", "print(1\n"));
      assertThat(syntax.exitCode()).isEqualTo(1);
      assertThat(syntax.stderr()).contains("SyntaxError").contains("main.py");
      assertThat(stats(sb, "python3").served()).isEqualTo(4);
    }
    assertThat(waitingBootstrapsAfterKill()).as("closing the sandbox destroyed the waiting pooled sandbox").isEmpty();
  }

  @Test
  void eachPooledSandboxRunsOneExecutionAndNothingCarriesOver(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).warmPool("python3", 2).build()) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 4; i++) {
        awaitReady(sb, "python3", 2);
        String token = UUID.randomUUID().toString();
        ExecutionResult r = sb.execute(ExecutionRequest.of("python3", String.join("\n",
            "import os, glob",
            "print(sorted(glob.glob('/tmp/*') + glob.glob('/workspace/*') + glob.glob('/dev/shm/*')))",
            "for d in ('/tmp', '/workspace', '/dev/shm'):",
            "    open(d + '/left-" + token + "', 'w').write('x')",
            "print(open('/proc/self/stat').read().split()[21])")));
        assertThat(r.succeeded()).as(r.toString()).isTrue();
        String[] lines = r.stdout().split("\n");
        assertThat(lines[0]).as("execution %d found no file of an earlier one", i).isEqualTo("[]");
        assertThat(seen.add(lines[1])).as("a fresh interpreter (start time %s)", lines[1]).isTrue();
      }
      WarmPoolStats s = stats(sb, "python3");
      assertThat(s.served()).isEqualTo(4);
      assertThat(s.started()).as("one sandbox per execution, plus those waiting").isBetween(4L, 6L);
    }
  }

  @Test
  void anEmptyPoolDegradesToColdStartsAndStaysBounded(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).maxConcurrentExecutions(6)
        .warmPool("python3", 1).build()) {
      awaitReady(sb, "python3", 1);
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<ExecutionResult>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          int k = i;
          futures.add(pool.submit(() -> sb.execute(ExecutionRequest.builder("python3",
              "import sys, time\ntime.sleep(0.3)\nprint(int(sys.stdin.read()) * 2)").stdin(Integer.toString(k)).build())));
        }
        int maxWaiting = 0;
        for (int i = 0; i < 40; i++) {
          maxWaiting = Math.max(maxWaiting, waitingBootstraps().size());
          assertThat(stats(sb, "python3").ready()).isLessThanOrEqualTo(1);
          Thread.sleep(10);
        }
        for (int i = 0; i < 6; i++) {
          assertThat(futures.get(i).get().stdout()).isEqualTo((2 * i) + "\n");
        }
        WarmPoolStats s = stats(sb, "python3");
        assertThat(s.served() + s.missed()).isEqualTo(6);
        assertThat(s.missed()).as("the others started cold: %s", s).isGreaterThanOrEqualTo(3);
        assertThat(s.served()).as("%s", s).isGreaterThanOrEqualTo(1);
        // never more sandboxes started ahead than the pool holds, plus the ones running code
        assertThat(maxWaiting).isLessThanOrEqualTo(1 + 6);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void requestsWithFilesOrTheirOwnLimitsStartColdAndStillWork(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).warmPool("python3", 1).build()) {
      awaitReady(sb, "python3", 1);
      ExecutionResult files = sb.execute(ExecutionRequest.builder("python3", "print(open('a.txt').read())")
          .file("a.txt", "from a file").build());
      ExecutionResult limits = sb.execute(ExecutionRequest.builder("python3", "print('own limits')")
          .limits(sb.limits().toBuilder().timeout(Duration.ofSeconds(3)).build()).build());
      assertThat(files.stdout()).isEqualTo("from a file\n");
      assertThat(limits.stdout()).isEqualTo("own limits\n");
      assertThat(stats(sb, "python3").served()).isZero();
      ExecutionResult timeout = sb.execute(ExecutionRequest.of("python3", "import time\ntime.sleep(30)"));
      assertThat(stats(sb, "python3").served()).isEqualTo(1);
      assertThat(timeout.exitReason()).isEqualTo(ExitReason.TIMED_OUT);
    }
  }

  @Test
  void nodeHasAPoolToo(@TempDir Path root) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Sandboxes.hasNode(), "node is not installed");
    try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).warmPool("javascript", 1).build()) {
      awaitReady(sb, "javascript", 1);
      ExecutionResult r = sb.execute(ExecutionRequest.builder("javascript", String.join("\n",
          "let data = '';",
          "process.stdin.on('data', (d) => data += d);",
          "process.stdin.on('end', () => console.log(require.main === module, __filename, data.trim() * 2));"))
          .stdin("21").build());
      assertThat(r.stdout()).as(r.toString()).isEqualTo("true /sandbox/code/main.js 42\n");
      assertThat(stats(sb, "javascript").served()).isEqualTo(1);
      awaitReady(sb, "javascript", 1);
      ExecutionResult err = sb.execute(ExecutionRequest.of("javascript", "throw new Error('bad')"));
      assertThat(err.exitCode()).isEqualTo(1);
      assertThat(err.stderr()).contains("/sandbox/code/main.js:1").contains("Error: bad");
    }
  }

  @Test
  void withoutBubblewrapAPoolIsNotOfferedAndEveryExecutionStartsCold(@TempDir Path root) throws Exception {
    try (CodeSandbox sb = CodeSandbox.builder().bubblewrapPath(Paths.get("/nonexistent/bwrap")).allowProcessOnly(true)
        .workRoot(traversable(root)).warmPool("python3", 2).build()) {
      assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.PROCESS_ONLY);
      assertThat(sb.isolation().notes()).contains("warm pool: not available in process-only mode; every execution starts cold");
      assertThat(sb.warmPoolStats()).isEmpty();
      assertThat(sb.execute(ExecutionRequest.of("python3", "print(2 + 2)")).stdout()).isEqualTo("4\n");
    }
  }

  @Test
  void badPoolSettingsAreRejectedWithTheirName(@TempDir Path root) throws Exception {
    assertThatThrownBy(() -> Sandboxes.builder().workRoot(root).warmPool("python3", 0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmPool size for 'python3'");
    assertThatThrownBy(() -> Sandboxes.builder().workRoot(root).warmPool("ruby", 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warmPool language 'ruby' is not one of");
    assertThatThrownBy(() -> Sandboxes.builder().workRoot(root).warmPool("bash", 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offered for python3 and node");
  }
}
