package dev.agentruntime.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
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

  record Outcome(String stdout, boolean stdoutTruncated, String stderr, boolean stderrTruncated,
      int exitCode, Duration duration, ExitReason reason) {}

  Outcome run(ProcessBuilder pb, String stdin, ResourceLimits limits, Launcher launcher) throws IOException {
    long start = System.nanoTime();
    Process process = pb.start();
    return run(process, start, stdin.getBytes(StandardCharsets.UTF_8), limits, launcher, launcher.reportsChild(), -1);
  }

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
   */
  Outcome run(Process process, long start, byte[] input, ResourceLimits limits, Launcher launcher,
      boolean readsInfo, long knownChild) {
    AtomicBoolean outputExceeded = new AtomicBoolean();
    Sink out = new Sink(limits.maxOutputBytes());
    Sink err = new Sink(limits.maxOutputBytes());
    AtomicReference<java.io.Closeable> hold = new AtomicReference<>();
    AtomicLong child = new AtomicLong(knownChild);
    if (readsInfo) {
      err.info = new SandboxInfo();
      err.onChild = pid -> {
        child.set(pid);
        java.io.Closeable h = launcher.holdTeardown(process, pid);
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
      if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        timedOut = true;
        killTree(process);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      killTree(process);
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
    return new Outcome(out.text(), out.truncated, stderr, err.truncated, exit, duration, reason);
  }

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

    Sink(int cap) {
      this.cap = cap;
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
              keep(mine, mine.length, onOverflow);
              continue;
            }
            if (info.done()) {
              onChild.accept(info.child());
            }
            from = claimed;
          }
          if (from < n) {
            keep(from == 0 ? buf : java.util.Arrays.copyOfRange(buf, from, n), n - from, onOverflow);
          }
        }
      } catch (IOException ignored) {
        // stream closed after the process died
      } finally {
        if (info != null && !info.done()) {
          byte[] mine = info.unclaimed(); // ended inside what looked like a report: bubblewrap's own output
          keep(mine, mine.length, onOverflow);
        }
      }
    }

    private void keep(byte[] b, int n, Runnable onOverflow) {
      synchronized (kept) {
        int room = cap - kept.size();
        if (n > room) {
          kept.write(b, 0, Math.max(0, room));
          if (!truncated) {
            truncated = true;
            onOverflow.run();
          }
        } else {
          kept.write(b, 0, n);
        }
      }
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
