package dev.agentruntime.core.internal;

import dev.agentruntime.core.error.AgentRuntimeException;
import dev.agentruntime.core.error.ErrorClassification;
import dev.agentruntime.core.error.FailureInfo;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.idempotency.IdempotencyStore;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolArguments;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.util.Optional;
import java.util.TreeSet;

/** The end of the tool chain: lookup, argument checks, idempotency, execution. */
final class ToolTransport {
  private static final long IN_PROGRESS_POLL_MILLIS = 5;

  private ToolTransport() {}

  static ToolResult execute(DefaultRunContext ctx, Tool explicit, ToolCall call) throws Exception {
    Tool tool = explicit;
    if (tool == null) {
      Optional<Tool> found = ctx.core().tools.find(call.name());
      if (found.isEmpty()) {
        return ToolResult.error(
            "Unknown tool '" + call.name() + "'. Available tools: "
                + String.join(", ", new TreeSet<>(enabledNames(ctx))) + ".");
      }
      Optional<String> disabled = ctx.core().tools.disabledReason(call.name());
      if (disabled.isPresent()) {
        return ToolResult.error(
            "Tool '" + call.name() + "' is disabled (" + disabled.get()
                + "). Do not call it again; use another tool or answer without it.");
      }
      tool = found.get();
    }
    ToolArguments args;
    try {
      args = ToolArguments.parse(call.name(), call.arguments(), tool.spec().parametersSchema());
    } catch (IllegalArgumentException e) {
      return ToolResult.error("Invalid arguments: " + e.getMessage() + ". Fix the arguments and call the tool again.");
    } catch (IllegalStateException e) { // the tool's schema is broken: no argument can fix that
      throw new ToolExecutionException(ctx.runId(), call.name(), e.getMessage(), e, ErrorClassification.PERMANENT);
    }
    ToolInvocation invocation = new ToolInvocation(call, args, ctx);
    if (!tool.sideEffecting()) {
      return invoke(ctx, tool, invocation);
    }
    return executeOnce(ctx, tool, invocation);
  }

  private static java.util.Set<String> enabledNames(DefaultRunContext ctx) {
    java.util.Set<String> names = new java.util.HashSet<>();
    ctx.core().tools.enabledSpecs().forEach(s -> names.add(s.name()));
    return names;
  }

  private static ToolResult executeOnce(DefaultRunContext ctx, Tool tool, ToolInvocation inv)
      throws Exception {
    IdempotencyStore store = ctx.core().idempotencyStore;
    String key = idempotencyKey(ctx, inv.call());
    while (true) {
      IdempotencyStore.Claim claim = store.begin(key, ctx.core().idempotencyTtl);
      switch (claim.state()) {
        case COMPLETED:
          return claim.result();
        case ACQUIRED:
          return executeClaimed(ctx, tool, inv, store, key);
        case IN_PROGRESS:
        default:
          ctx.throwIfCancelled();
          Thread.sleep(IN_PROGRESS_POLL_MILLIS);
      }
    }
  }

  /**
   * Runs a side-effecting tool whose call this thread claimed. The claim is settled by the thread
   * that runs the tool, when the tool ends: with its result, or released when it failed. A run
   * that stops waiting (cancelled, past its deadline) while the tool goes on does not release it:
   * the tool may still make its effect, and a resume or a retry must find its result, not a free
   * claim. Only a tool that never started has its claim released by the caller.
   */
  private static ToolResult executeClaimed(DefaultRunContext ctx, Tool tool, ToolInvocation inv,
      IdempotencyStore store, String key) throws Exception {
    java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(); // 0 new
    try {
      return invoke(ctx, tool, () -> {
        if (!state.compareAndSet(0, 1)) { // 1 running: this thread settles the claim
          throw new java.util.concurrent.CancellationException("the call was given up before it started");
        }
        ToolResult r;
        try {
          r = tool.execute(inv);
          r = r == null ? ToolResult.success("") : r;
          store.complete(key, r, ctx.core().idempotencyTtl);
        } catch (Throwable e) {
          store.abandon(key);
          throw e;
        }
        return r;
      });
    } catch (Throwable e) {
      if (state.compareAndSet(0, 2)) { // 2 given up before it started: nothing ran
        store.abandon(key);
      }
      throw e;
    }
  }

  static String idempotencyKey(DefaultRunContext ctx, ToolCall call) {
    return dev.agentruntime.core.idempotency.IdempotencyKeys.of(ctx.runId(), call);
  }

  private static ToolResult invoke(DefaultRunContext ctx, Tool tool, ToolInvocation inv)
      throws Exception {
    return invoke(ctx, tool, () -> tool.execute(inv));
  }

  private static ToolResult invoke(DefaultRunContext ctx, Tool tool, java.util.concurrent.Callable<ToolResult> body)
      throws Exception {
    ToolResult r;
    try {
      r = ctx.runWatched(body, "tool '" + tool.name() + "'");
    } catch (AgentRuntimeException | InterruptedException e) {
      throw e;
    } catch (Exception e) {
      if (Thread.currentThread().isInterrupted() || ctx.isCancelled()) {
        throw e;
      }
      FailureInfo info = ctx.core().classify(e);
      throw new ToolExecutionException(
          ctx.runId(), tool.name(),
          "tool '" + tool.name() + "' failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          e, info.classification());
    }
    return r == null ? ToolResult.success("") : r;
  }
}
