package dev.agentruntime.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM that holds a session keyring with a planted key (see {@code
 * plant-session-key.py}): runs attack code in a sandbox of that JVM, prints what it printed.
 * Arguments: pool size (0 for cold starts), key description, key serial.
 */
public final class KeyringProbe {
  private KeyringProbe() {}

  public static void main(String[] args) throws Exception {
    int pool = Integer.parseInt(args[0]);
    String code = KeyringAttack.code(args[1], Long.parseLong(args[2]));
    Path root = Files.createTempDirectory("keyring-probe");
    Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
    CodeSandbox.Builder b = CodeSandbox.builder().workRoot(root)
        .limits(ResourceLimits.builder().timeout(Duration.ofSeconds(20)).build());
    KeyringAttack.configurePool(b, pool);
    try (CodeSandbox sandbox = b.build()) {
      if (pool > 0) {
        WarmPoolTest.awaitReady(sandbox, "python3", 1);
      }
      ExecutionResult r = sandbox.execute(ExecutionRequest.of("python3", code));
      System.out.println("ISOLATION " + sandbox.isolation().summary());
      System.out.println(r.stdout());
      System.out.println("STDERR " + r.stderr());
      System.out.println("POOLED " + sandbox.warmPoolStats().stream().mapToLong(WarmPoolStats::served).sum());
    } finally {
      Files.deleteIfExists(root);
    }
  }
}
