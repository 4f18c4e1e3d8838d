package dev.agentruntime.sandbox;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM, to hold a uid lease from another process: {@code lease DIR BASE COUNT} leases
 * uids, {@code sandbox} builds a sandbox with default settings. Prints {@code HELD <first uid>},
 * then waits until its stdin ends (or it is killed) and lets go.
 */
public final class UidLeaseHolder {
  private UidLeaseHolder() {}

  public static void main(String[] args) throws Exception {
    AutoCloseable held;
    int first;
    if (args[0].equals("lease")) {
      UidLease lease = UidLease.acquire(Paths.get(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]),
          HostInfo.currentUid(), Paths.get("/proc"));
      held = lease;
      first = lease.first();
    } else {
      CodeSandbox sandbox = CodeSandbox.builder().build();
      held = sandbox;
      first = sandbox.isolation().hostUid();
    }
    System.out.println("HELD " + first);
    System.out.flush();
    while (System.in.read() >= 0) {
      // until the parent closes our stdin
    }
    held.close();
    System.out.println("RELEASED");
  }

  /** Starts a holder; returns once it holds its lease (its first uid read off its output). */
  static Started start(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), UidLeaseHolder.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = p.getInputStream().read()) >= 0 && c != '\n') {
      line.append((char) c);
    }
    if (!line.toString().startsWith("HELD ")) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      throw new IllegalStateException("the holder did not start: '" + line + "'");
    }
    return new Started(p, Integer.parseInt(line.substring(5).trim()));
  }

  /** A holder process and the first uid it holds. */
  record Started(Process process, int first) implements AutoCloseable {
    /** Lets go as a closing JVM would (stdin ends), and waits for it. */
    void release() throws Exception {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }

    /** Kills it (a crash): the kernel drops its locks. */
    @Override
    public void close() throws Exception {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
