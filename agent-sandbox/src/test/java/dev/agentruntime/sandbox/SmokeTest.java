package dev.agentruntime.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runsPython() {
    try (CodeSandbox sb = Sandboxes.builder().build()) {
      System.out.println(sb.isolation().summary());
      ExecutionResult r = sb.execute(ExecutionRequest.of("python3", "print(6*7)"));
      System.out.println(r);
      assertThat(r.stdout()).isEqualTo("42\n");
      assertThat(r.succeeded()).isTrue();
    }
  }
}
