package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-started, still unused sandboxes for one language: namespaces set up, limits applied, the
 * interpreter started and blocked reading its code from stdin. Each is handed out once and
 * destroyed after its execution, so nothing is shared between executions. A background thread
 * keeps up to {@code size} ready; when none is ready, the caller starts a sandbox cold (the pool
 * never reuses one to keep up).
 *
 * <p>Protocol on the sandbox's stdin: the execution's end marker (32 ASCII hex digits, see {@link
 * ProcessRunner.EndReport}), 12 ASCII digits giving the code's length in bytes, the code (UTF-8),
 * then the code's own stdin. The bootstrap writes one byte ({@code R}) to stdout when it is ready;
 * the pool reads it before offering the sandbox, so it never reaches the code's output. The Python
 * and node bootstraps report the code's end with the marker (after the code's output, once every other
 * process of the sandbox is killed), so that the result is returned without waiting for the
 * sandbox to exit; the used sandbox is then killed at once and reaped, with its namespaces and
 * cgroup released, by the refiller.
 */
final class WarmPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarmPool.class);
  private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(5);

  /**
   * Python bootstrap: reads the code, runs it as {@code __main__} from {@code
   * /sandbox/code/main.py} (argv, sys.path[0], __file__, tracebacks with source lines as for a
   * file), then does what a normal exit does that can be seen from outside (joins non-daemon
   * threads, runs atexit handlers, flushes stdout and stderr, exit status as for {@code sys.exit})
   * and leaves without the interpreter's finalisation, which takes most of a short execution's
   * time: objects still alive are not finalised ({@code __del__}), as with {@code os._exit}.
   * Before it leaves it kills whatever else runs in the sandbox and reports the end ({@link
   * ProcessRunner.EndReport}).
   */
  static final String PYTHON_BOOTSTRAP = String.join("\n",
      "import os as _o, sys as _s",
      "def _r(n):",
      "    b = b''",
      "    while len(b) < n:",
      "        c = _o.read(0, n - len(b))",
      "        if not c:",
      "            _o._exit(125)",
      "        b += c",
      "    return b",
      "_f = '/sandbox/code/main.py'",
      // the code has no file: linecache gets its lines (tracebacks, warnings), when it is imported
      "def _seed(lc):",
      "    lc.cache[_f] = (len(_c), None, _c.splitlines(True), _f)",
      "class _Seeding:",
      "    def __init__(self, loader):",
      "        self.loader = loader",
      "    def create_module(self, spec):",
      "        return self.loader.create_module(spec)",
      "    def exec_module(self, module):",
      "        self.loader.exec_module(module)",
      "        _seed(module)",
      "class _Finder:",
      "    @classmethod",
      "    def find_spec(cls, name, path=None, target=None):",
      "        if name != 'linecache':",
      "            return None",
      "        _s.meta_path.remove(cls)",
      "        try:",
      "            spec = _s.modules['_frozen_importlib_external'].PathFinder.find_spec(name, path)",
      "            spec.loader = _Seeding(spec.loader)",
      "            return spec",
      "        except Exception:",
      "            return None",
      // the limits (prlimit's, which this saves an exec): applied before the code is read, or no
      // code runs at all
      "_a = _s.argv[1:]",
      "_p = _o.getpid()",
      "try:",
      "    if len(_a) != 7:",
      "        raise ValueError(_a)",
      "    import resource as _rl",
      "    for _n, _v in zip(('AS', 'CPU', 'NPROC', 'FSIZE', 'NOFILE', 'CORE'), map(int, _a[1:])):",
      "        _rl.setrlimit(getattr(_rl, 'RLIMIT_' + _n), (_v, _v + 1 if _n == 'CPU' else _v))",
      "except BaseException as _e:",
      "    _o.write(2, ('agent-sandbox: the limits could not be applied: %r\\n' % (_e,)).encode())",
      "    _o._exit(126)",
      // pooled: what an uncaught exception needs is imported before the code arrives; a cold
      // start imports it only when needed
      "if _a[0] == 'pool':",
      "    import linecache, traceback",
      // started directly (no shell to give it a pipe): the stream comes from a file bound at
      // /sandbox/in, made the code's stdin as a pipe would be (fd 0 was bubblewrap's filter
      // descriptor, closed once read, so Python started without a sys.stdin)
      "if _a[0] == 'file':",
      "    _i = _o.open('/sandbox/in', _o.O_RDONLY)",
      "    if _i != 0:",
      "        _o.dup2(_i, 0)",
      "        _o.close(_i)",
      "    if _s.stdin is None:",
      "        import io as _io",
      "        _b = _io.FileIO(0, 'rb', closefd=False)",
      "        _b.name = '<stdin>'",
      "        _s.stdin = _s.__stdin__ = _io.TextIOWrapper(_io.BufferedReader(_b), encoding=_s.stdout.encoding,"
          + " errors=_s.stdout.errors, newline='\\n')",
      "        _s.stdin.mode = 'r'",
      "_o.write(1, b'R')",
      "_k = b'\\0' + _r(32)",
      "_c = _r(int(_r(12))).decode('utf-8')",
      "if 'linecache' in _s.modules:",
      "    _seed(_s.modules['linecache'])",
      "else:",
      "    _s.meta_path.insert(0, _Finder)",
      "_s.argv = [_f]",
      "_s.path[0] = '/sandbox/code'",
      "_m = type(_s)('__main__')",
      "_m.__file__ = _f",
      "_m.__builtins__ = __builtins__",
      "_s.modules['__main__'] = _m",
      "_x = 0",
      "try:",
      "    exec(compile(_c, _f, 'exec'), _m.__dict__)",
      "except SystemExit as _e:",
      "    _x = _e.code",
      "    if _x is None:",
      "        _x = 0",
      "    elif not isinstance(_x, int):",
      "        try:",
      "            print(_x, file=_s.stderr)",
      "        except Exception:",
      "            pass",
      "        _x = 1",
      "except BaseException as _e:",
      // hide the bootstrap's frame; print with linecache (the code has no file to read lines from)
      "    import traceback as _tb",
      "    _e.__traceback__ = _e.__traceback__.tb_next",
      "    if _s.excepthook is _s.__excepthook__:",
      "        _tb.print_exception(type(_e), _e, _e.__traceback__)",
      "    else:",
      "        _s.excepthook(type(_e), _e, _e.__traceback__)",
      "    _x = 1",
      // what a normal exit does that can be seen from outside, in its order: wait for non-daemon
      // threads, run atexit handlers, flush the output; then exit without the interpreter's
      // finalisation (it takes most of a short execution's time)
      "if 'threading' in _s.modules:",
      "    try:",
      "        _s.modules['threading']._shutdown()",
      "    except BaseException:",
      "        pass",
      "import atexit as _a",
      "_a._run_exitfuncs()",
      "for _w in (_s.stdout, _s.stderr, _s.__stdout__, _s.__stderr__):",
      "    try:",
      "        _w.flush()",
      "    except BaseException:",
      "        pass",
      // report the end (ProcessRunner.EndReport): first nothing else of the sandbox may run (as
      // its PID 1, kill(-1) reaches every other process in it and nothing outside), then the
      // marker after the output on stdout, then on stderr with the exit status
      // only the harness's own process: a child the code forked that ran on to the end of the code
      // just exits, as it would in a plain run
      "_x &= 0xff",
      "if _o.getpid() == _p:",
      "    if _p == 1:",
      "        try:",
      "            _o.kill(-1, 9)",
      "        except OSError:",
      "            pass",
      "    try:",
      "        _o.write(1, _k)",
      "        _o.write(2, _k + b'%03d' % _x)",
      "    except OSError:",
      "        pass",
      "_o._exit(_x)",
      "");

  /**
   * Node bootstrap: reads the code synchronously, then runs it as the main CommonJS module
   * {@code /sandbox/code/main.js}; {@code process.stdin} goes on from where the code ended. It
   * reports the end as the Python one does ({@link ProcessRunner.EndReport}): once the {@code
   * 'exit'} event has reached every listener (the code's own included; output to pipes is
   * synchronous on Linux, so it is all written), it kills whatever else runs in the sandbox and
   * writes the marker, then the exit status; node's own shutdown is then off the result's path.
   * Not for exit status 1 or 7: node emits {@code 'exit'} for an uncaught exception before it
   * prints it, so the process's exit ends such an execution.
   */
  static final String NODE_BOOTSTRAP = String.join("\n",
      "const fs = require('fs'); const Module = require('module');",
      "function r(n) { const b = Buffer.alloc(n); let o = 0;",
      "  while (o < n) { let k; try { k = fs.readSync(0, b, o, n - o, null); }",
      "    catch (e) { if (e.code === 'EAGAIN') continue; throw e; }",
      "    if (k === 0) process.exit(125); o += k; }",
      "  return b; }",
      "fs.writeSync(1, 'R');",
      "const tok = Buffer.concat([Buffer.from([0]), r(32)]);",
      "{ const emit = process.emit; const pid = process.pid;",
      "  process.emit = function (ev, ...a) { const res = emit.call(this, ev, ...a);",
      "    if (ev === 'exit' && process.pid === pid) {",
      "      const x = (typeof process.exitCode === 'number' ? process.exitCode : a[0]) & 0xff;",
      // an uncaught exception (1; 7 when its handler threw) emits 'exit' before node prints it: no
      // report then, the process's exit ends the execution as without a harness
      "      if (x === 1 || x === 7) { return res; }",
      "      if (pid === 1) { try { process.kill(-1, 'SIGKILL'); } catch (e) {} }",
      "      try { fs.writeSync(1, tok); fs.writeSync(2, Buffer.concat([tok, Buffer.from(String(x).padStart(3, '0'))])); }",
      "      catch (e) {} }",
      "    return res; }; }",
      "const code = r(parseInt(r(12).toString('ascii'), 10)).toString('utf8');",
      "const f = '/sandbox/code/main.js';",
      "const m = new Module(f, null); m.filename = f; m.paths = Module._nodeModulePaths('/sandbox/code');",
      "process.mainModule = m; require.main = m; process.argv[1] = f;",
      "m._compile(code, f);",
      "");

  /**
   * @param interpreter an interpreter
   * @param pooled whether the sandbox waits in a pool (it then imports ahead what the code's
   *     end may need), rather than being started for an execution
   * @param limits the limits, for a bootstrap that applies them itself ({@link
   *     #setsOwnLimits}); null only to ask whether there is a bootstrap
   * @return the command that starts it with a bootstrap, or null when there is none for it
   */
  static @Nullable List<String> bootstrapCommand(Interpreter interpreter, boolean pooled,
      @Nullable ResourceLimits limits) {
    String exe = interpreter.executable().getFileName().toString();
    List<String> c = new ArrayList<>(interpreter.command());
    if (exe.startsWith("python3")) {
      c.add("-c");
      c.add(PYTHON_BOOTSTRAP);
      c.add(pooled ? "pool" : "cold");
      if (limits != null) {
        c.addAll(List.of(Long.toString(limits.memoryBytes()), Long.toString(limits.cpuSeconds()),
            Integer.toString(limits.maxProcesses()), Long.toString(limits.maxFileSizeBytes()),
            Integer.toString(limits.maxOpenFiles()), "0"));
      }
      return c;
    }
    if (exe.equals("node") || exe.equals("nodejs")) {
      c.add("-e");
      c.add(NODE_BOOTSTRAP);
      return c;
    }
    return null;
  }

  /**
   * @param interpreter a python3 interpreter
   * @param limits the limits the harness applies
   * @return the Python harness reading its stream ({@link #input}) from the file {@code
   *     /sandbox/in} instead of stdin, for a sandbox started without a shell in front ({@link
   *     Launcher#directCommand}); null when the interpreter has no such harness
   */
  static @Nullable List<String> fileBootstrapCommand(Interpreter interpreter, ResourceLimits limits) {
    List<String> c = bootstrapCommand(interpreter, false, limits);
    if (c == null || !c.contains(PYTHON_BOOTSTRAP)) {
      return null;
    }
    c = new ArrayList<>(c);
    c.set(c.indexOf(PYTHON_BOOTSTRAP) + 1, "file");
    return List.copyOf(c);
  }

  /**
   * One pre-started sandbox.
   *
   * @param teardownHold what keeps its teardown off the result's path ({@link
   *     Launcher#holdTeardown}), closed by the refiller after the execution; or null
   * @param child its main process as it reported it ({@link SandboxInfo}), or -1
   */
  record Warm(Process process, int slot, Cgroups.@Nullable Execution cgroup, java.io.@Nullable Closeable teardownHold,
      long child, @Nullable ProcessHandle init) {}

  private final String language;
  private final List<String> command;
  private final int size;
  private final ResourceLimits limits;
  private final Launcher launcher;
  private final Cgroups cgroups;
  private final Path workRoot;
  private final BlockingQueue<Warm> ready;
  private final BlockingQueue<Integer> freeSlots;
  private final Thread refiller;
  private final Object wake = new Object();
  /** Used sandboxes, retired by the refiller (their kill, reaping and teardown are its work, not the caller's). */
  private final BlockingQueue<Warm> used = new java.util.concurrent.LinkedBlockingQueue<>();
  private volatile boolean closed;
  /** The sandbox being started by the refiller, killed by {@link #close()} only when its start hangs. */
  private volatile Process starting;
  private final AtomicInteger inUse = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong missed = new AtomicLong();
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Runnable onStopped;
  /** {@link #close()} and the refiller, each of which counts down once it is done ({@link #onStopped}). */
  private final AtomicInteger stopping = new AtomicInteger(2);
  private final java.util.concurrent.atomic.AtomicBoolean closeDone = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * @param firstSlot the first slot number (host uid offset) of this pool; it uses {@code size +
   *     maxInFlight} of them, so that every live sandbox has a uid of its own
   * @param onStopped run once, when {@link #close()} has returned and the refiller has ended: the
   *     pool has no process left (used sandboxes released after that are retired by their caller)
   */
  WarmPool(String language, List<String> command, int size, int maxInFlight, int firstSlot, ResourceLimits limits,
      Launcher launcher, Cgroups cgroups, Path workRoot, Runnable onStopped) {
    this.onStopped = onStopped;
    this.language = language;
    this.command = List.copyOf(command);
    this.size = size;
    this.limits = limits;
    this.launcher = launcher;
    this.cgroups = cgroups;
    this.workRoot = workRoot;
    this.ready = new ArrayBlockingQueue<>(size);
    this.freeSlots = new ArrayBlockingQueue<>(size + maxInFlight);
    for (int i = 0; i < size + maxInFlight; i++) {
      freeSlots.add(firstSlot + i);
    }
    this.refiller = new Thread(this::refill, "agent-sandbox-pool-" + language);
    refiller.setDaemon(true);
    refiller.start();
  }

  static int slotsNeeded(int size, int maxInFlight) {
    return size + maxInFlight;
  }

  /**
   * @param request a request in this pool's language
   * @param sandboxLimits the sandbox's default limits
   * @return whether a pooled sandbox can run it: default limits and no input files
   */
  boolean accepts(ExecutionRequest request) {
    return request.inputFilesNoCopy().isEmpty() && (request.limits() == null || request.limits().equals(limits));
  }

  /**
   * @return whether this pool's bootstrap reports the code's end ({@link ProcessRunner.EndReport}):
   *     the Python and node ones do
   */
  boolean reportsEnd() {
    return reportsEnd(command);
  }

  /**
   * @param bootstrapCommand a command from {@link #bootstrapCommand}
   * @return whether its bootstrap reports the code's end
   */
  static boolean reportsEnd(List<String> bootstrapCommand) {
    return bootstrapCommand.contains(PYTHON_BOOTSTRAP) || bootstrapCommand.contains(NODE_BOOTSTRAP);
  }

  /**
   * @param bootstrapCommand a command from {@link #bootstrapCommand}
   * @return whether its bootstrap applies the limits itself, before it reads the code (the
   *     Python one, with {@code resource.setrlimit}: the same limits prlimit would apply, one exec
   *     fewer; it exits with 126 before reading any code when it cannot), so that no prlimit is
   *     needed in front of it
   */
  static boolean setsOwnLimits(List<String> bootstrapCommand) {
    return bootstrapCommand.contains(PYTHON_BOOTSTRAP);
  }

  /** @return a ready sandbox, never handed out before, or null when none is ready (start cold) */
  @Nullable Warm take() {
    while (true) {
      Warm w = ready.poll();
      if (w == null) {
        missed.incrementAndGet();
        wakeRefiller(); // empty: start replacements now
        return null;
      }
      if (w.process().isAlive()) {
        inUse.incrementAndGet();
        served.incrementAndGet();
        return w;
      }
      destroy(w); // died while waiting: never used, try the next
    }
  }

  /**
   * Seeded once, then pure computation: the default {@code NativePRNG} reads the system's random
   * device on the calling thread (every 100 ms), which took up to 19 ms on a loaded host.
   */
  private static final java.security.SecureRandom RANDOM = tokenRandom();

  private static java.security.SecureRandom tokenRandom() {
    try {
      return java.security.SecureRandom.getInstance("DRBG");
    } catch (java.security.NoSuchAlgorithmException e) {
      return new java.security.SecureRandom();
    }
  }

  /** @return a fresh end token: 32 random lower-case hex digits */
  static byte[] newToken() {
    byte[] r = new byte[16];
    RANDOM.nextBytes(r);
    return java.util.HexFormat.of().formatHex(r).getBytes(StandardCharsets.US_ASCII);
  }

  /** @return the marker the bootstrap writes for a token: NUL, then the token */
  static byte[] marker(byte[] token) {
    byte[] m = new byte[token.length + 1];
    System.arraycopy(token, 0, m, 1, token.length);
    return m;
  }

  /**
   * @param request the request
   * @param token its end token ({@link #newToken()})
   * @return the bytes to write to a taken sandbox's stdin
   */
  static byte[] input(ExecutionRequest request, byte[] token) {
    byte[] code = request.code().getBytes(StandardCharsets.UTF_8);
    byte[] stdin = request.stdin().getBytes(StandardCharsets.UTF_8);
    byte[] header = String.format(Locale.ROOT, "%012d", code.length).getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[token.length + header.length + code.length + stdin.length];
    System.arraycopy(token, 0, all, 0, token.length);
    System.arraycopy(header, 0, all, token.length, header.length);
    System.arraycopy(code, 0, all, token.length + header.length, code.length);
    System.arraycopy(stdin, 0, all, token.length + header.length + code.length, stdin.length);
    return all;
  }

  /**
   * Hands a used sandbox, whose result is in, to the refiller: it kills it if it still runs (its
   * end was reported, see {@link ProcessRunner.EndReport}), reaps it and releases what it held
   * ({@link #retire}), off the caller's path, and only then starts its replacement: starting it
   * during the execution would take CPU from the code whose result the caller waits for (the pool
   * keeps {@code size} ready, so the next execution does not wait for this replacement unless the
   * pool is being drained).
   */
  void release(Warm w) {
    used.add(w);
    inUse.decrementAndGet();
    if (closed) {
      retireUsed(); // no refiller any more
    }
    wakeRefiller();
  }

  /**
   * Finishes a used sandbox: kills it if it still runs (it was, if its harness reported the end),
   * reaps it, closes its streams and its namespaces' hold, removes its cgroup and frees its slot.
   */
  private void retire(Warm w) {
    Process p = w.process();
    if (p.isAlive()) {
      ProcessRunner.kill(p, w.init());
    }
    // not cut short by an interrupt (close() interrupts the refiller): the flag is restored after
    boolean interrupted = Thread.interrupted();
    int exit = -1;
    try {
      if (!waitFor(p, TimeUnit.SECONDS.toNanos(2))) {
        ProcessRunner.killTree(p);
        waitFor(p, TimeUnit.SECONDS.toNanos(2));
      }
      exit = p.isAlive() ? -1 : p.exitValue();
      launcher.afterExit(p, exit, w.child());
    } finally {
      if (interrupted || Thread.interrupted()) {
        Thread.currentThread().interrupt();
      }
    }
    closeQuietly(p.getInputStream());
    closeQuietly(p.getErrorStream());
    closeQuietly(p.getOutputStream());
    closeQuietly(w.teardownHold());
    if (w.cgroup() != null) {
      w.cgroup().close();
    }
    freeSlots.add(w.slot());
  }

  /** Waits for a process to exit, at most {@code nanos}, through interrupts (re-set by the caller). */
  private static boolean waitFor(Process p, long nanos) {
    long deadline = System.nanoTime() + nanos;
    while (true) {
      try {
        return p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        // keep waiting; the retire restores the flag
      }
    }
  }

  private void wakeRefiller() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  private void destroy(Warm w) {
    ProcessRunner.killTree(w.process());
    int exit = -1;
    try {
      if (w.process().waitFor(2, TimeUnit.SECONDS)) {
        exit = w.process().exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    launcher.afterExit(w.process(), exit, w.child());
    closeQuietly(w.process().getInputStream());
    closeQuietly(w.process().getErrorStream());
    closeQuietly(w.process().getOutputStream());
    closeQuietly(w.teardownHold());
    if (w.cgroup() != null) {
      w.cgroup().close();
    }
    freeSlots.add(w.slot());
  }

  private static void closeQuietly(java.io.@Nullable Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        LOG.debug("could not close a used sandbox's stream or teardown hold: {}", e.toString());
      }
    }
  }

  private void retireUsed() {
    Warm w;
    while ((w = used.poll()) != null) {
      retire(w);
    }
  }

  /**
   * Whether the refiller may wait: the pool is full, or it still has a sandbox ready and the
   * missing ones are running executions (replaced once released, see {@link #release}).
   */
  private boolean satisfied() {
    int r = ready.size();
    return r >= size || (r > 0 && r + inUse.get() >= size);
  }

  private void refill() {
    try {
      refillUntilClosed();
    } finally {
      stopped();
    }
  }

  private void stopped() {
    if (stopping.decrementAndGet() == 0) {
      onStopped.run();
    }
  }

  private void refillUntilClosed() {
    long backoff = 0;
    while (!closed) {
      try {
        retireUsed(); // first: the teardown of used sandboxes, then their replacements
        if (satisfied()) {
          synchronized (wake) {
            if (satisfied() && !closed && used.isEmpty()) {
              wake.wait(1000);
            }
          }
          continue;
        }
        Integer slot = freeSlots.poll(1, TimeUnit.SECONDS);
        if (slot == null) {
          continue;
        }
        Warm w = start(slot);
        if (w == null) {
          backoff = backoff == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : Math.min(MAX_BACKOFF_NANOS, backoff * 2);
          TimeUnit.NANOSECONDS.sleep(backoff);
          continue;
        }
        backoff = 0;
        if (closed || !ready.offer(w)) {
          destroy(w);
        }
      } catch (InterruptedException e) {
        if (closed) {
          return;
        }
      } catch (RuntimeException e) {
        LOG.warn("warm pool for {}: {}", language, e.toString());
      }
    }
  }

  /** Starts one sandbox and waits for its interpreter to be ready; null when that failed. */
  private Warm start(int slot) {
    Cgroups.Execution cg = null;
    Process p = null;
    try {
      cg = cgroups == null ? null : cgroups.create(limits);
      p = launcher.pooledCommand(command, limits, slot, cg == null ? null : cg.procs(), workRoot,
          setsOwnLimits(command)).start();
      starting = p;
      started.incrementAndGet();
      InputStream out = p.getInputStream();
      int b = out.read(); // blocks until the bootstrap is ready (or the process died)
      if (b == 'R') {
        // the report precedes the code's start, so it is on stderr already (and nothing else is)
        long child = launcher.reportsChild() ? SandboxInfo.read(p.getErrorStream()) : -1;
        java.io.Closeable hold = launcher.holdTeardown(p, child);
        // a handle on PID 1 (checked to be bubblewrap's child, as the hold is), for a kill that
        // takes effect at once when the code's end is reported
        ProcessHandle init = hold == null ? null : ProcessRunner.initHandle(p, child);
        return new Warm(p, slot, cg, hold, child, init);
      }
      String err = new String(p.getErrorStream().readNBytes(2048), StandardCharsets.UTF_8).trim();
      throw new IOException("the pooled sandbox did not start (" + (b < 0 ? "exit" : "byte " + b) + "): " + err);
    } catch (IOException e) {
      if (!closed) {
        failed.incrementAndGet();
        LOG.warn("warm pool for {} could not start a sandbox; executions start cold meanwhile: {}", language,
            e.getMessage());
      }
      if (p != null) {
        destroy(new Warm(p, slot, cg, null, -1, null));
      } else {
        if (cg != null) {
          cg.close();
        }
        freeSlots.add(slot);
      }
      return null;
    } finally {
      starting = null;
    }
  }

  /** @return the pool's figures */
  WarmPoolStats stats() {
    return new WarmPoolStats(language, size, ready.size(), served.get(), missed.get(), started.get(), failed.get());
  }

  /** Stops refilling and destroys the sandboxes that were never used. */
  @Override
  public void close() {
    closed = true;
    refiller.interrupt();
    // a sandbox being started is let finish its start, then destroyed by the refiller: a kill of
    // bubblewrap's outer process while its child waits for it to write the child's uid map (the
    // child sets its parent-death signal only after) would leave that child blocked for ever
    try {
      refiller.join(TimeUnit.SECONDS.toMillis(5));
      Process s = starting;
      if (s != null) {
        // its start hangs: kill it, its children first (killTree), so that the refiller's read ends
        ProcessRunner.killTree(s);
        refiller.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Warm w;
      while ((w = ready.poll()) != null) {
        destroy(w);
      }
      retireUsed();
    } finally {
      if (closeDone.compareAndSet(false, true)) {
        stopped();
      }
    }
  }
}
