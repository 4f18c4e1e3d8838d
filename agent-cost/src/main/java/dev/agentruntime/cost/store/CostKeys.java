package dev.agentruntime.cost.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * <p>Two different ids never share a key: a limiter id's {@code %} and braces, a budget name's
 * {@code %} and {@code :}, and a user subject's {@code %} and {@code /} (see
 * {@link #userSubject}) are percent-encoded, only when an id holds one, so keys of ordinary ids
 * are as before. (Versions before this encoding mapped braces in limiter ids to parentheses and
 * left the others alone: after the upgrade, limiters, budgets and user subjects whose ids hold
 * one of these characters count from zero under their new keys.)
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
   * @param budgetName the budget's name ({@code %} and {@code :} in it percent-encoded, so the
   *     first {@code :} after it ends it)
   * @param subject the subject ({@code *} for global budgets; see {@link #userSubject})
   * @return the counter's base key; the store appends {@code :<window>}
   */
  public String budget(String budgetName, String subject) {
    return budgetSlot() + ":" + encode(budgetName, ":") + ":" + subject;
  }

  /**
   * @param limiter the limiter's id, e.g. {@code plan:user:acme/alice:rpm} ({@code %} and braces
   *     in it percent-encoded: the whole key is one hash tag)
   * @return the limiter's key (its own hash tag)
   */
  public String rate(String limiter) {
    return "{" + namespace + ":rate:" + encode(limiter, "{}") + "}";
  }

  /**
   * The subject of a user budget: {@code tenant/user}, or the user alone without a tenant; a
   * {@code %} or {@code /} in the tenant, and in a user without a tenant, is percent-encoded, so
   * tenant {@code a/b} with user {@code c}, tenant {@code a} with user {@code b/c} and user
   * {@code a/b/c} of no tenant have counters of their own. Ids without those characters are
   * unchanged.
   *
   * @param tenantId the tenant, or null
   * @param userId the user
   * @return the subject to read the user's budget with (e.g. {@code CostTracker.spent})
   */
  public static String userSubject(@Nullable String tenantId, String userId) {
    return tenantId == null ? encode(userId, "/") : encode(tenantId, "/") + "/" + userId;
  }

  /**
   * Percent-encodes {@code %} and the given characters in an id, only when it holds one of them
   * (ordinary ids, and so their keys, stay as they are): two ids never encode alike.
   *
   * @param id an id
   * @param special characters that must not appear in the result (ASCII)
   * @return the id, encoded when needed
   */
  public static String encode(String id, String special) {
    int n = id.length();
    int i = 0;
    while (i < n) {
      char ch = id.charAt(i);
      if (ch == '%' || special.indexOf(ch) >= 0) {
        break;
      }
      i++;
    }
    if (i == n) {
      return id;
    }
    StringBuilder b = new StringBuilder(n + 8).append(id, 0, i);
    for (; i < n; i++) {
      char ch = id.charAt(i);
      if (ch == '%' || special.indexOf(ch) >= 0) {
        b.append('%').append(Character.toUpperCase(Character.forDigit(ch >> 4 & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(ch & 0xF, 16)));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
