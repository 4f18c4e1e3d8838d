package dev.agentruntime.sandbox;

/** Why an execution stopped. */
public enum ExitReason {
  /** The code ran to its end on its own (whatever its exit code). */
  FINISHED,
  /** The wall-clock timeout expired; the whole process tree was killed. */
  TIMED_OUT,
  /** The code used up its CPU-seconds limit (SIGXCPU, or SIGKILL at the hard limit). */
  CPU_LIMIT,
  /**
   * The code ran out of its memory (address-space) limit. Detected from the interpreter's own
   * out-of-memory report (Python {@code MemoryError}, V8 "out of memory", "Cannot allocate
   * memory"), so code that catches its own allocation failure is reported as {@link #FINISHED}.
   */
  MEMORY_LIMIT,
  /** stdout or stderr went past its byte cap; the whole process tree was killed. */
  OUTPUT_LIMIT,
  /** A file written by the code went past the file-size limit (SIGXFSZ). */
  FILE_SIZE_LIMIT,
  /** The process died of a signal for another reason, or the execution was interrupted. */
  KILLED
}
