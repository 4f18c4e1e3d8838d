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
    return run(process, start, stdin.getBytes(StandardCharsets.UTF_8), limits, launcher);
  }

  /** Input up to this size is written by the calling thread: a fresh pipe holds it without blocking. */
  private static final int INLINE_INPUT = 16 * 1024;

  /**
   * Runs an already started process to its end.
   *
   * @param process the process
   * @param start when the execution started ({@link System#nanoTime()}); the timeout counts from it
   * @param input everything to write to its stdin, which is then closed
   */
  Outcome run(Process process, long start, byte[] input, ResourceLimits limits, Launcher launcher) {
    AtomicBoolean outputExceeded = new AtomicBoolean();
    Sink out = new Sink(limits.maxOutputBytes());
    Sink err = new Sink(limits.maxOutputBytes());
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
    launcher.afterExit(process);
    finish(fOut, process.getInputStream());
    finish(fErr, process.getErrorStream());
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
    if (signal == SIGXFSZ || (exit != 0 && stderr.contains("File too large"))) {
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

    Sink(int cap) {
      this.cap = cap;
    }

    void drain(InputStream in, Runnable onOverflow) {
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buf)) >= 0) {
          synchronized (kept) {
            int room = cap - kept.size();
            if (n > room) {
              kept.write(buf, 0, Math.max(0, room));
              if (!truncated) {
                truncated = true;
                onOverflow.run();
              }
            } else {
              kept.write(buf, 0, n);
            }
          }
        }
      } catch (IOException ignored) {
        // stream closed after the process died
      }
    }

    String text() {
      synchronized (kept) {
        return kept.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
