package dev.agentruntime.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A plain child process in its own session, with rlimits and a clean environment; no namespaces.
 * When the execution ends, every process it left is killed: those still in its session, those
 * whose environment carries the execution's marker ({@link #MARKER_ENV}, inherited through {@code
 * setsid}, double forks and re-parenting), and, when the code runs as a host uid of the
 * execution's own (a root JVM with {@code setpriv}), every process of that uid. What escapes
 * without a root JVM: a process that left the session and was {@code exec}'d with an environment
 * without the marker ({@code env -i}, {@code execve} with a new environment) or overwrote the marker
 * in its own memory (the environment block {@code /proc/PID/environ} shows is writable), or that made itself
 * unreadable to the JVM's uid (a non-dumpable process's environment cannot be read).
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
    // last: a configured variable cannot replace it
    env.put(MARKER_ENV, hostUid(slot) + "-" + newToken());
    pb.directory(dir.workspace().toFile());
    return pb;
  }

  /**
   * The variable every process of a process-only execution inherits in its environment, whose
   * value ({@code <host uid>-<random>}) is the execution's own: leftovers that left its session
   * are found by it.
   */
  static final String MARKER_ENV = "AGENT_SANDBOX_EXECUTION";

  /** Markers of started executions by the pid of their main process, until {@link #afterExit}. */
  private final Map<Long, String> markers = new ConcurrentHashMap<>();

  private static final SecureRandom RANDOM = new SecureRandom();

  private static String newToken() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(Character.forDigit((x >> 4) & 0xF, 16)).append(Character.forDigit(x & 0xF, 16));
    }
    return s.toString();
  }

  @Override
  public void started(ProcessBuilder pb, Process process) {
    String marker = pb.environment().get(MARKER_ENV);
    if (marker != null) {
      markers.put(process.pid(), marker);
    }
  }

  /** how long {@link #afterExit} keeps killing the execution's leftovers until none is alive */
  static final long KILL_WAIT_NANOS = 5_000_000_000L;

  /**
   * Kills what is left of the execution ({@link #leftovers}) and returns once none of it is alive
   * (a killed process is gone or a zombie), so no process outlives the execution; a process that
   * still escapes the kill after {@link #KILL_WAIT_NANOS} (one stuck in the kernel) is left to
   * the OS.
   */
  @Override
  public void afterExit(Process process, int exitCode, long child) {
    long sid = process.pid();
    String marker = markers.remove(sid);
    int uid = dropsRoot() && marker != null ? Integer.parseInt(marker.substring(0, marker.indexOf('-'))) : -1;
    long deadline = System.nanoTime() + KILL_WAIT_NANOS;
    for (List<Long> left = leftovers(sid, marker, uid); !left.isEmpty(); left = leftovers(sid, marker, uid)) {
      if (System.nanoTime() - deadline > 0) {
        return;
      }
      left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      // SIGKILL takes effect when the process next runs: on a busy host, not yet at the next look
      java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
    }
  }

  /**
   * Live processes (not zombies) of an execution: in session {@code sid} (field 6 of {@code
   * /proc/PID/stat}), or with {@code MARKER_ENV=marker} in their environment ({@code
   * /proc/PID/environ}: the environment block in their memory), or whose real uid is {@code uid}.
   *
   * @param marker the execution's marker, or null
   * @param uid the host uid that is the execution's alone, or -1
   */
  static List<Long> leftovers(long sid, @Nullable String marker, int uid) {
    byte[] entry = marker == null ? null : (MARKER_ENV + "=" + marker).getBytes(StandardCharsets.UTF_8);
    long self = ProcessHandle.current().pid();
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          long pid = Long.parseLong(p.getFileName().toString());
          String stat = new String(Files.readAllBytes(p.resolve("stat")), StandardCharsets.US_ASCII);
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          if (pid == self || f.length <= 3 || "Z".equals(f[0])) {
            continue;
          }
          if (Long.parseLong(f[3]) == sid || (uid >= 0 && realUid(p) == uid)
              || (entry != null && hasEntry(Files.readAllBytes(p.resolve("environ")), entry))) {
            found.add(pid);
          }
        } catch (IOException | RuntimeException ignored) {
          // the process ended while we looked, or its environment is not ours to read
        }
      }
    } catch (IOException ignored) {
      // no /proc: nothing we can find
    }
    return found;
  }

  /** @return the real uid of a process ({@code Uid:} in its {@code status}), or -1 */
  private static long realUid(Path proc) throws IOException {
    for (String line : Files.readAllLines(proc.resolve("status"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("Uid:")) {
        return Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
      }
    }
    return -1;
  }

  /** @return whether a NUL-separated environment block holds {@code entry} as one of its entries */
  static boolean hasEntry(byte[] environ, byte[] entry) {
    for (int i = 0; i + entry.length <= environ.length; ) {
      int end = i;
      while (end < environ.length && environ[end] != 0) {
        end++;
      }
      if (end - i == entry.length && Arrays.equals(environ, i, end, entry, 0, entry.length)) {
        return true;
      }
      i = end + 1;
    }
    return false;
  }

  @Override
  public List<String> notes() {
    List<String> n = new ArrayList<>();
    n.add("no namespaces: the code can read what host uid " + hostUid(0) + " can read and can use the network");
    n.add("clean environment (but for the execution's marker " + MARKER_ENV + "); own session"
        + (host.setsid() == null ? " NOT available (setsid missing)" : "")
        + "; leftover processes are killed: those of the session, those carrying the marker"
        + (dropsRoot() ? ", and every process of the execution's host uid" : " (one that left the session AND"
            + " exec'd without the marker, or overwrote it in memory, escapes: no root JVM to give it a uid of its own)"));
    n.add("rlimits via prlimit: address space, cpu, processes (counted per host uid), file size, open files");
    n.add("no syscall filter: the JVM's kernel keyrings (and any key in its session keyring) are reachable");
    n.add("work directory on the host disk: only per-file size is limited");
    if (host.isRoot() && !dropsRoot()) {
      n.add("JVM runs as root and setpriv is missing: code runs as root and the process limit is NOT enforced");
    }
    return n;
  }
}
