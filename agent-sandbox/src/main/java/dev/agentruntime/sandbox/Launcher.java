package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the host command for one execution under one isolation back end. */
interface Launcher {

  /** @return whether the work directory is a host directory (process-only) rather than a tmpfs */
  boolean needsWorkspaceOnHost();

  /**
   * Prepares the staging directory (ownership) for a slot.
   *
   * @param dir the staging directory
   * @param slot the execution slot
   * @throws IOException when it cannot
   */
  void prepare(Workdir dir, int slot) throws IOException;

  /**
   * @param dir the staging directory
   * @param interpreter the interpreter
   * @param limits the limits
   * @param slot the execution slot
   * @param cgroupProcs the {@code cgroup.procs} file of the execution's cgroup, which its first
   *     process joins before it starts anything, or null when cgroups are not used
   * @return the process to start
   */
  ProcessBuilder command(Workdir dir, Interpreter interpreter, ResourceLimits limits, int slot, @Nullable Path cgroupProcs);

  /** @return whether this back end can start pooled sandboxes ({@link #pooledCommand}) */
  default boolean supportsWarmPool() {
    return false;
  }

  /**
   * A sandbox without a staging area whose interpreter runs a bootstrap that reads the code from
   * stdin: started ahead of time (a warm pool), or for one execution of code without input files.
   *
   * @param interpreterCommand the interpreter and its bootstrap arguments
   * @param limits the limits
   * @param slot the (pool) slot, which gives the host uid
   * @param cgroupProcs the cgroup to join, or null
   * @param workRoot a directory to start in
   * @param setsOwnLimits whether the bootstrap applies {@code limits} itself before it reads the
   *     code (then no prlimit runs in front of it)
   * @return the process to start
   */
  default ProcessBuilder pooledCommand(List<String> interpreterCommand, ResourceLimits limits, int slot,
      @Nullable Path cgroupProcs, Path workRoot, boolean setsOwnLimits) {
    throw new UnsupportedOperationException("no warm pool for this isolation back end");
  }

  /**
   * A sandbox for one execution whose harness reads its stream from a file instead of stdin,
   * started with nothing in front of the sandbox but what drops root: no shell to open descriptors
   * (each exec in front of the sandbox is a few milliseconds of a cold start). No cgroup, no report
   * of the sandbox's main process ({@link #reportsChild()} does not apply); the process's stdin is
   * not the code's (the code's stdin is in the file).
   *
   * @param interpreterCommand the interpreter and its harness ({@link WarmPool#fileBootstrapCommand})
   * @param limits the limits (the harness applies the rlimits itself)
   * @param slot the execution slot, which gives the host uid
   * @param input the file the harness reads ({@link WarmPool#input}), readable by the slot's uid
   * @param workRoot a directory to start in
   * @return the process to start, or null when this back end cannot start one so (then {@link
   *     #pooledCommand} is used)
   */
  default @Nullable ProcessBuilder directCommand(List<String> interpreterCommand, ResourceLimits limits, int slot,
      Path input, Path workRoot) {
    return null;
  }

  /**
   * @return whether a started sandbox first reports its main process on stderr ({@link
   *     SandboxInfo}), to be read off before the code's own output
   */
  default boolean reportsChild() {
    return false;
  }

  /**
   * Takes a hold on what a started sandbox's end would otherwise tear down while its caller waits
   * (its namespaces), so that the teardown happens when the hold is closed, off the path of the
   * result. Nothing can run in a held namespace: it only keeps the mounts and devices of a
   * finished sandbox for as long as the hold is open.
   *
   * @param process a started sandbox
   * @param child its main process as it reported it ({@link SandboxInfo})
   * @return the hold, or null when there is none to take
   */
  default java.io.@Nullable Closeable holdTeardown(Process process, long child) {
    return null;
  }

  /** @return whether this back end can put an execution in a cgroup ({@code cgroupProcs}) */
  default boolean supportsCgroups() {
    return false;
  }

  /**
   * Called once a process built by {@link #command} has started, before anything else happens to
   * it (nothing by default).
   *
   * @param pb what it was started from
   * @param process the started process
   */
  default void started(ProcessBuilder pb, Process process) {}

  /**
   * Returns once nothing the execution started can run any more, killing what it left behind
   * where needed; called once its main process is gone.
   *
   * @param process the main process
   * @param exitCode its exit code ({@link Process#exitValue()}), or -1 when it was not waited for
   * @param child the sandbox's main process as it reported it ({@link SandboxInfo}), or -1
   */
  void afterExit(Process process, int exitCode, long child);

  /**
   * @param slot the execution slot
   * @return the host uid code in this slot runs as
   */
  int hostUid(int slot);

  /** Releases what the back end prepared once for all executions (nothing by default). */
  default void close() {}

  /** @return facts about what this back end enforces */
  List<String> notes();

  /** {@code prlimit} arguments applying every limit, followed by nothing (append the command). */
  static List<String> prlimit(HostInfo host, ResourceLimits l) {
    List<String> c = new ArrayList<>();
    c.add(host.prlimit().toString());
    c.add("--as=" + l.memoryBytes());
    c.add("--cpu=" + l.cpuSeconds() + ":" + (l.cpuSeconds() + 1));
    c.add("--nproc=" + l.maxProcesses());
    c.add("--fsize=" + l.maxFileSizeBytes());
    c.add("--nofile=" + l.maxOpenFiles());
    c.add("--core=0");
    c.add("--");
    return c;
  }

  /**
   * {@code chroot} (coreutils) arguments dropping root to an unprivileged uid and gid with no
   * supplementary groups, in one light exec: numeric ids ({@code +N}) need no user database lookup,
   * where {@code setpriv} loads the NSS modules to resolve them (about a millisecond). {@code
   * --skip-chdir /} keeps the root and working directory. It sets neither {@code no_new_privs} nor the
   * bounding set: only for a command that does so itself before running anything (bubblewrap).
   */
  static List<String> chrootDropRoot(HostInfo host, int uid) {
    return List.of(host.chroot().toString(), "--userspec=+" + uid + ":+" + uid, "--groups=", "--skip-chdir", "/");
  }

  /** {@code setpriv} arguments dropping root to an unprivileged uid, or nothing when not root. */
  static List<String> dropRoot(HostInfo host, int uid) {
    if (!host.isRoot() || host.setpriv() == null) {
      return List.of();
    }
    return List.of(host.setpriv().toString(), "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
        "--bounding-set=-all", "--no-new-privs", "--");
  }
}
