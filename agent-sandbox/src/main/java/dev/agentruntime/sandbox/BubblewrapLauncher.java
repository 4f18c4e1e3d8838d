package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * bubblewrap with every namespace unshared, limits applied inside with prlimit. A root JVM first
 * drops to the slot's unprivileged uid, with {@code chroot --userspec} (one light exec) or, when
 * that is unavailable or bubblewrap is setuid, {@code setpriv}.
 */
final class BubblewrapLauncher implements Launcher {

  /** Top-level system entries: bound read-only when directories, recreated when symlinks. */
  private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

  /**
   * Harmless files of /etc programs commonly need (no resolv.conf, hosts, shadow, ...). Only the
   * dynamic loader's cache is needed at run time; {@code ld.so.conf} is read by {@code ldconfig}
   * alone, which cannot rewrite the read-only cache anyway, so it is not mounted.
   */
  private static final List<String> ETC = List.of(
      "/etc/ld.so.cache", "/etc/alternatives", "/etc/localtime",
      "/etc/nsswitch.conf", "/etc/mime.types", "/etc/ssl/certs", "/etc/ca-certificates");

  private static final String PASSWD =
      "root:x:0:0:root:/nonexistent:/usr/sbin/nologin\nsandbox:x:1000:1000:sandbox:/workspace:/bin/sh\n"
          + "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
  private static final String GROUP = "root:x:0:\nsandbox:x:1000:\nnogroup:x:65534:\n";

  /** Where the shared account files are mounted; {@code /etc/passwd} and {@code /etc/group} link there. */
  static final String ACCOUNTS = CodeSandbox.STAGE + "/etc";

  private static final String SETUP =
      "cp -R " + CodeSandbox.STAGE + "/input/. " + CodeSandbox.WORKSPACE + "/ || exit 125; exec \"$@\"";

  private final HostInfo host;
  private final int uidBase;
  private final List<Path> extraReadOnly;
  private final Map<String, String> environment;
  private final Path accounts;
  private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
  /**
   * A private directory (mode 0700, never mounted into a sandbox) holding the fixed bubblewrap
   * arguments ({@code bwrap.args}, NUL-separated, read through {@code --args}) and the syscall
   * filter ({@code seccomp.bpf}); removed by {@link #close()}.
   */
  private final Path launch;
  private final Path argsFile;
  private final Path filterFile;
  /** {@link #fixedArguments()}, for a command that passes them inline ({@link #directCommand}). */
  private final List<String> fixed;
  /** The syscall filter's architecture, or null when no filter is loaded (see {@link #notes()}). */
  private final SyscallFilter.Arch filterArch;
  /** Why no filter is loaded, or null. */
  private final String noFilterReason;
  /**
   * Whether the code runs as PID 1 of its namespace ({@code --as-pid-1}, bubblewrap 0.3 and later)
   * instead of under bubblewrap's own init; see {@link #afterExit}.
   */
  private final boolean codeIsInit;
  /** Whether root is dropped with {@code chroot} rather than {@code setpriv}; settled by {@link #probe}. */
  private volatile boolean dropWithChroot;

