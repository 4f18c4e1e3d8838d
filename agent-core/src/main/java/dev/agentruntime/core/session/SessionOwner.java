package dev.agentruntime.core.session;

import org.jspecify.annotations.Nullable;
/**
 * Whose session it is; recorded when the session is created.
 *
 * @param tenantId the tenant, or null
 * @param userId the user, or null
 */
public record SessionOwner(@Nullable String tenantId, @Nullable String userId) {
  private static final SessionOwner NOBODY = new SessionOwner(null, null);

  /** @return an owner with neither tenant nor user */
  public static SessionOwner none() {
    return NOBODY;
  }
}
