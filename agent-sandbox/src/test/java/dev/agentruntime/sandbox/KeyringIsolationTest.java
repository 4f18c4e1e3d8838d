package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The host's kernel keyrings are out of reach: a JVM started inside a login session that holds a
 * secret key in its session keyring (as {@code pam_keyinit} sets up, e.g. a database password)
 * runs attack code in its sandbox, which must not read, list, describe, search, request or link
 * that key or keyring.
 */
class KeyringIsolationTest {

  @ParameterizedTest(name = "pool size {0}")
  @ValueSource(ints = {0, 1})
  void sandboxedCodeCannotReachTheJvmsSessionKeyring(int poolSize, @TempDir Path tmp) throws Exception {
    Sandboxes.requireBubblewrap();
    Path python = Paths.get(Interpreter.python3().command().get(0));
    assumeTrue(Files.isExecutable(python), "python3 plants the key and runs the attack");
    String arch = System.getProperty("os.arch");
    assumeTrue(arch.equals("amd64") || arch.equals("aarch64"), "keyctl syscall numbers known for x86-64 and aarch64 only");
    Path script = tmp.resolve("plant-session-key.py");
    try (InputStream in = KeyringIsolationTest.class.getResourceAsStream("/plant-session-key.py")) {
      Files.copy(in, script);
    }
    String secret = "db-password-" + UUID.randomUUID();
    String description = "agent-sandbox-test-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> cmd = new ArrayList<>(List.of(python.toString(), script.toString(), secret, description,
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KeyringProbe.class.getName(), Integer.toString(poolSize), description));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assumeTrue(p.exitValue() != 3, () -> "this kernel offers no session keyring to plant in: " + out);
    assertThat(p.exitValue()).as(out).isZero();

    assertThat(out).as("the probe ran the attack: %s", out).contains("ISOLATION NAMESPACES").contains("read-key");
    assertThat(out).as("ran in a %s sandbox", poolSize > 0 ? "pooled" : "cold").contains("POOLED " + poolSize);
    assertThat(out).as("the planted secret never shows").doesNotContain(secret);
    assertThat(out).as("the key is not even found by name").doesNotContain(description);
    for (String op : List.of("session-keyring-id", "list-session", "read-key", "describe-key", "search-session",
        "request-key", "link-key", "link-session", "join-named", "add-key")) {
      assertThat(out).as("keyring operation %s: %s", op, out).contains("REFUSED " + op + " ")
          .doesNotContain("GOT " + op + " ");
    }
  }

  static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
