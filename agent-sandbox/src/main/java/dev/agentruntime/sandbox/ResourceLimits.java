package dev.agentruntime.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Hard limits for one execution. Immutable; build with {@link #builder()} (every setting is
 * optional) or start from {@link #defaults()} and change a few with {@link #toBuilder()}.
 *
 * <p>Defaults are strict, meant for short model-written snippets (nsjail's defaults are looser:
 * 600 s CPU, 4 GiB address space): 10 s wall clock, 5 s CPU, 1 GiB address space (V8 reserves
 * about 1 GiB of virtual memory at start, so {@code node} needs at least that), 64 processes or
 * threads, 16 MiB per written file, 64 MiB for the private work directory and for {@code /tmp},
 * 256 open files, 64 KiB per output stream.
 *
 * @param timeout wall-clock time after which the whole process tree is killed (at most {@link
 *     #MAX_DURATION})
 * @param cpuTime CPU time per process (RLIMIT_CPU, whole seconds, rounded up; at most {@link
 *     #MAX_DURATION})
 * @param memoryBytes address space per process (RLIMIT_AS)
 * @param maxProcesses processes and threads the code may have at once (RLIMIT_NPROC, counted
 *     inside the sandbox's own user namespace)
 * @param maxFileSizeBytes size of any file the code writes (RLIMIT_FSIZE)
 * @param maxOpenFiles open file descriptors per process (RLIMIT_NOFILE)
 * @param workspaceBytes size of the private work directory, of the private {@code /tmp} and of
 *     {@code /dev/shm} (each a tmpfs of this size under bubblewrap)
 * @param maxOutputBytes bytes kept per output stream; past it the process tree is killed and the
 *     result says {@link ExitReason#OUTPUT_LIMIT}; the text kept ends at the last whole (UTF-8)
 *     character, up to three bytes short of the cap
 */
public record ResourceLimits(
    Duration timeout,
    Duration cpuTime,
    long memoryBytes,
    int maxProcesses,
    long maxFileSizeBytes,
    int maxOpenFiles,
    long workspaceBytes,
    int maxOutputBytes) {

  private static final long MIB = 1024L * 1024L;

  /**
   * The longest {@code timeout} and {@code cpuTime} accepted, 36500 days (about 100 years): in
   * effect no limit, and still countable in nanoseconds, as the execution's clock counts it, and in
   * the seconds of a CPU rlimit (whose hard limit is one second above the soft one).
   */
  public static final Duration MAX_DURATION = Duration.ofDays(36_500);
  private static final ResourceLimits DEFAULTS = builder().build();

  /**
   * Validates; messages name the bad setting.
   *
   * @param timeout wall-clock time after which the whole process tree is killed (at most {@link
   *     #MAX_DURATION})
   * @param cpuTime CPU time per process (RLIMIT_CPU, whole seconds, rounded up; at most {@link
   *     #MAX_DURATION})
   * @param memoryBytes address space per process (RLIMIT_AS)
   * @param maxProcesses processes and threads the code may have at once (RLIMIT_NPROC, counted
   *     inside the sandbox's own user namespace)
   * @param maxFileSizeBytes size of any file the code writes (RLIMIT_FSIZE)
   * @param maxOpenFiles open file descriptors per process (RLIMIT_NOFILE)
   * @param workspaceBytes size of the private work directory, of the private {@code /tmp} and of
   *     {@code /dev/shm} (each a tmpfs of this size under bubblewrap)
   * @param maxOutputBytes bytes kept per output stream; past it the process tree is killed and the
   *     result says {@link ExitReason#OUTPUT_LIMIT}; the text kept ends at the last whole (UTF-8)
   *     character, up to three bytes short of the cap
   */
  public ResourceLimits {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(cpuTime, "cpuTime");
    positive("timeout", timeout);
    positive("cpuTime", cpuTime);
    atMostMaxDuration("timeout", timeout);
    atMostMaxDuration("cpuTime", cpuTime);
    if (memoryBytes < 16 * MIB) {
      throw new IllegalArgumentException("memoryBytes must be at least 16 MiB, got " + memoryBytes);
    }
    if (maxProcesses < 1) {
      throw new IllegalArgumentException("maxProcesses must be at least 1, got " + maxProcesses);
    }
    if (maxFileSizeBytes < 1) {
      throw new IllegalArgumentException("maxFileSizeBytes must be positive, got " + maxFileSizeBytes);
    }
    if (maxOpenFiles < 8) {
      throw new IllegalArgumentException("maxOpenFiles must be at least 8, got " + maxOpenFiles);
    }
    if (workspaceBytes < MIB) {
      throw new IllegalArgumentException("workspaceBytes must be at least 1 MiB, got " + workspaceBytes);
    }
    if (maxOutputBytes < 1) {
      throw new IllegalArgumentException("maxOutputBytes must be positive, got " + maxOutputBytes);
    }
  }

  private static void positive(String name, Duration d) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  private static void atMostMaxDuration(String name, Duration d) {
    if (d.compareTo(MAX_DURATION) > 0) {
      throw new IllegalArgumentException(name + " must be at most " + MAX_DURATION.toDays() + " days ("
          + MAX_DURATION + "), got " + d);
    }
  }

  /** @return the defaults described on this class */
  public static ResourceLimits defaults() {
    return DEFAULTS;
  }

  /** @return a builder preset with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder preset with these limits */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.cpuTime = cpuTime;
    b.memoryBytes = memoryBytes;
    b.maxProcesses = maxProcesses;
    b.maxFileSizeBytes = maxFileSizeBytes;
    b.maxOpenFiles = maxOpenFiles;
    b.workspaceBytes = workspaceBytes;
    b.maxOutputBytes = maxOutputBytes;
    return b;
  }

  /** @return the CPU limit in whole seconds, rounded up */
  public long cpuSeconds() {
    long s = cpuTime.getSeconds();
    return cpuTime.getNano() > 0 ? s + 1 : s;
  }

  /** Builder for {@link ResourceLimits}; validation happens in {@link #build()}. */
  public static final class Builder {
    private Duration timeout = Duration.ofSeconds(10);
    private Duration cpuTime = Duration.ofSeconds(5);
    private long memoryBytes = 1024 * MIB;
    private int maxProcesses = 64;
    private long maxFileSizeBytes = 16 * MIB;
    private int maxOpenFiles = 256;
    private long workspaceBytes = 64 * MIB;
    private int maxOutputBytes = 64 * 1024;

    private Builder() {}

    /**
     * @param value wall-clock timeout, at most {@link ResourceLimits#MAX_DURATION}
     * @return this
     */
    public Builder timeout(Duration value) {
      this.timeout = value;
      return this;
    }

    /**
     * @param value CPU time per process, at most {@link ResourceLimits#MAX_DURATION}
     * @return this
     */
    public Builder cpuTime(Duration value) {
      this.cpuTime = value;
      return this;
    }

    /**
     * @param value address-space limit in bytes
     * @return this
     */
    public Builder memoryBytes(long value) {
      this.memoryBytes = value;
      return this;
    }

    /**
     * @param value processes and threads at once
     * @return this
     */
    public Builder maxProcesses(int value) {
      this.maxProcesses = value;
      return this;
    }

    /**
     * @param value largest file the code may write, in bytes
     * @return this
     */
    public Builder maxFileSizeBytes(long value) {
      this.maxFileSizeBytes = value;
      return this;
    }

    /**
     * @param value open file descriptors per process
     * @return this
     */
    public Builder maxOpenFiles(int value) {
      this.maxOpenFiles = value;
      return this;
    }

    /**
     * @param value size of the private work directory and of {@code /tmp}, in bytes
     * @return this
     */
    public Builder workspaceBytes(long value) {
      this.workspaceBytes = value;
      return this;
    }

    /**
     * @param value bytes kept per output stream before the code is stopped
     * @return this
     */
    public Builder maxOutputBytes(int value) {
      this.maxOutputBytes = value;
      return this;
    }

    /**
     * @return the limits
     * @throws IllegalArgumentException naming the bad setting
     * @throws NullPointerException naming a missing duration
     */
    public ResourceLimits build() {
      return new ResourceLimits(
          timeout, cpuTime, memoryBytes, maxProcesses, maxFileSizeBytes, maxOpenFiles,
          workspaceBytes, maxOutputBytes);
    }
  }
}
