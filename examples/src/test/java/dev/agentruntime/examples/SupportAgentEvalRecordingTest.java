package dev.agentruntime.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.tool.Tool;
import dev.agentruntime.eval.CaseRun;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.eval.cassette.Cassette;
import dev.agentruntime.langchain4j.LangChain4jModelClient;
import dev.agentruntime.langchain4j.RetryAfterCapture;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records the support-agent eval's cassette: every model call through the real LangChain4j OpenAI
 * client against WireMock, every tool call through the real tools. Checks the committed cassette
 * (src/main/resources/evals) is exactly what recording gives today, then replays it with the
 * endpoint gone and the tools never executed. Run with {@code -Dexamples.recordCassette=true} to
 * overwrite the committed cassette after an intended change.
 */
class SupportAgentEvalRecordingTest {
  @TempDir Path dir;

  @Test
  void recordsThroughTheRealClientThenReplaysWithoutNetwork() throws Exception {
    Path recorded = Path.of("target/support-agent.cassette.recorded.json");
    EvalResult live;
    int requests;
    try (SupportEvalServer server = new SupportEvalServer()) {
      OpenAiChatModel chat = OpenAiChatModel.builder()
          .baseUrl(server.baseUrl()).apiKey("test-key").modelName("gpt-4o-mini").maxRetries(0)
          .timeout(Duration.ofSeconds(30))
          .httpClientBuilder(JdkHttpClient.builder().httpClientBuilder(RetryAfterCapture.httpClientBuilder()))
          .build();
      LangChain4jModelClient client = LangChain4jModelClient.builder().chatModel(chat).baseUrl(server.baseUrl()).build();
      Cassette cassette = Cassette.record(recorded);
      live = SupportAgentEval.run(cassette, cassette.model(client), cassette.tools(SupportAgentEval.tools(new SupportDesk())));
      cassette.save();
      requests = server.requests();
    }
    live.runs().forEach(r -> assertThat(r.status()).as(r.caseId() + ": " + r.failureSummary())
        .isEqualTo(CaseRun.Status.PASSED));
    assertThat(live.cases()).hasSizeGreaterThanOrEqualTo(10);
    Cassette reloaded = Cassette.replay(recorded);
    long modelCalls = live.runs().stream().mapToLong(r -> r.outcome().modelCalls().stream()
        .filter(c -> c.response() != null).count()).sum();
    assertThat(requests).isEqualTo((int) modelCalls);
    assertThat(reloaded.size()).isGreaterThanOrEqualTo(requests);

    Path committed = Path.of("src/main/resources/evals/support-agent.cassette.json");
    if (Boolean.getBoolean("examples.recordCassette")) {
      Files.copy(recorded, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(Files.readString(committed)))
        .as("the committed cassette is what recording gives today (re-record with -Dexamples.recordCassette=true)")
        .isEqualTo(json.readTree(Files.readString(recorded)));

    // replay: no endpoint, tools that would count executions
    AtomicInteger executions = new AtomicInteger();
    List<Tool> counting = SupportAgentEval.tools(new SupportDesk()).stream().map(t -> (Tool) new Tool() {
      @Override
      public dev.agentruntime.core.model.ToolSpec spec() {
        return t.spec();
      }

      @Override
      public dev.agentruntime.core.tool.ToolResult execute(dev.agentruntime.core.tool.ToolInvocation inv) throws Exception {
        executions.incrementAndGet();
        return t.execute(inv);
      }
    }).toList();
    Cassette replay = Cassette.replay(recorded);
    EvalResult replayed = SupportAgentEval.run(replay, replay.model(), replay.tools(counting));
    assertThat(executions.get()).isZero();
    for (int i = 0; i < live.cases().size(); i++) {
      CaseRun a = live.cases().get(i).runs().get(0);
      CaseRun b = replayed.cases().get(i).runs().get(0);
      assertThat(b.status()).as(b.caseId() + ": " + b.failureSummary()).isEqualTo(a.status());
      assertThat(b.outcome().output()).isEqualTo(a.outcome().output());
      assertThat(b.outcome().usage()).isEqualTo(a.outcome().usage());
    }
  }

  @Test
  void theExampleRunsFromTheCommittedCassetteAndPrintsWhereTheReportIs() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Cassette cassette = Cassette.replay(Path.of("classpath:" + SupportAgentEval.CASSETTE),
        SupportAgentEval.resource(SupportAgentEval.CASSETTE));
    EvalResult result = SupportAgentEval.run(cassette, dir.resolve("report"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(result.successful()).as(out).isTrue();
    assertThat(result.cases()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(out).contains("12/12 cases passed").contains("report: file:");
    Path html = dir.resolve("report/report.html");
    assertThat(out).contains(html.toAbsolutePath().toUri().toString());
    assertThat(Files.readString(html)).contains("injection-in-tool-result").contains("class=\"waterfall\"");
  }
}
