package dev.agentruntime.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A typed key for an interceptor's private per-run state (a counter, a cache, a vault): the value
 * is created on first use in each run, lives as long as the run, and is never published on the
 * {@link AgentResult} (publish results with {@link AttributeKey} instead). Keys compare by
 * identity: keep each one in a {@code private static final} field.
 *
 * <pre>{@code
 * private static final RunLocal<AtomicInteger> CALLS = RunLocal.withInitial("audit.calls", AtomicInteger::new);
 * ...
 * chain.context().local(CALLS).incrementAndGet();
 * }</pre>
 *
 * @param <T> the value type (thread-safe: a run may call from several threads)
 */
public final class RunLocal<T> {
  private final String name;
  private final Supplier<? extends T> initial;

  private RunLocal(String name, Supplier<? extends T> initial) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("RunLocal name must not be blank");
    }
    this.name = name;
    this.initial = Objects.requireNonNull(initial, "initial");
  }

  /**
   * @param name a descriptive name (for debugging)
   * @param initial creates the value on first use in a run; must not return null
   * @param <T> the value type
   * @return a new key
   */
  public static <T> RunLocal<T> withInitial(String name, Supplier<? extends T> initial) {
    return new RunLocal<>(name, initial);
  }

  /** @return the key's name */
  public String name() {
    return name;
  }

  /** @return a new initial value */
  public T initialValue() {
    return Objects.requireNonNull(initial.get(), () -> "RunLocal " + name + " initial value is null");
  }

  @Override
  public String toString() {
    return name;
  }
}
