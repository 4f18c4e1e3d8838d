package dev.agentruntime.core.internal;

import dev.agentruntime.core.RunLocal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import dev.agentruntime.core.RunView;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.error.StepLimitExceededException;
import dev.agentruntime.core.event.LimitReached;
import dev.agentruntime.core.limits.LimitReaction;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.tool.ToolResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage {@link Stage#LIMITS}: steps, call counts, wall-clock, loop detection. Cancellation is
 * checked at every call entry by the run context itself.
 */
public final class LimitsInterceptor implements AgentInterceptor {
  private static final RunLocal<CallHistory> HISTORY =
      RunLocal.withInitial("agent_runtime.limits.history", CallHistory::new);

  /** Slots taken so far in one run: each call takes its slot atomically, then compares. */
  static final class Slots {
    final AtomicInteger modelCalls = new AtomicInteger();
    final AtomicInteger toolCalls = new AtomicInteger();
    final ConcurrentHashMap<String, AtomicInteger> perTool = new ConcurrentHashMap<>();
  }

  private static final RunLocal<Slots> SLOTS = RunLocal.withInitial("agent_runtime.limits.slots", Slots::new);

  /** Tool-call signatures seen in one run, for loop detection. */
  static final class CallHistory {
    private final List<String> sequence = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    synchronized int add(String signature) {
      sequence.add(signature);
      return counts.merge(signature, 1, Integer::sum);
    }

    synchronized int cycleLength(int repetitions, int maxLength) {
      int n = sequence.size();
      for (int k = 2; k <= maxLength; k++) {
        int span = k * repetitions;
        if (span > n) {
          break;
        }
        boolean periodic = true;
        boolean allSame = true;
        for (int i = n - span; i < n - k && periodic; i++) {
          periodic = sequence.get(i).equals(sequence.get(i + k));
        }
        for (int i = n - k + 1; i < n && allSame; i++) {
          allSame = sequence.get(i).equals(sequence.get(n - k));
        }
        if (periodic && !allSame) {
          return k;
        }
      }
      return 0;
    }
  }

  @Override
  public Stage stage() {
    return Stage.LIMITS;
  }

  @Override
  public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
    RunView ctx = chain.context();
    if (!ctx.isWrappingUp()) {
      RunLimits limits = ctx.limits();
      checkDeadline(ctx);
      if (limits.maxSteps() > 0 && ctx.currentStep() > limits.maxSteps()) {
        throw refuse(ctx, Limit.MAX_STEPS, null);
      }
      if (limits.maxModelCalls() > 0 && ctx.local(SLOTS).modelCalls.incrementAndGet() > limits.maxModelCalls()) {
        throw refuse(ctx, Limit.MAX_MODEL_CALLS,
            "run reached its model-call limit (maxModelCalls=" + limits.maxModelCalls() + ")");
      }
    }
    return chain.proceed(chain.request());
  }

  @Override
  public ToolResult aroundToolCall(ToolChain chain) throws Exception {
    RunView ctx = chain.context();
    RunLimits limits = ctx.limits();
    ToolCall call = chain.call();
    checkDeadline(ctx);
    if (limits.maxToolCalls() > 0 && ctx.local(SLOTS).toolCalls.incrementAndGet() > limits.maxToolCalls()) {
      throw refuse(ctx, Limit.MAX_TOOL_CALLS,
          "run reached its tool-call limit (maxToolCalls=" + limits.maxToolCalls() + ")");
    }
    Integer perTool = limits.maxToolCallsPerTool().get(call.name());
    if (perTool != null
        && ctx.local(SLOTS).perTool.computeIfAbsent(call.name(), k -> new AtomicInteger()).incrementAndGet() > perTool) {
      throw refuse(ctx, Limit.MAX_TOOL_CALLS_PER_TOOL,
          "run reached its limit for tool '" + call.name() + "' (maxToolCalls(\"" + call.name()
              + "\")=" + perTool + ")");
    }
    if (limits.maxRepeatedToolCalls() > 0 || limits.cycleRepetitions() > 0) {
      CallHistory history = ctx.local(HISTORY);
      String signature = call.name() + " " + canonical(call.arguments());
      int seen = history.add(signature);
      if (limits.maxRepeatedToolCalls() > 0 && seen > limits.maxRepeatedToolCalls()) {
        throw refuse(ctx, Limit.REPEATED_TOOL_CALL,
            "loop detected: tool '" + call.name() + "' called " + seen
                + " times with the same arguments (maxRepeatedToolCalls="
                + limits.maxRepeatedToolCalls() + ")");
      }
      if (limits.cycleRepetitions() > 0) {
        int k = history.cycleLength(limits.cycleRepetitions(), limits.maxCycleLength());
        if (k > 0) {
          throw refuse(ctx, Limit.TOOL_CALL_CYCLE,
              "loop detected: a cycle of " + k + " tool calls repeated "
                  + limits.cycleRepetitions() + " times");
        }
      }
    }
    return chain.proceed(chain.call());
  }

  private static void checkDeadline(RunView ctx) {
    if (ctx.deadlinePassed()) {
      throw refuse(ctx, Limit.MAX_DURATION,
          "run exceeded its wall-clock limit (maxDuration=" + ctx.limits().maxDuration() + ")");
    }
  }

  /**
   * The refusal of a reached limit, with its configured reaction, reported to listeners. The run
   * remembers it when it leaves the chain (so the run ends as the limit says even if the loop
   * catches it).
   */
  private static LimitExceededException refuse(RunView ctx, Limit limit, String message) {
    RunLimits limits = ctx.limits();
    boolean graceful = limits.reaction(limit) == LimitReaction.STOP_GRACEFULLY;
    LimitExceededException e = limit == Limit.MAX_STEPS
        ? new StepLimitExceededException(ctx.runId(), limits.maxSteps(), graceful)
        : new LimitExceededException(ctx.runId(), limit, message, graceful);
    if (ctx.hasListeners()) {
      ctx.emit(new LimitReached(ctx.runId(), ctx.clock().instant(), limit, graceful, e.getMessage()));
    }
    return e;
  }

  static String canonical(String json) {
    try {
      if (json.equals("{}")) {
        return json;
      }
      return dev.agentruntime.core.tool.ToolArguments.canonicalJson(json);
    } catch (Exception e) {
      return json.strip();
    }
  }
}
