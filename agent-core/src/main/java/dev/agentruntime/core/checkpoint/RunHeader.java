package dev.agentruntime.core.checkpoint;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a run was started with, enough to start it again in another process.
 *
 * @param runId the run
 * @param input the run's input
 * @param agentName the agent's name, or null
 * @param sessionId the session, or null
 * @param userId the user, or null
 * @param tenantId the tenant, or null
 * @param tags the run's tags
 * @param startedAt when it first started
 */
public record RunHeader(String runId, String input, @Nullable String agentName, @Nullable String sessionId, @Nullable String userId,
    @Nullable String tenantId, Map<String, String> tags, Instant startedAt) {
  /**
   * Validates and copies.
   *
   * @param runId the run
   * @param input the run's input
   * @param agentName the agent's name, or null
   * @param sessionId the session, or null
   * @param userId the user, or null
   * @param tenantId the tenant, or null
   * @param tags the run's tags
   * @param startedAt when it first started
   */
  public RunHeader {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be null or blank");
    }
    Objects.requireNonNull(input, "input");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
