package dev.agentruntime.telemetry.internal;

import org.slf4j.MDC;

/**
 * Puts log-correlation values into SLF4J's MDC and restores the previous values on close. Not
 * shared between threads: one instance per call, closed on the thread that opened it.
 */
public final class MdcScope implements AutoCloseable {
  /** Used when MDC correlation is switched off. */
  public static final MdcScope NOOP = new MdcScope(null, null);

  private final String[] keys;
  private final String[] previous;

  private MdcScope(String[] keys, String[] previous) {
    this.keys = keys;
    this.previous = previous;
  }

  /**
   * @param keys the keys
   * @param values the values, same order; a null value removes the key for the scope
   * @return a scope restoring the previous values on close
   */
  public static MdcScope put(String[] keys, String[] values) {
    String[] prev = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      prev[i] = MDC.get(keys[i]);
      if (values[i] == null) {
        MDC.remove(keys[i]);
      } else {
        MDC.put(keys[i], values[i]);
      }
    }
    return new MdcScope(keys, prev);
  }

  @Override
  public void close() {
    if (keys == null) {
      return;
    }
    for (int i = 0; i < keys.length; i++) {
      if (previous[i] == null) {
        MDC.remove(keys[i]);
      } else {
        MDC.put(keys[i], previous[i]);
      }
    }
  }
}
