package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.RunCompleted;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.core.tool.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void thousandRunsOnOneRuntimeFromManyThreads() throws Exception {
    // the tool answers with what the run context says about itself: any cross-talk shows
    Tool whoami = Tool.builder("whoami").parameters("{\"type\":\"object\",\"properties\":{\"n\":{\"type\":\"integer\"}}}")
        .handler(inv -> inv.context().view().userId() + "/" + inv.arguments().getLong("n") + "/"
            + RunContext.current().map(RunContext::runId).orElse("none").equals(inv.context().runId()))
        .build();
    ScriptedModelClient model = ScriptedModelClient.builder()
        .thenAnswer(r -> {
          String input = r.lastMessage().text();
          return new dev.agentruntime.core.model.ModelResponse(
              new dev.agentruntime.core.model.AssistantMessage("", List.of(
                  dev.agentruntime.core.model.ToolCall.of("c1", "whoami", "{\"n\":" + input.substring(4) + "}"))),
              null, null, null, null, null);
        })
        .thenRespond(r -> "answer:" + r.lastMessage().text())
        .build();
    ConcurrentLinkedQueue<AgentEvent> events = new ConcurrentLinkedQueue<>();
    int runs = 1000;
    try (AgentRuntime rt = AgentRuntime.builder().model(model).tools(whoami).listener(events::add).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(32);
      List<Future<AgentResult>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        int n = i;
        futures.add(pool.submit(() -> rt.run("run " + n, RunOptions.builder().userId("user-" + n).build())));
      }
      Map<String, Integer> runIdToN = new ConcurrentHashMap<>();
      for (int i = 0; i < runs; i++) {
        AgentResult r = futures.get(i).get();
        assertThat(r.output()).isEqualTo("answer:user-" + i + "/" + i + "/true");
        assertThat(r.steps()).isEqualTo(2);
        runIdToN.put(r.runId(), i);
      }
      pool.shutdown();
      assertThat(runIdToN).hasSize(runs);
    }
    Map<String, List<AgentEvent>> byRun = events.stream().collect(Collectors.groupingBy(AgentEvent::runId));
    assertThat(byRun).hasSize(runs);
    // 10 events per run: run, step, model x2, tool x2, step, model x2, run
    assertThat(byRun.values()).allSatisfy(list -> {
      assertThat(list).hasSize(10);
      assertThat(list.get(0).type()).isEqualTo("run_started");
      assertThat(list.get(9)).isInstanceOf(RunCompleted.class);
    });
  }
}
