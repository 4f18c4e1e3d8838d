package dev.agentruntime.core;

import java.util.Objects;

/**
 * A typed key for values that interceptors keep on a {@link RunContext} and publish on an
 * {@link AgentResult} (for example the run's cost). Keys compare by identity: keep each one in a
 * {@code static final} field.
 *
 * @param <T> the value type
 */
public final class AttributeKey<T> {
  private final String name;
  private final Class<T> type;

  private AttributeKey(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * @param name a descriptive name (e.g. {@code agent_runtime.cost.usd})
   * @param type the value type
   * @param <T> the value type
   * @return a new key
   */
  public static <T> AttributeKey<T> of(String name, Class<T> type) {
    return new AttributeKey<>(name, type);
  }

  /** @return the key's name */
  public String name() {
    return name;
  }

  /** @return the value type */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
