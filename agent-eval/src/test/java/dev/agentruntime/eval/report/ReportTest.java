package dev.agentruntime.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.AgentRuntime;
import dev.agentruntime.core.RunOptions;
import dev.agentruntime.core.event.AgentEvent;
import dev.agentruntime.core.event.CostIncurred;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.eval.Dataset;
import dev.agentruntime.eval.Eval;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.EvalResult;
import dev.agentruntime.eval.assertion.OutputAssertions;
import dev.agentruntime.eval.assertion.TrajectoryAssertions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ReportTest {
  @TempDir Path dir;

  static EvalResult sampleEval() {
    try (AgentRuntime rt = ParallelAgent.runtime()) {
      Dataset data = Dataset.of("parallel",
          EvalCase.builder("both-tools").input("check both").tags("tools")
              .expect(TrajectoryAssertions.calledInAnyOrder("slow_a", "slow_b"), OutputAssertions.contains("check both"))
              .build(),
          EvalCase.builder("wrong-answer").input("<script>alert(1)</script>")
              .expect(OutputAssertions.equalTo("Answer to something else")).build());
      return Eval.builder().name("parallel-eval").agent(rt::run).dataset(data).repeats(2).build().run();
    }
  }

  @Test
  void parallelToolCallsStartTogetherInTheWaterfall() {
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    AgentResult result;
    try (AgentRuntime rt = ParallelAgent.runtime()) {
      result = rt.run("check both", RunOptions.builder().listener(events::add).build());
    }
    Timeline t = Timeline.of(result, events);
    assertThat(t.estimated()).isFalse();
    assertThat(t.rows()).extracting(TimelineRow::kind).containsExactly(TimelineRow.Kind.MODEL, TimelineRow.Kind.TOOL,
        TimelineRow.Kind.TOOL, TimelineRow.Kind.MODEL);
    TimelineRow a = t.rows().get(1);
    TimelineRow b = t.rows().get(2);
    // run in parallel: their bars overlap in time (sequential calls would lie end to end)
    assertThat(b.startMs()).isLessThan(a.endMs());
    assertThat(a.startMs()).isLessThan(b.endMs());
    assertThat(a.durationMs()).isGreaterThanOrEqualTo(ParallelAgent.TOOL_MS - 5);
    assertThat(t.rows().get(3).startMs()).isGreaterThanOrEqualTo(Math.max(a.endMs(), b.endMs()) - 5);
    assertThat(t.rows().get(0).costUsd()).isEqualByComparingTo("0.0002");
    assertThat(t.rows().get(0).tokens()).isEqualTo(220);
    assertThat(t.rows().get(0).detail()).isEqualTo("asks for slow_a{} slow_b{}");

    String html = RunReport.html(result, events);
    assertThat(count(html, "class=\"row kind-")).isEqualTo(4);
    assertThat(html).doesNotContain("offsets estimated").contains("$0.0006");
    // without events the offsets are estimated, and the page says so
    assertThat(RunReport.html(result)).contains("offsets estimated: no events recorded");
    assertThat(Timeline.of(result, List.of()).rows()).hasSize(4);
  }

  @Test
  void aModelRowCostsWhatItsCostEventsSayIncludingAnAbandonedAttempt() {
    List<AgentEvent> events = new CopyOnWriteArrayList<>();
    AgentResult result;
    try (AgentRuntime rt = ParallelAgent.runtime()) {
      result = rt.run("check both", RunOptions.builder().listener(events::add).build());
    }
    // as a cost module tells them: the first call's abandoned attempt (estimated), then its retry's cost,
    // both just before that call's completion; the second call's cost just before its completion
    List<AgentEvent> withCosts = new ArrayList<>();
    int completed = 0;
    for (AgentEvent e : events) {
      if (e instanceof ModelCallCompleted c) {
        if (completed++ == 0) {
          withCosts.add(new CostIncurred(result.runId(), c.timestamp(), c.step(), "parallel-model",
              new BigDecimal("0.0001"), new BigDecimal("0.0001"), true));
          withCosts.add(new CostIncurred(result.runId(), c.timestamp(), c.step(), "parallel-model",
              new BigDecimal("0.0002"), new BigDecimal("0.0003"), false));
        } else {
          withCosts.add(new CostIncurred(result.runId(), c.timestamp(), c.step(), "parallel-model",
              new BigDecimal("0.0004"), new BigDecimal("0.0007"), false));
        }
      }
      withCosts.add(e);
    }
    Timeline t = Timeline.of(result, withCosts);
    TimelineRow first = t.rows().get(0);
    assertThat(first.costUsd()).isEqualByComparingTo("0.0003");
    assertThat(first.detail()).startsWith("cost of 2 attempts, 1 estimated · asks for slow_a");
    assertThat(t.rows().get(3).costUsd()).isEqualByComparingTo("0.0004");
    assertThat(t.rows().get(3).detail()).doesNotContain("estimated");
    // without cost events, the responses' metadata: the abandoned attempt is not known
    assertThat(Timeline.of(result, events).rows().get(0).costUsd()).isEqualByComparingTo("0.0002");
  }

  @Test
  void evalReportIsOneSelfContainedPageWithSummaryWaterfallsAndDiffs() throws Exception {
    EvalResult result = sampleEval();
    EvalReport.Written files = EvalReport.writeAll(result, dir.resolve("out"));
    String html = Files.readString(files.html());
    assertThat(html).startsWith("<!DOCTYPE html>");
    // nothing loaded from anywhere: no external scripts, styles, images or fonts
    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//")
        .doesNotContainPattern("(?i)@import|url\\(");
    assertThat(html).contains("id=\"summary\"").contains("pass@2").contains("id=\"case-both-tools\"")
        .contains("id=\"case-wrong-answer\"");
    assertThat(count(html, "class=\"waterfall\"")).isEqualTo(4);
    // the failing equals assertion shows expected vs actual, escaped
    assertThat(html).contains("<table class=\"diff\">").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(count(html, "<script>")).isEqualTo(1);

    JsonNode json = new ObjectMapper().readTree(Files.readString(files.json()));
    assertThat(json.path("cases")).hasSize(2);
    assertThat(json.path("passRate").path("mean").asDouble()).isEqualTo(0.5);
    JsonNode firstRun = json.path("cases").get(0).path("runs").get(0);
    assertThat(firstRun.path("status").asText()).isEqualTo("PASSED");
    assertThat(firstRun.path("timeline")).hasSize(4);

    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(Files.readAllBytes(files.junitXml())));
    assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("output equals");
    assertThat(files.junitXml().getFileName().toString()).isEqualTo("TEST-eval-parallel-eval.xml");
    assertThat(new String(Files.readAllBytes(files.junitXml()), StandardCharsets.UTF_8))
        .contains("classname=\"eval.parallel-eval\"");
  }

  static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
