package dev.agentruntime.core;

import org.jspecify.annotations.Nullable;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.TokenUsage;
import java.time.Duration;

/**
 * One model call a run made, as the loop saw it (after every interceptor).
 *
 * @param step the step it belongs to
 * @param request the request the loop sent
 * @param response the response, or null when the call failed
 * @param error the failure, or null
 * @param duration how long it took, retries included
 */
public record ModelCallRecord(
    int step, ModelRequest request, @Nullable ModelResponse response, @Nullable Throwable error, Duration duration) {

  /** @return the call's token usage, zero when it failed */
  public TokenUsage usage() {
    return response == null ? TokenUsage.ZERO : response.usage();
  }

  /** @return whether the call succeeded */
  public boolean succeeded() {
    return response != null;
  }

  /** Prints no conversation text (it may hold what a guardrail redacted): sizes only. */
  @Override
  public String toString() {
    return "ModelCallRecord[step=" + step + ", request=" + request + ", response=" + response
        + ", error=" + (error == null ? null : error.getClass().getSimpleName()) + ", duration=" + duration + "]";
  }
}
