package dev.agentruntime.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs model-written code in a separate process, isolated by the operating system, under hard
 * resource limits. Thread-safe; executions run concurrently up to {@link
 * Builder#maxConcurrentExecutions(int)}. Close it to stop its I/O threads.
 *
 * <p>The boundary is bubblewrap ({@code bwrap}, Debian package {@code bubblewrap}): every
 * namespace is unshared (no network, own PID space, own user namespace), system directories are
 * mounted read-only, the work directory and {@code /tmp} are private size-limited tmpfs mounts,
 * the host's home, project and {@code /root} are not mounted, the environment is emptied, the code
 * gets a new session (no TIOCSTI terminal injection) and dies with its parent. A seccomp filter
 * refuses, with {@code EPERM}, the system calls ordinary programs never need and that reach the
 * host or the kernel's riskiest parts: kernel keyrings (so the JVM's session keyring and its keys
 * stay out of reach), ptrace attach, mounts, new user namespaces, modules, kexec, bpf,
 * perf_event_open, userfaultfd, io_uring and other system call ABIs. Resource limits (address
 * space, CPU seconds, processes, file size, open files; no core dumps) are applied by {@code
 * prlimit} inside the sandbox, by the Python harness before it reads the code, or, for other code
 * without input files when root is dropped, by the launching shell. When the JVM runs as root, the sandbox first drops to an
 * unprivileged host uid (one per execution slot, leased for this sandbox alone: see {@link
 * Builder#sandboxUidBase(int)}) with no supplementary groups ({@code chroot --userspec}, or {@code
 * setpriv}), because the kernel does not apply the process limit to root.
 *
 * <p>When bubblewrap is missing or does not work, {@link Builder#build()} refuses, unless {@link
 * Builder#allowProcessOnly(boolean)} explicitly accepts {@link IsolationLevel#PROCESS_ONLY}.
 * {@link #isolation()} reports what is in force.
 *
 * <pre>{@code
 * try (CodeSandbox sandbox = CodeSandbox.builder()
 *     .limits(ResourceLimits.builder().timeout(Duration.ofSeconds(5)).build())
 *     .maxConcurrentExecutions(4)
 *     .build()) {
 *   ExecutionResult r = sandbox.execute(ExecutionRequest.of("python3", "print(6*7)"));
 *   r.stdout(); // "42\n"
 * }
 * }</pre>
 */
public final class CodeSandbox implements AutoCloseable {

  static final String WORKSPACE = "/workspace";
  static final String STAGE = "/sandbox";

  private final ResourceLimits limits;
  /** The JVM's finite hard rlimits, above which no limit can be applied ({@link HostInfo#limitsProblem}). */
  private final Map<String, Long> hardLimits;
  private final Map<String, Interpreter> interpreters;
  private final Duration queueTimeout;
  private final int slots;
  /** Executions that may run at once. */
  private final java.util.concurrent.Semaphore running;
  /**
   * Host uid slots of cold executions, twice as many as may run: a sandbox reaped in the
   * background after its result keeps its uid until it is gone, without holding up the next
   * execution.
   */
  private final BlockingQueue<Integer> freeSlots;
  private final Launcher launcher;
  private final Path workRoot;
  private final CodePrecheck precheck;
  private final IsolationReport isolation;
  private final ExecutorService io;
  private final ProcessRunner runner;
  /** Per-execution cgroups, or null when the host offers none (rlimits only). */
  private final Cgroups cgroups;
  /** Warm pools by language (empty when none was asked for). */
  private final Map<String, WarmPool> pools;
  /**
   * Interpreters with a harness ({@link WarmPool#bootstrapCommand}) by language, for cold starts
   * of requests without input files: languages whose harness reports the code's end (python3, node), on
   * back ends that start pooled sandboxes.
   */
  private final Map<String, Interpreter> harnesses;
  /**
   * Read-only paths mounted inside the code's {@code /workspace} (bubblewrap only), where no input
   * file may be staged ({@link #requireNoReadOnlyPathCollision}).
   */
  private final List<Path> workspaceReadOnly;
  private volatile boolean closed;
  private final AtomicInteger active = new AtomicInteger();
  /**
   * Work that may still hold processes of this sandbox after their executions returned: background
   * reaps of cold executions, and warm pools not yet stopped (one each).
   */
  private final AtomicInteger reaping = new AtomicInteger();
  /** The host uids this sandbox runs code as, leased host-wide; null when root is not dropped. */
  private final UidLease lease;
  private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();
  private final java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
  /** Notified when {@link #active} or {@link #reaping} drops to zero after close. */
  private final Object quiet = new Object();
  /** How long {@link #close()} waits for running executions and background reaps. */
  static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private CodeSandbox(Builder b, Launcher launcher, IsolationReport isolation, Cgroups cgroups, UidLease lease) {
    this.lease = lease;
    this.cgroups = cgroups;
    this.limits = b.limits;
    this.hardLimits = b.hardLimits;
    this.interpreters = Collections.unmodifiableMap(new LinkedHashMap<>(b.interpreters));
    this.queueTimeout = b.queueTimeout;
    this.slots = b.maxConcurrent;
    this.running = new java.util.concurrent.Semaphore(b.maxConcurrent, true);
    this.freeSlots = new ArrayBlockingQueue<>(uidSlots(b.maxConcurrent));
    for (int i = 0; i < uidSlots(b.maxConcurrent); i++) {
      freeSlots.add(i);
    }
    this.launcher = launcher;
    Set<Path> ro = new TreeSet<>(b.readOnlyPaths);
    interpreters.values().forEach(i -> ro.addAll(i.readOnlyPaths()));
    ro.removeIf(p -> launcher.needsWorkspaceOnHost() || !p.startsWith(WORKSPACE));
    this.workspaceReadOnly = List.copyOf(ro);
    this.workRoot = b.workRoot;
    this.precheck = b.precheck;
    this.isolation = isolation;
    AtomicInteger n = new AtomicInteger();
    this.io = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "agent-sandbox-io-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.runner = new ProcessRunner(io);
    Map<String, WarmPool> p = new LinkedHashMap<>();
    int firstSlot = uidSlots(b.maxConcurrent);
    for (Map.Entry<String, Integer> e : launcher.supportsWarmPool() ? b.warmPools.entrySet()
        : Map.<String, Integer>of().entrySet()) {
      List<String> command = WarmPool.bootstrapCommand(interpreters.get(e.getKey()), true, limits);
      reaping.incrementAndGet(); // until the pool has stopped
      p.put(e.getKey(), new WarmPool(e.getKey(), command, e.getValue(), b.maxConcurrent, firstSlot, limits, launcher,
          cgroups, workRoot, this::reapEnded));
      firstSlot += WarmPool.slotsNeeded(e.getValue(), b.maxConcurrent);
    }
    this.pools = Collections.unmodifiableMap(p);
    Map<String, Interpreter> h = new LinkedHashMap<>();
    if (launcher.supportsWarmPool()) {
      interpreters.forEach((lang, i) -> {
        List<String> command = WarmPool.bootstrapCommand(i, false, null);
        if (command != null && WarmPool.reportsEnd(command)) {
          h.put(lang, i);
        }
      });
    }
    this.harnesses = Map.copyOf(h);
  }

  /** @return a builder with strict defaults (see {@link ResourceLimits}) */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the isolation in force, as detected when this sandbox was built */
  public IsolationReport isolation() {
    return isolation;
  }

  /**
   * @return a snapshot of each warm pool ({@link Builder#warmPool(String, int)}), empty when there
   *     is none
   */
  public List<WarmPoolStats> warmPoolStats() {
    List<WarmPoolStats> s = new ArrayList<>();
    pools.values().forEach(p -> s.add(p.stats()));
    return List.copyOf(s);
  }

  /** @return the default limits for executions that do not bring their own */
  public ResourceLimits limits() {
    return limits;
  }

  /** @return the languages this sandbox runs, in registration order */
  public Set<String> languages() {
    return interpreters.keySet();
  }

  /**
   * Runs code and waits for it to stop. Code that fails, times out or hits a limit gives a result
   * saying so ({@link ExecutionResult#exitReason()}); exceptions are for the sandbox itself
   * failing. The work directory is always removed.
   *
   * <p>Python and node code without input files (pooled or not) runs under a small harness that reports the
   * code's end after its output, once it has killed every other process of the sandbox; the
   * result is returned then, after a SIGKILL to the sandbox's first process, so that no process of
   * the sandbox can run any more when this returns (where bubblewrap reports that process: version
   * 0.3 or later, not installed setuid; else the SIGKILL goes to bubblewrap, whose death kills
   * it). Output written after the end (by a daemon thread or a background process) is not part of
   * the result. Reaping the killed processes and
   * releasing the sandbox's namespaces, cgroup and host uid happen in the background. Without a
   * report (other languages, input files, the code exiting by {@code os._exit} or being killed)
   * this returns once the sandbox's processes are gone. In every case it returns by the timeout at
   * the latest: the harness's marker is readable by the code, and whatever the code writes, it
   * cannot make this wait longer ({@link ExitReason#TIMED_OUT}, the sandbox killed).
   *
   * @param request what to run
   * @return what it produced
   * @throws IllegalArgumentException when the language is unknown, the request's own limits
   *     exceed the JVM's hard rlimits (they could not be applied to the code), the input files do
   *     not fit the work directory, or (under bubblewrap) an input file would be staged at, inside or
   *     above a read-only path under {@code /workspace} ({@link Builder#readOnlyPath(Path)}); the
   *     message names both
   * @throws SandboxBusyException when no execution slot frees up within the queue timeout
   * @throws SandboxException when the process cannot be started, or the calling thread is
   *     interrupted (the code is killed and the interrupt flag kept)
   * @throws IllegalStateException when the sandbox is closed
   */
  public ExecutionResult execute(ExecutionRequest request) {
    Objects.requireNonNull(request, "request");
    // counted before the closed check, so close() never releases what a running execution uses
    active.incrementAndGet();
    try {
      if (closed) {
        throw new IllegalStateException("the sandbox is closed");
      }
      return run(request);
    } finally {
      if (active.decrementAndGet() == 0 && closed) {
        settle();
      }
    }
  }

  private ExecutionResult run(ExecutionRequest request) {
    Interpreter interpreter = interpreters.get(request.language());
    if (interpreter == null) {
      throw new IllegalArgumentException(
          "unknown language '" + request.language() + "'; this sandbox runs " + interpreters.keySet());
    }
    ResourceLimits lim = request.limits() == null ? limits : request.limits();
    if (lim != limits) {
      String problem = HostInfo.limitsProblem(lim, hardLimits);
      if (problem != null) {
        throw new IllegalArgumentException("request limits: " + problem);
      }
    }
    long inputBytes = request.code().length() * 4L;
    for (byte[] b : request.inputFilesNoCopy().values()) {
      inputBytes += b.length;
    }
    if (inputBytes > lim.workspaceBytes()) {
      throw new IllegalArgumentException(
          "input files and code (" + inputBytes + " bytes) do not fit the work directory (workspaceBytes="
              + lim.workspaceBytes() + ")");
    }
    requireNoReadOnlyPathCollision(request);
    List<String> advisories = precheck.inspect(request.language(), request.code());
    Integer slot = acquireSlot();
    boolean slotHandedOff = false;
    try {
      WarmPool pool = pools.get(request.language());
      WarmPool.Warm warm = pool != null && pool.accepts(request) ? pool.take() : null;
      if (warm != null) {
        try {
          long start = System.nanoTime();
          byte[] token = WarmPool.newToken();
          ProcessRunner.EndReport end = pool.reportsEnd() ? new ProcessRunner.EndReport(WarmPool.marker(token), false)
              : null;
          ProcessRunner.Outcome out = runner.run(warm.process(), start, WarmPool.input(request, token), lim,
              launcher, false, warm.child(), warm.init(), end);
          return result(out, warm.cgroup(), advisories);
        } finally {
          pool.release(warm);
        }
      }
      Interpreter harnessed = harnesses.get(request.language());
      if (harnessed != null && request.inputFilesNoCopy().isEmpty()) {
        // started for this execution, like a pooled sandbox: no staging, the code on stdin, and
        // its end reported by the harness (teardown off the result's path)
        Cgroups.Execution cg = cgroups == null ? null : cgroups.create(lim);
        boolean handedOff = false;
        Workdir in = null;
        try {
          long start = System.nanoTime();
          byte[] token = WarmPool.newToken();
          byte[] input = WarmPool.input(request, token);
          ProcessBuilder pb = null;
          List<String> fileHarness = cg == null ? WarmPool.fileBootstrapCommand(harnessed, lim) : null;
          if (fileHarness != null) {
            // no shell in front of the sandbox: the harness reads its stream from a file
            in = Workdir.ofBytes(workRoot, input);
            launcher.prepare(in, slot);
            pb = launcher.directCommand(fileHarness, lim, slot, in.root(), workRoot);
          }
          boolean direct = pb != null;
          if (!direct) {
            List<String> harness = WarmPool.bootstrapCommand(harnessed, false, lim);
            pb = launcher.pooledCommand(harness, lim, slot, cg == null ? null : cg.procs(), workRoot,
                WarmPool.setsOwnLimits(harness));
          }
          Process p = pb.start();
          ProcessRunner.Outcome out = runner.run(p, start, direct ? new byte[0] : input, lim, launcher,
              !direct && launcher.reportsChild(), -1, null, new ProcessRunner.EndReport(WarmPool.marker(token), true));
          ExecutionResult r = result(out, cg, advisories);
          if (out.finish() != null) {
            // reaped in the background; the slot (its host uid) and the cgroup are free after that
            handedOff = true;
            slotHandedOff = true;
            reapInBackground(out.finish(), () -> {
              if (cg != null) {
                cg.close();
              }
              freeSlots.add(slot);
            });
          }
          return r;
        } finally {
          if (in != null) {
            in.delete(); // read by the harness (or never to be): the sandbox's mount keeps what it needs
          }
          if (cg != null && !handedOff) {
            cg.close();
          }
        }
      }
      Workdir dir = Workdir.create(workRoot, interpreter, request, launcher.needsWorkspaceOnHost());
      try {
        launcher.prepare(dir, slot);
        Cgroups.Execution cg = cgroups == null ? null : cgroups.create(lim);
        try {
          ProcessBuilder pb = launcher.command(dir, interpreter, lim, slot, cg == null ? null : cg.procs());
          ProcessRunner.Outcome out = runner.run(pb, request.stdin(), lim, launcher);
          return result(out, cg, advisories);
        } finally {
          if (cg != null) {
            cg.close();
          }
        }
      } finally {
        dir.delete();
      }
    } catch (IOException e) {
      throw new SandboxException("could not prepare or start the sandbox: " + e.getMessage(), e);
    } finally {
      running.release();
      if (!slotHandedOff) {
        freeSlots.add(slot);
      }
    }
  }

  /**
   * An input file is copied into {@code /workspace} after the read-only paths are mounted: one at
   * a read-only path, inside one, or where one's parent directory is would fail the copy (or be
   * hidden), so such a request is refused, naming both.
   */
  private void requireNoReadOnlyPathCollision(ExecutionRequest request) {
    if (workspaceReadOnly.isEmpty()) {
      return;
    }
    Path ws = Paths.get(WORKSPACE);
    for (String name : request.inputFilesNoCopy().keySet()) {
      Path target = ws.resolve(name).normalize();
      for (Path ro : workspaceReadOnly) {
        if (target.startsWith(ro) || ro.startsWith(target)) {
          throw new IllegalArgumentException("input file '" + name + "' would be staged at " + target
              + (target.startsWith(ro) ? (target.equals(ro) ? ", which is" : ", inside") : ", which contains")
              + " read-only path '" + ro + "'; input files cannot replace, enter or contain a read-only path:"
              + " give the file another name");
        }
      }
    }
  }

  private ExecutionResult result(ProcessRunner.Outcome out, Cgroups.Execution cg, List<String> advisories) {
    ExitReason reason = out.reason();
    if (cg != null && cg.oomKilled() && (reason == ExitReason.KILLED || reason == ExitReason.FINISHED)) {
      reason = ExitReason.MEMORY_LIMIT; // the kernel killed a process of the tree at memory.max
    }
    return new ExecutionResult(out.stdout(), out.stdoutTruncated(), out.stderr(), out.stderrTruncated(),
        out.exitCode(), out.duration(), reason, isolation.level(), advisories);
  }

  static int uidSlots(int maxConcurrent) {
    return 2 * maxConcurrent;
  }

  /** Takes a permit to run and a uid slot; the permit is released by the caller, the slot by whoever frees its uid. */
  private Integer acquireSlot() {
    long deadline = System.nanoTime() + queueTimeout.toNanos();
    boolean permit = false;
    try {
      permit = running.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
      Integer slot = permit ? freeSlots.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS) : null;
      if (slot == null) {
        throw new SandboxBusyException(
            "all " + slots + " execution slots stayed busy for " + queueTimeout + "; try again later");
      }
      permit = false; // the caller's now
      return slot;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while waiting for an execution slot", e);
    } finally {
      if (permit) {
        running.release();
      }
    }
  }

  /**
   * Refuses new executions, destroys the warm pools' sandboxes and waits, at most 5 seconds, until
   * executions in progress have finished and the processes of finished ones are reaped, so that
   * normally no process of this sandbox is left when it returns. The host uids the sandbox leased
   * (a root JVM) are released once that is so: by this call, or, when executions or reaps are still
   * going at the bound, by the last of them to end, never before. Idempotent and thread-safe: a
   * second call returns at once.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    closed = true;
    try {
      pools.values().forEach(WarmPool::close);
    } finally {
      io.shutdown();
      awaitQuiet(CLOSE_WAIT_NANOS);
      settle();
    }
  }

  /** Waits, at most {@code nanos}, until no execution runs and no reap is left. */
  private void awaitQuiet(long nanos) {
    long deadline = System.nanoTime() + nanos;
    synchronized (quiet) {
      while (active.get() > 0 || reaping.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(quiet, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Reaps a finished execution off the result's path, then frees what it held; registered before
   * the execution ends, so {@link #close()} waits for it and the uid lease outlives it.
   */
  void reapInBackground(Runnable reap, Runnable free) {
    reaping.incrementAndGet();
    runner.inBackground(() -> {
      try {
        reap.run();
      } finally {
        try {
          free.run();
        } finally {
          reapEnded();
        }
      }
    });
  }

  /** A background reap (or a warm pool) is done. */
  private void reapEnded() {
    if (reaping.decrementAndGet() == 0 && closed) {
      settle();
    }
  }

  /**
   * Once closed with nothing left running or reaping, releases what the sandbox holds for all its
   * executions, once: the launcher's files and the uid lease.
   */
  private void settle() {
    synchronized (quiet) {
      quiet.notifyAll();
    }
    // active first: an execution registers its reap before it stops being active
    if (closed && active.get() == 0 && reaping.get() == 0 && finished.compareAndSet(false, true)) {
      try {
        launcher.close();
      } finally {
        if (lease != null) {
          lease.close();
        }
      }
    }
  }

  @Override
  public String toString() {
    return "CodeSandbox[" + isolation.summary() + ", languages=" + interpreters.keySet() + "]";
  }

  /** Builder for {@link CodeSandbox}; validation and host detection happen in {@link #build()}. */
  public static final class Builder {
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED_ENV = Set.of("PATH", "HOME", "TMPDIR", ProcessOnlyLauncher.MARKER_ENV);

    private ResourceLimits limits = ResourceLimits.defaults();
    private final Map<String, Interpreter> interpreters = new LinkedHashMap<>();
    private int maxConcurrent = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration queueTimeout = Duration.ofSeconds(30);
    private Path bubblewrap;
    private boolean allowProcessOnly;
    private Path workRoot = Paths.get(System.getProperty("java.io.tmpdir"));
    private int sandboxUidBase = 900_000_000;
    private final List<Path> readOnlyPaths = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private CodePrecheck precheck = CodePrecheck.none();
    private boolean useCgroups = true;
    private Path cgroupParent;
    private double cpusPerExecution = 1.0;
    private final Map<String, Integer> warmPools = new LinkedHashMap<>();
    Path procSelf = Paths.get("/proc/self");
    /** The JVM's hard rlimits, read by {@link #build()}. */
    private Map<String, Long> hardLimits = Map.of();
    /** Where uid leases are locked; null for {@link UidLease#defaultDirectory()}. */
    Path uidLeaseDirectory;

    private Builder() {
      for (Interpreter i : List.of(Interpreter.python3(), Interpreter.javascript(), Interpreter.bash())) {
        interpreters.put(i.language(), i);
      }
    }

    /**
     * @param value default limits for executions that bring none
     * @return this
     */
    public Builder limits(ResourceLimits value) {
      this.limits = value;
      return this;
    }

    /**
     * Adds an interpreter, or replaces the one for the same language. Defaults: {@code python3},
     * {@code javascript} (node), {@code bash}; those whose executable is missing are dropped at
     * {@link #build()}.
     *
     * @param value the interpreter
     * @return this
     */
    public Builder interpreter(Interpreter value) {
      Objects.requireNonNull(value, "interpreter");
      interpreters.put(value.language(), value);
      return this;
    }

    /**
     * @param language a language to stop offering
     * @return this
     */
    public Builder removeInterpreter(String language) {
      interpreters.remove(language);
      return this;
    }

    /**
     * @param value executions that may run at once (default: number of CPUs, at least 2)
     * @return this
     */
    public Builder maxConcurrentExecutions(int value) {
      this.maxConcurrent = value;
      return this;
    }

    /**
     * @param value how long an execution waits for a free slot before {@link SandboxBusyException}
     *     (default 30 s; zero fails at once)
     * @return this
     */
    public Builder queueTimeout(Duration value) {
      this.queueTimeout = value;
      return this;
    }

    /**
     * @param value the {@code bwrap} executable (default: found in {@code /usr/bin}, {@code
     *     /usr/local/bin} or {@code /bin})
     * @return this
     */
    public Builder bubblewrapPath(Path value) {
      this.bubblewrap = value;
      return this;
    }

    /**
     * Accepts {@link IsolationLevel#PROCESS_ONLY} when bubblewrap is missing or does not work:
     * limits, a clean environment and a private work directory, but no namespaces, so the code
     * can read whatever the host user can read and reach the network. Off by default.
     *
     * @param value whether to accept the weaker mode
     * @return this
     */
    public Builder allowProcessOnly(boolean value) {
      this.allowProcessOnly = value;
      return this;
    }

    /**
     * @param value the host directory under which per-execution staging directories are created
     *     and always removed (default: {@code java.io.tmpdir})
     * @return this
     */
    public Builder workRoot(Path value) {
      this.workRoot = value;
      return this;
    }

    /**
     * When the JVM runs as root, code runs as unprivileged host uids of the sandbox's own, one per
     * execution slot ({@code 2 x maxConcurrentExecutions}, plus each warm pool's size plus {@code
     * maxConcurrentExecutions}). {@link #build()} leases them host-wide: the first free range at or
     * above this uid, so that no two sandboxes (of this JVM or of another on the host) share a uid,
     * and with it the process limit. A range is free when no other sandbox holds it (an exclusive
     * lock on a file per 1,000 uids in {@code /run/lock/agent-sandbox-uids}, else in {@code
     * java.io.tmpdir}; the kernel drops it when a JVM dies) and no process runs under its uids;
     * ranges start at this uid, then at each following multiple of 1,000, 1,024 of them in all.
     * {@link CodeSandbox#close()} releases the lease once no process of the sandbox is left. {@link
     * IsolationReport#hostUid()} is the first uid leased, the notes give the range.
     *
     * @param value the lowest host uid code may run as; default 900000000, chosen to match no real
     *     user
     * @return this
     */
    public Builder sandboxUidBase(int value) {
      this.sandboxUidBase = value;
      return this;
    }

    /**
     * @param path a host path to expose read-only at the same place (e.g. a data set or a
     *     virtualenv); never expose secrets. It must exist when {@link #build()} runs, which
     *     otherwise fails naming it. It may lie inside the sandbox's private {@code /tmp}, {@code
     *     /workspace} or {@code /dev/shm} (it is mounted after them; under {@code /workspace}, an
     *     execution whose input file would be staged at, inside or above it is refused by {@link
     *     CodeSandbox#execute}, naming both), but must not be or contain one
     *     of the sandbox's own mounts ({@code /}, {@code /tmp}, {@code /proc}, {@code /dev}, {@code
     *     /etc}, ...) nor lie in its {@code /proc}, {@code /dev} or {@code /sandbox}: {@link
     *     #build()} refuses such a path, naming it
     * @return this
     */
    public Builder readOnlyPath(Path path) {
      readOnlyPaths.add(Objects.requireNonNull(path, "readOnlyPath"));
      return this;
    }

    /**
     * Sets a variable in the code's environment, which otherwise holds only {@code PATH}, {@code
     * HOME}, {@code TMPDIR} and {@code LANG}, and in process-only mode {@code
     * AGENT_SANDBOX_EXECUTION} (the execution's marker, by which its leftover processes are found).
     * Nothing is inherited from the JVM. {@code PATH}, {@code HOME}, {@code TMPDIR} and {@code
     * AGENT_SANDBOX_EXECUTION} are reserved: {@link #build()} refuses them.
     *
     * @param name the variable
     * @param value its value
     * @return this
     */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /**
     * @param value a static pre-check whose findings are reported as advice (default: none; see
     *     {@link CodePrecheck#basic()})
     * @return this
     */
    public Builder precheck(CodePrecheck value) {
      this.precheck = value;
      return this;
    }

    /**
     * Keeps up to {@code size} sandboxes for {@code language} pre-started (namespaces set up, limits
     * applied, the interpreter started and waiting for its code), so that an execution skips the
     * start-up. Each pooled sandbox runs exactly one execution and is destroyed after it; a
     * background thread starts replacements. When none is ready, the execution starts cold; a pool
     * never reuses a sandbox. Executions with input files or limits of their own always start cold.
     * Offered for {@code python3} and {@code javascript} (node), under bubblewrap. Off by default.
     *
     * @param language the language, e.g. {@code "python3"}
     * @param size sandboxes kept ready (1 to 64); each holds a waiting interpreter (some MiB)
     * @return this
     */
    public Builder warmPool(String language, int size) {
      Objects.requireNonNull(language, "language");
      warmPools.put(language, size);
      return this;
    }

    /**
     * Whether to put each execution in its own cgroup (v2) when the host delegates one, so that
     * {@code memoryBytes} and {@code maxProcesses} hold for the whole process tree and CPU use is
     * capped ({@link #cpusPerExecution(double)}). Default true; on hosts without a usable cgroup v2
     * subtree the sandbox falls back to per-process rlimits and {@link CodeSandbox#isolation()} says
     * so.
     *
     * @param value whether to use cgroups where available
     * @return this
     */
    public Builder cgroups(boolean value) {
      this.useCgroups = value;
      return this;
    }

    /**
     * @param value a delegated cgroup v2 directory without processes of its own, in which
     *     per-execution cgroups are made (default: the JVM's own cgroup, usable when it is the root
     *     of its cgroup namespace, as in most containers)
     * @return this
     */
    public Builder cgroupParent(Path value) {
      this.cgroupParent = value;
      return this;
    }

    /**
     * @param value CPUs one execution may use when it runs in a cgroup ({@code cpu.max}; default 1)
     * @return this
     */
    public Builder cpusPerExecution(double value) {
      this.cpusPerExecution = value;
      return this;
    }

    /**
     * Validates the settings, detects the host's capabilities and, for bubblewrap, runs a probe
     * sandbox once.
     *
     * @return the sandbox
     * @throws IllegalArgumentException naming a bad setting (e.g. a limit above the JVM's own hard
   *     rlimit, which the code cannot be given: {@code maxOpenFiles}, {@code maxProcesses} plus
   *     one, {@code memoryBytes}, {@code maxFileSizeBytes}, {@code cpuTime} plus one second; a read-only path, of the builder
     *     or of an interpreter, that does not exist, would cover one of the sandbox's own mounts,
     *     or cannot be mounted: one the sandbox's uid cannot reach)
     * @throws SandboxUnavailableException when bubblewrap is missing or fails its probe and
     *     process-only mode was not accepted, when {@code prlimit} is missing, or when the JVM runs
     *     as root and no range of host uids is free ({@link #sandboxUidBase(int)})
     * @throws SandboxException when the uid lease directory is unsafe (a symbolic link, another
     *     user's, writable by others) or cannot be created
     */
    public CodeSandbox build() {
      Objects.requireNonNull(limits, "limits");
      Objects.requireNonNull(queueTimeout, "queueTimeout");
      Objects.requireNonNull(workRoot, "workRoot");
      Objects.requireNonNull(precheck, "precheck");
      if (maxConcurrent < 1) {
        throw new IllegalArgumentException("maxConcurrentExecutions must be at least 1, got " + maxConcurrent);
      }
      if (queueTimeout.isNegative()) {
        throw new IllegalArgumentException("queueTimeout must not be negative, got " + queueTimeout);
      }
      if (!(cpusPerExecution >= 0.01 && cpusPerExecution <= 1024)) {
        throw new IllegalArgumentException("cpusPerExecution must be between 0.01 and 1024, got " + cpusPerExecution);
      }
      if (cgroupParent != null && !cgroupParent.isAbsolute()) {
        throw new IllegalArgumentException("cgroupParent '" + cgroupParent + "' must be absolute");
      }
      if (!Files.isDirectory(workRoot)) {
        throw new IllegalArgumentException("workRoot '" + workRoot + "' is not a directory");
      }
      hardLimits = HostInfo.hardLimits(procSelf.resolve("limits"));
      String limitsProblem = HostInfo.limitsProblem(limits, hardLimits);
      if (limitsProblem != null) {
        // else bubblewrap's probe would fail on it, and be taken for a host without namespaces
        throw new IllegalArgumentException("limits: " + limitsProblem);
      }
      int poolSlots = 0;
      for (Map.Entry<String, Integer> e : warmPools.entrySet()) {
        if (e.getValue() < 1 || e.getValue() > 64) {
          throw new IllegalArgumentException(
              "warmPool size for '" + e.getKey() + "' must be between 1 and 64, got " + e.getValue());
        }
        poolSlots += WarmPool.slotsNeeded(e.getValue(), maxConcurrent);
      }
      if (sandboxUidBase < 1 || (long) sandboxUidBase + uidSlots(maxConcurrent) + poolSlots > 0xFFFF_FFFEL) {
        throw new IllegalArgumentException("sandboxUidBase must be a positive uid, got " + sandboxUidBase);
      }
      for (Path p : readOnlyPaths) {
        if (!p.isAbsolute()) {
          throw new IllegalArgumentException("readOnlyPath '" + p + "' must be absolute");
        }
        requireReadOnlyPath("readOnlyPath '" + p + "'", p);
      }
      for (Map.Entry<String, String> e : environment.entrySet()) {
        if (!ENV_NAME.matcher(e.getKey()).matches() || RESERVED_ENV.contains(e.getKey())) {
          throw new IllegalArgumentException(
              "environment name '" + e.getKey() + "' is not a valid, non-reserved variable name");
        }
        if (e.getValue() == null || e.getValue().indexOf('\0') >= 0) {
          throw new IllegalArgumentException("environment '" + e.getKey() + "' needs a value without NUL");
        }
      }
      interpreters.values().removeIf(i -> !i.isAvailable() && isDefault(i));
      if (interpreters.isEmpty()) {
        throw new IllegalArgumentException("no interpreter is available: install python3, node or bash, or add one");
      }
      for (Interpreter i : interpreters.values()) {
        if (!i.isAvailable()) {
          throw new IllegalArgumentException(
              "interpreter '" + i.language() + "': '" + i.executable() + "' is not an executable file");
        }
        for (Path p : i.readOnlyPaths()) {
          requireReadOnlyPath("interpreter '" + i.language() + "': readOnlyPaths entry '" + p + "'", p);
        }
      }
      for (String lang : warmPools.keySet()) {
        Interpreter i = interpreters.get(lang);
        if (i == null) {
          throw new IllegalArgumentException("warmPool language '" + lang + "' is not one of " + interpreters.keySet());
        }
        if (WarmPool.bootstrapCommand(i, true, null) == null) {
          throw new IllegalArgumentException("warmPool language '" + lang
              + "': pooled sandboxes are offered for python3 and node interpreters, not " + i.command().get(0));
        }
      }
      HostInfo host = HostInfo.detect(bubblewrap);
      if (host.prlimit() == null) {
        throw new SandboxUnavailableException(
            "'prlimit' (util-linux) was not found in /usr/bin or /bin; it applies the resource limits", null);
      }
      if (host.isRoot() && (host.setpriv() != null || host.chroot() != null)) {
        requireTraversable(workRoot); // before the lease: a bad setting fails without touching it
      }
      // a root JVM drops the code to host uids of its own, leased host-wide: no other sandbox uses them
      UidLease lease = host.isRoot() && (host.setpriv() != null || host.chroot() != null)
          ? UidLease.acquire(uidLeaseDirectory == null ? UidLease.defaultDirectory() : uidLeaseDirectory,
              sandboxUidBase, uidSlots(maxConcurrent) + poolSlots, host.uid(), Paths.get("/proc"))
          : null;
      try {
        return build(host, lease);
      } catch (RuntimeException | Error e) {
        if (lease != null) {
          lease.close();
        }
        throw e;
      }
    }

    private CodeSandbox build(HostInfo host, UidLease leased) {
      UidLease lease = leased;
      int uidBase = lease == null ? sandboxUidBase : lease.first();
      List<String> notes = new ArrayList<>();
      Set<Path> extra = new TreeSet<>(readOnlyPaths);
      interpreters.values().forEach(i -> extra.addAll(i.readOnlyPaths()));
      Map<String, String> env = Map.copyOf(environment);
      Launcher launcher;
      IsolationReport report;
      String bwrapProblem = null;
      if (host.bwrap() != null) {
        BubblewrapLauncher bw;
        try {
          bw = new BubblewrapLauncher(host, uidBase, List.copyOf(extra), env, workRoot);
        } catch (IOException e) {
          throw new SandboxException("could not prepare the sandbox's account files under " + workRoot, e);
        }
        bwrapProblem = bw.probe(limits, workRoot);
        if (bwrapProblem != null) {
          bw.close();
          if (!extra.isEmpty()) {
            requireMountable(host, uidBase, env, extra, bwrapProblem);
          }
          requireStartableLimits(host, uidBase, env, extra, bwrapProblem);
        }
        if (bwrapProblem == null) {
          notes.addAll(bw.notes());
          lease = keepIfDropped(lease, bw.dropsRoot(), notes);
          Cgroups cg = cgroups(notes);
          warmPools.forEach((lang, size) -> notes.add("warm pool: " + lang + " x" + size
              + " (pre-started single-use sandboxes, refilled in the background; cold start when none is ready)"));
          report = new IsolationReport(
              IsolationLevel.NAMESPACES, "bubblewrap " + host.bwrapVersion(), bw.hostUid(0), notes);
          return new CodeSandbox(this, bw, report, cg, lease);
        }
      } else {
        bwrapProblem = "bubblewrap (bwrap) was not found"
            + (bubblewrap == null ? " in /usr/bin, /usr/local/bin or /bin" : " at " + bubblewrap);
      }
      if (!allowProcessOnly) {
        throw new SandboxUnavailableException(
            bwrapProblem + "; install the 'bubblewrap' package (and allow unprivileged user namespaces), "
                + "or call allowProcessOnly(true) to accept weaker, process-only isolation", null);
      }
      ProcessOnlyLauncher po = new ProcessOnlyLauncher(host, uidBase, env);
      notes.add("WEAKER ISOLATION: " + bwrapProblem);
      notes.addAll(po.notes());
      lease = keepIfDropped(lease, po.dropsRoot(), notes);
      notes.add("cgroups: not used in process-only mode (limits are per-process rlimits)");
      if (!warmPools.isEmpty()) {
        notes.add("warm pool: not available in process-only mode; every execution starts cold");
      }
      report = new IsolationReport(IsolationLevel.PROCESS_ONLY, "process", po.hostUid(0), notes);
      launcher = po;
      return new CodeSandbox(this, launcher, report, null, lease);
    }

    /**
     * After a failed probe with read-only paths: when a probe without them works, the paths are
     * what failed (one the sandbox's uid cannot reach, say), a bad setting rather than a host
     * without namespaces, so this throws naming them and bubblewrap's own words.
     */
    private void requireMountable(HostInfo host, int uidBase, Map<String, String> env, Set<Path> extra,
        String problem) {
      String without = probe(host, uidBase, env, Set.of(), limits);
      if (without == null) {
        StringBuilder said = new StringBuilder();
        problem.lines().filter(l -> l.startsWith("bwrap: ")).forEach(l -> said.append(said.length() == 0 ? "" : "; ")
            .append(l));
        throw new IllegalArgumentException("read-only paths " + extra + " cannot be mounted in the sandbox ("
            + (said.length() > 0 ? said : problem) + ")" + (BubblewrapLauncher.dropsRoot(host) ? "; the code runs as host uid "
                + uidBase + " and up, with no groups: every directory on the way to each path must be searchable by"
                + " others (o+x)" : ""));
      }
    }

    /**
     * After a failed probe: when a probe with the default limits works, the limits are what failed
     * (too few open files for a shell to start, say), a bad setting rather than a host without
     * namespaces, so this throws naming each setting below its default whose default alone lets
     * the probe run (or all of them, when none does alone) and what the probe said. Without this,
     * {@code allowProcessOnly(true)} would take such limits for a host without namespaces and
     * quietly run every execution with weaker isolation.
     */
    private void requireStartableLimits(HostInfo host, int uidBase, Map<String, String> env, Set<Path> extra,
        String problem) {
      ResourceLimits d = ResourceLimits.defaults();
      Map<String, java.util.function.UnaryOperator<ResourceLimits.Builder>> smaller = new LinkedHashMap<>();
      if (limits.maxOpenFiles() < d.maxOpenFiles()) {
        smaller.put("maxOpenFiles " + limits.maxOpenFiles(), b -> b.maxOpenFiles(d.maxOpenFiles()));
      }
      if (limits.memoryBytes() < d.memoryBytes()) {
        smaller.put("memoryBytes " + limits.memoryBytes(), b -> b.memoryBytes(d.memoryBytes()));
      }
      if (limits.maxProcesses() < d.maxProcesses()) {
        smaller.put("maxProcesses " + limits.maxProcesses(), b -> b.maxProcesses(d.maxProcesses()));
      }
      if (limits.maxFileSizeBytes() < d.maxFileSizeBytes()) {
        smaller.put("maxFileSizeBytes " + limits.maxFileSizeBytes(), b -> b.maxFileSizeBytes(d.maxFileSizeBytes()));
      }
      if (limits.cpuTime().compareTo(d.cpuTime()) < 0) {
        smaller.put("cpuTime " + limits.cpuTime(), b -> b.cpuTime(d.cpuTime()));
      }
      if (limits.workspaceBytes() < d.workspaceBytes()) {
        smaller.put("workspaceBytes " + limits.workspaceBytes(), b -> b.workspaceBytes(d.workspaceBytes()));
      }
      ResourceLimits.Builder raised = limits.toBuilder();
      smaller.values().forEach(fix -> fix.apply(raised));
      if (smaller.isEmpty() || probe(host, uidBase, env, extra, raised.build()) != null) {
        return; // the host, not the limits: reported as it is
      }
      List<String> culprits = new ArrayList<>();
      if (smaller.size() > 1) {
        smaller.forEach((setting, fix) -> {
          if (probe(host, uidBase, env, extra, fix.apply(limits.toBuilder()).build()) == null) {
            culprits.add(setting);
          }
        });
      }
      throw new IllegalArgumentException("the sandbox cannot start with these limits ("
          + String.join(", ", culprits.isEmpty() ? smaller.keySet() : culprits)
          + "): a shell under them failed (" + problem + "), with the defaults it runs; raise "
          + (culprits.size() == 1 || smaller.size() == 1 ? "it" : "them"));
    }

    /** Probes a fresh launcher: null when code runs under these limits, else what went wrong. */
    private @Nullable String probe(HostInfo host, int uidBase, Map<String, String> env, Set<Path> extra,
        ResourceLimits with) {
      BubblewrapLauncher bw;
      try {
        bw = new BubblewrapLauncher(host, uidBase, List.copyOf(extra), env, workRoot);
      } catch (IOException e) {
        return e.toString();
      }
      try {
        return bw.probe(with, workRoot);
      } finally {
        bw.close();
      }
    }

    /** The lease when the code runs as its uids (noted), else null (released). */
    private static UidLease keepIfDropped(UidLease lease, boolean dropsRoot, List<String> notes) {
      if (lease == null) {
        return null;
      }
      if (!dropsRoot) {
        lease.close();
        return null;
      }
      notes.add(lease.note());
      return lease;
    }

    /** Detects per-execution cgroups and notes what is in force. */
    private Cgroups cgroups(List<String> notes) {
      String problem;
      if (!useCgroups) {
        problem = "turned off with cgroups(false)";
      } else {
        Cgroups.Detection d = Cgroups.detect(cgroupParent, procSelf.resolve("mountinfo"), procSelf.resolve("cgroup"),
            cpusPerExecution);
        if (d.cgroups() != null) {
          notes.add(d.cgroups().note());
          return d.cgroups();
        }
        problem = d.problem();
      }
      notes.add("cgroups: not used (" + problem + "); FALLBACK to per-process rlimits: total memory is bounded by"
          + " maxProcesses x memoryBytes, CPU time per process by cpuTime");
      return null;
    }

    /**
     * A path to expose must exist: bubblewrap cannot mount a missing one, and a failed probe would
     * otherwise look like a host without namespaces (with {@link #allowProcessOnly(boolean)}: a
     * sandbox without any, for a typo). It must not cover or lie in what the sandbox mounts itself
     * ({@link BubblewrapLauncher#readOnlyPathProblem}).
     */
    private static void requireReadOnlyPath(String what, Path p) {
      String problem = BubblewrapLauncher.readOnlyPathProblem(p);
      if (problem != null) {
        throw new IllegalArgumentException(what + " " + problem);
      }
      if (!Files.exists(p)) {
        throw new IllegalArgumentException(what + " does not exist" + (Files.isSymbolicLink(p)
            ? " (a symbolic link to a missing path)" : "") + "; only existing host paths can be exposed read-only");
      }
    }

    /** The code's uid must be able to reach its staging directory under workRoot. */
    private static void requireTraversable(Path workRoot) {
      for (Path p = workRoot.toAbsolutePath(); p != null; p = p.getParent()) {
        try {
          if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
            throw new IllegalArgumentException("workRoot '" + workRoot + "': '" + p
                + "' is not searchable by other users (o+x), so the unprivileged sandbox uid cannot reach"
                + " its staging directory; use a directory like /tmp");
          }
        } catch (IOException | UnsupportedOperationException e) {
          throw new IllegalArgumentException("workRoot '" + workRoot + "': cannot read permissions of '" + p + "'", e);
        }
      }
    }

    private static boolean isDefault(Interpreter i) {
      return i.readOnlyPaths().isEmpty()
          && (i.equals(Interpreter.python3()) || i.equals(Interpreter.javascript()) || i.equals(Interpreter.bash()));
    }
  }
}