  /**
   * @param workRoot where the shared, read-only account files ({@code passwd}, {@code group}) are
   *     written once for every execution; removed by {@link #close()}
   * @throws IOException when they cannot be written
   */
  BubblewrapLauncher(HostInfo host, int uidBase, List<Path> extraReadOnly, Map<String, String> environment,
      Path workRoot) throws IOException {
    this.host = host;
    this.uidBase = uidBase;
    this.extraReadOnly = extraReadOnly;
    this.environment = environment;
    this.dropWithChroot = host.isRoot() && host.chroot() != null && host.bwrap() != null && !host.bwrapSetId();
    this.codeIsInit = host.bwrapSupports("--as-pid-1");
    this.accounts = writeAccounts(workRoot);
    SyscallFilter.Arch arch = SyscallFilter.Arch.current();
    if (arch == null) {
      noFilterReason = "no syscall numbers for architecture " + System.getProperty("os.arch");
    } else if (!host.bwrapSupports("--seccomp")) {
      noFilterReason = "bubblewrap " + host.bwrapVersion() + " has no --seccomp";
    } else {
      noFilterReason = null;
    }
    this.filterArch = noFilterReason == null ? arch : null;
    try {
      this.launch = Files.createTempDirectory(accounts.getParent(), "agent-sandbox-launch-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      this.argsFile = launch.resolve("bwrap.args");
      this.filterFile = launch.resolve("seccomp.bpf");
      this.fixed = fixedArguments();
      StringBuilder args = new StringBuilder();
      for (String a : fixed) {
        args.append(a).append('\0');
      }
      Files.writeString(argsFile, args, StandardCharsets.UTF_8);
      Files.write(filterFile, filterArch == null ? new byte[0] : SyscallFilter.program(filterArch));
    } catch (IOException | RuntimeException e) {
      deleteAccounts(accounts);
      throw e;
    }
  }

  /**
   * The sandbox's /etc/passwd and /etc/group: the same for every execution, so written once, in
   * {@code java.io.tmpdir} (keeping workRoot to the per-execution staging directories) when the
   * sandbox uid can reach it, else in workRoot.
   */
  private Path writeAccounts(Path workRoot) throws IOException {
    Path parent = workRoot;
    String tmp = System.getProperty("java.io.tmpdir");
    if (tmp != null && Files.isDirectory(Paths.get(tmp)) && (!dropsRoot() || searchable(Paths.get(tmp)))) {
      parent = Paths.get(tmp);
    }
    Path dir = Files.createTempDirectory(parent, "agent-sandbox-etc-");
    try {
      Path passwd = dir.resolve("passwd");
      Path group = dir.resolve("group");
      Files.writeString(passwd, PASSWD, StandardCharsets.UTF_8);
      Files.writeString(group, GROUP, StandardCharsets.UTF_8);
      // readable by the unprivileged sandbox uid, writable by nobody but the owner
      Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("r--r--r--"));
      Files.setPosixFilePermissions(group, PosixFilePermissions.fromString("r--r--r--"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x--x--x"));
      return dir;
    } catch (IOException | RuntimeException e) {
      deleteAccounts(dir);
      throw e;
    }
  }

  /** Whether every directory up to the root is searchable by other users (o+x). */
  private static boolean searchable(Path dir) {
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
      try {
        if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return true;
  }

  private static void deleteAccounts(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      Files.deleteIfExists(dir.resolve("passwd"));
      Files.deleteIfExists(dir.resolve("group"));
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(BubblewrapLauncher.class)
          .warn("could not delete sandbox account files {}: {}", dir, e.toString());
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      deleteAccounts(accounts);
      try {
        Files.deleteIfExists(argsFile);
        Files.deleteIfExists(filterFile);
        Files.deleteIfExists(launch);
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(BubblewrapLauncher.class)
            .warn("could not delete sandbox launch files {}: {}", launch, e.toString());
      }
    }
  }

  /**
   * The arguments every execution shares, handed to bubblewrap through {@code --args} so that they
   * do not show in the sandbox's {@code /proc/1/cmdline}.
   */
  private List<String> fixedArguments() {
    List<String> c = new ArrayList<>();
    c.add("--unshare-all");
    c.add("--unshare-user");
    if (filterArch == null && host.bwrapSupports("--disable-userns")) {
      // with the syscall filter, new user namespaces are refused already (unshare and clone with
      // CLONE_NEWUSER fail with EPERM, clone3 with ENOSYS, setns with EPERM): bubblewrap's own
      // nested user namespace that enforces this costs a cold start another namespace and a
      // second capability drop
      c.add("--disable-userns");
    }
    c.add("--die-with-parent");
    if (codeIsInit) {
      // no bubblewrap init: the code is PID 1, so its end ends the namespace (see afterExit)
      c.add("--as-pid-1");
    }
    c.add("--new-session");
    if (host.bwrapSupports("--cap-drop")) {
      c.add("--cap-drop");
      c.add("ALL");
    }
    c.add("--hostname");
    c.add("sandbox");
    c.add("--uid");
    c.add("1000");
    c.add("--gid");
    c.add("1000");
    for (String s : SYSTEM) {
      Path p = Paths.get(s);
      if (Files.isSymbolicLink(p)) {
        try {
          c.add("--symlink");
          c.add(Files.readSymbolicLink(p).toString());
          c.add(s);
        } catch (IOException e) {
          c.remove(c.size() - 1);
        }
      } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        c.add("--ro-bind");
        c.add(s);
        c.add(s);
      }
    }
    for (String s : ETC) {
      Path p = Paths.get(s);
      if (!Files.exists(p)) {
        continue; // what --ro-bind-try would do, without asking bubblewrap on every run
      }
      Path real = realPath(p);
      if (Files.isSymbolicLink(p) && real != null && real.startsWith("/usr/") && Files.isRegularFile(real)) {
        // e.g. /etc/localtime -> /usr/share/zoneinfo/...: /usr is visible, a symlink needs no mount
        c.add("--symlink");
        c.add(real.toString());
        c.add(s);
      } else {
        c.add("--ro-bind-try");
        c.add(s);
        c.add(s);
      }
    }
    c.add("--proc");
    c.add("/proc");
    c.add("--dev");
    c.add("/dev");
    // the account files are mounted with the staging area (one mount, see command()): every
    // mount costs bubblewrap a mount table scan, a symlink costs nothing
    c.add("--symlink");
    c.add(ACCOUNTS + "/passwd");
    c.add("/etc/passwd");
    c.add("--symlink");
    c.add(ACCOUNTS + "/group");
    c.add("/etc/group");
    return List.copyOf(c);
  }


  /**
   * What a sandbox mounts of its own, besides the read-only system directories: a read-only path
   * may lie inside the tmpfs mounts (it is bound after them, {@link #addReadOnlyPaths}), but may
   * be none of these nor an ancestor of one, which it would cover (the host's {@code /tmp}, {@code
   * /proc} or {@code /etc/passwd} inside).
   */
  private static final List<Path> OWN_MOUNTS = List.of(Paths.get("/proc"), Paths.get("/dev"), Paths.get("/tmp"),
      Paths.get(CodeSandbox.WORKSPACE), Paths.get("/dev/shm"), Paths.get(CodeSandbox.STAGE), Paths.get("/etc/passwd"),
      Paths.get("/etc/group"));

  /**
   * @param p an absolute path to expose read-only at the same place
   * @return null when a sandbox can expose it, else why not: it is not in normal form (no {@code
   *     .} or {@code ..}), it is or contains one of the sandbox's own mounts, or it lies in the
   *     sandbox's {@code /proc}, {@code /dev} (but for {@code /dev/shm}) or staging area {@code
   *     /sandbox}. Inside {@code /tmp}, {@code /workspace} and {@code /dev/shm} it is fine.
   */
  static @Nullable String readOnlyPathProblem(Path p) {
    if (!p.equals(p.normalize())) {
      return "must be in normal form, without '.' or '..' (it is mounted at the same place inside)";
    }
    for (Path own : OWN_MOUNTS) {
      if (own.startsWith(p)) {
        return "would cover the sandbox's own " + own + "; expose a path inside /tmp, /workspace or /dev/shm,"
            + " or elsewhere, instead";
      }
    }
    if (p.startsWith("/proc")) {
      return "lies in the sandbox's own /proc (its PID namespace's); the host's is never exposed";
    }
    if (p.startsWith("/dev") && !p.startsWith("/dev/shm")) {
      return "lies in the sandbox's own /dev (a minimal set of devices); host devices are not exposed";
    }
    if (p.startsWith(CodeSandbox.STAGE)) {
      return "lies in " + CodeSandbox.STAGE + ", where the sandbox mounts the code and its own files";
    }
    return null;
  }

  /**
   * @param status a {@code /proc/PID/status}
   * @param uid the expected uid and gid
   * @return null when real, effective, saved and filesystem uid and gid are all {@code uid} and
   *     there is no supplementary group, else what differs
   */
  static @Nullable String checkDropped(String status, int uid) {
    String ids = "\\s+" + uid + "\\s+" + uid + "\\s+" + uid + "\\s+" + uid + "\\s*$";
    if (!java.util.regex.Pattern.compile("(?m)^Uid:" + ids).matcher(status).find()
        || !java.util.regex.Pattern.compile("(?m)^Gid:" + ids).matcher(status).find()) {
      return "chroot did not switch to uid/gid " + uid + ": " + status.trim();
    }
    if (!java.util.regex.Pattern.compile("(?m)^Groups:[ \\t]*$").matcher(status).find()) {
      return "chroot kept supplementary groups";
    }
    return null;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public boolean supportsCgroups() {
    return true;
  }

  @Override
  public boolean needsWorkspaceOnHost() {
    return false;
  }

  @Override
  public void prepare(Workdir dir, int slot) throws IOException {
    if (dropsRoot()) {
      dir.chown(hostUid(slot));
    }
  }

  boolean dropsRoot() {
    return dropWithChroot || (host.isRoot() && host.setpriv() != null);
  }

  /**
   * @param host the host
   * @return whether a sandbox on this host runs code as an unprivileged uid of its own (the JVM is
   *     root and a tool to drop root is installed)
   */
  static boolean dropsRoot(HostInfo host) {
    return host.isRoot() && (host.setpriv() != null || host.chroot() != null);
  }

  /** The command that drops root to {@code uid} and runs what follows, or nothing when not root. */
  private List<String> dropRoot(int uid) {
    if (dropWithChroot) {
      // bubblewrap sets no_new_privs before it runs anything, and the user namespace it creates
      // starts from a full bounding set that --cap-drop ALL empties: setpriv's extra settings
      // (no_new_privs, empty bounding set) would change nothing for the code
      return Launcher.chrootDropRoot(host, uid);
    }
    return Launcher.dropRoot(host, uid);
  }

  @Override
  public int hostUid(int slot) {
    return dropsRoot() ? uidBase + slot : host.uid();
  }

  /**
   * Opens the launch files and the staging area as descriptors 3 to 6, then runs the rest: bubblewrap
   * reads its fixed arguments (3) and the syscall filter (4) from them and mounts the staging area
   * (5) and the account files (6) from them, so that no host path shows in the sandbox's {@code
   * /proc/1/cmdline} (bubblewrap's init keeps bubblewrap's command line). bubblewrap closes each
   * descriptor once read or mounted. Descriptor 7 is stderr again, for bubblewrap's report of its
   * child ({@code --info-fd}, see {@link SandboxInfo}). With cgroups, the shell first moves itself
   * into the execution's cgroup (its pid into {@code cgroup.procs}), so everything it then runs is
   * inside.
   */
  private static final String OPEN_FDS = "exec 3<\"$1\" 4<\"$2\" 5<\"$3\" 6<\"$4\" 7>&2 || exit 126;";
  /** {@link #OPEN_FDS} for a pooled sandbox, which has no staging area (the code comes on stdin). */
  private static final String OPEN_FDS_NO_STAGE = "exec 3<\"$1\" 4<\"$2\" 6<\"$4\" 7>&2 || exit 126;";
  /** The end of the launching shell's script: join the cgroup, if any, and run the rest. */
  private static final String JOIN_AND_RUN =
      " if [ -n \"$5\" ]; then echo $$ > \"$5\" || exit 126; fi; shift 5; exec \"$@\"";

  /**
   * @return whether the launching shell applies the limits ({@link #limitsInFront}) instead of a
   *     {@code prlimit} exec inside the sandbox: when root is dropped to the slot's own uid (the
   *     limits then hold for bubblewrap's outer process too, which is alone with that uid) and the
   *     limits are whole units of the shell's {@code ulimit} (KiB of memory, 512-byte blocks of
   *     file size), so they are the same limits to the byte, and the open files leave bubblewrap
   *     enough of its own ({@link #IN_FRONT_MIN_OPEN_FILES})
   */
  private boolean limitsInFront(ResourceLimits l) {
    return dropsRoot() && l.memoryBytes() % 1024 == 0 && l.maxFileSizeBytes() % 512 == 0
        && l.maxOpenFiles() >= IN_FRONT_MIN_OPEN_FILES;
  }

  /**
   * The fewest open files set in front of bubblewrap ({@link #limitsInFront}): the limit applies
   * to bubblewrap too, which starts with eight descriptors of its own (stdio, arguments, filter,
   * staging, accounts, status) and opens more; with 9 to 11 bubblewrap 0.8 hung, with 8 the root
   * drop could not load its libraries, 12 was the least that worked. Fewer go through
   * {@code prlimit}, which sets them on the code alone.
   */
  static final int IN_FRONT_MIN_OPEN_FILES = 16;

  /**
   * The limits {@code prlimit} would set, as {@code ulimit} builtins of the launching shell before
   * root is dropped: inherited through chroot and bubblewrap by the code, one exec fewer. The
   * process limit is one higher: it counts the processes of the slot's uid, and bubblewrap's outer
   * process is one of them, so the code has {@code maxProcesses} as with prlimit (the kernel checks
   * the count of the sandbox's user namespace against the limit its creator had).
   */
  private static String ulimits(ResourceLimits l) {
    return " ulimit -S -t " + l.cpuSeconds() + " && ulimit -H -t " + (l.cpuSeconds() + 1)
        + " && ulimit -v " + l.memoryBytes() / 1024 + " && ulimit -p " + (l.maxProcesses() + 1L)
        + " && ulimit -f " + l.maxFileSizeBytes() / 512 + " && ulimit -n " + l.maxOpenFiles()
        + " && ulimit -c 0 || exit 126;";
  }

  @Override
  public ProcessBuilder command(Workdir dir, Interpreter interpreter, ResourceLimits limits, int slot,
      Path cgroupProcs) {
    List<String> tail = new ArrayList<>();
    if (!dir.codeOnly() && Files.isDirectory(dir.input())) {
      tail.add("/bin/sh");
      tail.add("-c");
      tail.add(SETUP);
      tail.add("sh");
    }
    // with input files, the copy inside runs without the limits (prlimit follows it)
    boolean inFront = dir.codeOnly() && limitsInFront(limits);
    if (!inFront) {
      tail.addAll(Launcher.prlimit(host, limits));
    }
    tail.addAll(interpreter.command());
    tail.add(CodeSandbox.STAGE + "/code/" + interpreter.fileName());
    ProcessBuilder pb = build(dir, dir.codeOnly() ? CodeSandbox.STAGE + "/code/" + interpreter.fileName()
        : CodeSandbox.STAGE, tail, limits, slot, cgroupProcs, inFront ? ulimits(limits) : "");
    pb.directory(dir.codeOnly() ? dir.root().getParent().toFile() : dir.root().toFile());
    return pb;
  }

  @Override
  public boolean supportsWarmPool() {
    return true;
  }

  @Override
  public ProcessBuilder pooledCommand(List<String> interpreterCommand, ResourceLimits limits, int slot,
      Path cgroupProcs, Path workRoot, boolean setsOwnLimits) {
    boolean inFront = !setsOwnLimits && limitsInFront(limits);
    List<String> tail = new ArrayList<>(setsOwnLimits || inFront ? List.of() : Launcher.prlimit(host, limits));
    tail.addAll(interpreterCommand);
    ProcessBuilder pb = build(null, null, tail, limits, slot, cgroupProcs, inFront ? ulimits(limits) : "");
    pb.directory(workRoot.toFile());
    return pb;
  }

  /**
   * @param dir the staging area, or null for a pooled sandbox
   * @param stageDest where the staging area is mounted
   * @param tail the command run inside
   * @param shellLimits {@link #ulimits} for the launching shell, or nothing
   */
  private ProcessBuilder build(@Nullable Workdir dir, String stageDest, List<String> tail, ResourceLimits limits, int slot,
      Path cgroupProcs, String shellLimits) {
    List<String> c = new ArrayList<>(List.of("/bin/sh", "-c",
        (dir == null ? OPEN_FDS_NO_STAGE : OPEN_FDS) + shellLimits + JOIN_AND_RUN, "sh",
        argsFile.toString(), filterFile.toString(), dir == null ? "" : dir.root().toString(), accounts.toString(),
        cgroupProcs == null ? "" : cgroupProcs.toString()));
    c.addAll(dropRoot(hostUid(slot)));
    c.add(host.bwrap().toString());
    c.add("--args");
    c.add("3");
    if (codeIsInit) {
      // the outer process reports its child (PID 1 inside) on stderr before the child goes on
      // (SandboxInfo): the child's namespaces are then held, see holdTeardown
      c.add("--info-fd");
      c.add("7");
    }
    if (filterArch != null) {
      c.add("--seccomp");
      c.add("4");
    }
    addScratch(c, limits);
    addReadOnlyPaths(c);
    if (dir != null) {
      // code only: the same place the code has in a staging directory, /sandbox/code/<file>; a
      // staging directory holds an empty etc/ to mount the account files on
      c.add("--ro-bind-fd");
      c.add("5");
      c.add(stageDest);
    }
    c.add("--ro-bind-fd");
    c.add("6");
    c.add(ACCOUNTS);
    addRest(c, tail);
    ProcessBuilder pb = new ProcessBuilder(c);
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    return pb;
  }

  /**
   * Nothing but bubblewrap (behind the root drop, when the JVM is root): its arguments inline and
   * the syscall filter on stdin ({@code --seccomp 0}; bubblewrap closes it once read, so the
   * sandbox starts without a stdin and the harness makes {@code /sandbox/in} its stdin). Neither
   * shows inside: with {@code --as-pid-1} bubblewrap's outer process is not in the sandbox's PID
   * namespace, so {@code /proc/1/cmdline} is the interpreter's. Only with {@code --as-pid-1}
   * (bubblewrap 0.3 and later) and without a cgroup (the shell of {@link #pooledCommand} joins it).
   */
  @Override
  public @Nullable ProcessBuilder directCommand(List<String> interpreterCommand, ResourceLimits limits, int slot,
      Path input, Path workRoot) {
    if (!codeIsInit) {
      return null; // bubblewrap's init would show its arguments as /proc/1/cmdline
    }
    List<String> c = new ArrayList<>(dropRoot(hostUid(slot)));
    c.add(host.bwrap().toString());
    c.addAll(fixed);
    if (filterArch != null) {
      c.add("--seccomp");
      c.add("0");
    }
    addScratch(c, limits);
    addReadOnlyPaths(c);
    c.add("--ro-bind");
    c.add(input.toString());
    c.add(CodeSandbox.STAGE + "/in");
    c.add("--ro-bind");
    c.add(accounts.toString());
    c.add(ACCOUNTS);
    addRest(c, interpreterCommand);
    ProcessBuilder pb = new ProcessBuilder(c);
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.directory(workRoot.toFile());
    pb.redirectInput(filterArch != null ? filterFile.toFile() : new java.io.File("/dev/null"));
    return pb;
  }

  /** The private, size-limited tmpfs mounts. */
  private void addScratch(List<String> c, ResourceLimits limits) {
    boolean sized = host.bwrapSupports("--size");
    // /dev/shm too: bubblewrap's --dev gives it an unsized tmpfs, through which code could fill
    // the host's memory with many files each under the file-size limit
    for (String tmpfs : List.of("/tmp", CodeSandbox.WORKSPACE, "/dev/shm")) {
      if (sized) {
        c.add("--size");
        c.add(Long.toString(limits.workspaceBytes()));
      }
      c.add("--tmpfs");
      c.add(tmpfs);
    }
  }

  /**
   * The extra read-only paths, after the private tmpfs mounts ({@link #addScratch}): one under
   * {@code /tmp}, {@code /workspace} or {@code /dev/shm} (a virtualenv in {@code /tmp}, say) is
   * visible inside that tmpfs, not covered by it ({@link #readOnlyPathProblem} refuses the paths
   * that would cover one of the sandbox's own mounts). Inline, not in the arguments file, which
   * precedes the tmpfs mounts: they show in the sandbox's {@code /proc/1/cmdline} only under an
   * older bubblewrap's init, and name only paths the code sees at the same place anyway.
   */
  private void addReadOnlyPaths(List<String> c) {
    for (Path p : extraReadOnly) {
      c.add("--ro-bind");
      c.add(p.toString());
      c.add(p.toString());
    }
  }

  /** The read-only skeleton, working directory, environment and the command run inside. */
  private void addRest(List<String> c, List<String> tail) {
    // last: the skeleton bubblewrap built (/, /etc, /sandbox, the /etc/passwd links) becomes
    // read-only and cannot be filled; /workspace, /tmp and /dev keep their own mounts
    c.add("--remount-ro");
    c.add("/");
    c.add("--chdir");
    c.add(CodeSandbox.WORKSPACE);
    c.add("--clearenv");
    setenv(c, "PATH", "/usr/local/bin:/usr/bin:/bin");
    setenv(c, "HOME", CodeSandbox.WORKSPACE);
    setenv(c, "TMPDIR", "/tmp");
    setenv(c, "LANG", "C.UTF-8");
    environment.forEach((k, v) -> setenv(c, k, v));
    c.add("--");
    c.addAll(tail);
  }

  private static void setenv(List<String> c, String k, String v) {
    c.add("--setenv");
    c.add(k);
    c.add(v);
  }

  /** How far past bubblewrap's pid its sandbox init is looked for. */
  private static final int INIT_PID_WINDOW = 64;
  private static final long INIT_EXIT_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);

  /**
   * Returns once no process of the sandbox can run code any more.
   *
   * <p>With {@code --as-pid-1} (every bubblewrap since 0.3) the code's first process is PID 1 of
   * the sandbox's PID namespace and bubblewrap's outer process its parent. When PID 1 exits, the
   * kernel kills every other process of the namespace and waits until all are gone before PID 1
   * becomes a zombie its parent can reap. The outer process (no event descriptor in this mode)
   * exits with a code from 0 to 255 of its own only after reaping PID 1 ({@code waitpid}); its
   * only other ways out are its error exit (code 1) and a signal (code 128 + n in {@link
   * Process#exitValue()}), in which case PID 1 already has SIGKILL pending ({@code
   * --die-with-parent}). So an exit code of 0 or 2 to 127 proves that nothing of the sandbox is
   * left: nothing to look for. For 1 and 128 and above (the code's own error exit and deaths by
   * signal look the same), the namespace's init is looked for and waited for, as below.
   *
   * <p>Under bubblewrap's own init (older bubblewrap) the outer process exits as soon as the
   * code's main process has, while the init (its child, PID 1 inside) is still being killed
   * ({@code --die-with-parent}), and with it, by the kernel, whatever else runs in the PID
   * namespace. Every process of the namespace descends from that init (orphans are re-parented to
   * it), so the code is gone once the init has no child left or is itself a zombie.
   *
   * <p>With {@code --as-pid-1}, the init is the child bubblewrap reported ({@link SandboxInfo});
   * when the report was not read, and under bubblewrap's init, it is looked for among the pids
   * allocated just after the outer process's (it is forked first thing): a process that is PID 1
   * of a namespace one level down ({@code NSpid: N 1}) whose parent is not another live bubblewrap
   * (another execution's sandbox), or, under bubblewrap's init, a process named bwrap whose parent
   * is the outer process or PID 1.
   */
  @Override
  public void afterExit(Process process, int exitCode, long child) {
    if (codeIsInit && exitCode >= 0 && exitCode < 128 && exitCode != 1) {
      return; // the outer process reaped PID 1: the namespace is empty (see above)
    }
    if (codeIsInit && child > 1) {
      String[] stat = stat(child);
      if (stat != null && namespaceInit(child)) {
        waitUntilDead(child, stat, null); // gone, or (a reused pid) no namespace's init: nothing to wait for
      }
      return;
    }
    long outer = process.pid();
    for (long pid = outer + 1; pid <= outer + INIT_PID_WINDOW; pid++) {
      String[] stat = stat(pid);
      if (stat == null) {
        continue;
      }
      long parent = Long.parseLong(stat[2]);
      if (codeIsInit) {
        if (!namespaceInit(pid) || (parent != 1 && isBwrap(parent))) {
          continue;
        }
        waitUntilDead(pid, stat, null);
        continue; // never stop early: a dying init of another execution may come first
      }
      if (!"bwrap".equals(stat[0]) || (parent != outer && parent != 1)) {
        continue; // not an init, or another execution's live sandbox
      }
      waitUntilDead(pid, stat, Paths.get("/proc", Long.toString(pid), "task", Long.toString(pid), "children"));
      return;
    }
  }

  /** The namespaces a finished sandbox would otherwise tear down as its last process exits. */
  private static final List<String> HELD_NAMESPACES = List.of("mnt", "net", "ipc", "uts", "user", "pid", "cgroup");

  @Override
  public boolean reportsChild() {
    return codeIsInit;
  }

  /**
   * Opens the sandbox's namespaces ({@code /proc/PID/ns/*} of PID 1 inside, the outer process's
   * child, as bubblewrap reported it). They are otherwise torn down as the code's last process
   * exits, before its parent can reap it: unmounting (with an expedited RCU grace period) and the
   * tmpfs, and work queued for kernel threads that preempt the exiting process (the network
   * namespace's clean-up above all), a few milliseconds on the path of every result on a small
   * host. With the namespaces held, that work is done when the hold is closed. Nothing can run in
   * them then: no process is left.
   */
  @Override
  public java.io.@Nullable Closeable holdTeardown(Process process, long child) {
    if (!codeIsInit || child <= 1) {
      return null; // bubblewrap's init holds the namespaces, and its death gates the output's end anyway
    }
    long outer = process.pid();
    List<java.nio.channels.FileChannel> held = new ArrayList<>();
    java.io.Closeable hold = () -> {
      for (java.nio.channels.FileChannel ns : held) {
        ns.close();
      }
    };
    try {
      for (String ns : HELD_NAMESPACES) {
        held.add(java.nio.channels.FileChannel.open(Paths.get("/proc", Long.toString(child), "ns", ns)));
      }
      String[] stat = stat(child);
      if (stat == null || Long.parseLong(stat[2]) != outer) {
        hold.close(); // it ended before we looked, and its pid may be another process's now
        return null;
      }
      return hold;
    } catch (IOException | RuntimeException e) {
      try {
        hold.close();
      } catch (IOException ignored) {
        // nothing held then
      }
      return null; // not allowed (e.g. a setuid bubblewrap) or gone: the exit does the teardown
    }
  }

  /** Waits (at most 2 s) until a process is a zombie or gone, or, given its children list, childless. */
  private static void waitUntilDead(long pid, String[] stat, Path children) {
    long deadline = System.nanoTime() + INIT_EXIT_WAIT_NANOS;
    while (stat != null && !"Z".equals(stat[1]) && !"X".equals(stat[1]) && (children == null || !childless(children))
        && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000);
      stat = stat(pid);
    }
  }

