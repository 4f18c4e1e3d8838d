package dev.agentruntime.testing.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One throw-away {@code redis-server} process on a free loopback port, with its data in a
 * temporary directory (append-only file on, so a {@link #kill() killed} and
 * {@link #restart() restarted} server comes back with its data, like a production server with
 * persistence). The binary is {@code $REDIS_SERVER}, else {@code redis-server} on the
 * {@code PATH} (Debian/Ubuntu package {@code redis-server}).
 */
public final class RedisServer implements AutoCloseable {

  private final String binary;
  private final Path dir;
  private final int port;
  private final List<String> extraArgs;
  private Process process;

  private RedisServer(String binary, Path dir, int port, List<String> extraArgs) {
    this.binary = binary;
    this.dir = dir;
    this.port = port;
    this.extraArgs = List.copyOf(extraArgs);
  }

  /**
   * Starts a standalone server.
   *
   * @return the running server
   */
  public static RedisServer start() {
    return start(List.of());
  }

  /**
   * @param extraArgs more {@code redis-server} arguments (e.g. {@code --cluster-enabled yes})
   * @return the running server
   */
  public static RedisServer start(List<String> extraArgs) {
    try {
      RedisServer s = new RedisServer(binary("REDIS_SERVER", "redis-server"),
          Files.createTempDirectory("agent-runtime-redis-"), freePort(), extraArgs);
      s.launch();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start redis-server", e);
    }
  }

  static String binary(String env, String name) {
    String configured = System.getenv(env);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      File f = new File(p, name);
      if (f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    for (String p : new String[] {"/usr/bin", "/usr/local/bin", "/usr/sbin"}) {
      File f = new File(p, name);
      if (f.canExecute()) {
        return f.getAbsolutePath();
      }
    }
    throw new IllegalStateException(name + " not found on the PATH (set " + env
        + ", or install it: apt-get install redis-server redis-tools)");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void launch() throws IOException {
    List<String> cmd = new ArrayList<>(List.of(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--dir", dir.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "always",
        "--protected-mode", "no", "--daemonize", "no", "--loglevel", "notice"));
    cmd.addAll(extraArgs);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    CountDownLatch ready = new CountDownLatch(1);
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          synchronized (log) {
            if (log.length() < 20_000) {
              log.append(line).append('\n');
            }
          }
          if (line.contains("Ready to accept connections")) {
            ready.countDown();
          }
        }
      } catch (IOException e) {
        // process ended
      }
    }, "redis-server-" + port + "-log");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.await(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        synchronized (log) {
          throw new IllegalStateException("redis-server on port " + port + " did not start:\n" + log);
        }
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting redis-server", e);
    }
    this.process = p;
  }

  /** @return the port */
  public int port() {
    return port;
  }

  /** @return {@code redis://127.0.0.1:<port>} */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** @return whether the process is running */
  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Kills the server with SIGKILL (no shutdown, no save), as a crash would. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /** Starts the server again on the same port and directory (its append-only file reloads). */
  public void restart() {
    kill();
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server and deletes its directory. */
  @Override
  public void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(5, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    deleteTree(dir);
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temp dir: best effort
    }
  }
}
