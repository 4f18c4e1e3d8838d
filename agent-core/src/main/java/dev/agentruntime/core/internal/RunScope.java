package dev.agentruntime.core.internal;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import java.util.Optional;

/** Holds the current run in the OpenTelemetry {@link Context}, so it follows wrapped tasks. */
public final class RunScope {
  private static final ContextKey<DefaultRunContext> KEY = ContextKey.named("agent-runtime.run");

  private RunScope() {}

  /** @return the current run, if any */
  public static Optional<DefaultRunContext> current() {
    return Optional.ofNullable(Context.current().get(KEY));
  }

  /**
   * @param ctx the run
   * @return a scope to close when the run ends on this thread
   */
  public static Scope enter(DefaultRunContext ctx) {
    return Context.current().with(KEY, ctx).makeCurrent();
  }

  /**
   * @param ctx the run
   * @return the current context with the run added
   */
  public static Context with(DefaultRunContext ctx) {
    return Context.current().with(KEY, ctx);
  }
}