  /** @return whether a process is PID 1 of a PID namespace one level below this one */
  private static boolean namespaceInit(long pid) {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("NSpid:")) {
          String[] ids = line.substring(6).trim().split("\\s+");
          return ids.length == 2 && "1".equals(ids[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return false;
  }

  private static boolean isBwrap(long pid) {
    String[] stat = stat(pid);
    return stat != null && "bwrap".equals(stat[0]) && !"Z".equals(stat[1]);
  }

  /** @return whether a {@code /proc/PID/task/TID/children} list is readable and empty */
  private static boolean childless(Path children) {
    try {
      return Files.readAllBytes(children).length == 0;
    } catch (IOException e) {
      return false; // gone (then stat says so) or not offered by this kernel: wait for the zombie
    }
  }

  /** @return command name, state and parent pid of a process, or null when there is none */
  private static String[] stat(long pid) {
    byte[] b;
    try {
      b = Files.readAllBytes(Paths.get("/proc", Long.toString(pid), "stat"));
    } catch (IOException e) {
      return null;
    }
    String s = new String(b, StandardCharsets.US_ASCII);
    int open = s.indexOf('(');
    int close = s.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= s.length()) {
      return null;
    }
    String[] rest = s.substring(close + 2).split(" ", 3);
    return rest.length < 2 ? null : new String[] {s.substring(open + 1, close), rest[0], rest[1]};
  }

  @Override
  public List<String> notes() {
    List<String> n = new ArrayList<>();
    n.add("namespaces: user, mount, pid, network, ipc, uts, cgroup");
    n.add("no network; read-only root, /usr and system dirs; private tmpfs /workspace, /tmp and /dev/shm; clean environment;"
        + " new session");
    if (!host.bwrapSupports("--size")) {
      n.add("tmpfs size NOT enforced (bubblewrap older than 0.6)");
    }
    if (filterArch != null) {
      n.add("nested user namespaces refused by the syscall filter (unshare, clone, clone3, setns)");
    } else if (host.bwrapSupports("--disable-userns")) {
      n.add("nested user namespaces disabled");
    }
    if (filterArch != null) {
      n.add("syscall filter (seccomp, " + filterArch.name().toLowerCase(java.util.Locale.ROOT) + "): "
          + String.join(", ", SyscallFilter.deniedNames()) + " fail with EPERM; other system call ABIs refused");
    } else {
      n.add("syscall filter NOT loaded (" + noFilterReason + "): the host's kernel keyrings are reachable");
    }
    n.add(codeIsInit ? "no host path in the sandbox's process list (bubblewrap's outer process is outside its PID namespace)"
        : "no host path in the sandbox's process list (bubblewrap arguments passed by descriptor)");
    if (codeIsInit) {
      n.add("the code runs as PID 1 of its namespace: when it ends, the kernel kills whatever it left running");
    }
    n.add("rlimits via prlimit: address space, cpu, processes, file size, open files, no core dumps"
        + " (python3 without input files: the same limits set by its harness before it reads the code;"
        + (dropsRoot() ? " other code without input files: set by the launching shell's ulimit, inherited through"
            + " bubblewrap, whose outer process the process limit counts too, so it is one higher;" : "")
        + " with input files: prlimit after the copy)");
    if (dropsRoot()) {
      n.add("JVM runs as root: code runs as host uid " + uidBase + "+slot with no supplementary groups ("
          + (dropWithChroot ? "chroot --userspec" : "setpriv") + "), so the process limit applies");
    } else if (host.isRoot()) {
      n.add("JVM runs as root and setpriv and chroot are missing: the process limit is NOT enforced"
          + " (the kernel exempts root)");
    }
    return n;
  }

  /**
   * Runs one trivial execution to check that this host can create the namespaces.
   *
   * @param limits the default limits
   * @return null when it works, else what went wrong
   */
  @Nullable String probe(ResourceLimits limits, Path workRoot) {
    if (dropWithChroot) {
      String problem = checkChrootDrop();
      if (problem != null) {
        // an old or unusual chroot: fall back to setpriv
        org.slf4j.LoggerFactory.getLogger(BubblewrapLauncher.class)
            .debug("dropping root with chroot does not work here ({}); using setpriv", problem);
        dropWithChroot = false;
      }
    }
    return probeOnce(limits, workRoot);
  }

  /**
   * Runs the chroot drop alone, outside any namespace, and checks from its own status that it
   * runs as the slot's uid and gid (real, effective, saved) with no supplementary groups.
   *
   * @return null when it does, else what is wrong
   */
  private @Nullable String checkChrootDrop() {
    int uid = hostUid(0);
    List<String> c = new ArrayList<>(Launcher.chrootDropRoot(host, uid));
    c.add("/bin/cat");
    c.add("/proc/self/status");
    try {
      ProcessBuilder pb = new ProcessBuilder(c);
      pb.environment().clear();
      pb.environment().put("PATH", "/usr/bin:/bin");
      ProbeRun run = runProbe(pb, 64 * 1024);
      if (run == null) {
        return "chroot timed out";
      }
      return run.exit() == 0 ? checkDropped(run.output(), uid)
          : "chroot failed (exit " + run.exit() + "): " + run.output().trim();
    } catch (IOException e) {
      return "chroot failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** How long a probe may take before it is taken as failed (and its processes killed). */
  private static final long PROBE_TIMEOUT_SECONDS = 20;

  /** A finished probe: its exit status and output (stdout and stderr, at most the bytes asked for). */
  private record ProbeRun(int exit, String output) {}

  /**
   * Runs a probe with its output (stdout and stderr) going to a file in the private launch
   * directory rather than a pipe: a process that hangs, or one it left behind that still holds the
   * pipe, could otherwise block the read forever. Waits at most {@link #PROBE_TIMEOUT_SECONDS},
   * then kills the process and everything it started.
   *
   * @return what it printed and its exit status, or null when it timed out
   */
  private @Nullable ProbeRun runProbe(ProcessBuilder pb, int maxBytes) throws IOException, InterruptedException {
    Path out = Files.createTempFile(launch, "probe-", ".out");
    try {
      pb.redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(
          new java.io.File("/dev/null")));
      Process p = pb.start();
      try {
        if (!p.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          return null;
        }
      } finally {
        if (p.isAlive()) {
          ProcessRunner.killTree(p);
        }
      }
      byte[] b;
      try (InputStream in = Files.newInputStream(out)) {
        b = in.readNBytes(maxBytes);
      }
      return new ProbeRun(p.exitValue(), new String(b, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /**
   * bubblewrap's output from a failed probe, what it said first: the output starts with its JSON
   * report of the child it started ({@code --info-fd}, on stderr, {@link SandboxInfo}) when it got
   * that far, which follows on one line as detail.
   *
   * @param out the probe's output (stdout and stderr)
   * @return its text for a message
   */
  static String readableProbeOutput(String out) {
    String text = out.trim();
    if (!text.startsWith("{")) {
      return text;
    }
    int end = text.indexOf("\n}");
    if (end < 0) {
      return text;
    }
    String report = text.substring(0, end + 2).replaceAll("\\s+", " ");
    String said = text.substring(end + 2).trim();
    return (said.isEmpty() ? "no error message after starting the sandbox" : said)
        + " (bubblewrap's status report: " + report + ")";
  }

  private String probeOnce(ResourceLimits limits, Path workRoot) {
    Interpreter sh = Interpreter.of("probe", "main.sh", "/bin/sh");
    Workdir dir = null;
    try {
      dir = Workdir.create(workRoot, sh, ExecutionRequest.of("probe",
          "echo sandbox-ok"), false);
      prepare(dir, 0);
      ProbeRun run = runProbe(command(dir, sh, limits, 0, null), 16 * 1024);
      if (run == null) {
        return "bubblewrap probe timed out after " + PROBE_TIMEOUT_SECONDS + " s";
      }
      if (run.exit() != 0 || !run.output().contains("sandbox-ok")) {
        return "bubblewrap " + host.bwrapVersion() + " cannot create a sandbox here (exit " + run.exit()
            + "): " + readableProbeOutput(run.output());
      }
      return null;
    } catch (IOException e) {
      return "bubblewrap probe failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing bubblewrap";
    } finally {
      if (dir != null) {
        dir.delete();
      }
    }
  }
}
