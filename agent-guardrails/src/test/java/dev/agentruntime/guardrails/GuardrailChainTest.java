package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.guardrail.Guardrail;
import dev.agentruntime.core.guardrail.GuardrailDecision;
import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.guardrail.GuardrailSubject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GuardrailChainTest {

  private static Guardrail g(String name, Set<GuardrailPoint> points, Function<String, GuardrailDecision> f,
      List<String> log) {
    return new Guardrail() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<GuardrailPoint> points() {
        return points;
      }

      @Override
      public GuardrailDecision evaluate(GuardrailSubject s) {
        log.add(name + ":" + s.text());
        return f.apply(s.text());
      }
    };
  }

  private static final Set<GuardrailPoint> ALL = EnumSet.allOf(GuardrailPoint.class);

  @Test
  void rewritesFlowToLaterGuardrailsAndFailFastStopsAtTheFirstBlock() {
    List<String> log = new CopyOnWriteArrayList<>();
    GuardrailChain chain = GuardrailChain.builder()
        .add(g("upper", ALL, t -> GuardrailDecision.rewrite(t.toUpperCase(), "shout"), log))
        .add(g("blocker", ALL, t -> GuardrailDecision.block("no " + t), log))
        .add(g("after", ALL, t -> GuardrailDecision.warn("late"), log))
        .build();

    ChainResult r = chain.evaluate(GuardrailPoint.INPUT, "hi");

    assertThat(log).containsExactly("upper:hi", "blocker:HI");
    assertThat(r.blocked()).isTrue();
    assertThat(r.block().get().reason()).isEqualTo("no HI");
    assertThat(r.text()).isEqualTo("HI");
  }

  @Test
  void collectAllRunsEveryGuardrailAndReportsEveryDecision() {
    List<String> log = new CopyOnWriteArrayList<>();
    GuardrailChain chain = GuardrailChain.builder().mode(EvaluationMode.COLLECT_ALL)
        .add(g("b1", ALL, t -> GuardrailDecision.block("one"), log))
        .add(g("w", ALL, t -> GuardrailDecision.warn("two"), log))
        .add(g("b2", ALL, t -> GuardrailDecision.block("three"), log))
        .build();

    ChainResult r = chain.evaluate(GuardrailPoint.OUTPUT, "x");

    assertThat(r.triggered()).extracting(GuardrailVerdict::reason).containsExactly("one", "two", "three");
    assertThat(r.block().get().guardrail()).isEqualTo("b1");
  }

  @Test
  void aThrowingGuardrailBlocksWhenFailClosedAndWarnsWhenFailOpen() {
    List<String> log = new CopyOnWriteArrayList<>();
    Guardrail broken = g("broken", ALL, t -> {
      throw new IllegalStateException("model down");
    }, log);
    ChainResult closed = GuardrailChain.builder().add(broken).build().evaluate(GuardrailPoint.INPUT, "x");
    assertThat(closed.blocked()).isTrue();
    assertThat(closed.verdicts().get(0).failed()).isTrue();
    assertThat(closed.block().get().reason()).contains("model down");

    ChainResult open = GuardrailChain.builder().failureMode(FailureMode.FAIL_OPEN).add(broken).build()
        .evaluate(GuardrailPoint.INPUT, "x");
    assertThat(open.blocked()).isFalse();
    assertThat(open.triggered()).singleElement().satisfies(v -> assertThat(v.decision().action()).isEqualTo("warn"));

    ChainResult perGuardrail = GuardrailChain.builder()
        .add(broken, GuardrailScope.builder().failureMode(FailureMode.FAIL_OPEN).build())
        .build().evaluate(GuardrailPoint.INPUT, "x");
    assertThat(perGuardrail.blocked()).isFalse();
  }

  @Test
  void scopesRestrictPointsAndTools() {
    List<String> log = new CopyOnWriteArrayList<>();
    GuardrailChain chain = GuardrailChain.builder()
        .addForTools(g("only-mail", ALL, t -> GuardrailDecision.block("mail"), log), "send_mail")
        .add(g("not-search", ALL, t -> GuardrailDecision.warn("w"), log),
            GuardrailScope.builder().points(GuardrailPoint.TOOL_CALL).excludeTools("search").build())
        .add(g("own-points", EnumSet.of(GuardrailPoint.OUTPUT), t -> GuardrailDecision.warn("o"), log))
        .build();

    assertThat(chain.evaluate(new GuardrailSubject(GuardrailPoint.TOOL_CALL, "{}", "search", null)).verdicts()).isEmpty();
    assertThat(chain.evaluate(new GuardrailSubject(GuardrailPoint.TOOL_CALL, "{}", "send_mail", null)).blocked()).isTrue();
    assertThat(chain.evaluate(new GuardrailSubject(GuardrailPoint.TOOL_CALL, "{}", "calendar", null)).verdicts())
        .extracting(GuardrailVerdict::guardrail).containsExactly("not-search");
    assertThat(chain.evaluate(GuardrailPoint.INPUT, "x").verdicts()).isEmpty();
    assertThat(chain.appliesAt(GuardrailPoint.INPUT, null)).isFalse();
    assertThat(chain.appliesAt(GuardrailPoint.OUTPUT, null)).isTrue();
  }

  @Test
  void reaskOutsideOutputsBecomesABlock() {
    List<String> log = new CopyOnWriteArrayList<>();
    GuardrailChain chain = GuardrailChain.builder().add(g("r", ALL, t -> GuardrailDecision.reask("again"), log)).build();
    assertThat(chain.evaluate(GuardrailPoint.INPUT, "x").blocked()).isTrue();
    assertThat(chain.evaluate(GuardrailPoint.OUTPUT, "x").reasks()).hasSize(1);
  }

  @Test
  void nullTextIsEmptyAndBadConfigurationIsRejected() {
    List<String> log = new CopyOnWriteArrayList<>();
    GuardrailChain chain = GuardrailChain.builder().add(g("echo", ALL, t -> GuardrailDecision.pass(), log)).build();
    assertThat(chain.evaluate(GuardrailPoint.INPUT, null).text()).isEmpty();
    assertThat(log).containsExactly("echo:");
    assertThatThrownBy(() -> GuardrailScope.builder().tools("a").excludeTools("a").build())
        .hasMessageContaining("'a'");
    assertThatThrownBy(() -> GuardrailChain.builder().add(g(" ", ALL, t -> GuardrailDecision.pass(), log)).build())
        .hasMessageContaining("blank name");
    assertThatThrownBy(() -> GuardrailChain.builder().add(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("guardrail");
  }
}
