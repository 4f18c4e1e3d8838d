package dev.agentruntime.langchain4j;

import dev.agentruntime.core.AttributeKey;
import dev.agentruntime.core.ModelCallRecord;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.limits.Limit;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.ToolExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The placeholder context handed to a decorated tool when a LangChain4j tool is called outside
 * any run. Decorated tools never read it (they find the run, or make a one-call context, inside
 * the runtime); it exists because {@link dev.agentruntime.core.tool.ToolInvocation} requires a
 * context.
 */
final class NoRunContext implements RunContext {
  static final NoRunContext INSTANCE = new NoRunContext();
  private final Instant created = Instant.now();

  private NoRunContext() {}

  private static UnsupportedOperationException outside() {
    return new UnsupportedOperationException("not inside an agent-runtime run");
  }

  @Override public String runId() { return "none"; }
  @Override public String agentName() { return "none"; }
  @Override public String sessionId() { return null; }
  @Override public String userId() { return null; }
  @Override public String tenantId() { return null; }
  @Override public Map<String, String> tags() { return Map.of(); }
  @Override public RunLimits limits() { return RunLimits.none(); }
  @Override public RunOptions options() { return RunOptions.defaults(); }
  @Override public String input() { return ""; }
  @Override public Instant startedAt() { return created; }
  @Override public Optional<Instant> deadline() { return Optional.empty(); }
  @Override public Clock clock() { return Clock.systemUTC(); }
  @Override public ModelClient model() { throw outside(); }
  @Override public ModelClient model(ModelClient client) { throw outside(); }
  @Override public ToolExecutor tools() { throw outside(); }
  @Override public List<ToolSpec> toolSpecs() { return List.of(); }
  @Override public int beginStep() { throw outside(); }
  @Override public int currentStep() { return 0; }
  @Override public int modelCallCount() { return 0; }
  @Override public int toolCallCount() { return 0; }
  @Override public int toolCallCount(String toolName) { return 0; }
  @Override public void emit(AgentEvent event) {}
  @Override public boolean hasListeners() { return false; }
  @Override public <T> Optional<T> attribute(AttributeKey<T> key) { return Optional.empty(); }
  @Override public <T> void setAttribute(AttributeKey<T> key, T value) { throw outside(); }
  @Override public <T> T computeAttributeIfAbsent(AttributeKey<T> key, Supplier<T> init) { throw outside(); }
  @Override public <T> Optional<T> removeAttribute(AttributeKey<T> key) { return Optional.empty(); }
  @Override public <T> T local(dev.agentruntime.core.RunLocal<T> key) { throw outside(); }
  @Override public boolean isCancelled() { return false; }
  @Override public void throwIfCancelled() {}
  @Override public boolean isWrappingUp() { return false; }
  @Override public void beginWrapUp(Limit limit) { throw outside(); }
  @Override public Optional<Limit> wrapUpLimit() { return Optional.empty(); }
  @Override public Executor executor() { return Runnable::run; }
  @Override public Runnable wrap(Runnable task) { return task; }
  @Override public <T> Callable<T> wrap(Callable<T> task) { return task; }
  @Override public List<ModelCallRecord> modelCalls() { return List.of(); }
  @Override public List<ToolCallRecord> toolCalls() { return List.of(); }
  @Override public TokenUsage usage() { return TokenUsage.ZERO; }
}
