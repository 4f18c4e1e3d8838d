package dev.agentruntime.core.checkpoint;

import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ChatMessage;
import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
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
 * @param history the conversation its options put before the input ({@code RunOptions.history})
 * @param limits the limits its options gave instead of the runtime's, or null
 */
public record RunHeader(String runId, String input, @Nullable String agentName, @Nullable String sessionId, @Nullable String userId,
    @Nullable String tenantId, Map<String, String> tags, Instant startedAt, List<ChatMessage> history,
    @Nullable RunLimits limits) {
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
   * @param history the conversation before the input (null: none)
   * @param limits the run's own limits, or null
   */
  public RunHeader {
    if (runId == null || runId.isBlank()) {
      throw new IllegalArgumentException("runId must not be null or blank");
    }
    Objects.requireNonNull(input, "input");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    Objects.requireNonNull(startedAt, "startedAt");
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * A run started without history or limits of its own.
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
  public RunHeader(String runId, String input, @Nullable String agentName, @Nullable String sessionId,
      @Nullable String userId, @Nullable String tenantId, Map<String, String> tags, Instant startedAt) {
    this(runId, input, agentName, sessionId, userId, tenantId, tags, startedAt, List.of(), null);
  }
}
