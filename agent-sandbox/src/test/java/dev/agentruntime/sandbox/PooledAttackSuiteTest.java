package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;

/** The whole attack suite again, with python3 executions served by pre-started pooled sandboxes. */
class PooledAttackSuiteTest extends AttackSuiteTest {

  @Override
  CodeSandbox.Builder configure(CodeSandbox.Builder b) {
    return b.warmPool("python3", 2);
  }

  @Override
  ExecutionResult py(String code) {
    WarmPoolTest.awaitReady(sandbox, "python3", 1);
    return super.py(code);
  }

  @AfterAll
  void mostPythonAttacksRanInPooledSandboxes() {
    WarmPoolStats s = sandbox.warmPoolStats().get(0);
    assertThat(s.served()).as("%s", s).isGreaterThanOrEqualTo(10);
    assertThat(s.failed()).as("%s", s).isZero();
  }
}
