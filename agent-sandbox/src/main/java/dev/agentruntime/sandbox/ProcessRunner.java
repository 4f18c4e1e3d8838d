package dev.agentruntime.sandbox;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts a process, feeds stdin and drains stdout/stderr on I/O threads (never blocking the
 * child), enforces the wall-clock timeout and the output cap by killing the whole process tree,
 * and works out why the process stopped.
 */
final class ProcessRunner {
  private static final int SIGKILL = 9;
  private static final int SIGXCPU = 24;
  private static final int SIGXFSZ = 25;

  private final ExecutorService io;

  ProcessRunner(ExecutorService io) {
    this.io = io;
  }

  /**
   * @param reported whether the result came from the harness's end report ({@link EndReport})
   *     rather than from the process's exit: the sandbox was then killed, but may still be dying
   * @param finish when reported: reaps the sandbox, makes sure nothing of it runs and closes its
   *     streams and its namespaces' hold; for the caller to run off the result's path ({@link
   *     #inBackground}) before it releases the execution's cgroup and slot. Null otherwise.
   */
  record Outcome(String stdout, boolean stdoutTruncated, String stderr, boolean stderrTruncated,
      int exitCode, Duration duration, ExitReason reason, boolean reported, @Nullable Runnable finish) {}

  Outcome run(ProcessBuilder pb, String stdin, ResourceLimits limits, Launcher launcher) throws IOException {
    long start = System.nanoTime();
    Process process = pb.start();
    launcher.started(pb, process);
    return run(process, start, stdin.getBytes(StandardCharsets.UTF_8), limits, launcher, launcher.reportsChild(), -1,
        null, null);
  }

  /**
   * How a harness in the sandbox (the pooled bootstrap) reports the end of the code, so that the
   * result need not wait for the sandbox's processes to exit and be reaped. When the code has
   * ended, the harness flushes the code's output, kills every other process of the sandbox
   * ({@code kill(-1, SIGKILL)} from its PID 1), then writes {@link #marker} to stdout and the
   * marker followed by the exit status as three ASCII digits to stderr, in that order. Pipes keep
   * the order of writes, so everything the code wrote before its end precedes the markers; the
   * marker is random per execution, so output never matches it by chance. Once both markers are
   * read, the runner kills what is left of the sandbox (SIGKILL to its PID 1, the harness itself:
   * every thread the code left in it stops at once, and its exit kills anything else in the
   * namespace; where bubblewrap does not report its child, SIGKILL to bubblewrap, whose death
   * kills PID 1) before the result is returned; reaping it and releasing its namespaces happen off
   * the result's path ({@link Outcome#finish}, or the pool's refiller).
   *
   * <p>The marker is not a secret from the code: the harness runs in the code's own process (and a
   * cold Python start reads it from {@code /sandbox/in}, which stays readable), so the code can
   * write it itself. It can then end its own result early (with an exit status of its choosing),
   * which it could do anyway by exiting; the sandbox is killed all the same. A marker on stderr
   * without its exit status is output like any other. If a report is missing or incomplete (the
   * code closed or replaced its standard descriptors, exited with {@code os._exit}, was killed,
   * hit a limit, or wrote a marker on one stream only), the result waits for the process's exit as
   * without a harness, never past the execution's timeout: then the sandbox is killed and the
   * result says {@link ExitReason#TIMED_OUT}.
   *
   * @param marker the bytes that end the code's output on each stream
   * @param readyByte whether stdout starts with the harness's ready byte ({@code R}), to be taken
   *     off (a sandbox started for this execution; the pool reads it itself)
   */
  record EndReport(byte[] marker, boolean readyByte) {}

  /** Marks a run's hold as settled: a hold taken later is closed at once. */
  private static final java.io.Closeable ENDED = () -> { };

  /** Input up to this size is written by the calling thread: a fresh pipe holds it without blocking. */
  private static final int INLINE_INPUT = 16 * 1024;

