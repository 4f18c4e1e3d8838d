package dev.agentruntime.core.error;

import java.util.Objects;

/**
 * The low-cardinality {@code error.type} of a failed model or tool call: the value telemetry puts on
 * the call's span and metrics, and the runtime puts on a failed
 * {@link dev.agentruntime.core.event.ModelCallCompleted} event, so the two always agree.
 */
public final class ErrorTypes {
  private ErrorTypes() {}

  /**
   * @param failure a failure, unwrapped (not a {@code CompletionException})
   * @return a {@link PolicyRefusal}'s own value ({@code guardrail_blocked}, {@code budget_exceeded},
   *     ...), a {@link ModelCallException}'s HTTP status or kind ({@code 429}, {@code timeout},
   *     {@code unknown_host}) when it has one, the class name of what a tool threw for a
   *     {@link ToolExecutionException}, else the failure's class name
   * @throws NullPointerException if {@code failure} is null
   */
  public static String of(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    if (failure instanceof PolicyRefusal r) {
      return r.errorType();
    }
    if (failure instanceof ModelCallException m && (m.statusCode() > 0 || !"model_error".equals(m.errorType()))) {
      return m.errorType();
    }
    if (failure instanceof ToolExecutionException && failure.getCause() != null) {
      return failure.getCause().getClass().getName(); // what the tool threw, not the runtime's wrapper
    }
    return failure.getClass().getName();
  }
}
