package dev.agentruntime.testing.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL cluster for tests: {@code initdb} into a temp dir, {@code pg_ctl start}
 * on a free loopback port, stopped and deleted after the test run. One per JVM, shared by every
 * test class that uses the extension ({@code @ExtendWith(PostgresServer.class)}).
 *
 * <p>Binaries: {@code $PG_BIN}, else the newest {@code /usr/lib/postgresql/<v>/bin}, else
 * {@code initdb}/{@code pg_ctl} on the PATH (Debian: {@code apt-get install postgresql}). As root,
 * initdb refuses to run, so the cluster is created and run as {@code nobody} via {@code setpriv}.
 */
public final class PostgresServer implements BeforeAllCallback {

  private static Cluster instance;

  /** Created by JUnit for {@code @ExtendWith}; starts nothing until a test needs the server. */
  public PostgresServer() {}

  /** @return the server, started on first use (one per JVM, stopped and deleted when it exits) */
  public static synchronized Cluster get() {
    if (instance == null) {
      try {
        instance = new Cluster();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start a throw-away PostgreSQL: " + e.getMessage(), e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(instance::destroy));
    }
    return instance;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Cluster c = get();
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("agent-pg", k -> c);
  }

  /** One throw-away cluster. */
  public static final class Cluster implements ExtensionContext.Store.CloseableResource {

    private final Path dir;
    private final Path data;
    private final Path bin;
    private final int port;
    private final boolean asNobody;

    private Cluster() throws Exception {
      bin = findBin();
      asNobody = "root".equals(System.getProperty("user.name"));
      dir = Files.createTempDirectory("agent-pg-");
      data = dir.resolve("data");
      if (asNobody) {
        chownNobody(dir);
      }
      port = freePort();
      run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
          "--no-locale", "--no-sync");
      start();
    }

    @Override
    public void close() {
      destroy();
    }

    /** @return the JDBC URL of the {@code postgres} database */
    public String jdbcUrl() {
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** @return the port */
    public int port() {
      return port;
    }

    /**
     * Starts the server (again).
     *
     * @throws Exception when pg_ctl fails
     */
    public void start() throws Exception {
      run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w", "-t", "60",
          "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=100",
          "start");
    }

    /**
     * Stops the server at once (as a crash or an outage would).
     *
     * @throws Exception when pg_ctl fails
     */
    public void stop() throws Exception {
      run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    private synchronized void destroy() {
      try {
        if (Files.exists(data.resolve("postmaster.pid"))) {
          stop();
        }
      } catch (Exception ignored) {
        // best effort
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // best effort
      }
    }

    private void run(String... cmd) throws Exception {
      List<String> full = new ArrayList<>();
      if (asNobody) {
        full.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
      }
      full.addAll(List.of(cmd));
      Path out = Files.createTempFile("agent-pg-cmd", ".log");
      try {
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("timed out: " + String.join(" ", full));
        }
        if (p.exitValue() != 0) {
          String log = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
          throw new IllegalStateException(String.join(" ", full) + " exited " + p.exitValue() + ":\n"
              + Files.readString(out) + "\n" + log);
        }
      } finally {
        Files.deleteIfExists(out);
      }
    }

    private static Path findBin() throws IOException {
      String env = System.getenv("PG_BIN");
      if (env != null && Files.isExecutable(Path.of(env, "pg_ctl"))) {
        return Path.of(env);
      }
      Path debian = Path.of("/usr/lib/postgresql");
      if (Files.isDirectory(debian)) {
        try (Stream<Path> versions = Files.list(debian)) {
          Path best = versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
              .max(Comparator.comparingInt(v -> parse(v.getFileName().toString()))).orElse(null);
          if (best != null) {
            return best.resolve("bin");
          }
        }
      }
      for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!p.isEmpty() && Files.isExecutable(Path.of(p, "pg_ctl")) && Files.isExecutable(Path.of(p, "initdb"))) {
          return Path.of(p);
        }
      }
      throw new IllegalStateException("PostgreSQL binaries (initdb, pg_ctl) not found: install the 'postgresql'"
          + " package or set PG_BIN to their directory");
    }

    private static int parse(String v) {
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private static void chownNobody(Path p) throws IOException {
      UserPrincipalLookupService lookup = p.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
      view.setOwner(lookup.lookupPrincipalByName("nobody"));
      GroupPrincipal group = lookup.lookupPrincipalByGroupName("nogroup");
      view.setGroup(group);
    }

    private static int freePort() throws IOException {
      try (ServerSocket s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    }
  }
}
