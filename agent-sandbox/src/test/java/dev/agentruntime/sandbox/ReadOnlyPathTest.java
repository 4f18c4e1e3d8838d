package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Files;
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
}
