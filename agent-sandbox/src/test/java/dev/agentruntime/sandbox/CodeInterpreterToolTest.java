package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.ToolCallRecord;
import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.chain.ToolChain;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.error.LimitExceededException;
import dev.agentruntime.core.event.ToolCallCompleted;
import dev.agentruntime.core.limits.RunLimits;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.ModelRequest;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.ToolResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The code_interpreter tool driven by a scripted model through a real AgentRuntime. */
class CodeInterpreterToolTest {

  private static CodeSandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandboxes.builder().maxConcurrentExecutions(3).build();
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  /** The model's final answer: every tool result it was shown, joined. */
  private static String toolResults(ModelRequest request) {
    return request.messages().stream()
        .filter(m -> m instanceof ToolResultMessage)
        .map(ChatMessage::text)
        .collect(Collectors.joining("\n---\n"));
  }

  private static String args(String language, String code) {
    return "{\"language\":\"" + language + "\",\"code\":\"" + code.replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", "\\n") + "\"}";
  }

  @Test
  void theModelRunsCodeThroughTheRuntimeAndSeesItsOutput() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("code_interpreter", args("python3", "print(sum(range(1, 101)))"))
        .thenRespond(CodeInterpreterToolTest::toolResults)
        .build();
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    List<String> seenByInterceptor = new CopyOnWriteArrayList<>();
    AgentInterceptor audit = new AgentInterceptor() {
      @Override
      public ToolResult aroundToolCall(ToolChain chain) throws Exception {
        seenByInterceptor.add(chain.call().name());
        return chain.proceed(chain.call());
      }
    };
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(new CodeInterpreterTool(sandbox))
        .interceptor(audit).listener(events::add).build()) {
      AgentResult result = rt.run("add the numbers 1..100");
      assertThat(result.output()).contains("exit_reason: FINISHED").contains("exit_code: 0")
          .contains("stdout:\n5050\n");
      assertThat(result.toolCalls()).singleElement().satisfies(c -> {
        assertThat(c.succeeded()).isTrue();
        assertThat(c.call().name()).isEqualTo("code_interpreter");
      });
      assertThat(seenByInterceptor).containsExactly("code_interpreter");
      assertThat(events).filteredOn(e -> e instanceof ToolCallCompleted)
          .singleElement().satisfies(e -> assertThat(((ToolCallCompleted) e).isError()).isFalse());
    }
  }

  @Test
  void failingCodeIsAnErrorResultTheModelCanRecoverFrom() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("code_interpreter", args("python3", "print(1/0)"))
        .thenCallTool("code_interpreter", args("javascript", "console.log([1,2,3].map(x => x * 2).join(','))"))
        .thenRespond(CodeInterpreterToolTest::toolResults)
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(new CodeInterpreterTool(sandbox)).build()) {
      AgentResult result = rt.run("compute");
      List<ToolCallRecord> calls = result.toolCalls();
      assertThat(calls).hasSize(2);
      assertThat(calls.get(0).result().isError()).isTrue();
      assertThat(calls.get(0).result().content()).contains("ZeroDivisionError").contains("exit_code: 1");
      if (Sandboxes.hasNode()) {
        assertThat(calls.get(1).result().isError()).isFalse();
        assertThat(calls.get(1).result().content()).contains("stdout:\n2,4,6\n");
      }
      assertThat(result.output()).contains("ZeroDivisionError");
    }
  }

  @Test
  void parallelToolCallsInOneTurnEachRunInTheirOwnSandbox() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTools(
            ToolCall.of("a", "code_interpreter", args("python3", "open('f','w').write('a')\nprint(open('f').read())")),
            ToolCall.of("b", "code_interpreter", args("bash", "echo b > f; cat f")),
            ToolCall.of("c", "code_interpreter", args("python3", "import os\nprint(sorted(os.listdir('.')))")))
        .thenRespond(CodeInterpreterToolTest::toolResults)
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(new CodeInterpreterTool(sandbox)).build()) {
      AgentResult result = rt.run("three at once");
      assertThat(result.toolCalls()).hasSize(3).allMatch(ToolCallRecord::succeeded);
      assertThat(result.output()).contains("stdout:\na\n").contains("stdout:\nb\n").contains("stdout:\n[]\n");
    }
  }

  @Test
  void theRunsDeadlineShortensTheSandboxTimeout() {
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("code_interpreter", args("python3", "import time\ntime.sleep(30)"))
        .thenRespond(CodeInterpreterToolTest::toolResults)
        .build();
    RunLimits limits = RunLimits.builder().maxDuration(Duration.ofMillis(1500)).build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(new CodeInterpreterTool(sandbox))
        .limits(limits).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> rt.run("sleep"))
          .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxDuration")
          .satisfies(e -> ((LimitExceededException) e).partialResult().ifPresent(partial ->
              assertThat(partial.toolCalls()).allSatisfy(c -> {
                // either the sandbox's shortened timeout fired first (a TIMED_OUT result), or the
                // run's watchdog interrupted the call, or (on a loaded host) the deadline was
                // already too near to start the code: all stop the code within the deadline
                if (c.result() != null) {
                  assertThat(c.result().content()).containsAnyOf("TIMED_OUT", "the run has no time left to execute code");
                } else {
                  assertThat(c.error()).isNotNull();
                }
              })));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(took).as("the 10 s sandbox timeout was cut to the run's 1.5 s").isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void specOffersTheSandboxLanguagesAndTheToolRejectsOthers() {
    CodeInterpreterTool tool = new CodeInterpreterTool(sandbox);
    assertThat(tool.name()).isEqualTo("code_interpreter");
    for (String language : sandbox.languages()) {
      assertThat(tool.spec().parametersSchema()).contains("\"" + language + "\"");
    }
    assertThat(tool.spec().description()).contains("without network access");
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenCallTool("code_interpreter", args("cobol", "DISPLAY 'HI'"))
        .thenRespond(CodeInterpreterToolTest::toolResults)
        .build();
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(tool).build()) {
      AgentResult result = rt.run("x");
      assertThat(result.toolCalls()).singleElement()
          // the schema's enum stops the call before the tool runs; the model learns what is offered
          .satisfies(c -> assertThat(c.result().content())
              .contains("/language: does not have a value in the enumeration")
              .contains(sandbox.languages().stream().map(l -> "\"" + l + "\"").toList()));
    }
    assertThat(new CodeInterpreterTool(sandbox, "run_code").name()).isEqualTo("run_code");
  }
}
