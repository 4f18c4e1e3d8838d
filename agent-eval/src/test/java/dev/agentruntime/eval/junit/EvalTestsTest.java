package dev.agentruntime.eval.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.agentruntime.core.AgentResult;
import dev.agentruntime.core.StopReason;
import dev.agentruntime.core.model.TokenUsage;
import dev.agentruntime.eval.Dataset;
import dev.agentruntime.eval.Eval;
import dev.agentruntime.eval.EvalCase;
import dev.agentruntime.eval.assertion.OutputAssertions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class EvalTestsTest {
  static final AtomicInteger AGENT_RUNS = new AtomicInteger();

  static volatile boolean insideLauncher;

  static boolean insideLauncher() {
    return insideLauncher;
  }

  /** Run only through the JUnit Platform launcher below, never by Surefire directly. */
  @EnabledIf("dev.agentruntime.eval.junit.EvalTestsTest#insideLauncher")
  static class SampleEvals {
    @TestFactory
    Stream<DynamicNode> shop() {
      Dataset data = Dataset.of("shop",
          EvalCase.builder("greets").input("hello").tags("smoke").expect(OutputAssertions.contains("hello")).build(),
          EvalCase.builder("says-bye").input("hello").expect(OutputAssertions.equalTo("bye")).build());
      Eval eval = Eval.builder().name("shop").repeats(2).dataset(data).agent((in, o) -> {
        AGENT_RUNS.incrementAndGet();
        return new AgentResult("r", "You said " + in, StopReason.COMPLETED, null, 1, List.of(), List.of(),
            TokenUsage.ZERO, Duration.ofMillis(1), null);
      }).build();
      return EvalTests.of(eval);
    }
  }

  @Test
  void oneTestPerCaseAndRepeatWithTheFailuresAndTheDiff() {
    List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(SampleEvals.class)).build();
    insideLauncher = true;
    try {
      LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          outcomes.add(id.getDisplayName() + "=" + result.getStatus());
          result.getThrowable().ifPresent(failures::add);
        }
      }
      });
    } finally {
      insideLauncher = false;
    }
    assertThat(outcomes).containsExactlyInAnyOrder(
        "greets repeat 1=SUCCESSFUL", "greets repeat 2=SUCCESSFUL", "says-bye repeat 1=FAILED",
        "says-bye repeat 2=FAILED");
    assertThat(AGENT_RUNS.get()).isEqualTo(4); // the eval ran once for all four tests
    assertThat(failures).hasSize(2).allSatisfy(f -> {
      assertThat(f).isInstanceOf(org.opentest4j.AssertionFailedError.class)
          .hasMessageContaining("says-bye repeat").hasMessageContaining("output equals \"bye\"");
      assertThat(((org.opentest4j.AssertionFailedError) f).getExpected().getValue()).isEqualTo("bye");
      assertThat(((org.opentest4j.AssertionFailedError) f).getActual().getValue()).isEqualTo("You said hello");
    });
  }
}
