package dev.agentruntime.langchain4j;

import dev.agentruntime.core.RunContext;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The run each tool call a decorated model returned was asked for in. {@code AiServices} runs
 * concurrent tools ({@code executeToolsConcurrently()}) on its own executor, whose plain threads do
 * not carry the run; a decorated tool executor called there finds its run here, by the very
 * request object the decorated model handed to {@code AiServices}.
 *
 * <p>Remembered only once a decorated tool executor exists, and forgotten when the call is made or
 * when {@code AiServices} lets go of the request (keys are weak: a chat memory may hold a request
 * long after its run); the run is held weakly too, so a chat memory never keeps an ended run.
 */
final class ToolCallOrigins {
  /** Both weak: a run in progress is held by its own thread; one that ended is not wanted. */
  private record Origin(WeakReference<ToolExecutionRequest> request, WeakReference<RunContext> run) {}

  private static final Map<ToolExecutionRequest, Origin> ORIGINS = Collections.synchronizedMap(new WeakHashMap<>());
  private static volatile boolean decoratedToolsExist;

  private ToolCallOrigins() {}

  /** A decorated tool executor was made: tool calls are remembered from now on. */
  static void decoratedToolsExist() {
    decoratedToolsExist = true;
  }

  /** @param calls tool calls a decorated model returns, on the thread of the run that asked, if any */
  static void remember(List<ToolExecutionRequest> calls) {
    if (!decoratedToolsExist || calls.isEmpty()) {
      return;
    }
    RunContext run = RunContext.current().orElse(null);
    if (run == null) {
      return;
    }
    for (ToolExecutionRequest call : calls) {
      ORIGINS.put(call, new Origin(new WeakReference<>(call), new WeakReference<>(run)));
    }
  }

  /**
   * @param call a tool call about to be executed
   * @return the run the decorated model returned this very call in, or null; forgotten then
   */
  static @Nullable RunContext take(ToolExecutionRequest call) {
    Origin origin = ORIGINS.remove(call);
    // an equal request of another response (ids are reused by some servers) is not this one's
    return origin != null && origin.request().get() == call ? origin.run().get() : null;
  }
}
