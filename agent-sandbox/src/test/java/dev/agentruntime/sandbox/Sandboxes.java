package dev.agentruntime.sandbox;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Builds sandboxes for tests: skips when bubblewrap is absent locally, fails when CI=true. */
final class Sandboxes {
  private Sandboxes() {}

  static boolean bwrapInstalled() {
    for (String d : new String[] {"/usr/bin", "/usr/local/bin", "/bin"}) {
      if (Files.isExecutable(Paths.get(d, "bwrap"))) {
        return true;
      }
    }
    return false;
  }

  /** Calls the JUnit assumption (skip) or fails under CI when bubblewrap is missing. */
  static void requireBubblewrap() {
    if (!bwrapInstalled()) {
      String msg = "bubblewrap (bwrap) is not installed: the sandbox attack suite needs it "
          + "(apt-get install bubblewrap; .ci/run installs it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true: " + msg);
      }
      abort(msg);
    }
  }

  static CodeSandbox.Builder builder() {
    requireBubblewrap();
    return CodeSandbox.builder();
  }

  /**
   * Makes a directory searchable by others (mode rwx--x--x), as a work root must be for the
   * unprivileged sandbox uid under a root JVM.
   *
   * @return the directory
   */
  static Path traversable(Path dir) throws java.io.IOException {
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    return dir;
  }

  static boolean hasNode() {
    return Files.isExecutable(Path.of(Interpreter.javascript().command().get(0)));
  }
}
