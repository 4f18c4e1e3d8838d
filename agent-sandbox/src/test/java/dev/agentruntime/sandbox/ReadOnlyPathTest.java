package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host paths exposed read-only ({@code readOnlyPath}, {@code Interpreter#withReadOnlyPaths}): a bad
 * one fails {@code build()} naming it, instead of failing bubblewrap's probe and, with {@code
 * allowProcessOnly(true)}, silently giving a sandbox without namespaces.
 */
class ReadOnlyPathTest {

  private static Path traversable(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  /** What {@code build()} threw; fails (closing it) when it returned a sandbox. */
  private static Throwable buildFailure(CodeSandbox.Builder b) {
    try (CodeSandbox sb = b.build()) {
      return fail("build() returned a sandbox: " + sb.isolation().level() + ", " + sb.isolation().summary());
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void aReadOnlyPathThatDoesNotExistFailsTheBuildNamingIt(@TempDir Path root) throws Exception {
    Path missing = Paths.get("/opt/agent-sandbox-no-such-venv-" + System.nanoTime());
    Throwable e = buildFailure(Sandboxes.builder().workRoot(traversable(root)).allowProcessOnly(true)
        .readOnlyPath(missing));
    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readOnlyPath '" + missing + "'").hasMessageContaining("does not exist");

    Interpreter py = Interpreter.of("py", "main.py", Interpreter.python3().command().get(0)).withReadOnlyPaths(missing);
    Throwable ie = buildFailure(Sandboxes.builder().workRoot(root).allowProcessOnly(true).interpreter(py));
    assertThat(ie).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interpreter 'py'").hasMessageContaining("'" + missing + "'")
        .hasMessageContaining("does not exist");
  }

  /** A directory with one file, readable by the sandbox's uid (a root JVM drops the code to another). */
  private static Path exposed(Path parent, String content) throws IOException {
    Path d = Files.createTempDirectory(parent, "agent-sandbox-ro-");
    Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path f = Files.writeString(d.resolve("data.txt"), content);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    return d;
  }

  private static void delete(Path d) throws IOException {
    if (d != null) {
      Files.deleteIfExists(d.resolve("data.txt"));
      Files.deleteIfExists(d);
    }
  }

  /**
   * A read-only path under /tmp or /dev/shm (e.g. a virtualenv in /tmp) is visible in the sandbox,
   * read-only, inside its private tmpfs, which stays private and writable around it: cold (staged
   * bash, harnessed python3) and pooled.
   */
  @Test
  void readOnlyPathsUnderTheSandboxsOwnTmpfsMountsAreVisible(@TempDir Path root) throws Exception {
    Path inTmp = exposed(Paths.get("/tmp"), "in-tmp");
    Path inShm = null;
    try {
      inShm = exposed(Paths.get("/dev/shm"), "in-shm");
      CodeSandbox.Builder b = Sandboxes.builder().workRoot(traversable(root)).readOnlyPath(inTmp).readOnlyPath(inShm);
      String bash = String.join("\n",
          "for d in " + inTmp + " " + inShm + "; do",
          "  ls \"$d\"; cat \"$d/data.txt\"; echo",
          "  if touch \"$d/new\" 2>/dev/null; then echo WROTE; else echo READONLY; fi",
          "done",
          "echo scratch > /tmp/w && cat /tmp/w",
          "ls /tmp");
      String expected = "data.txt\nin-tmp\nREADONLY\ndata.txt\nin-shm\nREADONLY\nscratch\n"
          + inTmp.getFileName() + "\nw\n";
      String python = String.join("\n",
          "import os",
          "for d in ('" + inTmp + "', '" + inShm + "'):",
          "    print(os.listdir(d), open(d + '/data.txt').read())",
          "    try:",
          "        open(d + '/new', 'w')",
          "        print('WROTE')",
          "    except OSError as e:",
          "        print('READONLY', e.errno)",
          "print(sorted(os.listdir('/tmp')))");
      String expectedPy = "['data.txt'] in-tmp\nREADONLY 30\n['data.txt'] in-shm\nREADONLY 30\n['"
          + inTmp.getFileName() + "']\n";
      try (CodeSandbox cold = b.build()) {
        assertThat(cold.isolation().level()).isEqualTo(IsolationLevel.NAMESPACES);
        ExecutionResult sh = cold.execute(ExecutionRequest.of("bash", bash));
        assertThat(sh.stdout()).as("%s", sh).isEqualTo(expected);
        ExecutionResult py = cold.execute(ExecutionRequest.of("python3", python));
        assertThat(py.stdout()).as("%s", py).isEqualTo(expectedPy);
      }
      try (CodeSandbox pooled = b.warmPool("python3", 1).build()) {
        WarmPoolTest.awaitReady(pooled, "python3", 1);
        ExecutionResult py = pooled.execute(ExecutionRequest.of("python3", python));
        assertThat(pooled.warmPoolStats().get(0).served()).isEqualTo(1);
        assertThat(py.stdout()).as("%s", py).isEqualTo(expectedPy);
      }
    } finally {
      delete(inTmp);
      delete(inShm);
    }
  }

  /**
   * A read-only path under /workspace and an input file staged at the same place (the path
   * itself, inside it, or one of its parents): before, bubblewrap mounted the path and the staging
   * copy then failed on it, so the execution ended with exit code 125 and a bare {@code cp} error.
   * Now {@code execute} refuses the request, naming the input file and the read-only path; input
   * files elsewhere in /workspace are staged beside the path as before.
   */
  @Test
  void anInputFileStagedWhereAReadOnlyPathIsMountedIsRefusedNamingBoth(@TempDir Path root) throws Exception {
    Path workspace = Paths.get(CodeSandbox.WORKSPACE);
    boolean created = !Files.exists(workspace);
    if (created) {
      try {
        Files.createDirectory(workspace);
      } catch (IOException e) {
        org.junit.jupiter.api.Assumptions.abort("cannot create " + workspace + " on the host: " + e);
      }
    }
    Path ro = null;
    try {
      Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rwxr-xr-x"));
      ro = exposed(workspace, "read-only");
      String name = ro.getFileName().toString();
      try (CodeSandbox sb = Sandboxes.builder().workRoot(traversable(root)).readOnlyPath(ro).build()) {
        assertThat(sb.isolation().level()).isEqualTo(IsolationLevel.NAMESPACES);
        for (String file : List.of(name, name + "/data.txt", name + "/new.txt", name + "/sub/x.txt")) {
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> sb.execute(ExecutionRequest.builder("bash", "ls")
                  .file(file, "staged").build()))
              .as(file).isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("input file '" + file + "'").hasMessageContaining("read-only path '" + ro + "'");
        }
        ExecutionResult ok = sb.execute(ExecutionRequest.builder("bash", "cat other.txt; echo; cat " + name
            + "/data.txt; echo; ls").file("other.txt", "staged").build());
        assertThat(ok.stdout()).as("%s", ok).isEqualTo("staged\nread-only\n" + name + "\nother.txt\n");
      }
    } finally {
      delete(ro);
      if (created) {
        Files.deleteIfExists(workspace);
      }
    }
  }

  /**
   * Paths that are, or would cover, what the sandbox mounts itself (its /proc, /dev, tmpfs mounts,
   * staging area and account files), or lie in its /proc, /dev or staging area, are refused by
   * name: exposed, they would replace the sandbox's own (the host's /tmp, /proc or /etc/passwd
   * inside), or be hidden by it.
   */
  @Test
  void readOnlyPathsThatWouldCoverTheSandboxsOwnMountsAreRefused(@TempDir Path root) throws Exception {
    for (String p : List.of("/", "/tmp", "/workspace", "/dev/shm", "/dev", "/dev/null", "/proc", "/proc/self/environ",
        "/sandbox", "/sandbox/code", "/etc", "/etc/passwd", "/tmp/../proc")) {
      Throwable e = buildFailure(Sandboxes.builder().workRoot(traversable(root)).readOnlyPath(Paths.get(p)));
      assertThat(e).as(p).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readOnlyPath '" + p + "'");
    }
    Throwable e = buildFailure(Sandboxes.builder().workRoot(root).readOnlyPath(Paths.get("/tmp")));
    assertThat(e).hasMessageContaining("would cover the sandbox's own /tmp");
    Interpreter py = Interpreter.of("py", "main.py", Interpreter.python3().command().get(0))
        .withReadOnlyPaths(Paths.get("/proc/1"));
    Throwable ie = buildFailure(Sandboxes.builder().workRoot(root).interpreter(py));
    assertThat(ie).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interpreter 'py'")
        .hasMessageContaining("'/proc/1'").hasMessageContaining("/proc");
  }

  /**
   * A root JVM runs the code as an unprivileged uid of the sandbox's own: a path that exists but
   * that uid cannot reach (under a root-only directory) cannot be mounted either, and fails the
   * build naming it rather than passing for a host without namespaces.
   */
  @Test
  void aReadOnlyPathTheSandboxUidCannotReachFailsTheBuildNamingIt(@TempDir Path root) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(HostInfo.currentUid() == 0,
        "only a root JVM runs the code as another uid than its own");
    Path closed = Files.createTempDirectory(Paths.get("/tmp"), "agent-sandbox-closed-");
    Path inside = null;
    try {
      Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
      inside = exposed(closed, "unreachable");
      Throwable e = buildFailure(Sandboxes.builder().workRoot(traversable(root)).allowProcessOnly(true)
          .readOnlyPath(inside));
      assertThat(e).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(inside.toString())
          .hasMessageContaining("cannot be mounted");
    } finally {
      delete(inside);
      Files.deleteIfExists(closed);
    }
  }
}
