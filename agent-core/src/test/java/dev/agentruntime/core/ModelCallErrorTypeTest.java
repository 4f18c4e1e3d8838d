package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.agentruntime.core.chain.AgentInterceptor;
import dev.agentruntime.core.error.ErrorTypes;
import dev.agentruntime.core.error.GuardrailViolationException;
import dev.agentruntime.core.error.ModelCallException;
import dev.agentruntime.core.event.ModelCallCompleted;
import dev.agentruntime.core.testing.ScriptedModelClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A failed model call's event says what kind of failure it was — a policy's refusal, the provider's
 * HTTP status — in a field a listener can switch on, the same value telemetry records as the call's
 * {@code error.type}; a successful call's event has none.
 */
class ModelCallErrorTypeTest {

  private static ModelCallCompleted lastModelCall(AgentRuntime.Builder builder, String input) {
    List<ModelCallCompleted> events = new CopyOnWriteArrayList<>();
    try (AgentRuntime rt = builder.listener(e -> {
      if (e instanceof ModelCallCompleted m) {
        events.add(m);
      }
    }).build()) {
      catchThrowable(() -> rt.run(input));
    }
    assertThat(events).isNotEmpty();
    return events.get(events.size() - 1);
  }

  @Test
  void aProviderFailureCarriesItsHttpStatus() {
    ModelCallCompleted m = lastModelCall(AgentRuntime.builder().model(ScriptedModelClient.builder()
        .thenFail(() -> ModelCallException.ofHttp("m", 401, "{\"error\":\"bad key\"}", null, null)).build()), "hi");
    assertThat(m.errorType()).isEqualTo("401");
    assertThat(m.error()).isNotNull();
  }

  @Test
  void aRefusalCarriesItsPolicysErrorType() {
    AgentInterceptor refuse = AgentInterceptor.ofModelCall("refuse", chain -> {
      throw new GuardrailViolationException(chain.context().runId(), "topics", "input", "off-topic");
    });
    ModelCallCompleted m = lastModelCall(AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("never").build()).interceptor(refuse), "hi");
    assertThat(m.errorType()).isEqualTo("guardrail_blocked");
  }

  @Test
  void anyOtherFailureCarriesItsClassName() {
    ModelCallCompleted m = lastModelCall(AgentRuntime.builder().model(ScriptedModelClient.builder()
        .thenFail(() -> new IllegalStateException("store down")).build()), "hi");
    assertThat(m.errorType()).isEqualTo(IllegalStateException.class.getName())
        .isEqualTo(ErrorTypes.of(new IllegalStateException()));
  }

  @Test
  void aSuccessfulCallHasNone() {
    ModelCallCompleted m = lastModelCall(AgentRuntime.builder()
        .model(ScriptedModelClient.builder().thenRespond("hello").build()), "hi");
    assertThat(m.error()).isNull();
    assertThat(m.errorType()).isNull();
  }
}
