package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When bubblewrap's probe fails, the exception says what bubblewrap said ({@code bwrap: ...})
 * first; its raw output, which starts with its JSON report of the child it started ({@code
 * --info-fd}), follows only as detail.
 */
class ProbeMessageTest {

  /**
   * A work root under {@code dir} and, beside it, a fake bubblewrap that answers {@code --version}
   * and {@code --help} as the real one and runs {@code script} otherwise ({@code REAL} in it is the
   * real bubblewrap).
   *
   * @return the work root and the fake
   */
  private static Path[] fakeBubblewrap(Path dir, String... script) throws Exception {
    Sandboxes.requireBubblewrap();
    String real = HostInfo.find("bwrap").toString();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path root = Sandboxes.traversable(Files.createDirectory(dir.resolve("work")));
    Path fake = dir.resolve("bwrap");
    StringBuilder text = new StringBuilder("#!/bin/sh\ncase \"$1\" in --version|--help) exec " + real
        + " \"$@\";; esac\n");
    for (String line : script) {
      text.append(line.replace("REAL", real)).append('\n');
    }
    Files.writeString(fake, text);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    return new Path[] {root, fake};
  }

  @Test
  void aFailedProbeSaysBubblewrapsErrorBeforeItsRawStatusReport(@TempDir Path dir) throws Exception {
    // a bubblewrap that starts the sandbox (writing its report) and then fails its first mount
    Path[] rootAndFake = fakeBubblewrap(dir, "exec REAL --ro-bind /agent-sandbox-no-such-source /mnt \"$@\"");
    Path root = rootAndFake[0];
    Path fake = rootAndFake[1];
    Throwable e = catchThrowable(() -> CodeSandbox.builder().bubblewrapPath(fake).workRoot(root).build().close());
    assertThat(e).isInstanceOf(SandboxUnavailableException.class);
    String m = e.getMessage();
    String said = "bwrap: Can't find source path /agent-sandbox-no-such-source";
    assertThat(m).contains("cannot create a sandbox here (exit 1): " + said);
    if (m.contains("child-pid")) {
      assertThat(m.indexOf("child-pid")).as(m).isGreaterThan(m.indexOf(said));
    }
  }

  @Test
  void aProbeWhoseBubblewrapLeavesAProcessHoldingItsOutputStillAnswers(@TempDir Path dir) throws Exception {
    // written by the fake bubblewrap, which may run as the sandbox's own uid
    Path pid = Files.createDirectory(dir.resolve("pid")).resolve("left.pid");
    Files.setPosixFilePermissions(pid.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    // a bubblewrap that fails at once but leaves a process behind that holds its output open:
    // before, the probe read that output to its end, and so waited as long as the process lived
    Path[] rootAndFake = fakeBubblewrap(dir, "sleep 600 &", "echo $! > " + pid,
        "echo 'bwrap: no namespaces today' >&2", "exit 1");
    Path root = rootAndFake[0];
    Path fake = rootAndFake[1];
    try {
      CompletableFuture<Throwable> built = CompletableFuture.supplyAsync(
          () -> catchThrowable(() -> CodeSandbox.builder().bubblewrapPath(fake).workRoot(root).build().close()));
      Throwable e = built.get(60, TimeUnit.SECONDS);
      assertThat(e).isInstanceOf(SandboxUnavailableException.class)
          .hasMessageContaining("cannot create a sandbox here (exit 1): bwrap: no namespaces today");
    } finally {
      if (Files.exists(pid)) {
        ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
  }
}
