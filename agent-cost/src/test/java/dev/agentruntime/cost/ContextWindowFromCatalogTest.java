package dev.agentruntime.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentruntime.core.context.ModelLimits;
import dev.agentruntime.core.context.TokenCounter;
import dev.agentruntime.core.context.TokenWindowPolicy;
import dev.agentruntime.core.model.AssistantMessage;
import dev.agentruntime.core.model.ChatMessage;
import dev.agentruntime.core.model.SystemMessage;
import dev.agentruntime.core.model.ToolCall;
import dev.agentruntime.core.model.ToolResultMessage;
import dev.agentruntime.core.model.UserMessage;
import dev.agentruntime.cost.pricing.PricingCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Context-window budgets sized from the pricing catalog's model data. */
class ContextWindowFromCatalogTest {

  private static final PricingCatalog CATALOG = PricingCatalog.bundled();

  private static long budget(String model) {
    return TokenWindowPolicy.builder().model(model, CATALOG).build().budget().maxInputTokens();
  }

  @Test
  void theBundledCatalogSizesTheWindowOfAModelAsRequestsNameIt() {
    // gpt-4o-mini: a 128,000-token window, up to 16,384 of them output
    assertThat(CATALOG.limits("gpt-4o-mini-2024-07-18")).contains(new ModelLimits(128_000, 16_384));
    assertThat(budget("gpt-4o-mini-2024-07-18")).isEqualTo(111_616);
    // gpt-5: 400,000 in all, 128,000 output: the 272,000 input tokens OpenAI documents
    assertThat(budget("openai/gpt-5")).isEqualTo(272_000);
    assertThat(budget("claude-sonnet-4-20250514")).isEqualTo(136_000);
    assertThat(budget("gemini-2.5-pro")).isEqualTo(1_048_576 - 65_536);
    assertThat(TokenWindowPolicy.builder().model("gpt-4o-mini", CATALOG).reservedOutputTokens(1_000).build()
        .budget().maxInputTokens()).isEqualTo(127_000);
  }

  @Test
  void anUnknownModelOrMissingOutputLimitIsAClearError() {
    assertThatThrownBy(() -> budget("acme-llm-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'acme-llm-9'").hasMessageContaining("PricingCatalog(")
        .hasMessageContaining("contextWindow(");
    // the catalog prices codestral but has no limits for it
    assertThat(CATALOG.find("codestral")).isPresent();
    assertThatThrownBy(() -> budget("codestral-latest")).hasMessageContaining("no context window known");
    // Mistral publishes no separate output limit: the answer's share must be chosen
    assertThatThrownBy(() -> budget("mistral-large-latest")).hasMessageContaining("reservedOutputTokens");
    assertThat(TokenWindowPolicy.builder().model("mistral-large-latest", CATALOG).reservedOutputTokens(8_000)
        .build().budget().maxInputTokens()).isEqualTo(120_000);
    // gpt-4's 8,192 tokens may all be output: no default reservation leaves room for input
    assertThatThrownBy(() -> budget("gpt-4")).hasMessageContaining("8192").hasMessageContaining("reservedOutputTokens");
  }

  @Test
  void aConversationIsCutToTheWindowTheCatalogGives() throws Exception {
    TokenWindowPolicy policy = TokenWindowPolicy.builder().model("gpt-4", CATALOG).reservedOutputTokens(1_192).build();
    assertThat(policy.budget().maxInputTokens()).isEqualTo(7_000);
    List<ChatMessage> conv = new ArrayList<>();
    conv.add(new SystemMessage("You are a support agent."));
    conv.add(new UserMessage("Help me with my orders."));
    for (int i = 0; i < 40; i++) {
      conv.add(new UserMessage("What about order " + i + "?"));
      conv.add(new AssistantMessage("", List.of(ToolCall.of("c" + i, "lookup", "{\"order\":" + i + "}"))));
      conv.add(new ToolResultMessage("c" + i, "lookup", ("order " + i + " shipped; ").repeat(60), false));
      conv.add(AssistantMessage.of("Order " + i + " has shipped."));
    }
    TokenCounter counter = TokenCounter.approximate();
    assertThat(counter.count(conv)).isGreaterThan(7_000);
    List<ChatMessage> sent = policy.select(conv, null);
    assertThat(counter.count(sent)).isLessThanOrEqualTo(7_000);
    assertThat(sent.subList(0, 2)).isEqualTo(conv.subList(0, 2));
    assertThat(sent.subList(sent.size() - 4, sent.size())).isEqualTo(conv.subList(conv.size() - 4, conv.size()));
  }

  @Test
  void catalogFilesCarryLimitsInBothFormats() {
    PricingCatalog own = PricingCatalog.builder().loadJson(json("""
        {"models": [{"model": "acme-llm", "provider": "acme", "input": 1, "output": 2,
                     "context_window": 32000, "max_output_tokens": 4000},
                    {"model": "acme-small", "provider": "acme", "input": 1, "output": 2}]}"""), "acme.json").build();
    assertThat(own.limits("acme-llm")).contains(new ModelLimits(32_000, 4_000));
    assertThat(own.limits("acme-small")).isEmpty();
    assertThat(TokenWindowPolicy.builder().model("acme-llm", own).build().budget().maxInputTokens()).isEqualTo(28_000);

    assertThatThrownBy(() -> PricingCatalog.builder().loadJson(json("""
        {"models": [{"model": "acme-llm", "provider": "acme", "input": 1, "output": 2, "context_window": "big"}]}"""),
        "bad.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.json models[0] (acme-llm)").hasMessageContaining("context_window");

    PricingCatalog litellm = PricingCatalog.builder().loadLiteLlm(json("""
        {"acme/acme-llm": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06,
                           "output_cost_per_token": 2e-06, "max_input_tokens": 64000, "max_output_tokens": 8000}}"""),
        "litellm.json").build();
    assertThat(litellm.limits("acme-llm")).contains(new ModelLimits(64_000, 8_000));
  }

  private static ByteArrayInputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
