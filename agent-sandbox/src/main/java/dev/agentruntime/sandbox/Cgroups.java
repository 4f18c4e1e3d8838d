package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-execution cgroups (v2) where the host delegates a subtree: each execution gets its own
 * cgroup with {@code memory.max} (and {@code memory.swap.max = 0}), {@code pids.max} and {@code
 * cpu.max}, so the limits hold for the whole process tree rather than per process. The execution's
 * first process moves itself in before it starts anything (see {@link BubblewrapLauncher}), so
 * nothing escapes; afterwards whatever is left is killed ({@code cgroup.kill}) and the cgroup is
 * removed.
 *
 * <p>Everything goes through paths ({@code /proc/self/mountinfo}, {@code /proc/self/cgroup} and
 * the cgroup file system), so it can be tested against a fake directory tree.
 */
final class Cgroups {

  static final List<String> CONTROLLERS = List.of("memory", "pids", "cpu");
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final Path parent;
  private final long cpuQuotaMicros;
  private final long cpuPeriodMicros = 100_000;

  private Cgroups(Path parent, double cpus) {
    this.parent = parent;
    this.cpuQuotaMicros = Math.max(1000, Math.round(cpus * cpuPeriodMicros));
  }

  /** The outcome of {@link #detect}: a usable parent, or why there is none. */
  record Detection(Cgroups cgroups, String problem) {}

