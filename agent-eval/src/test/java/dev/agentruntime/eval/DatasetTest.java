package dev.agentruntime.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.AgentRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
  @TempDir Path dir;

  @Test
  void loadsYamlWithEveryBuiltInExpectationKind() throws IOException {
    Path file = dir.resolve("shop.yaml");
    Files.writeString(file, """
        name: shop-yaml
        cases:
          - id: order
            input: where is order 7?
            tags: [orders]
            expect:
              output: {contains: [shipped], notContains: [sorry], regex: "order \\\\d+"}
              tools: {called: [lookup_order], calledWith: {lookup_order: {order_id: "7"}}, never: [refund], maxSteps: 3}
              telemetry: {maxCostUsd: "0.05", maxTokens: 1000, noRetry: true, noLimitHit: true, noGuardrailBlock: true}
          - id: chat
            turns: [hi, again]
            session: {id: s-9, history: [{role: user, text: before}, {role: assistant, text: ok}]}
            expect:
              output: {contains: "again (turn 3)"}
        """);
    Dataset data = Dataset.load(file);
    assertThat(data.name()).isEqualTo("shop-yaml");
    assertThat(data.cases()).extracting(EvalCase::id).containsExactly("order", "chat");
    assertThat(data.cases().get(0).assertions()).hasSize(12);
    assertThat(data.cases().get(1).turns()).containsExactly("hi", "again");
    assertThat(data.withTag("orders").cases()).hasSize(1);

    ShopAgent model = new ShopAgent();
    try (AgentRuntime runtime = model.runtime()) {
      EvalResult result = Eval.builder().agent(runtime::run).dataset(data).build().run();
      result.runs().forEach(r -> assertThat(r.status()).as(r.caseId() + ": " + r.failureSummary())
          .isEqualTo(CaseRun.Status.PASSED));
    }
  }

  @Test
  void loadsJsonlAndTheSameCasesFailWhenTheAgentMisbehaves() throws IOException {
    Path file = dir.resolve("shop.jsonl");
    Files.writeString(file, """
        {"id":"order","input":"where is order 7?","expect":{"tools":{"inOrder":["lookup_order"]},"output":{"number":{"value":7,"tolerance":0}}}}

        {"id":"schema","input":"say {\\"a\\":1}","expect":{"output":{"jsonSchema":{"type":"object","required":["b"]}}}}
        """);
    Dataset data = Dataset.load(file);
    assertThat(data.name()).isEqualTo("shop");
    ShopAgent model = new ShopAgent();
    try (AgentRuntime runtime = model.runtime()) {
      EvalResult result = Eval.builder().agent(runtime::run).dataset(data).build().run();
      assertThat(result.cases().get(0).allPassed()).isTrue();
      // "You said: say {"a":1} (turn 1)" is not JSON
      assertThat(result.cases().get(1).runs().get(0).failureSummary()).contains("output is not JSON");
    }
  }

  @Test
  void badInputNamesTheFileTheLineAndTheKey() throws IOException {
    Path jsonl = dir.resolve("bad.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"input\":\"x\"}\n{\"id\":\"b\",\"input\":\"y\",\"expect\":{\"output\":{\"contain\":[\"z\"]}}}\n");
    assertThatThrownBy(() -> Dataset.load(jsonl))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.jsonl line 2")
        .hasMessageContaining("expect.output: unknown key 'contain'");

    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "cases:\n  - id: a\n    input: x\n    expect: {judge: {rubric: r}}\n");
    assertThatThrownBy(() -> Dataset.load(yaml))
        .hasMessageContaining("bad.yaml case 1 (a): expect: unknown expectation 'judge' (known: output, tools, telemetry)");

    Path noInput = dir.resolve("noinput.yaml");
    Files.writeString(noInput, "- id: a\n");
    assertThatThrownBy(() -> Dataset.load(noInput)).hasMessageContaining("noinput.yaml case 1 (a): case 'a' has no input");

    Path badLimit = dir.resolve("limit.yaml");
    Files.writeString(badLimit, "- {id: a, input: x, expect: {telemetry: {limitHit: MAX_STEPZ}}}\n");
    assertThatThrownBy(() -> Dataset.load(badLimit)).hasMessageContaining("expect.telemetry: limitHit 'MAX_STEPZ'");

    Path txt = dir.resolve("cases.txt");
    Files.writeString(txt, "x");
    assertThatThrownBy(() -> Dataset.load(txt)).hasMessageContaining("unknown format");
  }

  @Test
  void customExpectationKindsPlugIn() {
    Dataset data = Dataset.loader()
        .expectation("startsWith", spec -> Assertion.of("starts with " + spec, r -> r.output().startsWith((String) spec)))
        .parse("custom", "- {id: a, input: hello, expect: {startsWith: 'You said'}}", "yaml");
    assertThat(data.cases().get(0).assertions()).extracting(Assertion::name).containsExactly("starts with You said");
  }
}
