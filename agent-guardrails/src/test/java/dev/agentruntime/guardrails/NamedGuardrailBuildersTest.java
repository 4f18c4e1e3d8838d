package dev.agentruntime.guardrails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.guardrail.GuardrailPoint;
import dev.agentruntime.core.testing.ScriptedModelClient;
import dev.agentruntime.guardrails.content.ContentFilterGuardrail;
import dev.agentruntime.guardrails.injection.PromptInjectionGuardrail;
import dev.agentruntime.guardrails.moderation.ModerationGuardrail;
import dev.agentruntime.guardrails.pii.PiiGuardrail;
import dev.agentruntime.guardrails.secrets.SecretsGuardrail;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The name and points every built-in guardrail takes from its builder, and their validation. */
class NamedGuardrailBuildersTest {

  private static List<Supplier<NamedGuardrail.Builder<?, ?>>> builders() {
    return List.of(
        PromptInjectionGuardrail::builder,
        PiiGuardrail::builder,
        SecretsGuardrail::builder,
        () -> ContentFilterGuardrail.builder().blockWords("forbidden"),
        () -> ModerationGuardrail.builder().client(ScriptedModelClient.builder().thenRespond("SAFE").build()));
  }

  @Test
  void defaultsAreEachGuardrailsOwn() {
    assertThat(PromptInjectionGuardrail.create().name()).isEqualTo("prompt_injection");
    assertThat(PromptInjectionGuardrail.create().points()).containsExactlyInAnyOrder(GuardrailPoint.INPUT, GuardrailPoint.TOOL_RESULT);
    assertThat(PiiGuardrail.create().points())
        .containsExactlyInAnyOrder(GuardrailPoint.INPUT, GuardrailPoint.OUTPUT, GuardrailPoint.TOOL_RESULT);
    assertThat(SecretsGuardrail.create().points()).containsExactlyInAnyOrder(GuardrailPoint.values());
    assertThat(ContentFilterGuardrail.builder().blockWords("x").build().name()).isEqualTo("content_filter");
  }

  @Test
  void nameAndPointsAreAppliedAndTheBuilderKeepsItsOwnType() {
    // chaining a shared setter returns the concrete builder, so its own setters follow
    PiiGuardrail pii = PiiGuardrail.builder().name("pii-in").points(GuardrailPoint.INPUT)
        .action(PiiGuardrail.Action.BLOCK).build();
    assertThat(pii.name()).isEqualTo("pii-in");
    assertThat(pii.points()).containsExactly(GuardrailPoint.INPUT);
    for (Supplier<NamedGuardrail.Builder<?, ?>> b : builders()) {
      NamedGuardrail g = b.get().name("custom").points(GuardrailPoint.OUTPUT, GuardrailPoint.TOOL_CALL).build();
      assertThat(g.name()).isEqualTo("custom");
      assertThat(g.points()).isEqualTo(Set.of(GuardrailPoint.OUTPUT, GuardrailPoint.TOOL_CALL));
      assertThatThrownBy(() -> g.points().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void blankNamesAndNoPointsAreRejectedByName() {
    for (Supplier<NamedGuardrail.Builder<?, ?>> b : builders()) {
      assertThatThrownBy(() -> b.get().name("  ").build())
          .isInstanceOf(IllegalStateException.class).hasMessage("name must not be blank");
      assertThatThrownBy(() -> b.get().points().build())
          .isInstanceOf(IllegalStateException.class).hasMessage("points must not be empty");
      assertThatThrownBy(() -> b.get().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
  }

  @Test
  void aGuardrailsOwnSettingsAreCheckedFirst() {
    assertThatThrownBy(() -> PromptInjectionGuardrail.builder().threshold(1.5).points().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("threshold");
    assertThatThrownBy(() -> ContentFilterGuardrail.builder().name("").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing to filter");
    assertThatThrownBy(() -> ModerationGuardrail.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("client is required");
  }
}
