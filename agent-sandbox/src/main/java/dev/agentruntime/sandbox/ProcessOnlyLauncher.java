package dev.agentruntime.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain child process in its own session, with rlimits and a clean environment; no namespaces.
 * Leftover processes are found by session id and killed.
 */
final class ProcessOnlyLauncher implements Launcher {
  private final HostInfo host;
  private final int uidBase;
  private final Map<String, String> environment;

  ProcessOnlyLauncher(HostInfo host, int uidBase, Map<String, String> environment) {
    this.host = host;
    this.uidBase = uidBase;
    this.environment = environment;
  }

  @Override
  public boolean needsWorkspaceOnHost() {
    return true;
  }

  boolean dropsRoot() {
    return host.isRoot() && host.setpriv() != null;
  }

  @Override
  public void prepare(Workdir dir, int slot) throws IOException {
    if (dropsRoot()) {
      dir.chown(hostUid(slot));
    }
  }

  @Override
  public int hostUid(int slot) {
    return dropsRoot() ? uidBase + slot : host.uid();
  }

  @Override
  public ProcessBuilder command(Workdir dir, Interpreter interpreter, ResourceLimits limits, int slot,
      java.nio.file.Path cgroupProcs) {
    List<String> c = new ArrayList<>(Launcher.dropRoot(host, hostUid(slot)));
    if (host.setsid() != null) {
      c.add(host.setsid().toString());
    }
    c.addAll(Launcher.prlimit(host, limits));
    c.addAll(interpreter.command());
    c.add(dir.code().resolve(interpreter.fileName()).toString());
    ProcessBuilder pb = new ProcessBuilder(c);
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("HOME", dir.workspace().toString());
    env.put("TMPDIR", dir.workspace().resolve(".tmp").toString());
    env.put("LANG", "C.UTF-8");
    env.putAll(environment);
    pb.directory(dir.workspace().toFile());
    return pb;
  }

  /** how long {@link #afterExit} keeps killing the session's leftovers until none is alive */
  static final long KILL_WAIT_NANOS = 5_000_000_000L;

  /**
   * Kills what is left of the execution's session and returns once none of it is alive (a killed
   * process is gone or a zombie), so no process outlives the execution; a process that still
   * escapes the kill after {@link #KILL_WAIT_NANOS} (one stuck in the kernel) is left to the OS.
   */
  @Override
  public void afterExit(Process process, int exitCode, long child) {
    long sid = process.pid();
    long deadline = System.nanoTime() + KILL_WAIT_NANOS;
    for (List<Long> left = sessionMembers(sid); !left.isEmpty(); left = sessionMembers(sid)) {
      if (System.nanoTime() - deadline > 0) {
        return;
      }
      left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      // SIGKILL takes effect when the process next runs: on a busy host, not yet at the next look
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
    }
  }

  /** Processes whose session id is {@code sid} (field 6 of /proc/PID/stat). */
  static List<Long> sessionMembers(long sid) {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String stat = new String(Files.readAllBytes(p.resolve("stat")), StandardCharsets.US_ASCII);
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (f.length > 3 && Long.parseLong(f[3]) == sid && !"Z".equals(f[0])) {
            found.add(Long.parseLong(p.getFileName().toString()));
          }
        } catch (IOException | RuntimeException ignored) {
          // the process ended while we looked
        }
      }
    } catch (IOException ignored) {
      // no /proc: nothing we can find
    }
    return found;
  }

  @Override
  public List<String> notes() {
    List<String> n = new ArrayList<>();
    n.add("no namespaces: the code can read what host uid " + hostUid(0) + " can read and can use the network");
    n.add("clean environment; own session" + (host.setsid() == null ? " NOT available (setsid missing)" : "")
        + "; leftover processes of the session are killed");
    n.add("rlimits via prlimit: address space, cpu, processes (counted per host uid), file size, open files");
    n.add("no syscall filter: the JVM's kernel keyrings (and any key in its session keyring) are reachable");
    n.add("work directory on the host disk: only per-file size is limited");
    if (host.isRoot() && !dropsRoot()) {
      n.add("JVM runs as root and setpriv is missing: code runs as root and the process limit is NOT enforced");
    }
    return n;
  }
}
