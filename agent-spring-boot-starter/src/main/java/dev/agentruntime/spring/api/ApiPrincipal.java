package dev.agentruntime.spring.api;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * Who a request of the agent API acts for: the user and tenant its runs are attributed to (usage
 * plans and budgets key on them). Resolved from the API key, or from an already authenticated
 * servlet principal (Spring Security: its name is the user, with no tenant).
 *
 * @param user the user id, never null
 * @param tenant the tenant id, or null
 */
public record ApiPrincipal(String user, @Nullable String tenant) {

  /** The principal of requests served with {@code agent.api.allow-anonymous=true}. */
  public static final ApiPrincipal ANONYMOUS = new ApiPrincipal("anonymous", null);

  /** The request attribute the authentication filter stores the principal under. */
  public static final String REQUEST_ATTRIBUTE = "dev.agentruntime.spring.api.ApiPrincipal";

  /**
   * Validates.
   *
   * @param user the user id, never null
   * @param tenant the tenant id, or null
   */
  public ApiPrincipal {
    Objects.requireNonNull(user, "user");
    if (user.isBlank()) {
      throw new IllegalArgumentException("user must not be blank");
    }
  }
}
