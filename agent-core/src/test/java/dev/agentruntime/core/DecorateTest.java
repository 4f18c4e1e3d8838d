package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ModelChain;
import dev.agentruntime.core.chain.RunChain;
import dev.agentruntime.core.chain.Stage;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ModelClient;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ModelResponse;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.core.tool.ToolArguments;
import dev.agentruntime.core.tool.ToolInvocation;
import dev.agentruntime.core.tool.ToolResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecorateTest {

  /** A "framework" we cannot change: it owns its model and tool and its own loop. */
  static final class ForeignAgent {
    private final ModelClient model;
    private final Tool tool;
    private final ExecutorService pool;

    ForeignAgent(ModelClient model, Tool tool, ExecutorService pool) {
      this.model = model;
      this.tool = tool;
      this.pool = pool;
    }

    String answer(String question) throws Exception {
      // the framework hands work to its own thread pool
      return pool.submit(() -> {
        ModelResponse r = model.chat(ModelRequest.of(new UserMessage(question)));
        ToolCall call = r.message().toolCalls().get(0);
        RunContext ctx = RunContext.current().orElseThrow();
        ToolResult tr = tool.execute(new ToolInvocation(call, ToolArguments.parse(call.name(), call.arguments(), null), ctx));
        return model.chat(ModelRequest.of(new UserMessage(tr.content()))).text();
      }).get();
    }
  }

  @Test
  void decoratedModelAndToolReportIntoTheCurrentRunAcrossThreads() throws Exception {
    ScriptedModelClient raw = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .thenCallTool("echo", "{\"text\":\"pong\"}").thenRespond(r -> "final " + r.lastMessage().text()).build();
    List<String> seen = new CopyOnWriteArrayList<>();
    AgentInterceptor spy = new AgentInterceptor() {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        seen.add("model@" + chain.context().runId());
        return chain.proceed(chain.request());
      }

      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        seen.add("tool@" + chain.context().runId());
        return chain.proceed(chain.call());
      }
    };
    ExecutorService frameworkPool = Executors.newFixedThreadPool(2);
    try (AgentRuntime rt = AgentRuntime.builder().interceptor(spy).build()) {
      // the framework's pool does not propagate context by itself: wrap it the OpenTelemetry way
      ExecutorService wrapped = io.opentelemetry.context.Context.taskWrapping(frameworkPool);
      ForeignAgent agent = new ForeignAgent(rt.decorate(raw), rt.decorate(TestTools.echo()), wrapped);
      AgentResult r = rt.run("ping", (in, ctx) -> agent.answer(in));
      assertThat(r.output()).isEqualTo("final pong");
      assertThat(r.modelCalls()).hasSize(2);
      assertThat(r.toolCalls()).hasSize(1);
      assertThat(seen).containsExactly("model@" + r.runId(), "tool@" + r.runId(), "model@" + r.runId());
    } finally {
      frameworkPool.shutdown();
    }
  }

  @Test
  void limitsApplyToDecoratedCalls() {
    ScriptedModelClient raw = ScriptedModelClient.builder().mode(ScriptedModelClient.Mode.SEQUENCE)
        .repeatLast(true).thenRespond("again").build();
    try (AgentRuntime rt = AgentRuntime.builder().limits(RunLimits.builder().maxModelCalls(3).build()).build()) {
      ModelClient decorated = rt.decorate(raw);
      assertThatThrownBy(() -> rt.run("x", (in, ctx) -> {
        while (true) {
          decorated.chat(ModelRequest.of(new UserMessage(in)));
        }
      })).isInstanceOf(LimitExceededException.class);
      assertThat(raw.calls()).isEqualTo(3);
    }
  }

  @Test
  void decoratedClientWorksOutsideAnyRun() throws Exception {
    AtomicInteger intercepted = new AtomicInteger();
    AgentInterceptor counter = new AgentInterceptor() {
      @Override
      public ModelResponse aroundModelCall(ModelChain chain) throws Exception {
        intercepted.incrementAndGet();
        return chain.proceed(chain.request());
      }
    };
    try (AgentRuntime rt = AgentRuntime.builder().interceptor(counter).build()) {
      ModelClient d = rt.decorate(ScriptedModelClient.builder().thenRespond("hi").build());
      assertThat(d.chat(ModelRequest.of(new UserMessage("x"))).text()).isEqualTo("hi");
      assertThat(intercepted).hasValue(1);
    }
  }

  @Test
  void ctxWrapCarriesTheRunToOtherThreads() throws Exception {
    try (AgentRuntime rt = AgentRuntime.builder().build()) {
      AgentResult r = rt.run("x", (in, ctx) -> CompletableFuture
          .supplyAsync(() -> RunContext.current().map(RunContext::runId).orElse("lost"), ctx.executor()).get());
      assertThat(r.output()).isEqualTo(r.runId());
    }
    assertThat(RunContext.current()).isEmpty();
  }

  @Test
  void interceptorsRunInCanonicalStageOrderWhateverTheRegistrationOrder() {
    List<String> order = new CopyOnWriteArrayList<>();
    class Named implements AgentInterceptor {
      final Stage stage;
      final String name;

      Named(Stage stage, String name) {
        this.stage = stage;
        this.name = name;
      }

      @Override
      public Stage stage() {
        return stage;
      }

      @Override
      public AgentResult aroundRun(RunChain chain) throws Exception {
        order.add(name);
        return chain.proceed(chain.input() + "+" + name);
      }
    }
    try (AgentRuntime rt = AgentRuntime.builder()
        .interceptor(new Named(Stage.CUSTOM, "custom1"))
        .interceptor(new Named(Stage.COST, "cost"))
        .interceptor(new Named(Stage.TELEMETRY, "telemetry"))
        .interceptor(new Named(Stage.CUSTOM, "custom2"))
        .interceptor(new Named(Stage.GUARDRAILS, "guardrails"))
        .build()) {
      AgentResult r = rt.run("in", (in, ctx) -> in);
      assertThat(order).containsExactly("telemetry", "guardrails", "cost", "custom1", "custom2");
      assertThat(r.output()).isEqualTo("in+telemetry+guardrails+cost+custom1+custom2");
      assertThat(rt.interceptors()).extracting(AgentInterceptor::stage).isSorted();
    }
  }
}