  /**
   * Finds where per-execution cgroups can be made.
   *
   * @param explicitParent a delegated cgroup the caller named, or null to use the JVM's own cgroup
   *     when that can have children with the controllers
   * @param mountinfo {@code /proc/self/mountinfo}
   * @param selfCgroup {@code /proc/self/cgroup}
   * @param cpus CPUs each execution may use ({@code cpu.max})
   */
  static Detection detect(@Nullable Path explicitParent, Path mountinfo, Path selfCgroup, double cpus) {
    Path parent = explicitParent;
    if (parent == null) {
      Path mount = cgroup2Mount(mountinfo);
      if (mount == null) {
        return new Detection(null, "no cgroup v2 file system is mounted");
      }
      String own = ownCgroup(selfCgroup);
      if (own == null) {
        return new Detection(null, "the JVM is not in a cgroup v2 hierarchy (cgroup v1 or hybrid host)");
      }
      parent = own.equals("/") ? mount : mount.resolve(own.substring(1));
    }
    if (!Files.isDirectory(parent) || !Files.isRegularFile(parent.resolve("cgroup.controllers"))) {
      return new Detection(null, parent + " is not a cgroup v2 directory");
    }
    Set<String> available = words(parent.resolve("cgroup.controllers"));
    List<String> missing = new ArrayList<>();
    for (String c : CONTROLLERS) {
      if (!available.contains(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      return new Detection(null, "controllers " + missing + " are not delegated to " + parent
          + " (the host's cgroup v2 hierarchy does not offer them there)");
    }
    Set<String> enabled = words(parent.resolve("cgroup.subtree_control"));
    if (!enabled.containsAll(CONTROLLERS)) {
      try {
        // allowed in the root cgroup and in cgroups without processes of their own
        Files.writeString(parent.resolve("cgroup.subtree_control"), "+memory +pids +cpu", StandardCharsets.US_ASCII);
      } catch (IOException e) {
        return new Detection(null, "cannot enable memory, pids and cpu for children of " + parent + " ("
            + e.getMessage() + "); name a delegated cgroup without processes with cgroupParent(...)");
      }
      if (!words(parent.resolve("cgroup.subtree_control")).containsAll(CONTROLLERS)) {
        return new Detection(null, "memory, pids and cpu could not be enabled for children of " + parent);
      }
    }
    if (!Files.isWritable(parent)) {
      return new Detection(null, parent + " is not writable by the JVM");
    }
    return new Detection(new Cgroups(parent, cpus), null);
  }

  /** @return the mount point of the cgroup2 file system, or null */
  static @Nullable Path cgroup2Mount(Path mountinfo) {
    try {
      for (String line : Files.readAllLines(mountinfo, StandardCharsets.UTF_8)) {
        int dash = line.indexOf(" - ");
        if (dash < 0) {
          continue;
        }
        String[] after = line.substring(dash + 3).split(" ");
        String[] before = line.substring(0, dash).split(" ");
        if (after.length > 0 && after[0].equals("cgroup2") && before.length > 4) {
          return Paths.get(before[4].replace("\\040", " "));
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  /** @return the JVM's cgroup v2 path ({@code 0::/path}), or null on a v1-only host */
  static @Nullable String ownCgroup(Path selfCgroup) {
    try {
      List<String> lines = Files.readAllLines(selfCgroup, StandardCharsets.UTF_8);
      // on a hybrid host the v2 line exists but the controllers live in v1 hierarchies: the
      // controllers check in detect() says so
      for (String line : lines) {
        if (line.startsWith("0::")) {
          return line.substring(3);
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static Set<String> words(Path file) {
    try {
      Set<String> w = new HashSet<>();
      for (String s : Files.readString(file, StandardCharsets.US_ASCII).trim().split("\\s+")) {
        w.add(s.startsWith("+") ? s.substring(1) : s); // "+memory" as written, "memory" as the kernel shows it
      }
      return w;
    } catch (IOException e) {
      return Set.of();
    }
  }

  /** @return the directory per-execution cgroups are made in */
  Path parent() {
    return parent;
  }

  /**
   * Makes one execution's cgroup with its limits.
   *
   * @param limits the execution's limits
   * @return the cgroup
   * @throws IOException when it cannot be made
   */
  Execution create(ResourceLimits limits) throws IOException {
    Path dir = parent.resolve("agent-sandbox-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
    Files.createDirectory(dir);
    Execution e = new Execution(dir);
    try {
      write(dir, "memory.max", Long.toString(limits.memoryBytes()));
      if (Files.exists(dir.resolve("memory.swap.max"))) {
        write(dir, "memory.swap.max", "0");
      }
      write(dir, "pids.max", Integer.toString(limits.maxProcesses()));
      write(dir, "cpu.max", cpuQuotaMicros + " " + cpuPeriodMicros);
      return e;
    } catch (IOException | RuntimeException ex) {
      e.close();
      throw ex;
    }
  }

  private static void write(Path dir, String file, String value) throws IOException {
    Files.writeString(dir.resolve(file), value, StandardCharsets.US_ASCII);
  }

  /** @return a note for {@code isolation()} */
  String note() {
    return "cgroup v2 per execution under " + parent + ": memory.max = memoryBytes and pids.max = maxProcesses for"
        + " the whole process tree, no swap, cpu.max " + cpuQuotaMicros + "/" + cpuPeriodMicros + " us";
  }

  /** One execution's cgroup; {@link #close()} kills what is left in it and removes it. */
  static final class Execution implements AutoCloseable {
    private final Path dir;

    Execution(Path dir) {
      this.dir = dir;
    }

    /** @return the {@code cgroup.procs} file the execution's first process writes its pid to */
    Path procs() {
      return dir.resolve("cgroup.procs");
    }

    Path dir() {
      return dir;
    }

    /** @return whether the kernel killed a process of this cgroup for going over {@code memory.max} */
    boolean oomKilled() {
      try {
        for (String line : Files.readAllLines(dir.resolve("memory.events"), StandardCharsets.US_ASCII)) {
          if (line.startsWith("oom_kill ") && !line.trim().endsWith(" 0")) {
            return true;
          }
        }
      } catch (IOException e) {
        return false;
      }
      return false;
    }

    @Override
    public void close() {
      try {
        if (Files.exists(dir.resolve("cgroup.kill"))) {
          write(dir, "cgroup.kill", "1");
        }
      } catch (IOException ignored) {
        // nothing left to kill, or an older kernel
      }
      for (int attempt = 0; attempt < 50; attempt++) {
        try {
          Files.deleteIfExists(dir);
          return;
        } catch (java.nio.file.DirectoryNotEmptyException e) {
          // a test's fake cgroup file system: its control files are ordinary files (on cgroupfs
          // they cannot be unlinked and rmdir removes them with the directory)
          try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
              Files.deleteIfExists(f);
            }
          } catch (IOException ignored) {
            // retried below
          }
        } catch (IOException e) {
          // EBUSY while the killed processes are being reaped
          java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
      }
      org.slf4j.LoggerFactory.getLogger(Cgroups.class).warn("could not remove sandbox cgroup {}", dir);
    }
  }
}
