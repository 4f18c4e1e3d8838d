package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandbox whose default limits leave too few open files for the sandbox's own start-up either
 * builds and runs code or is refused with a message naming the setting; it never hangs, and leaves
 * no process behind.
 */
class FewOpenFilesTest {

  @Test
  void buildingWithVeryFewOpenFilesAnswersPromptly(@TempDir Path root) throws Exception {
    Sandboxes.requireBubblewrap();
    Sandboxes.traversable(root);
    for (int files = 8; files <= 16; files++) {
      ResourceLimits limits = ResourceLimits.builder().maxOpenFiles(files).timeout(Duration.ofSeconds(10)).build();
      Path work = Sandboxes.traversable(Files.createDirectory(root.resolve("w" + files)));
      int n = files;
      CompletableFuture<String> built = CompletableFuture.supplyAsync(() -> {
        try (CodeSandbox sb = Sandboxes.builder().workRoot(work).limits(limits).build()) {
          ExecutionResult r = sb.execute(ExecutionRequest.of("bash", "echo ran"));
          return "built: " + r;
        } catch (RuntimeException e) {
          return "refused: " + e;
        }
      });
      String outcome = built.get(60, TimeUnit.SECONDS);
      System.out.println("maxOpenFiles " + n + ": " + outcome);
      assertThat(outcome).as("maxOpenFiles " + n).satisfiesAnyOf(
          o -> assertThat(o).contains("built:").contains("stdout=ran"),
          o -> assertThat(o).startsWith("refused: java.lang.IllegalArgumentException: the sandbox cannot start with"
              + " these limits (maxOpenFiles " + n + ")"));
      assertThat(ProcessHandle.current().descendants().map(h -> h.info().commandLine().orElse("?")))
          .as("processes left after maxOpenFiles " + n).isEmpty();
    }
  }

  @Test
  void limitsTooSmallToStartAreNotTakenForAHostWithoutNamespaces(@TempDir Path root) throws Exception {
    // before, allowProcessOnly(true) took the failed probe for a host without namespaces and
    // quietly gave every execution weaker, process-only isolation
    Sandboxes.requireBubblewrap();
    ResourceLimits limits = ResourceLimits.builder().maxOpenFiles(8).memoryBytes(512L << 20).build();
    assertThatThrownBy(() -> Sandboxes.builder().workRoot(Sandboxes.traversable(root)).limits(limits).allowProcessOnly(true)
        .build().close())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the sandbox cannot start with these limits (maxOpenFiles 8):");
  }
}
