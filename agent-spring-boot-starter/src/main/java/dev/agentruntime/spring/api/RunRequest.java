package dev.agentruntime.spring.api;

import org.jspecify.annotations.Nullable;
import java.util.Map;

/**
 * The body of {@code POST /agents/{name}/runs}.
 *
 * @param input the user's input (required, not blank, at most {@code agent.api.max-input-chars});
 *     null when the client left it out (refused with 400)
 * @param sessionId the session the run continues, or null
 * @param async true to start the run and answer {@code 202} with its id at once
 * @param tags free-form tags recorded on the run, or null
 */
public record RunRequest(@Nullable String input, @Nullable String sessionId, @Nullable Boolean async,
    @Nullable Map<String, String> tags) {}
