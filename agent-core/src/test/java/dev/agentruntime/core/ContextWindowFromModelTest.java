package dev.agentruntime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.context.ModelLimits;
import dev.agentruntime.core.context.ModelLimitsSource;
import dev.agentruntime.core.context.TokenWindowPolicy;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A {@link TokenWindowPolicy} sized by model id from a {@link ModelLimitsSource}. */
class ContextWindowFromModelTest {

  /** A source of our own, as a user without agent-cost would write it. */
  private static final ModelLimitsSource LIMITS = new ModelLimitsSource() {
    private final Map<String, ModelLimits> byModel = Map.of(
        "big", new ModelLimits(200_000, 64_000),
        "shared-output", new ModelLimits(32_000, 0),
        "all-output", new ModelLimits(8_192, 8_192));

    @Override
    public Optional<ModelLimits> limits(String model) {
      return Optional.ofNullable(byModel.get(model));
    }

    @Override
    public String toString() {
      return "the test's limits";
    }
  };

  @Test
  void theBudgetIsTheModelsWindowMinusItsMaximumOutputUnlessReservedOtherwise() {
    assertThat(TokenWindowPolicy.builder().model("big", LIMITS).build().budget().maxInputTokens())
        .isEqualTo(136_000);
    assertThat(TokenWindowPolicy.builder().model("big", LIMITS).reservedOutputTokens(4_000).build()
        .budget().maxInputTokens()).isEqualTo(196_000);
    assertThat(TokenWindowPolicy.builder().model("shared-output", LIMITS).reservedOutputTokens(2_000).build()
        .budget().maxInputTokens()).isEqualTo(30_000);
  }

  @Test
  void anExplicitSizeWinsOverTheModels() {
    assertThat(TokenWindowPolicy.builder().model("big", LIMITS).maxInputTokens(1_000).build().budget()
        .maxInputTokens()).isEqualTo(1_000);
    assertThat(TokenWindowPolicy.builder().model("unknown-model", LIMITS).contextWindow(10_000, 1_000).build()
        .budget().maxInputTokens()).isEqualTo(9_000);
  }

  @Test
  void anUnknownModelWithoutAnExplicitSizeIsAClearError() {
    assertThatThrownBy(() -> TokenWindowPolicy.builder().model("acme-llm-9", LIMITS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'acme-llm-9'").hasMessageContaining("the test's limits")
        .hasMessageContaining("contextWindow(");
  }

  @Test
  void limitsThatLeaveNoRoomOrNoPublishedOutputAskForAReservation() {
    assertThatThrownBy(() -> TokenWindowPolicy.builder().model("shared-output", LIMITS).build())
        .hasMessageContaining("'shared-output'").hasMessageContaining("reservedOutputTokens");
    assertThatThrownBy(() -> TokenWindowPolicy.builder().model("all-output", LIMITS).build())
        .hasMessageContaining("8192").hasMessageContaining("reservedOutputTokens");
    assertThat(TokenWindowPolicy.builder().model("all-output", LIMITS).reservedOutputTokens(1_192).build()
        .budget().maxInputTokens()).isEqualTo(7_000);
    assertThatThrownBy(() -> TokenWindowPolicy.builder().model("big", LIMITS).reservedOutputTokens(-1).build())
        .hasMessageContaining("reservedOutputTokens");
    assertThatThrownBy(() -> TokenWindowPolicy.builder().model(" ", LIMITS)).hasMessageContaining("model");
    assertThatThrownBy(() -> new ModelLimits(0, 0)).hasMessageContaining("contextWindowTokens");
    assertThatThrownBy(() -> new ModelLimits(10, -1)).hasMessageContaining("maxOutputTokens");
  }
}
