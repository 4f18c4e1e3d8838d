package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executions whose end the harness reports are reaped off the result's path: after many of them
 * (pooled and cold, back to back), no process and no descriptor of theirs is left.
 */
class NoLeakTest {

  /** Descriptors of this JVM by kind: pipes and namespaces ({@code pipe}, {@code mnt}, ...), by what they link to. */
  static Map<String, Integer> descriptors() throws IOException {
    Map<String, Integer> kinds = new TreeMap<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Paths.get("/proc/self/fd"))) {
      for (Path fd : fds) {
        String target;
        try {
          target = Files.readSymbolicLink(fd).toString();
        } catch (IOException gone) {
          continue; // the stream's own descriptor, or closed meanwhile
        }
        int colon = target.indexOf(":[");
        String kind = colon > 0 ? target.substring(0, colon) : target.startsWith("/") ? "file" : target;
        kinds.merge(kind, 1, Integer::sum);
      }
    }
    kinds.remove("file"); // jars and logs open and close on their own
    kinds.remove("anon_inode");
    return kinds;
  }

  static List<String> sandboxProcesses() {
    return ProcessHandle.current().descendants()
        .map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
        .filter(c -> c.contains("bwrap") || c.contains("python3") || c.contains("sleep"))
        .toList();
  }

  @Test
  void aThousandExecutionsLeaveNoProcessAndNoDescriptorBehind(@TempDir Path root) throws Exception {
    int runs = Integer.getInteger("agent.sandbox.leakRuns", 1000);
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
    Map<String, Integer> before = descriptors();
    long served;
    try (CodeSandbox sb = Sandboxes.builder().workRoot(root).maxConcurrentExecutions(2).warmPool("python3", 2)
        .build()) {
      for (int i = 0; i < runs; i++) {
        // every few runs a background process the sandbox must take down with it
        String code = i % 10 == 0 ? "import subprocess\nsubprocess.Popen(['sleep', '30'])\nprint(" + i + ")"
            : "print(" + i + ")";
        ExecutionResult r = sb.execute(ExecutionRequest.of("python3", code));
        assertThat(r.stdout()).as("run %d: %s", i, r).isEqualTo(i + "\n");
      }
      WarmPoolStats s = sb.warmPoolStats().get(0);
      served = s.served();
      assertThat(s.served() + s.missed()).isEqualTo(runs);
      assertThat(s.failed()).isZero();
    }
    assertThat(served).as("some were pooled").isPositive();
    // reaping happens in the background: allow it a few seconds on a loaded host
    Map<String, Integer> after = descriptors();
    List<String> left = sandboxProcesses();
    for (int i = 0; i < 100 && (!after.equals(before) || !left.isEmpty()); i++) {
      Thread.sleep(100);
      after = descriptors();
      left = sandboxProcesses();
    }
    assertThat(left).as("processes left").isEmpty();
    assertThat(after).as("pipes and namespace descriptors of this JVM, before and after").isEqualTo(before);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
      assertThat(files).as("staging files left").isEmpty();
    }
  }
}
