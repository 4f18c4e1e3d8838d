package dev.agentruntime.langchain4j;

import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunContext;
import dev.agentruntime.core.error.ToolExecutionException;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolSpec;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * LangChain4j tools as agent-runtime tools, and agent-runtime-decorated LangChain4j tool
 * executors.
 *
 * <ul>
 *   <li>{@link #fromObjects(Object...)}: every {@code @Tool} method of the given objects becomes a
 *       {@link Tool} for the runtime's own loop ({@link SideEffecting} marks side-effecting ones).
 *   <li>{@link #of(ToolSpecification, ToolExecutor, boolean)}: one programmatic tool.
 *   <li>{@link #decorate(AgentRuntime, Object...)}: for an {@code AiServices} agent — tool
 *       specifications and executors whose every call passes through the runtime's chain
 *       (traced, guarded, limited, retried, idempotent), to pass to {@code AiServices.tools(Map)}.
 * </ul>
 */
public final class LangChain4jTools {

  private LangChain4jTools() {}

  /**
   * @param toolObjects objects with LangChain4j {@code @Tool} methods
   * @return one runtime tool per method
   * @throws IllegalArgumentException when an object has no {@code @Tool} method
   */
  public static List<Tool> fromObjects(Object... toolObjects) {
    List<Tool> tools = new ArrayList<>();
    for (Map.Entry<ToolSpecification, Entry> e : scan(toolObjects).entrySet()) {
      tools.add(new LangChain4jTool(e.getKey(), e.getValue().executor(), e.getValue().sideEffecting()));
    }
    return tools;
  }

  /**
   * @param specification the tool's specification
   * @param executor what runs it
   * @param sideEffecting whether it changes the world (see {@link Tool#sideEffecting()})
   * @return the runtime tool
   * @throws IllegalArgumentException when the specification's name or schema cannot be represented
   */
  public static Tool of(ToolSpecification specification, ToolExecutor executor, boolean sideEffecting) {
    return new LangChain4jTool(
        Objects.requireNonNull(specification, "specification"),
        Objects.requireNonNull(executor, "executor"),
        sideEffecting);
  }

  /**
   * Tools for an {@code AiServices} agent whose calls go through the runtime's chain. Pass the
   * result to {@code AiServices.builder(...).tools(map)} instead of the objects themselves.
   *
   * @param runtime the runtime
   * @param toolObjects objects with {@code @Tool} methods
   * @return specifications mapped to decorated executors, in declaration order
   */
  public static Map<ToolSpecification, ToolExecutor> decorate(AgentRuntime runtime, Object... toolObjects) {
    Objects.requireNonNull(runtime, "runtime");
    Map<ToolSpecification, ToolExecutor> out = new LinkedHashMap<>();
    scan(toolObjects).forEach((spec, e) ->
        out.put(spec, new DecoratedExecutor(runtime, new LangChain4jTool(spec, e.executor(), e.sideEffecting()))));
    return out;
  }

  /**
   * Decorates programmatic tools the same way as {@link #decorate(AgentRuntime, Object...)}.
   *
   * @param runtime the runtime
   * @param tools specifications and their executors
   * @param sideEffectingNames names of the tools that change the world
   * @return specifications mapped to decorated executors
   */
  public static Map<ToolSpecification, ToolExecutor> decorate(
      AgentRuntime runtime, Map<ToolSpecification, ToolExecutor> tools, Set<String> sideEffectingNames) {
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(tools, "tools");
    Set<String> se = sideEffectingNames == null ? Set.of() : sideEffectingNames;
    Map<ToolSpecification, ToolExecutor> out = new LinkedHashMap<>();
    tools.forEach((spec, ex) -> out.put(spec,
        new DecoratedExecutor(runtime, new LangChain4jTool(spec, ex, se.contains(spec.name())))));
    return out;
  }

  private record Entry(ToolExecutor executor, boolean sideEffecting) {}

  private static Map<ToolSpecification, Entry> scan(Object... toolObjects) {
    Objects.requireNonNull(toolObjects, "toolObjects");
    Map<ToolSpecification, Entry> out = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Object o : toolObjects) {
      Objects.requireNonNull(o, "tool object");
      int found = 0;
      for (Method m : o.getClass().getDeclaredMethods()) {
        if (!m.isAnnotationPresent(dev.langchain4j.agent.tool.Tool.class)) {
          continue;
        }
        ToolSpecification spec = ToolSpecifications.toolSpecificationFrom(m);
        if (!names.add(spec.name())) {
          throw new IllegalArgumentException("two tools are named '" + spec.name() + "'");
        }
        DefaultToolExecutor executor = DefaultToolExecutor.builder()
            .object(o)
            .originalMethod(m)
            .methodToInvoke(m)
            .wrapToolArgumentsExceptions(true)
            .propagateToolExecutionExceptions(true)
            .build();
        out.put(spec, new Entry(executor, m.isAnnotationPresent(SideEffecting.class)));
        found++;
      }
      if (found == 0) {
        throw new IllegalArgumentException(
            o.getClass().getName() + " has no method annotated with @dev.langchain4j.agent.tool.Tool");
      }
    }
    return out;
  }

  /** A LangChain4j tool as an agent-runtime tool. */
  static final class LangChain4jTool implements Tool {
    private final ToolSpecification specification;
    private final ToolSpec spec;
    private final ToolExecutor executor;
    private final boolean sideEffecting;

    LangChain4jTool(ToolSpecification specification, ToolExecutor executor, boolean sideEffecting) {
      this.specification = specification;
      this.spec = LangChain4jMapper.toRuntime(specification);
      this.executor = executor;
      this.sideEffecting = sideEffecting;
    }

    @Override
    public ToolSpec spec() {
      return spec;
    }

    @Override
    public boolean sideEffecting() {
      return sideEffecting;
    }

    @Override
    public ToolResult execute(ToolInvocation invocation) {
      RunContext ctx = invocation.context();
      InvocationContext ic = InvocationContext.builder().chatMemoryId(ctx.view().sessionId()).build();
      return run(LangChain4jMapper.toLangChain4j(invocation.call()), ic);
    }

    ToolResult run(ToolExecutionRequest request, InvocationContext context) {
      ToolExecutionResult r = executor.executeWithContext(request, context);
      if (r == null) {
        return ToolResult.success("");
      }
      String text = r.resultText();
      return new ToolResult(text == null ? "" : text, r.isError());
    }

    @Override
    public String toString() {
      return "LangChain4jTool[" + specification.name() + "]";
    }
  }

  /** A LangChain4j executor whose calls pass through a runtime's chain. */
  static final class DecoratedExecutor implements ToolExecutor {
    private final AgentRuntime runtime;
    private final LangChain4jTool tool;

    DecoratedExecutor(AgentRuntime runtime, LangChain4jTool tool) {
      this.runtime = runtime;
      this.tool = tool;
      ToolCallOrigins.decoratedToolsExist();
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
      return executeWithContext(request, InvocationContext.builder().chatMemoryId(memoryId).build()).resultText();
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
      // one tiny wrapper per call carries AiServices' invocation context (memory id) to the tool
      Tool perCall = new Tool() {
        @Override
        public ToolSpec spec() {
          return tool.spec();
        }

        @Override
        public boolean sideEffecting() {
          return tool.sideEffecting();
        }

        @Override
        public ToolResult execute(ToolInvocation invocation) {
          return tool.run(request, context);
        }
      };
      ToolCall call = ToolCall.of(request.id(), request.name(), request.arguments());
      Callable<ToolResult> body = () -> runtime.toolExecutor(perCall).call(call);
      // AiServices runs concurrent tools on its own pool, whose threads do not carry the run: the
      // call is made in the run the decorated model returned it in (recorded, limited, traced)
      RunContext origin = ToolCallOrigins.take(request); // forgotten either way
      if (origin != null && RunContext.current().isEmpty()) {
        body = origin.wrap(body);
      }
      ToolResult result;
      try {
        result = body.call();
      } catch (ToolExecutionException e) {
        // the tool itself failed (after the runtime's retries): let AiServices handle it as usual
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new LangChain4jException(e);
      }
      return ToolExecutionResult.builder().resultText(result.content()).isError(result.isError()).build();
    }
  }
}
