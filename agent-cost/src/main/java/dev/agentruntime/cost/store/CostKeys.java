package dev.agentruntime.cost.store;

import java.util.Objects;

/**
 * The key scheme every {@link CostStore} uses, under one namespace prefix so several deployments
 * (or tests) can share one server:
 *
 * <table>
 *   <caption>keys of namespace {@code ns}</caption>
 *   <tr><th>what</th><th>key</th></tr>
 *   <tr><td>a budget counter in one window</td>
 *       <td>{@code {ns:budget}:<budget name>:<subject>:<window>} (window {@code 2026-03-10},
 *           {@code 2026-03} or {@code total}; subject {@code *} for global budgets)</td></tr>
 *   <tr><td>open reservations and settled reservation ids (kept a day), and when each leaves</td>
 *       <td>{@code {ns:budget}:reservations}, {@code {ns:budget}:reservation-expiry}</td></tr>
 *   <tr><td>a rate limiter's sliding log</td>
 *       <td>{@code {ns:rate:<limiter>}} (e.g. {@code {ns:rate:plan:user:acme/alice:rpm}}) plus
 *           suffixes</td></tr>
 * </table>
 *
 * The part in braces is a Redis Cluster hash tag: every budget counter and the reservation
 * book share one slot, so one script can reserve on all of a call's budgets atomically; each
 * rate limiter has its own slot.
 *
 * @param namespace the prefix, default {@code agent-runtime}; no braces
 */
public record CostKeys(String namespace) {

  /** The namespace used unless told otherwise. */
  public static final String DEFAULT_NAMESPACE = "agent-runtime";

  /**
   * Validates the namespace.
   *
   * @param namespace the prefix, default {@code agent-runtime}; no braces
   */
  public CostKeys {
    Objects.requireNonNull(namespace, "CostKeys.namespace");
    if (namespace.isBlank() || namespace.indexOf('{') >= 0 || namespace.indexOf('}') >= 0) {
      throw new IllegalArgumentException(
          "CostKeys.namespace must be non-blank without '{' or '}', was '" + namespace + "'");
    }
  }

  /** @return the keys of the default namespace */
  public static CostKeys defaults() {
    return new CostKeys(DEFAULT_NAMESPACE);
  }

  /** @return the hash-tagged prefix every budget key starts with */
  public String budgetSlot() {
    return "{" + namespace + ":budget}";
  }

  /**
   * @param budgetName the budget's name
   * @param subject the subject ({@code *} for global budgets)
   * @return the counter's base key; the store appends {@code :<window>}
   */
  public String budget(String budgetName, String subject) {
    return budgetSlot() + ":" + budgetName + ":" + subject;
  }

  /**
   * @param limiter the limiter's id, e.g. {@code plan:user:acme/alice:rpm}
   * @return the limiter's key (its own hash tag)
   */
  public String rate(String limiter) {
    return "{" + namespace + ":rate:" + limiter.replace('{', '(').replace('}', ')') + "}";
  }
}