  /**
   * Runs an already started process to its end.
   *
   * @param process the process
   * @param start when the execution started ({@link System#nanoTime()}); the timeout counts from it
   * @param input everything to write to its stdin, which is then closed
   * @param readsInfo whether stderr starts with the sandbox's report of its main process ({@link
   *     SandboxInfo}), to be taken off and used to hold its teardown ({@link Launcher#holdTeardown})
   * @param knownChild the sandbox's main process when its report was read already (a pooled
   *     sandbox), else -1
   * @param knownInit a handle on that process, taken while it was known to be bubblewrap's child,
   *     or null
   * @param endReport how the sandbox's harness reports the code's end, or null when only the
   *     process's exit ends the execution
   */
  Outcome run(Process process, long start, byte[] input, ResourceLimits limits, Launcher launcher,
      boolean readsInfo, long knownChild, @Nullable ProcessHandle knownInit, @Nullable EndReport endReport) {
    AtomicBoolean outputExceeded = new AtomicBoolean();
    Sink out = new Sink(limits.maxOutputBytes());
    Sink err = new Sink(limits.maxOutputBytes());
    CountDownLatch ends = null;
    if (endReport != null) {
      ends = new CountDownLatch(2);
      out.expectMarker(endReport.marker(), 0, ends::countDown);
      err.expectMarker(endReport.marker(), EXIT_DIGITS, ends::countDown);
      out.skipReady = endReport.readyByte();
    }
    AtomicReference<java.io.Closeable> hold = new AtomicReference<>();
    AtomicLong child = new AtomicLong(knownChild);
    AtomicReference<ProcessHandle> init = new AtomicReference<>(knownInit);
    if (readsInfo) {
      err.info = new SandboxInfo();
      err.onChild = pid -> {
        child.set(pid);
        java.io.Closeable h = launcher.holdTeardown(process, pid);
        if (h != null && endReport != null) {
          // held, so it is bubblewrap's child: a handle now cannot name another process later
          init.set(initHandle(process, pid));
        }
        if (h != null && !hold.compareAndSet(null, h)) {
          closeQuietly(h); // the execution is over already
        }
      };
    }
    Runnable onOverflow = () -> {
      if (outputExceeded.compareAndSet(false, true)) {
        killTree(process);
      }
    };
    Future<?> fOut;
    Future<?> fErr;
    try {
      fOut = io.submit(() -> out.drain(process.getInputStream(), onOverflow));
      fErr = io.submit(() -> err.drain(process.getErrorStream(), onOverflow));
      if (input.length == 0) {
        closeQuietly(process.getOutputStream());
      } else if (input.length <= INLINE_INPUT) {
        try (OutputStream os = process.getOutputStream()) {
          os.write(input);
        } catch (IOException ignored) {
          // the code is gone already; its outcome says why
        }
      } else {
        io.submit(() -> {
          try (OutputStream os = process.getOutputStream()) {
            os.write(input);
          } catch (IOException ignored) {
            // the code stopped reading; that is its business
          }
        });
      }
    } catch (RuntimeException e) {
      killTree(process);
      throw e;
    }
    boolean timedOut = false;
    boolean interrupted = false;
    long deadline = start + limits.timeout().toNanos();
    try {
      boolean ended;
      if (ends == null) {
        ended = process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } else {
        // both readers stopped: on a report, or at the end of a stream. Without a report on both
        // streams the process decides, by the same deadline: whatever the code wrote, the
        // execution never waits past its timeout
        ended = ends.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
            && ((out.reportedEnd() && err.reportedExit() >= 0)
                || process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      if (!ended) {
        timedOut = true;
        killTree(process);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      killTree(process);
    }
    if (ends != null && !timedOut && !interrupted && !outputExceeded.get() && out.reportedEnd()
        && err.reportedExit() >= 0) {
      // the harness reported the code's end after its output: the result is complete now
      int exit = err.reportedExit();
      Duration duration = Duration.ofNanos(System.nanoTime() - start);
      ProcessHandle target = init.get();
      if (target == null && child.get() <= 1) {
        // not reported (a sandbox started without its report): PID 1 is bubblewrap's only child
        target = onlyChild(process);
        if (target != null) {
          child.set(target.pid());
        }
      }
      kill(process, target);
      java.io.Closeable h = hold.getAndSet(ENDED);
      long pid = child.get();
      String stderr = err.text();
      return new Outcome(out.text(), out.truncated, stderr, err.truncated, exit, duration,
          reason(false, false, exit, duration, limits, stderr), true, () -> reap(process, pid, h, launcher));
    }
    int exit = waitUninterruptibly(process);
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    launcher.afterExit(process, exit, child.get());
    finish(fOut, process.getInputStream());
    finish(fErr, process.getErrorStream());
    closeInBackground(hold.getAndSet(ENDED));
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while the code ran; it was killed", null);
    }
    String stderr = err.text();
    ExitReason reason = reason(timedOut, outputExceeded.get(), exit, duration, limits, stderr);
    return new Outcome(out.text(), out.truncated, stderr, err.truncated, exit, duration, reason, false, null);
  }

  /**
   * @return a handle on a sandbox's PID 1 if it is still the outer process's child, else null
   */
  static @Nullable ProcessHandle initHandle(Process outer, long pid) {
    return ProcessHandle.of(pid).filter(h -> h.parent().map(ProcessHandle::pid).orElse(-1L) == outer.pid())
        .orElse(null);
  }

  /**
   * @return a handle on the outer process's only child, read from {@code
   *     /proc/PID/task/PID/children} (one file, no scan of {@code /proc}), or null when it has none,
   *     several, or the kernel does not list children
   */
  static @Nullable ProcessHandle onlyChild(Process outer) {
    String pid = Long.toString(outer.pid());
    try {
      String children = java.nio.file.Files.readString(java.nio.file.Paths.get("/proc", pid, "task", pid, "children"),
          StandardCharsets.US_ASCII).trim();
      if (children.isEmpty() || children.indexOf(' ') >= 0) {
        return null;
      }
      return initHandle(outer, Long.parseLong(children));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Kills a sandbox at once: its PID 1 (SIGKILL stops every thread of it before it can run again;
   * its exit kills the rest of its PID namespace), else bubblewrap's outer process (whose death
   * kills PID 1). The handle was taken while PID 1 was known to be the outer process's child and
   * carries its start time, so a reused pid is never signalled.
   */
  static void kill(Process outer, @Nullable ProcessHandle init) {
    if (init == null || !init.destroyForcibly()) {
      outer.destroyForcibly();
    }
  }

  /** Waits for a killed sandbox to be gone, then closes its streams and its namespaces' hold. */
  private static void reap(Process process, long child, java.io.@Nullable Closeable hold, Launcher launcher) {
    int exit = -1;
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        killTree(process);
      }
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        exit = process.exitValue();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    launcher.afterExit(process, exit, child);
    closeQuietly(process.getInputStream());
    closeQuietly(process.getErrorStream());
    closeQuietly(process.getOutputStream());
    if (hold != null && hold != ENDED) {
      closeQuietly(hold);
    }
  }

  /** Runs a task on an I/O thread (here when they are shut down): work off the result's path. */
  void inBackground(Runnable task) {
    try {
      io.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      task.run();
    }
  }

  /** Digits of the exit status after the marker on stderr ({@link EndReport}). */
  static final int EXIT_DIGITS = 3;

  static ExitReason reason(boolean timedOut, boolean outputExceeded, int exit, Duration duration,
      ResourceLimits limits, String stderr) {
    if (timedOut) {
      return ExitReason.TIMED_OUT;
    }
    if (outputExceeded) {
      return ExitReason.OUTPUT_LIMIT;
    }
    int signal = exit > 128 && exit < 128 + 65 ? exit - 128 : 0;
    if (signal == SIGXCPU || (signal == SIGKILL && duration.getSeconds() >= limits.cpuSeconds())) {
      return ExitReason.CPU_LIMIT;
    }
    // the C library says "File too large", node "EFBIG: file too large"
    if (signal == SIGXFSZ || (exit != 0 && stderr.toLowerCase(Locale.ROOT).contains("file too large"))) {
      return ExitReason.FILE_SIZE_LIMIT;
    }
    if (exit != 0 && looksOutOfMemory(stderr)) {
      return ExitReason.MEMORY_LIMIT;
    }
    return signal != 0 ? ExitReason.KILLED : ExitReason.FINISHED;
  }

  static boolean looksOutOfMemory(String stderr) {
    String s = stderr.toLowerCase(Locale.ROOT);
    return stderr.contains("MemoryError")
        || s.contains("out of memory")
        || s.contains("cannot allocate memory")
        || s.contains("failed to reserve virtual memory")
        || s.contains("fatal process oom")
        || s.contains("buffer allocation failed")
        || s.contains("std::bad_alloc")
        || s.contains("xmalloc: cannot allocate");
  }

  /**
   * Kills every descendant first, so that the direct child (bubblewrap's monitor) can still reap
   * them (a process orphaned to a PID 1 that does not reap would stay a zombie), then the process
   * itself. The sandbox's PID namespace dies with its first process, taking along anything forked
   * after the snapshot.
   */
  static void killTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    try {
      if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static int waitUninterruptibly(Process process) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return process.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for a reader; if something still holds the pipe open, closes it from our side. */
  private static void finish(Future<?> reader, InputStream stream) {
    try {
      reader.get(2, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      closeQuietly(stream);
      try {
        reader.get(2, TimeUnit.SECONDS);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException ignored) {
        reader.cancel(true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException ignored) {
      // reported through what was read
    }
  }

  /** Closes a teardown hold on an I/O thread: the teardown it releases is not the caller's to wait for. */
  private void closeInBackground(java.io.Closeable c) {
    if (c == null || c == ENDED) {
      return;
    }
    try {
      io.execute(() -> closeQuietly(c));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      closeQuietly(c); // shut down: close here
    }
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // nothing to do
    }
  }

  /** Keeps the first {@code cap} bytes of a stream, signals once when more arrive. */
  private static final class Sink {
    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private volatile boolean truncated;
    /** The sandbox's report at the front of this stream, or null (set before draining starts). */
    SandboxInfo info;
    /** Gets the reported main process (set with {@link #info}). */
    java.util.function.LongConsumer onChild;
    /** The end marker ({@link EndReport}), or null: then the stream ends at its end of file only. */
    private byte @Nullable [] marker;
    /** How many ASCII digits (the exit status) follow the marker. */
    private int digits;
    /** Bytes of the marker (then of the digits) matched so far. */
    private int matched;
    private int value;
    /** The digits matched so far after the marker. */
    private byte[] heldDigits = new byte[0];
    /** -1 until the marker and its digits were read, then the value of the digits. */
    private volatile int reported = -1;
    /** Called once when reading stops (marker or end of file), or null. */
    private @Nullable Runnable onEnd;
    /** Whether the stream starts with the harness's ready byte, to be taken off. */
    boolean skipReady;

    Sink(int cap) {
      this.cap = cap;
    }

    void expectMarker(byte[] marker, int digits, Runnable onEnd) {
      this.marker = marker;
      this.digits = digits;
      this.heldDigits = new byte[digits];
      this.onEnd = onEnd;
    }

    /** Keeps what was held back as a possible report (a part of the marker, digits) as output. */
    private void releaseHeld(Runnable onOverflow) {
      byte[] m = marker;
      keep(m, 0, Math.min(matched, m.length), onOverflow);
      keep(heldDigits, 0, Math.max(0, matched - m.length), onOverflow);
      matched = 0;
      value = 0;
    }

    /** @return whether the stream ended with the marker (and its digits) */
    boolean reportedEnd() {
      return reported >= 0;
    }

    /** @return the digits after the marker, or -1 when the stream did not end with one */
    int reportedExit() {
      return reported;
    }

    /**
     * Keeps the bytes of {@code b[from, to)} that are output, holding back what may be the start of
     * the marker. The marker's first byte (NUL) occurs nowhere else in it, so a mismatch can only
     * restart matching at the mismatching byte itself.
     *
     * @return the index after the marker and its digits, or -1 when they are not complete yet
     */
    private int scan(byte[] b, int from, int to, Runnable onOverflow) {
      byte[] m = marker;
      int run = from; // start of output not yet kept
      for (int i = from; i < to; i++) {
        byte c = b[i];
        if (matched < m.length) {
          if (c == m[matched]) {
            if (matched == 0) {
              keep(b, run, i - run, onOverflow);
            }
            matched++;
            run = i + 1;
            if (matched == m.length && digits == 0) {
              reported = 0;
              return i + 1;
            }
            continue;
          }
          if (matched > 0) {
            keep(m, 0, matched, onOverflow); // it was output after all
            matched = 0;
            run = i;
            if (c == m[0]) {
              matched = 1;
              run = i + 1;
            }
          }
          continue;
        }
        if (c < '0' || c > '9') {
          // not a report the harness writes (it writes the marker and its digits at once): the
          // code wrote it, and it is output like any other; reading goes on
          releaseHeld(onOverflow);
          run = i;
          if (c == m[0]) {
            matched = 1;
            run = i + 1;
          }
          continue;
        }
        heldDigits[matched - m.length] = c;
        value = value * 10 + (c - '0');
        if (++matched == m.length + digits) {
          reported = value;
          return i + 1;
        }
      }
      if (matched == 0) {
        keep(b, run, to - run, onOverflow);
      }
      return -1;
    }

    void drain(InputStream in, Runnable onOverflow) {
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buf)) >= 0) {
          int from = 0;
          if (info != null && !info.done()) {
            int claimed = info.accept(buf, 0, n);
            if (claimed < 0) {
              byte[] mine = info.unclaimed();
              keep(mine, 0, mine.length, onOverflow);
              continue;
            }
            if (info.done()) {
              onChild.accept(info.child());
            }
            from = claimed;
          }
          if (skipReady && from < n) {
            skipReady = false;
            if (buf[from] == 'R') {
              from++;
            }
          }
          if (marker != null) {
            if (scan(buf, from, n, onOverflow) >= 0) {
              return; // the code's output is complete; what follows is not the code's
            }
          } else if (from < n) {
            keep(buf, from, n - from, onOverflow);
          }
        }
        if (marker != null && matched > 0) {
          releaseHeld(onOverflow); // ended inside what looked like a report: output
        }
      } catch (IOException ignored) {
        // stream closed after the process died
      } finally {
        if (info != null && !info.done()) {
          byte[] mine = info.unclaimed(); // ended inside what looked like a report: bubblewrap's own output
          keep(mine, 0, mine.length, onOverflow);
        }
        if (onEnd != null) {
          onEnd.run();
        }
      }
    }

    private void keep(byte[] b, int off, int n, Runnable onOverflow) {
      if (n <= 0) {
        return;
      }
      synchronized (kept) {
        int room = cap - kept.size();
        if (n > room) {
          kept.write(b, off, Math.max(0, room));
          if (!truncated) {
            truncated = true;
            onOverflow.run();
          }
        } else {
          kept.write(b, off, n);
        }
      }
    }

    /** What was kept, as text; when cut at the cap, without a character the cut fell inside. */
    String text() {
      synchronized (kept) {
        if (!truncated) {
          return kept.toString(StandardCharsets.UTF_8);
        }
        byte[] b = kept.toByteArray();
        return new String(b, 0, wholeCharacters(b), StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * @param b UTF-8 bytes, cut anywhere
   * @return their length without a multi-byte sequence the cut fell inside (decoded, its first
   *     bytes would read as a replacement character)
   */
  static int wholeCharacters(byte[] b) {
    int n = b.length;
    int lead = n - 1;
    while (lead >= 0 && n - lead <= 3 && (b[lead] & 0xC0) == 0x80) {
      lead--; // continuation bytes
    }
    if (lead < 0) {
      return n;
    }
    int first = b[lead] & 0xFF;
    int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
    return n - lead < length ? lead : n;
  }
}
